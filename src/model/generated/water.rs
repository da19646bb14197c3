// Written by `cargo xtask codegen` from data/reference/upper_level_scope.csv and bottled_waters.csv.
// Do not edit: change the data and run `cargo xtask codegen` again.

use crate::model::reference::Standard;
use crate::model::water::{BottledWater, UpperLevelScope};

pub static SCOPES: &[UpperLevelScope] = &[
    UpperLevelScope { standard: Standard::Iom1997, water_counts: false, basis: "The UL is for magnesium from supplements and medicines (pharmacological agents) only; it does not include magnesium from food and water.", source: "IOM 1997, Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride, magnesium chapter, Tolerable Upper Intake Level" },
    UpperLevelScope { standard: Standard::Efsa2015, water_counts: true, basis: "The UL of 250 mg applies to readily dissociable magnesium salts and compounds such as MgO in supplements, in water and added to foods and drinks; not to magnesium naturally present in foods.", source: "SCF 2001, Opinion on the Tolerable Upper Intake Level of Magnesium (SCF/CS/NUT/UPPLEV/54 Final), referred to by EFSA 2015" },
    UpperLevelScope { standard: Standard::Nnr2023, water_counts: true, basis: "NNR uses the SCF upper level of 250 mg for readily dissociable magnesium salts (supplements, water, fortified foods).", source: "NNR 2023, magnesium chapter, referring to SCF 2001" },
    UpperLevelScope { standard: Standard::FaoWho2004, water_counts: false, basis: "The upper levels in the FAO/WHO table are those of IOM 1997: magnesium from supplements and medicines.", source: "FAO/WHO 2004, Vitamin and mineral requirements in human nutrition, magnesium chapter" },
    UpperLevelScope { standard: Standard::UkComa1991, water_counts: false, basis: "The 400 mg figure is the EVM guidance level for supplemental magnesium.", source: "EVM 2003, Safe Upper Levels for Vitamins and Minerals, magnesium" },
    UpperLevelScope { standard: Standard::Dach2021, water_counts: false, basis: "No upper level is given with these values here.", source: "D-A-CH 2021" },
];

pub static BOTTLED: &[BottledWater] = &[
    BottledWater { name: "Apollinaris", mg_per_litre: 126.0, source: "Garzon P, Eisenberg MJ. Variation in the mineral content of commercially available bottled waters. Am J Med 1998;105:125-130 (as summarised by a news report of the study); labels change" },
    BottledWater { name: "San Pellegrino", mg_per_litre: 57.0, source: "Garzon & Eisenberg 1998 (as summarised by a news report of the study); labels change" },
    BottledWater { name: "Vittel", mg_per_litre: 38.0, source: "Garzon & Eisenberg 1998 (as summarised by a news report of the study); labels change" },
    BottledWater { name: "Evian", mg_per_litre: 24.0, source: "Garzon & Eisenberg 1998 (as summarised by a news report of the study); labels change" },
];
