// Written by `cargo xtask codegen` from data/reference/medicine_notes.csv.
// Do not edit: change the data and run `cargo xtask codegen` again.

use crate::model::medicine_notes::{MedicineNote, NoteKind};

pub const COUNT: usize = 7;

pub static NOTES: &[MedicineNote] = &[
    MedicineNote { wire_id: 1, id: "proton_pump_inhibitor", kind: NoteKind::Medicine, source: "US Food and Drug Administration, Drug Safety Communication of 2 March 2011: Low magnesium levels can be associated with long-term use of Proton Pump Inhibitor drugs (PPIs)", url: "https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-low-magnesium-levels-can-be-associated-long-term-use-proton-pump" },
    MedicineNote { wire_id: 2, id: "loop_or_thiazide_diuretic", kind: NoteKind::Medicine, source: "UK Summary of Product Characteristics, Magnesium 4mmol Chewable Tablets (magnesium glycerophosphate), Colonis Pharma, updated 5 October 2021, section 4.1 (hypomagnesaemia due to loop and thiazide diuretics); and the SmPC of emc product 2678, section 4.5 (increased magnesium losses with diuretics such as thiazides and furosemide)", url: "https://www.medicines.org.uk/emc/product/11577/smpc" },
    MedicineNote { wire_id: 3, id: "tetracycline", kind: NoteKind::Medicine, source: "UK Summary of Product Characteristics of an oral magnesium medicine, electronic medicines compendium (emc) product 2678, section 4.5: tetracycline and magnesium doses separated by 2 to 3 hours or more", url: "https://www.medicines.org.uk/emc/product/2678/smpc" },
    MedicineNote { wire_id: 4, id: "bisphosphonate", kind: NoteKind::Medicine, source: "UK Summary of Product Characteristics of an oral magnesium medicine, emc product 2678, section 4.5: magnesium taken 3 to 4 hours before or after bisphosphonates (such as alendronate and risedronate)", url: "https://www.medicines.org.uk/emc/product/2678/smpc" },
    MedicineNote { wire_id: 5, id: "iron", kind: NoteKind::Medicine, source: "UK Summary of Product Characteristics of an oral magnesium medicine, emc product 2678, section 4.5: magnesium taken 3 to 4 hours before or after iron", url: "https://www.medicines.org.uk/emc/product/2678/smpc" },
    MedicineNote { wire_id: 6, id: "quinolone", kind: NoteKind::Medicine, source: "CIPRO (ciprofloxacin) tablets, US prescribing information (Bayer HealthCare; FDA application NDA 019537), Dosage and Administration: at least 2 hours before or 6 hours after magnesium/aluminum antacids and products containing calcium, iron or zinc", url: "https://www.accessdata.fda.gov/scripts/cder/daf/index.cfm?event=overview.process&ApplNo=019537" },
    MedicineNote { wire_id: 7, id: "kidney_disease", kind: NoteKind::Condition, source: "NIH Office of Dietary Supplements, Magnesium: Fact Sheet for Health Professionals, Health Risks from Excessive Magnesium (impaired renal function and the ability to remove excess magnesium)", url: "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/" },
];

pub static EN: &[(&str, &str)] = &[
    ("Acid reflux medicine for more than a year (a proton-pump inhibitor, such as omeprazole or pantoprazole)", "Taken for a long time, in most cases more than a year, prescription proton-pump inhibitors can lower the magnesium in your blood, often without symptoms. In about a quarter of the cases the FDA reviewed, supplements alone did not correct it. Talk to your doctor: they may check your blood magnesium, especially if you also take digoxin or a diuretic. Do not stop the medicine on your own."),
    ("A water pill: a loop or thiazide diuretic (such as furosemide or hydrochlorothiazide)", "Loop and thiazide diuretics increase the magnesium you lose in urine. Talk to your doctor about whether your blood magnesium should be checked."),
    ("A tetracycline antibiotic (such as doxycycline or minocycline)", "Magnesium and tetracyclines hinder each other’s absorption. Take them at least 2 to 3 hours apart, and ask your pharmacist how to fit this into your day."),
    ("A bisphosphonate for the bones (such as alendronate or risedronate)", "Magnesium can reduce the absorption of bisphosphonates. Take magnesium 3 to 4 hours before or after it."),
    ("Iron tablets or drops", "Magnesium can reduce the absorption of iron. Take magnesium 3 to 4 hours before or after your iron."),
    ("A quinolone antibiotic (such as ciprofloxacin or levofloxacin)", "Magnesium can keep these antibiotics from being absorbed. Take them at the interval their own leaflet gives: for ciprofloxacin, at least 2 hours before or 6 hours after magnesium. Ask your pharmacist about yours."),
    ("Kidney disease", "Your kidneys remove the magnesium your body does not need; when they work less well, magnesium from supplements and medicines can build up. Ask a clinician before taking magnesium supplements, or antacids or laxatives that contain magnesium."),
];

#[cfg(not(target_arch = "wasm32"))]
pub static ES: &[(&str, &str)] = &[
    ("Medicamento para el reflujo durante más de un año (un inhibidor de la bomba de protones, como omeprazol o pantoprazol)", "Tomados durante mucho tiempo, casi siempre más de un año, los inhibidores de la bomba de protones con receta pueden bajar el magnesio en sangre, a menudo sin síntomas. En cerca de una cuarta parte de los casos que revisó la FDA, los suplementos por sí solos no lo corrigieron. Hable con su médico: puede medir su magnesio en sangre, sobre todo si también toma digoxina o un diurético. No deje el medicamento por su cuenta."),
    ("Un diurético de asa o tiazídico (como furosemida o hidroclorotiazida)", "Los diuréticos de asa y tiazídicos aumentan el magnesio que se pierde por la orina. Hable con su médico sobre si conviene medir su magnesio en sangre."),
    ("Un antibiótico del grupo de las tetraciclinas (como doxiciclina o minociclina)", "El magnesio y las tetraciclinas dificultan la absorción uno del otro. Tómelos con al menos 2 a 3 horas de separación y pregunte a su farmacéutico cómo organizarlo en su día."),
    ("Un bisfosfonato para los huesos (como alendronato o risedronato)", "El magnesio puede reducir la absorción de los bisfosfonatos. Tome el magnesio de 3 a 4 horas antes o después."),
    ("Hierro en comprimidos o gotas", "El magnesio puede reducir la absorción del hierro. Tome el magnesio de 3 a 4 horas antes o después del hierro."),
    ("Un antibiótico quinolona (como ciprofloxacino o levofloxacino)", "El magnesio puede impedir que estos antibióticos se absorban. Tómelos con la separación que indique su propio prospecto: para el ciprofloxacino, al menos 2 horas antes o 6 horas después del magnesio. Pregunte a su farmacéutico por el suyo."),
    ("Enfermedad renal", "Los riñones eliminan el magnesio que el cuerpo no necesita; cuando funcionan peor, el magnesio de suplementos y medicamentos puede acumularse. Consulte a un profesional sanitario antes de tomar suplementos de magnesio, o antiácidos o laxantes que lo contengan."),
];

#[cfg(not(target_arch = "wasm32"))]
pub static DE: &[(&str, &str)] = &[
    ("Mittel gegen Sodbrennen seit über einem Jahr (ein Protonenpumpenhemmer wie Omeprazol oder Pantoprazol)", "Über lange Zeit eingenommen, meist länger als ein Jahr, können verschreibungspflichtige Protonenpumpenhemmer das Magnesium im Blut senken, oft ohne Beschwerden. In etwa einem Viertel der von der FDA geprüften Fälle reichten Präparate allein nicht aus, um es auszugleichen. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt: Ihr Blutmagnesium kann gemessen werden, besonders wenn Sie auch Digoxin oder ein Diuretikum nehmen. Setzen Sie das Medikament nicht eigenmächtig ab."),
    ("Ein Entwässerungsmittel: Schleifen- oder Thiaziddiuretikum (wie Furosemid oder Hydrochlorothiazid)", "Schleifen- und Thiaziddiuretika erhöhen den Magnesiumverlust über den Urin. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt darüber, ob Ihr Blutmagnesium gemessen werden sollte."),
    ("Ein Tetracyclin-Antibiotikum (wie Doxycyclin oder Minocyclin)", "Magnesium und Tetracycline behindern gegenseitig ihre Aufnahme. Nehmen Sie sie mindestens 2 bis 3 Stunden auseinander ein und fragen Sie in Ihrer Apotheke, wie Sie das in Ihren Tag einplanen."),
    ("Ein Bisphosphonat für die Knochen (wie Alendronat oder Risedronat)", "Magnesium kann die Aufnahme von Bisphosphonaten verringern. Nehmen Sie Magnesium 3 bis 4 Stunden davor oder danach ein."),
    ("Eisen als Tabletten oder Tropfen", "Magnesium kann die Aufnahme von Eisen verringern. Nehmen Sie Magnesium 3 bis 4 Stunden vor oder nach dem Eisen ein."),
    ("Ein Chinolon-Antibiotikum (wie Ciprofloxacin oder Levofloxacin)", "Magnesium kann die Aufnahme dieser Antibiotika verhindern. Halten Sie den Abstand ein, den ihr eigener Beipackzettel nennt: bei Ciprofloxacin mindestens 2 Stunden vor oder 6 Stunden nach Magnesium. Fragen Sie in Ihrer Apotheke nach Ihrem Mittel."),
    ("Nierenerkrankung", "Die Nieren scheiden Magnesium aus, das der Körper nicht braucht; arbeiten sie schlechter, kann sich Magnesium aus Präparaten und Medikamenten anreichern. Fragen Sie Ihre Ärztin oder Ihren Arzt, bevor Sie Magnesiumpräparate oder magnesiumhaltige Mittel gegen Sodbrennen oder Verstopfung einnehmen."),
];

#[cfg(not(target_arch = "wasm32"))]
pub static FR: &[(&str, &str)] = &[
    ("Médicament contre le reflux depuis plus d’un an (un inhibiteur de la pompe à protons, comme l’oméprazole ou le pantoprazole)", "Pris longtemps, le plus souvent plus d’un an, les inhibiteurs de la pompe à protons sur ordonnance peuvent faire baisser le magnésium dans le sang, souvent sans symptôme. Dans environ un quart des cas examinés par la FDA, les compléments seuls ne l’ont pas corrigé. Parlez-en à votre médecin : il peut contrôler votre magnésium sanguin, surtout si vous prenez aussi de la digoxine ou un diurétique. N’arrêtez pas le médicament de vous-même."),
    ("Un diurétique de l’anse ou thiazidique (comme le furosémide ou l’hydrochlorothiazide)", "Les diurétiques de l’anse et thiazidiques augmentent les pertes de magnésium dans les urines. Demandez à votre médecin s’il faut contrôler votre magnésium sanguin."),
    ("Un antibiotique de la famille des tétracyclines (comme la doxycycline ou la minocycline)", "Le magnésium et les tétracyclines gênent mutuellement leur absorption. Prenez-les à au moins 2 à 3 heures d’intervalle et demandez à votre pharmacien comment l’organiser dans votre journée."),
    ("Un bisphosphonate pour les os (comme l’alendronate ou le risédronate)", "Le magnésium peut réduire l’absorption des bisphosphonates. Prenez le magnésium 3 à 4 heures avant ou après."),
    ("Du fer en comprimés ou en gouttes", "Le magnésium peut réduire l’absorption du fer. Prenez le magnésium 3 à 4 heures avant ou après le fer."),
    ("Un antibiotique de la famille des quinolones (comme la ciprofloxacine ou la lévofloxacine)", "Le magnésium peut empêcher l’absorption de ces antibiotiques. Respectez l’intervalle indiqué dans leur propre notice : pour la ciprofloxacine, au moins 2 heures avant ou 6 heures après le magnésium. Demandez à votre pharmacien pour le vôtre."),
    ("Maladie rénale", "Les reins éliminent le magnésium dont le corps n’a pas besoin ; quand ils fonctionnent moins bien, le magnésium des compléments et des médicaments peut s’accumuler. Demandez l’avis d’un professionnel de santé avant de prendre des compléments de magnésium, ou des antiacides ou laxatifs qui en contiennent."),
];
