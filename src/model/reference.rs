//! Reference intakes of magnesium by standard and life stage.
//!
//! The numbers live in `data/reference/magnesium_reference_values.csv`, each
//! row with its source; this module only reads them and answers "which row
//! applies to this person". Where a standard has no value for a person, the
//! answer is an explicit [`NoReference`] with the reason, never a near guess.
//!
//! Ages in the table are in completed months under one year and completed
//! years after, bounds inclusive ("7 mo,12 mo", "1 y,3 y"), except bounds
//! written "<N y", which exclude N. A child of exactly 12 months has had a
//! first birthday and so is "1 y": the infant rows end before that.

use super::age::Age;
use super::csv::{self, keep};

/// The standards the calculator knows. IOM is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Standard {
    #[default]
    Iom1997,
    Efsa2015,
    FaoWho2004,
    UkComa1991,
    Nnr2023,
    Dach2021,
}

impl Standard {
    pub const ALL: [Standard; 6] = [
        Standard::Iom1997,
        Standard::Efsa2015,
        Standard::FaoWho2004,
        Standard::UkComa1991,
        Standard::Nnr2023,
        Standard::Dach2021,
    ];

    /// The code used in the data files and in embed attributes, e.g. "IOM-1997".
    pub fn code(self) -> &'static str {
        match self {
            Standard::Iom1997 => "IOM-1997",
            Standard::Efsa2015 => "EFSA-2015",
            Standard::FaoWho2004 => "FAO-WHO-2004",
            Standard::UkComa1991 => "UK-COMA-1991",
            Standard::Nnr2023 => "NNR-2023",
            Standard::Dach2021 => "DACH-2021",
        }
    }

    /// Reads a code case-insensitively; also accepts the short names "iom", "efsa", …
    pub fn from_code(code: &str) -> Option<Standard> {
        let code = code.trim();
        Standard::ALL.into_iter().find(|s| {
            s.code().eq_ignore_ascii_case(code) || s.short_name().eq_ignore_ascii_case(code)
        })
    }

    pub fn short_name(self) -> &'static str {
        match self {
            Standard::Iom1997 => "iom",
            Standard::Efsa2015 => "efsa",
            Standard::FaoWho2004 => "fao-who",
            Standard::UkComa1991 => "uk",
            Standard::Nnr2023 => "nnr",
            Standard::Dach2021 => "dach",
        }
    }
}

/// One value for each standard, found by the standard: a text table that
/// leaves one out does not compile, and reordering `Standard` changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PerStandard<T> {
    pub iom_1997: T,
    pub efsa_2015: T,
    pub fao_who_2004: T,
    pub uk_coma_1991: T,
    pub nnr_2023: T,
    pub dach_2021: T,
}

impl<T> PerStandard<T> {
    /// A value for each standard from `value(standard)`.
    pub fn from_fn(mut value: impl FnMut(Standard) -> T) -> PerStandard<T> {
        PerStandard {
            iom_1997: value(Standard::Iom1997),
            efsa_2015: value(Standard::Efsa2015),
            fao_who_2004: value(Standard::FaoWho2004),
            uk_coma_1991: value(Standard::UkComa1991),
            nnr_2023: value(Standard::Nnr2023),
            dach_2021: value(Standard::Dach2021),
        }
    }
}

impl<T> std::ops::Index<Standard> for PerStandard<T> {
    type Output = T;
    fn index(&self, standard: Standard) -> &T {
        match standard {
            Standard::Iom1997 => &self.iom_1997,
            Standard::Efsa2015 => &self.efsa_2015,
            Standard::FaoWho2004 => &self.fao_who_2004,
            Standard::UkComa1991 => &self.uk_coma_1991,
            Standard::Nnr2023 => &self.nnr_2023,
            Standard::Dach2021 => &self.dach_2021,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sex {
    #[default]
    Female,
    Male,
}

/// Pregnancy and breastfeeding change the reference for some standards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Condition {
    #[default]
    None,
    Pregnant,
    Breastfeeding,
}

/// FAO/WHO gives different values for breast-fed and formula-fed infants under 7 months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InfantFeeding {
    BreastFed,
    FormulaFed,
}

/// Who the reader is, as far as reference values care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Person {
    pub age: Age,
    pub sex: Sex,
    pub condition: Condition,
    pub infant_feeding: Option<InfantFeeding>,
}

impl Person {
    pub fn new(age: Age, sex: Sex) -> Person {
        Person { age, sex, condition: Condition::None, infant_feeding: None }
    }
}

/// What a reference number is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueKind {
    /// Recommended Dietary Allowance, set at 1.2 × the Estimated Average Requirement.
    Rda { ear_mg: f64 },
    /// Adequate Intake: no requirement (EAR) could be set.
    Ai,
    /// Recommended Nutrient Intake (FAO/WHO, UK): meant to cover nearly everyone; no EAR in our data.
    Rni,
}

/// The reference that applies to one person under one standard.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceValue {
    pub standard: Standard,
    /// The table's life stage ("adult", "pregnancy", …) and age range as written in the source.
    pub life_stage: String,
    pub age_from: String,
    pub age_to: String,
    pub kind: ValueKind,
    pub reference_mg: f64,
    /// Upper level for magnesium from supplements and medicines (for EFSA also
    /// fortified food and water). It never applies to magnesium in food.
    pub upper_level_nonfood_mg: Option<f64>,
    pub confidence: String,
    pub source: String,
    /// Set when the value comes from a rule beside the table (e.g. D-A-CH: no extra in pregnancy).
    pub rule_note: Option<String>,
}

/// Why there is no reference value for a person.
#[derive(Debug, Clone, PartialEq)]
pub enum NoReference {
    /// The standard has no value at this age; `youngest` is the youngest age it covers.
    AgeNotCovered { standard: Standard, youngest: Age },
    /// The standard's table has no value for pregnancy or breastfeeding at this age.
    ConditionNotCovered { standard: Standard, condition: Condition },
    /// FAO/WHO needs to know whether an infant under 7 months is breast-fed or formula-fed.
    NeedsInfantFeeding { breast_fed_mg: f64, formula_fed_mg: f64 },
    /// Pregnancy and breastfeeding apply to women only.
    ConditionNeedsFemale,
}

// ---- the table as read from the CSV ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SexRule {
    Any,
    Only(Sex),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowCondition {
    None,
    Pregnant,
    Breastfeeding,
    Fed(InfantFeeding),
}

/// One row of the reference CSV, ages turned into months.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceRow {
    pub standard: Standard,
    pub life_stage: &'static str,
    pub sex: SexRule,
    pub age_from: &'static str,
    pub age_to: &'static str,
    /// Inclusive lower bound in months; None = no lower bound written.
    pub from_months: Option<u32>,
    /// Exclusive upper bound in months; None = open-ended.
    pub until_months: Option<u32>,
    pub condition: RowCondition,
    pub kind: ValueKind,
    pub reference_mg: f64,
    pub upper_level: Option<UpperLevel>,
    pub confidence: &'static str,
    pub source: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UpperLevel {
    pub mg: f64,
    /// Some standards' upper level starts partway through an age band ("250 (from 4 y)").
    pub from_months: Option<u32>,
}

/// A rule beside the table, e.g. D-A-CH: no extra in pregnancy.
#[derive(Debug, Clone, PartialEq)]
pub struct ConditionRule {
    pub standard: Standard,
    pub condition: Condition,
    pub source: &'static str,
}

/// The whole reference table.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceTable {
    pub rows: &'static [ReferenceRow],
    pub condition_rules: &'static [ConditionRule],
}

/// The table bundled with the calculator: `cargo xtask codegen` reads and
/// checks the CSV files with `ReferenceTable::parse` (a problem stops it
/// with its line) and writes the result as Rust
/// (`model/generated/reference_table.rs`), so the widget reads no CSV and
/// parses no number at run time.
use super::generated::reference_table::REFERENCE_TABLE as BUNDLED;

pub fn bundled() -> &'static ReferenceTable {
    &BUNDLED
}

/// The reference value for a person under a standard, or why there is none.
pub fn reference_for(person: &Person, standard: Standard) -> Result<ReferenceValue, NoReference> {
    bundled().lookup(person, standard)
}

/// Parses "7 mo", "12 y", "<3 y". Returns (months, exclusive?).
fn parse_age_bound(text: &str) -> Result<Option<(u32, bool)>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (exclusive, rest) = match text.strip_prefix('<') {
        Some(rest) => (true, rest.trim()),
        None => (false, text),
    };
    let (number, unit) = rest.split_once(' ').ok_or_else(|| format!("age {text:?} has no unit"))?;
    let number: u32 = number.parse().map_err(|_| format!("age {text:?} is not a whole number"))?;
    let months = match unit {
        "mo" => number,
        "y" => number * 12,
        _ => return Err(format!("age {text:?} has unit {unit:?}, expected mo or y")),
    };
    Ok(Some((months, exclusive)))
}

/// Turns an upper bound into an exclusive limit in months (see the module comment).
fn upper_limit_months(text: &str) -> Result<Option<u32>, String> {
    Ok(match parse_age_bound(text)? {
        None => None,
        Some((months, true)) => Some(months),
        // "N mo" inclusive: up to the next month, but a 12-month-old is "1 y".
        Some((months, false)) if text.trim().ends_with("mo") => Some((months + 1).min(12)),
        // "N y" inclusive: until the next birthday.
        Some((months, false)) => Some(months + 12),
    })
}

fn parse_mg(text: &str, what: &str) -> Result<Option<f64>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let value: f64 = text.parse().map_err(|_| format!("{what} {text:?} is not a number"))?;
    if !(value.is_finite() && value > 0.0) {
        return Err(format!("{what} {text:?} is not a positive number"));
    }
    Ok(Some(value))
}

/// "350", "" or "250 (from 4 y)".
fn parse_upper_level(text: &str) -> Result<Option<UpperLevel>, String> {
    let text = text.trim();
    let (number, from) = match text.split_once('(') {
        Some((number, note)) => {
            let note = note
                .trim()
                .strip_suffix(')')
                .ok_or_else(|| format!("upper level {text:?}: unclosed note"))?;
            let age = note
                .trim()
                .strip_prefix("from ")
                .ok_or_else(|| format!("upper level {text:?}: note must read '(from AGE)'"))?;
            (number, parse_age_bound(age)?.map(|(months, _)| months))
        }
        None => (text, None),
    };
    Ok(parse_mg(number, "upper level")?.map(|mg| UpperLevel { mg, from_months: from }))
}

impl ReferenceTable {
    /// Reads the reference CSV and the condition rules; every problem names its line.
    pub fn parse(reference_csv: &str, condition_rules_csv: &str) -> Result<ReferenceTable, String> {
        let table = csv::parse(reference_csv).map_err(|e| e.to_string())?;
        let col = |name: &str| table.column(name).map_err(|e| e.to_string());
        let (
            c_standard,
            c_stage,
            c_sex,
            c_from,
            c_to,
            c_condition,
            c_kind,
            c_ear,
            c_ref,
            c_ul,
            c_conf,
            c_source,
        ) = (
            col("standard")?,
            col("life_stage")?,
            col("sex")?,
            col("age_from")?,
            col("age_to")?,
            col("condition")?,
            col("kind")?,
            col("ear_mg")?,
            col("reference_mg")?,
            col("ul_nonfood_mg")?,
            col("confidence")?,
            col("source")?,
        );
        let mut rows = Vec::new();
        for (i, r) in table.rows.iter().enumerate() {
            let line = i + 2;
            let at = |e: String| format!("reference table line {line}: {e}");
            let standard = Standard::from_code(&r[c_standard])
                .ok_or_else(|| at(format!("unknown standard {:?}", r[c_standard])))?;
            let sex = match r[c_sex].as_str() {
                "any" => SexRule::Any,
                "female" => SexRule::Only(Sex::Female),
                "male" => SexRule::Only(Sex::Male),
                other => return Err(at(format!("unknown sex {other:?}"))),
            };
            let condition = match r[c_condition].as_str() {
                "none" => RowCondition::None,
                "pregnant" => RowCondition::Pregnant,
                "lactating" => RowCondition::Breastfeeding,
                "breast-fed" => RowCondition::Fed(InfantFeeding::BreastFed),
                "formula-fed" => RowCondition::Fed(InfantFeeding::FormulaFed),
                other => return Err(at(format!("unknown condition {other:?}"))),
            };
            let ear_mg = parse_mg(&r[c_ear], "EAR").map_err(at)?;
            let kind_text = r[c_kind].as_str();
            let kind = if kind_text == "RDA" {
                ValueKind::Rda {
                    ear_mg: ear_mg.ok_or_else(|| at("an RDA row needs its EAR".into()))?,
                }
            } else if kind_text == "RNI" {
                ValueKind::Rni
            } else if kind_text == "AI" || kind_text.starts_with("AI (") {
                ValueKind::Ai
            } else {
                return Err(at(format!("unknown kind {kind_text:?}")));
            };
            if ear_mg.is_some() && !matches!(kind, ValueKind::Rda { .. }) {
                return Err(at("only RDA rows carry an EAR".into()));
            }
            let reference_mg = parse_mg(&r[c_ref], "reference")
                .map_err(at)?
                .ok_or_else(|| at("no reference value".into()))?;
            rows.push(ReferenceRow {
                standard,
                life_stage: keep(&r[c_stage]),
                sex,
                age_from: keep(&r[c_from]),
                age_to: keep(&r[c_to]),
                from_months: parse_age_bound(&r[c_from]).map_err(at)?.map(|(m, _)| m),
                until_months: upper_limit_months(&r[c_to]).map_err(at)?,
                condition,
                kind,
                reference_mg,
                upper_level: parse_upper_level(&r[c_ul]).map_err(at)?,
                confidence: keep(&r[c_conf]),
                source: keep(&r[c_source]),
            });
        }

        let rules = csv::parse(condition_rules_csv).map_err(|e| e.to_string())?;
        let (r_standard, r_condition, r_rule, r_source) = (
            rules.column("standard").map_err(|e| e.to_string())?,
            rules.column("condition").map_err(|e| e.to_string())?,
            rules.column("rule").map_err(|e| e.to_string())?,
            rules.column("source").map_err(|e| e.to_string())?,
        );
        let mut condition_rules = Vec::new();
        for r in &rules.rows {
            let standard = Standard::from_code(&r[r_standard])
                .ok_or_else(|| format!("condition rules: unknown standard {:?}", r[r_standard]))?;
            let condition = match r[r_condition].as_str() {
                "pregnant" => Condition::Pregnant,
                "lactating" => Condition::Breastfeeding,
                other => return Err(format!("condition rules: unknown condition {other:?}")),
            };
            if r[r_rule] != "same_as_not_pregnant" {
                return Err(format!("condition rules: unknown rule {:?}", r[r_rule]));
            }
            condition_rules.push(ConditionRule { standard, condition, source: keep(&r[r_source]) });
        }
        Ok(ReferenceTable { rows: rows.leak(), condition_rules: condition_rules.leak() })
    }

    /// The youngest age at which any standard has a value for pregnancy or
    /// breastfeeding: below it the interface does not offer them.
    pub fn youngest_condition_age(&self) -> Age {
        let months = self
            .rows
            .iter()
            .filter(|r| matches!(r.condition, RowCondition::Pregnant | RowCondition::Breastfeeding))
            .map(|r| r.from_months.unwrap_or_else(|| self.youngest_woman_age(r.standard)))
            .min()
            .unwrap_or(u32::MAX);
        Age::from_whole_months(months)
    }

    /// The number of rows read from the reference CSV.
    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    /// The youngest age any row of a standard covers.
    fn youngest_age(&self, standard: Standard) -> Age {
        let months = self
            .rows
            .iter()
            .filter(|r| r.standard == standard)
            .filter_map(|r| r.from_months)
            .min()
            .unwrap_or(0);
        Age::from_whole_months(months)
    }

    /// Open-ended pregnancy rows apply from the age the standard's own
    /// adolescent or adult rows for women begin (never to children).
    fn youngest_woman_age(&self, standard: Standard) -> u32 {
        self.rows
            .iter()
            .filter(|r| r.standard == standard && r.condition == RowCondition::None)
            .filter(|r| r.life_stage == "adolescent" || r.life_stage == "adult")
            .filter(|r| r.sex != SexRule::Only(Sex::Male))
            .filter_map(|r| r.from_months)
            .min()
            .unwrap_or(u32::MAX)
    }

    fn covers_age(&self, row: &ReferenceRow, months: u32) -> bool {
        let from = match (row.from_months, row.condition) {
            (Some(from), _) => from,
            (None, RowCondition::Pregnant | RowCondition::Breastfeeding) => {
                self.youngest_woman_age(row.standard)
            }
            (None, _) => 0,
        };
        months >= from && row.until_months.is_none_or(|until| months < until)
    }

    fn value_from(
        &self,
        row: &ReferenceRow,
        months: u32,
        rule_note: Option<String>,
    ) -> ReferenceValue {
        ReferenceValue {
            standard: row.standard,
            life_stage: row.life_stage.to_string(),
            age_from: row.age_from.to_string(),
            age_to: row.age_to.to_string(),
            kind: row.kind,
            reference_mg: row.reference_mg,
            upper_level_nonfood_mg: row
                .upper_level
                .filter(|ul| ul.from_months.is_none_or(|from| months >= from))
                .map(|ul| ul.mg),
            confidence: row.confidence.to_string(),
            source: row.source.to_string(),
            rule_note,
        }
    }

    /// The reference value for a person under a standard, or why there is none.
    pub fn lookup(
        &self,
        person: &Person,
        standard: Standard,
    ) -> Result<ReferenceValue, NoReference> {
        let months = person.age.total_months();
        let sex_fits = |row: &ReferenceRow| match row.sex {
            SexRule::Any => true,
            SexRule::Only(sex) => sex == person.sex,
        };
        let rows = || self.rows.iter().filter(move |r| r.standard == standard);

        if person.condition != Condition::None {
            if person.sex != Sex::Female {
                return Err(NoReference::ConditionNeedsFemale);
            }
            let wanted = match person.condition {
                Condition::Pregnant => RowCondition::Pregnant,
                _ => RowCondition::Breastfeeding,
            };
            if let Some(row) = rows().find(|r| r.condition == wanted && self.covers_age(r, months))
            {
                return Ok(self.value_from(row, months, None));
            }
            let rule = self
                .condition_rules
                .iter()
                .find(|r| r.standard == standard && r.condition == person.condition);
            let not_covered =
                NoReference::ConditionNotCovered { standard, condition: person.condition };
            return match rule {
                Some(rule) => {
                    let row = rows()
                        .find(|r| {
                            r.condition == RowCondition::None
                                && sex_fits(r)
                                && self.covers_age(r, months)
                        })
                        .ok_or(not_covered)?;
                    Ok(self.value_from(row, months, Some(rule.source.to_string())))
                }
                None => Err(not_covered),
            };
        }

        // Rows for this age and sex that are not about pregnancy or breastfeeding.
        // Overlaps are excluded by a test, except FAO/WHO's pair of rows for
        // breast-fed and formula-fed infants.
        let fitting: Vec<&ReferenceRow> = rows()
            .filter(|r| matches!(r.condition, RowCondition::None | RowCondition::Fed(_)))
            .filter(|r| sex_fits(r) && self.covers_age(r, months))
            .collect();
        let fed = |feeding| fitting.iter().find(|r| r.condition == RowCondition::Fed(feeding));
        match (fitting.first(), fed(InfantFeeding::BreastFed), fed(InfantFeeding::FormulaFed)) {
            (None, _, _) => {
                Err(NoReference::AgeNotCovered { standard, youngest: self.youngest_age(standard) })
            }
            (Some(_), Some(breast), Some(formula)) => match person.infant_feeding {
                Some(InfantFeeding::BreastFed) => Ok(self.value_from(breast, months, None)),
                Some(InfantFeeding::FormulaFed) => Ok(self.value_from(formula, months, None)),
                None => Err(NoReference::NeedsInfantFeeding {
                    breast_fed_mg: breast.reference_mg,
                    formula_fed_mg: formula.reference_mg,
                }),
            },
            (Some(row), _, _) => Ok(self.value_from(row, months, None)),
        }
    }
}
