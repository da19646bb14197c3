//! Every piece of interface text, in one table (English for now; other
//! languages become more tables of the same shape).

use crate::model::assessment::Verdict;
use crate::model::{Condition, NoReference, Sex, Standard, ValueKind};

pub struct Messages {
    pub title: &'static str,
    pub about_you: &'static str,
    pub age: &'static str,
    pub age_unit: &'static str,
    pub years: &'static str,
    pub months: &'static str,
    pub sex: &'static str,
    pub female: &'static str,
    pub male: &'static str,
    pub pregnancy: &'static str,
    pub not_pregnant: &'static str,
    pub pregnant: &'static str,
    pub breastfeeding: &'static str,
    pub infant_feeding: &'static str,
    pub feeding_unknown: &'static str,
    pub breast_fed: &'static str,
    pub formula_fed: &'static str,
    pub standard: &'static str,
    pub enter_age: &'static str,
    pub food_heading: &'static str,
    pub search_foods: &'static str,
    pub search_hint: &'static str,
    pub food_table_loading: &'static str,
    pub food_table_failed: &'static str,
    pub try_again: &'static str,
    pub no_foods_found: &'static str,
    pub portion: &'static str,
    pub grams: &'static str,
    pub how_many: &'static str,
    pub add: &'static str,
    pub cancel: &'static str,
    pub per_100g: &'static str,
    pub quick_picks: &'static str,
    pub usda_names_note: &'static str,
    pub supplement_heading: &'static str,
    pub supplement_kind: &'static str,
    pub supplement: &'static str,
    pub medicine: &'static str,
    pub amount_given_as: &'static str,
    pub label_says: &'static str,
    pub compound_weight: &'static str,
    pub elemental_mg: &'static str,
    pub compound_mg: &'static str,
    pub salt_form: &'static str,
    pub name_optional: &'static str,
    pub your_log: &'static str,
    pub day: &'static str,
    pub add_day: &'static str,
    pub nothing_logged: &'static str,
    pub remove: &'static str,
    pub undo: &'static str,
    pub removed: &'static str,
    pub results: &'static str,
    pub total: &'static str,
    pub from_food: &'static str,
    pub from_supplements: &'static str,
    pub average_of_days: &'static str,
    pub close_the_gap: &'static str,
    pub kidney_caution: &'static str,
    pub disclaimer: &'static str,
    pub sources: &'static str,
    pub mg_a_day: &'static str,
    pub average_requirement: &'static str,
    pub daily_value: &'static str,
    pub percent_of: &'static str,
    pub chart_title: &'static str,
    pub chart_nonfood_caption: &'static str,
    pub to_go: &'static str,
    pub source_verdict: &'static str,
    pub source_foods: &'static str,
    pub source_quick_picks: &'static str,
    pub printed_for: &'static str,
    pub crashed: &'static str,
    pub restore_left_out: &'static str,
    pub restore_foods_failed: &'static str,
    pub restoring: &'static str,
    pub dismiss: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub link_label: &'static str,
    pub link_note: &'static str,
    pub remember: &'static str,
    pub remember_note: &'static str,
}

pub const EN: Messages = Messages {
    title: "Magnesium calculator",
    about_you: "About you",
    age: "Age",
    age_unit: "Unit",
    years: "years",
    months: "months",
    sex: "Sex",
    female: "Female",
    male: "Male",
    pregnancy: "Pregnant or breastfeeding",
    not_pregnant: "Neither",
    pregnant: "Pregnant",
    breastfeeding: "Breastfeeding",
    infant_feeding: "Baby is fed",
    feeding_unknown: "Choose…",
    breast_fed: "Breast milk",
    formula_fed: "Formula",
    standard: "Reference values",
    enter_age: "Enter your age to see your reference values.",
    food_heading: "What you eat",
    search_foods: "Search foods",
    search_hint: "For example: spinach, almonds, black beans",
    food_table_loading: "Loading the food table…",
    food_table_failed: "The food table could not be loaded",
    try_again: "Try again",
    no_foods_found: "No foods found. Try fewer or shorter words.",
    portion: "Portion",
    grams: "grams",
    how_many: "How many",
    add: "Add",
    cancel: "Cancel",
    per_100g: "per 100 g",
    quick_picks: "Quick picks: foods rich in magnesium",
    usda_names_note: "Food names are from the USDA table, in English.",
    supplement_heading: "Supplements and medicines",
    supplement_kind: "Type",
    supplement: "Supplement",
    medicine: "Medicine (antacid, laxative)",
    amount_given_as: "Amount given as",
    label_says: "Label states magnesium",
    compound_weight: "I know the compound weight",
    elemental_mg: "Magnesium (mg)",
    compound_mg: "Compound weight (mg)",
    salt_form: "Salt form",
    name_optional: "Name (optional)",
    your_log: "Your log",
    day: "Day",
    add_day: "Add a day",
    nothing_logged: "Nothing logged for this day yet.",
    remove: "Remove",
    undo: "Undo",
    removed: "Removed",
    results: "Your magnesium",
    total: "Total",
    from_food: "from food",
    from_supplements: "from supplements and medicines",
    average_of_days: "average of the days logged",
    close_the_gap: "Foods that would close the gap",
    kidney_caution: "If you have kidney disease, ask a clinician before taking magnesium supplements.",
    disclaimer: "Information, not medical advice.",
    sources: "Sources",
    mg_a_day: "mg a day",
    average_requirement: "average requirement",
    daily_value: "Daily Value",
    percent_of: "% of",
    chart_title: "Your magnesium compared with the reference values",
    chart_nonfood_caption: "supplements and medicines, highest day",
    to_go: "to go",
    source_verdict: "Verdict wording: IOM, Dietary Reference Intakes: Applications in Dietary Assessment (2000), pp. 54-57",
    source_foods: "Foods: USDA National Nutrient Database for Standard Reference, Release 28 (2015)",
    source_quick_picks: "Quick picks: NIH Office of Dietary Supplements, Magnesium fact sheet (food sources table)",
    printed_for: "For",
    restore_left_out: "Some entries could not be restored and were left out",
    restore_foods_failed: "Foods could not be restored because the food table could not be loaded",
    restoring: "Restoring your entries once the food table has loaded…",
    dismiss: "Dismiss",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    link_label: "Link to your inputs",
    link_note: "The link holds your inputs after the # sign, which browsers do not send to any server.",
    remember: "Remember on this device",
    remember_note: "Keeps your inputs in this browser's storage on this device only. Untick to forget them.",
    crashed: "Sorry, the magnesium calculator stopped because of an error. Reload the page to start again. Nothing you entered was sent anywhere.",
};

/// Milligrams rounded for display; the totals use the unrounded figures.
pub fn mg(value: f64) -> String {
    format!("{}", value.round())
}

/// The name of a kind of reference value, long and short.
pub fn kind_name(kind: ValueKind) -> (&'static str, &'static str) {
    match kind {
        ValueKind::Rda { .. } => ("Recommended Dietary Allowance", "RDA"),
        ValueKind::Ai => ("Adequate Intake", "AI"),
        ValueKind::Rni => ("Recommended Nutrient Intake", "RNI"),
    }
}

/// "Total 713 mg, 223% of your RDA."
pub fn summary(total_mg: &str, percent: &str, kind: &str) -> String {
    format!("{} {total_mg} mg, {percent}% of your {kind}.", EN.total)
}

/// The chart's text equivalent.
pub fn chart_description(total: &str, food: &str, nonfood: &str, kind: &str, reference: f64, ear: Option<f64>, upper: Option<(f64, String)>) -> String {
    format!(
        "Total {total} mg ({food} mg from food, {nonfood} mg from supplements and medicines); {kind} {reference} mg{}{}.",
        ear.map(|e| format!(", average requirement {e} mg")).unwrap_or_default(),
        upper.map(|(u, highest)| format!("; upper level for supplements and medicines {u} mg, highest day {highest} mg")).unwrap_or_default(),
    )
}

/// Who the results are for, for the printed summary: "Female, 34 y, pregnant".
pub fn person_line(sex: Sex, age: &str, condition: Condition) -> String {
    let sex = if sex == Sex::Female { EN.female } else { EN.male };
    let condition = match condition {
        Condition::None => String::new(),
        Condition::Pregnant => format!(", {}", EN.pregnant.to_lowercase()),
        Condition::Breastfeeding => format!(", {}", EN.breastfeeding.to_lowercase()),
    };
    format!("{}: {sex}, {age}{condition}", EN.printed_for)
}

pub fn standard_name(standard: Standard) -> &'static str {
    match standard {
        Standard::Iom1997 => "US/Canada: Institute of Medicine (1997)",
        Standard::Efsa2015 => "EU: European Food Safety Authority (2015)",
        Standard::FaoWho2004 => "FAO/WHO (2004)",
        Standard::UkComa1991 => "UK: COMA (1991)",
        Standard::Nnr2023 => "Nordic Nutrition Recommendations (2023)",
        Standard::Dach2021 => "Germany, Austria, Switzerland: D-A-CH (2021)",
    }
}

/// One line on what the standard is.
pub fn standard_note(standard: Standard) -> &'static str {
    match standard {
        Standard::Iom1997 => "Dietary Reference Intakes used in the US and Canada: RDA with an average requirement (EAR).",
        Standard::Efsa2015 => "EU adequate intakes; no value for babies under 7 months.",
        Standard::FaoWho2004 => "Recommended nutrient intakes used by many countries.",
        Standard::UkComa1991 => "UK reference nutrient intakes; infant values are not included here.",
        Standard::Nnr2023 => "Nordic adequate intakes (same as EFSA for most ages).",
        Standard::Dach2021 => "Estimated values for adults only; children's values are not included here.",
    }
}

pub fn no_reference(why: &NoReference) -> String {
    match why {
        NoReference::AgeNotCovered { standard, youngest } => format!(
            "{} gives no value at this age (its table starts at {youngest}). Choose another set of reference values.",
            standard_name(*standard)
        ),
        NoReference::ConditionNotCovered { standard, condition } => format!(
            "{} gives no value for {} at this age. Choose another set of reference values.",
            standard_name(*standard),
            if *condition == Condition::Pregnant { "pregnancy" } else { "breastfeeding" }
        ),
        NoReference::NeedsInfantFeeding { breast_fed_mg, formula_fed_mg } => format!(
            "FAO/WHO gives {breast_fed_mg} mg for breast-fed and {formula_fed_mg} mg for formula-fed babies: choose how your baby is fed."
        ),
        NoReference::ConditionNeedsFemale => "Pregnancy and breastfeeding apply with sex female.".into(),
        NoReference::DataUnreadable(why) => format!("The reference table could not be read ({why})."),
    }
}

/// The verdict in plain words that follow the sources (data/reference/README.md, rule 4).
pub fn verdict(verdict: Verdict, days: usize) -> String {
    let few_days = if days < 3 {
        " One or two days of records say little about your usual intake: log more typical days for a firmer answer."
    } else {
        ""
    };
    let text = match verdict {
        Verdict::NothingRecorded => return "Log what you eat and take to see how it compares.".into(),
        Verdict::BelowEar => "Your intake is below the average requirement: it very likely needs to be improved.",
        Verdict::BetweenEarAndRda => "Your intake is between the average requirement and the recommended amount: it probably needs to be improved.",
        Verdict::AtOrAboveRda => "Your intake meets the recommended amount: likely adequate, if these days are typical.",
        Verdict::AtOrAboveAi => "Your intake meets the adequate intake: likely adequate.",
        Verdict::BelowAiNoConclusion => "Your intake is below the adequate intake. That alone does not show it is too low: no requirement has been set, so no firm conclusion can be drawn.",
        Verdict::AtOrAboveRni => "Your intake meets the recommended nutrient intake, which covers the needs of nearly everyone.",
        Verdict::BelowRni => "Your intake is below the recommended nutrient intake; it may not meet your needs.",
    };
    format!("{text}{few_days}")
}

pub fn upper_level_warning(highest_day_mg: f64, upper_level_mg: f64) -> String {
    format!(
        "Magnesium from supplements and medicines reaches {} mg on a day, above the upper level of {} mg. Above it, diarrhoea becomes more likely. Magnesium from food does not count toward this limit.",
        highest_day_mg.round(),
        upper_level_mg
    )
}

/// The salt-form conversion, with its assumption: "500 mg × 60.3 % (MgO) = 302 mg magnesium".
pub fn conversion(compound_mg: f64, percent: f64, formula: &str, elemental_mg: &str) -> String {
    format!("{compound_mg} mg × {percent} % ({formula}) = {elemental_mg} mg magnesium")
}

pub fn form_note(note: &str) -> String {
    format!(" Note: {note}.")
}
