//! Judging an intake against a reference value.
//!
//! The rules follow `data/reference/README.md`, rule 4 (IOM, Dietary Reference
//! Intakes: Applications in Dietary Assessment, 2000, pp. 54-57) and rule 3:
//! the upper level is compared with non-food magnesium only, never with food,
//! and with drinking water too where the standard says so (`model::water`).
//!
//! A quick estimate from the questionnaire is judged by `assess_estimate`:
//! a distribution of usual intake (`model::usual_intake`), said as the
//! chance of falling short of one's own requirement (standards with an EAR)
//! or of reaching the reference (AI and RNI standards).

use super::intake::{Intake, Totals};
use super::questionnaire::{estimate, Answers, FoodEstimate, Spread};
use super::reference::{Person, ReferenceValue, ValueKind};
use super::usual_intake::{self, Band, Chance, IntakePercentiles, Standing, UsualIntake};
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

/// What a quick estimate means, said as a chance (`model::usual_intake`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EstimateVerdict {
    /// No question answered yet.
    NothingAnswered,
    /// Standards with an EAR: the chance of falling short of one's own
    /// requirement is low, open, or high.
    ShortfallUnlikely,
    ShortfallOpen,
    ShortfallLikely,
    /// AI and RNI standards: the chance of reaching the reference is high,
    /// open, or low (below an AI nothing can be concluded about inadequacy).
    ReachesLikely,
    ReachesOpen,
    ReachesUnlikely,
}

/// A typical food intake outside the middle nine tenths of a published
/// usual-intake distribution: worth checking the answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Unusual {
    pub percentiles: &'static IntakePercentiles,
    /// The typical food intake is below the 5th percentile (else above the 95th).
    pub below: bool,
}

/// The quick estimate against the reader's reference values.
#[derive(Debug, Clone, PartialEq)]
pub struct EstimateAssessment {
    pub reference: ReferenceValue,
    /// Usual intake a day (food, drinking water, supplements and medicines):
    /// the interval's low end, the median, the interval's high end.
    pub total_mg: Spread,
    /// Food, from the questionnaire, group by group.
    pub food: FoodEstimate,
    /// The foods no question asks about, on average a day.
    pub background_mg: f64,
    pub water_mg: f64,
    pub nonfood_mg: f64,
    pub verdict: EstimateVerdict,
    /// The chance behind the verdict (None when nothing is answered).
    pub chance: Option<Chance>,
    /// The typical food intake against the published distribution.
    pub unusual: Option<Unusual>,
    /// Where the typical food intake stands in that distribution (when it
    /// is not unusual: then the answers are worth checking first).
    pub standing: Option<Standing>,
    /// How far the typical estimate is below the reference (0 when it meets it).
    pub gap_mg: f64,
    pub upper_level: Option<UpperLevelCheck>,
}

impl EstimateAssessment {
    /// Whether the answer leaves room to eat more (not a likely enough intake,
    /// and something answered): "what would raise it" is then offered.
    pub fn wants_more(&self) -> bool {
        !matches!(
            self.verdict,
            EstimateVerdict::ShortfallUnlikely
                | EstimateVerdict::ReachesLikely
                | EstimateVerdict::NothingAnswered
        )
    }
}

/// Judges a quick estimate: food from the questionnaire (with the foods no
/// question covers), plus water and the supplements the reader logged
/// (their daily average, and their highest day for the upper level).
pub fn assess_estimate(
    answers: &Answers,
    person: &Person,
    water_mg: f64,
    nonfood_mg: f64,
    highest_day_nonfood_mg: f64,
    reference: &ReferenceValue,
) -> EstimateAssessment {
    let model = usual_intake::model();
    let scale = usual_intake::background_scale(person);
    let distribution =
        UsualIntake::from_parts(&usual_intake::parts(answers, scale), water_mg + nonfood_mg, model);
    let total = Spread {
        low: distribution.percentile(model.interval_low_percentile / 100.0),
        typical: distribution.percentile(0.5),
        high: distribution.percentile(model.interval_high_percentile / 100.0),
    };
    let food = estimate(answers);
    let answered = !food.by_group.is_empty();
    let chance = answered.then(|| match reference.kind {
        ValueKind::Rda { ear_mg } => Chance::BelowRequirement(
            distribution.chance_below_requirement(ear_mg, model.requirement_cv),
        ),
        ValueKind::Ai | ValueKind::Rni => {
            Chance::ReachesReference(1.0 - distribution.share_below(reference.reference_mg))
        }
    });
    let verdict = match chance.map(|c| (c, c.band(model))) {
        None => EstimateVerdict::NothingAnswered,
        Some((Chance::BelowRequirement(_), Band::Low)) => EstimateVerdict::ShortfallUnlikely,
        Some((Chance::BelowRequirement(_), Band::Open)) => EstimateVerdict::ShortfallOpen,
        Some((Chance::BelowRequirement(_), Band::High)) => EstimateVerdict::ShortfallLikely,
        Some((Chance::ReachesReference(_), Band::High)) => EstimateVerdict::ReachesLikely,
        Some((Chance::ReachesReference(_), Band::Open)) => EstimateVerdict::ReachesOpen,
        Some((Chance::ReachesReference(_), Band::Low)) => EstimateVerdict::ReachesUnlikely,
    };
    let typical_food = distribution.food_percentile(0.5);
    let unusual = usual_intake::percentiles_for(person)
        .filter(|_| answered)
        .filter(|p| typical_food < p.p5_mg || typical_food > p.p95_mg)
        .map(|p| Unusual { percentiles: p, below: typical_food < p.p5_mg });
    let standing =
        usual_intake::standing(person, typical_food).filter(|_| answered && unusual.is_none());
    EstimateAssessment {
        reference: reference.clone(),
        total_mg: total,
        background_mg: usual_intake::background_mean_mg(scale),
        food,
        water_mg,
        nonfood_mg,
        verdict,
        chance,
        unusual,
        standing,
        gap_mg: (reference.reference_mg - total.typical).max(0.0),
        upper_level: UpperLevelCheck::new(reference, highest_day_nonfood_mg, water_mg),
    }
}
