//! Judging an intake against a reference value.
//!
//! The rules follow `data/reference/README.md`, rule 4 (IOM, Dietary Reference
//! Intakes: Applications in Dietary Assessment, 2000, pp. 54-57) and rule 3:
//! the upper level is compared with non-food magnesium only, never with food,
//! and with drinking water too where the standard says so (`model::water`).
//!
//! A quick estimate from the questionnaire is judged by `assess_estimate`: a
//! range, not a measurement, so it says "likely" only when the whole range
//! lies on one side of a reference value.

use super::intake::{Intake, Totals};
use super::questionnaire::{FoodEstimate, Spread};
use super::reference::{ReferenceValue, ValueKind};
use super::water::water_counts_toward_upper_level;

pub use super::daily_value::daily_value_mg;

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
    /// The most magnesium that counts toward the upper level on any one day:
    /// supplements and medicines, plus drinking water where `includes_water`.
    pub highest_day_nonfood_mg: f64,
    /// The standard counts drinking water toward its upper level.
    pub includes_water: bool,
    /// True when some day's non-food magnesium is above the upper level (risk of diarrhoea).
    pub exceeded: bool,
}

impl UpperLevelCheck {
    fn new(reference: &ReferenceValue, highest_day_nonfood_mg: f64, water_mg: f64) -> Option<Self> {
        let upper_level_mg = reference.upper_level_nonfood_mg?;
        let includes_water = water_counts_toward_upper_level(reference.standard);
        let highest = highest_day_nonfood_mg + if includes_water { water_mg } else { 0.0 };
        Some(UpperLevelCheck {
            upper_level_mg,
            highest_day_nonfood_mg: highest,
            includes_water,
            exceeded: highest > upper_level_mg,
        })
    }
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
    pub percent_of_daily_value: f64,
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
    let upper_level =
        UpperLevelCheck::new(reference, intake.highest_day_nonfood_mg(), intake.water_mg_per_day);
    Assessment {
        reference: reference.clone(),
        totals,
        days_recorded,
        verdict,
        gap_mg: (target - total).max(0.0),
        percent_of_reference: total / target * 100.0,
        percent_of_daily_value: total / daily_value_mg() * 100.0,
        upper_level,
        kidney_caution: true,
    }
}

/// What a quick estimate means. It is a range from a short questionnaire, so
/// it says "likely" only when the whole range is on one side of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EstimateVerdict {
    /// No question answered yet.
    NothingAnswered,
    /// Even the high end is below the EAR.
    LikelyBelowEar,
    /// Even the high end is below the RDA, AI or RNI.
    LikelyBelowReference,
    /// Even the low end meets the RDA, AI or RNI.
    LikelyMeetsReference,
    /// The range spans the reference value: logging days would tell.
    Unclear,
}

/// The quick estimate against the reader's reference values.
#[derive(Debug, Clone, PartialEq)]
pub struct EstimateAssessment {
    pub reference: ReferenceValue,
    /// Food (questionnaire) + drinking water + supplements and medicines, a day.
    pub total_mg: Spread,
    /// Food, from the questionnaire, group by group.
    pub food: FoodEstimate,
    pub water_mg: f64,
    pub nonfood_mg: f64,
    pub verdict: EstimateVerdict,
    /// How far the typical estimate is below the reference (0 when it meets it).
    pub gap_mg: f64,
    pub upper_level: Option<UpperLevelCheck>,
}

/// Judges a quick estimate: food from the questionnaire, plus water and the
/// supplements the reader logged (their daily average, and their highest day
/// for the upper level).
pub fn assess_estimate(
    food: &FoodEstimate,
    water_mg: f64,
    nonfood_mg: f64,
    highest_day_nonfood_mg: f64,
    reference: &ReferenceValue,
) -> EstimateAssessment {
    let extra = Spread::exactly(water_mg + nonfood_mg);
    let total = food.mg_per_day.plus(extra);
    let target = reference.reference_mg;
    let answered = !food.by_group.is_empty();
    let verdict = match reference.kind {
        _ if !answered => EstimateVerdict::NothingAnswered,
        ValueKind::Rda { ear_mg } if total.high < ear_mg => EstimateVerdict::LikelyBelowEar,
        _ if total.high < target => EstimateVerdict::LikelyBelowReference,
        _ if total.low >= target => EstimateVerdict::LikelyMeetsReference,
        _ => EstimateVerdict::Unclear,
    };
    EstimateAssessment {
        reference: reference.clone(),
        total_mg: total,
        food: food.clone(),
        water_mg,
        nonfood_mg,
        verdict,
        gap_mg: (target - total.typical).max(0.0),
        upper_level: UpperLevelCheck::new(reference, highest_day_nonfood_mg, water_mg),
    }
}
