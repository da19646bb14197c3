//! Judging an intake against a reference value.
//!
//! The rules follow `data/reference/README.md`, rule 4 (IOM, Dietary Reference
//! Intakes: Applications in Dietary Assessment, 2000, pp. 54-57) and rule 3:
//! the upper level is compared with non-food magnesium only, never with food.

use super::csv;
use super::intake::{Intake, Totals};
use super::reference::{ReferenceValue, ValueKind};
use std::sync::OnceLock;

const DAILY_VALUE_CSV: &str = include_str!("../../data/reference/daily_value.csv");

/// The US Daily Value for magnesium (for "% DV"), read from `data/reference/daily_value.csv`.
pub fn daily_value_mg() -> Option<f64> {
    static DV: OnceLock<Option<f64>> = OnceLock::new();
    *DV.get_or_init(|| {
        let table = csv::parse(DAILY_VALUE_CSV).ok()?;
        let nutrient = table.column("nutrient").ok()?;
        let value = table.column("daily_value_mg").ok()?;
        let row = table.rows.iter().find(|r| r[nutrient] == "magnesium")?;
        row[value].parse().ok().filter(|v: &f64| v.is_finite() && *v > 0.0)
    })
}

/// What the intake means, in the words the sources allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Below the EAR: very likely needs to be improved.
    BelowEar,
    /// Between the EAR and the RDA: probably needs to be improved.
    BetweenEarAndRda,
    /// At or above the RDA: likely adequate, if the days observed are typical and many.
    AtOrAboveRda,
    /// At or above an AI: likely adequate.
    AtOrAboveAi,
    /// Below an AI: no conclusion about inadequacy can be drawn.
    BelowAiNoConclusion,
    /// At or above an RNI, which is set to cover nearly everyone's needs.
    AtOrAboveRni,
    /// Below an RNI: may not meet needs; without a requirement figure the risk cannot be put in numbers.
    BelowRni,
    /// Nothing recorded yet.
    NothingRecorded,
}

/// Non-food magnesium against the upper level, day by day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UpperLevelCheck {
    pub upper_level_mg: f64,
    /// The most non-food magnesium on any one recorded day.
    pub highest_day_nonfood_mg: f64,
    /// True when some day's non-food magnesium is above the upper level (risk of diarrhoea).
    pub exceeded: bool,
}

/// Everything the widget says about an intake.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub reference: ReferenceValue,
    /// Average per recorded day.
    pub totals: Totals,
    pub days_recorded: usize,
    pub verdict: Verdict,
    /// How far the average total is below the RDA, AI or RNI (0 when it meets it).
    pub gap_mg: f64,
    pub percent_of_reference: f64,
    pub percent_of_daily_value: Option<f64>,
    /// None when the standard sets no upper level for this person.
    pub upper_level: Option<UpperLevelCheck>,
    /// Always shown: people with kidney disease should ask a clinician before
    /// taking magnesium supplements (README rule 6).
    pub kidney_caution: bool,
}

/// Judges an intake against a reference value.
pub fn assess(intake: &Intake, reference: &ReferenceValue) -> Assessment {
    let totals = intake.average();
    let total = totals.total_mg();
    let days_recorded = intake.recorded_day_count();
    let target = reference.reference_mg;
    let verdict = if days_recorded == 0 {
        Verdict::NothingRecorded
    } else {
        match reference.kind {
            ValueKind::Rda { ear_mg } if total < ear_mg => Verdict::BelowEar,
            ValueKind::Rda { .. } if total < target => Verdict::BetweenEarAndRda,
            ValueKind::Rda { .. } => Verdict::AtOrAboveRda,
            ValueKind::Ai if total < target => Verdict::BelowAiNoConclusion,
            ValueKind::Ai => Verdict::AtOrAboveAi,
            ValueKind::Rni if total < target => Verdict::BelowRni,
            ValueKind::Rni => Verdict::AtOrAboveRni,
        }
    };
    let upper_level = reference.upper_level_nonfood_mg.map(|ul| {
        let highest = intake.highest_day_nonfood_mg();
        UpperLevelCheck {
            upper_level_mg: ul,
            highest_day_nonfood_mg: highest,
            exceeded: highest > ul,
        }
    });
    Assessment {
        reference: reference.clone(),
        totals,
        days_recorded,
        verdict,
        gap_mg: (target - total).max(0.0),
        percent_of_reference: total / target * 100.0,
        percent_of_daily_value: daily_value_mg().map(|dv| total / dv * 100.0),
        upper_level,
        kidney_caution: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn daily_value_is_read_from_data() {
        assert_eq!(daily_value_mg(), Some(420.0));
    }
}
