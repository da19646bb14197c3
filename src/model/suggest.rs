//! "What would close the gap": a few foods whose usual portion covers most of it.

use super::food_table::FoodId;

/// A food the reader could add, in its usual portion.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub food_id: FoodId,
    pub name: String,
    /// e.g. "1 oz"
    pub portion: String,
    pub mg_per_portion: f64,
    /// Commonly eaten (e.g. in the US diet survey, or on the NIH ODS list).
    pub common: bool,
}

/// One suggestion: `portions` × the candidate's usual portion.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub candidate: Candidate,
    pub portions: u32,
    pub magnesium_mg: f64,
    /// Share of the gap it closes, 0–100.
    pub percent_of_gap: f64,
}

/// Most portions of one food we would suggest: beyond two, a single food is not a fair answer.
const MAX_PORTIONS: u32 = 2;

/// Up to `how_many` foods, best first: those that close most of the gap in
/// one or two usual portions, common foods before others, foods already
/// eaten left out.
pub fn close_the_gap(
    gap_mg: f64,
    candidates: &[Candidate],
    already_eaten: &[FoodId],
    how_many: usize,
) -> Vec<Suggestion> {
    if !(gap_mg.is_finite() && gap_mg > 0.0) {
        return Vec::new();
    }
    let mut suggestions: Vec<Suggestion> = candidates
        .iter()
        .filter(|c| c.mg_per_portion.is_finite() && c.mg_per_portion > 0.0)
        .filter(|c| !already_eaten.contains(&c.food_id))
        .map(|c| {
            let portions = ((gap_mg / c.mg_per_portion).ceil() as u32).clamp(1, MAX_PORTIONS);
            let magnesium_mg = c.mg_per_portion * f64::from(portions);
            Suggestion {
                candidate: c.clone(),
                portions,
                magnesium_mg,
                percent_of_gap: (magnesium_mg / gap_mg * 100.0).min(100.0),
            }
        })
        .collect();
    // Coverage in steps of 10 % so that a common food is not beaten by a rare one 1 mg richer.
    let coverage_step = |s: &Suggestion| (s.percent_of_gap / 10.0).floor() as u32;
    suggestions.sort_by(|a, b| {
        coverage_step(b)
            .cmp(&coverage_step(a))
            .then(b.candidate.common.cmp(&a.candidate.common))
            .then(a.portions.cmp(&b.portions))
            .then(b.magnesium_mg.total_cmp(&a.magnesium_mg))
    });
    suggestions.truncate(how_many);
    suggestions
}
