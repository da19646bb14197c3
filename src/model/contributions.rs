//! "Where your magnesium comes from": each food (or, for the quick estimate,
//! each food group), drinking water and supplements as their own lines, with
//! their magnesium a day, largest first.

use super::food_table::FoodId;
use super::intake::{Entry, Intake};
use super::questionnaire::FoodEstimate;

/// What a line of the list is.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A logged food (its description).
    Food {
        id: FoodId,
        description: String,
    },
    /// A questionnaire group (its wire id).
    Group(u32),
    /// The quick estimate's foods and drinks that no question asks about.
    Background,
    Water,
    /// Supplements and medicines together (the upper level concerns them).
    Supplements,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    pub source: Source,
    /// Magnesium a day (the average over logged days, or the typical estimate).
    pub mg_per_day: f64,
    /// Share of the total, 0-100.
    pub percent: f64,
}

fn finish(mut lines: Vec<(Source, f64)>) -> Vec<Contribution> {
    lines.retain(|(_, mg)| *mg > 0.0);
    let total: f64 = lines.iter().map(|(_, mg)| mg).sum();
    lines.sort_by(|a, b| b.1.total_cmp(&a.1));
    lines
        .into_iter()
        .map(|(source, mg)| Contribution { source, mg_per_day: mg, percent: mg / total * 100.0 })
        .collect()
}

/// The logged days: each food's average a day over the recorded days (the
/// same food on several days or lines is one line), water, supplements.
pub fn from_log(intake: &Intake) -> Vec<Contribution> {
    let days = intake.recorded_day_count().max(1) as f64;
    let mut lines: Vec<(Source, f64)> = Vec::new();
    let mut supplements = 0.0;
    for entry in intake.recorded_days().flat_map(|d| &d.entries) {
        match entry {
            Entry::Food(food) => {
                let mg = food.magnesium_mg() / days;
                match lines
                    .iter_mut()
                    .find(|(s, _)| matches!(s, Source::Food { id, .. } if *id == food.food_id))
                {
                    Some((_, sum)) => *sum += mg,
                    None => lines.push((
                        Source::Food { id: food.food_id, description: food.description.clone() },
                        mg,
                    )),
                }
            }
            Entry::NonFood(nonfood) => supplements += nonfood.magnesium_mg() / days,
        }
    }
    lines.push((Source::Water, intake.water_mg_per_day));
    lines.push((Source::Supplements, supplements));
    finish(lines)
}

/// The quick estimate: each answered group's typical magnesium a day, the
/// foods no question asks about (their average a day), water and supplements.
pub fn from_estimate(
    food: &FoodEstimate,
    background_mg: f64,
    water_mg: f64,
    nonfood_mg: f64,
) -> Vec<Contribution> {
    let mut lines: Vec<(Source, f64)> = food
        .by_group
        .iter()
        .map(|g| (Source::Group(g.group.wire_id), g.mg_per_day.typical))
        .collect();
    lines.push((Source::Background, background_mg));
    lines.push((Source::Water, water_mg));
    lines.push((Source::Supplements, nonfood_mg));
    finish(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::intake::{Day, FoodEntry, NonFoodEntry, NonFoodKind};

    #[test]
    fn foods_are_averaged_over_days_and_listed_largest_first_with_water_and_supplements() {
        let spinach =
            |grams| Entry::Food(FoodEntry::new(FoodId(11458), "Spinach", grams, 87.0).unwrap());
        let pill =
            Entry::NonFood(NonFoodEntry::elemental(NonFoodKind::Supplement, "Mg", 100.0).unwrap());
        let intake = Intake {
            days: vec![
                Day { entries: vec![spinach(100.0), pill] },
                Day { entries: vec![spinach(300.0)] },
            ],
            water_mg_per_day: 24.0,
        };
        let lines = from_log(&intake);
        // Spinach (87 + 261) / 2 = 174 mg; supplements 100 / 2 = 50 mg; water 24 mg.
        assert_eq!(lines.iter().map(|c| c.mg_per_day).collect::<Vec<_>>(), [174.0, 50.0, 24.0]);
        assert!(matches!(lines[0].source, Source::Food { id: FoodId(11458), .. }));
        assert_eq!(
            (lines[1].source.clone(), lines[2].source.clone()),
            (Source::Supplements, Source::Water)
        );
        assert!((lines.iter().map(|c| c.percent).sum::<f64>() - 100.0).abs() < 1e-9);
        assert!(from_log(&Intake::default()).is_empty());
    }
}
