//! What a reader ate and took: entries, days, and their totals.
//!
//! Invariant kept by the constructors: every entry's magnesium is finite and
//! not negative, so totals are never negative and never NaN. Entries are
//! built only through `FoodEntry::new` and `NonFoodEntry::new`, which refuse
//! amounts that are not numbers, negative, zero or absurdly large.

use super::food_table::FoodId;
use super::supplement::SupplementForm;

/// Largest amount of one food entry. A sanity bound on input: the largest
/// household portion in SR28 is a 5,717 g whole turkey.
pub const MAX_FOOD_GRAMS: f64 = 10_000.0;
/// Largest elemental magnesium in one supplement or medicine entry (a sanity bound).
pub const MAX_NONFOOD_MG: f64 = 10_000.0;
/// Largest compound weight in one supplement entry (a sanity bound).
pub const MAX_COMPOUND_MG: f64 = 100_000.0;

/// Why an entered amount was refused. The reader's text is kept by the UI.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AmountError {
    NotANumber,
    NotPositive,
    TooLarge { max: f64 },
}

fn check_amount(value: f64, max: f64) -> Result<f64, AmountError> {
    if value.is_nan() {
        Err(AmountError::NotANumber)
    } else if value <= 0.0 {
        Err(AmountError::NotPositive)
    } else if value > max {
        Err(AmountError::TooLarge { max })
    } else {
        Ok(value)
    }
}

/// A food from a composition table, eaten in some grams.
#[derive(Debug, Clone, PartialEq)]
pub struct FoodEntry {
    pub food_id: FoodId,
    pub description: String,
    grams: f64,
    mg_per_100g: f64,
}

impl FoodEntry {
    pub fn new(
        food_id: FoodId,
        description: &str,
        grams: f64,
        mg_per_100g: f64,
    ) -> Result<FoodEntry, AmountError> {
        let grams = check_amount(grams, MAX_FOOD_GRAMS)?;
        // Table values are 0..=781 mg per 100 g; anything else is not a food value.
        if !(mg_per_100g.is_finite() && (0.0..=100_000.0).contains(&mg_per_100g)) {
            return Err(AmountError::NotANumber);
        }
        Ok(FoodEntry { food_id, description: description.to_string(), grams, mg_per_100g })
    }

    pub fn grams(&self) -> f64 {
        self.grams
    }

    pub fn mg_per_100g(&self) -> f64 {
        self.mg_per_100g
    }

    pub fn magnesium_mg(&self) -> f64 {
        self.mg_per_100g * self.grams / 100.0
    }
}

/// Supplements and medicines (antacids, laxatives) both count as non-food magnesium.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonFoodKind {
    Supplement,
    Medicine,
}

/// How the amount of a supplement was given.
#[derive(Debug, Clone, PartialEq)]
pub enum NonFoodAmount {
    /// The label's elemental magnesium ("Magnesium … 400 mg"): the primary input.
    Elemental { mg: f64 },
    /// A compound weight converted by its salt form; the form is the assumption shown to the reader.
    /// The form is boxed: it carries its names in four languages, and an
    /// entry should stay small beside the other kinds.
    Compound { compound_mg: f64, form: Box<SupplementForm> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct NonFoodEntry {
    pub kind: NonFoodKind,
    pub name: String,
    amount: NonFoodAmount,
}

impl NonFoodEntry {
    pub fn elemental(kind: NonFoodKind, name: &str, mg: f64) -> Result<NonFoodEntry, AmountError> {
        let mg = check_amount(mg, MAX_NONFOOD_MG)?;
        Ok(NonFoodEntry { kind, name: name.to_string(), amount: NonFoodAmount::Elemental { mg } })
    }

    pub fn compound(
        kind: NonFoodKind,
        name: &str,
        compound_mg: f64,
        form: &SupplementForm,
    ) -> Result<NonFoodEntry, AmountError> {
        let compound_mg = check_amount(compound_mg, MAX_COMPOUND_MG)?;
        Ok(NonFoodEntry {
            kind,
            name: name.to_string(),
            amount: NonFoodAmount::Compound { compound_mg, form: Box::new(form.clone()) },
        })
    }

    pub fn amount(&self) -> &NonFoodAmount {
        &self.amount
    }

    pub fn magnesium_mg(&self) -> f64 {
        match &self.amount {
            NonFoodAmount::Elemental { mg } => *mg,
            NonFoodAmount::Compound { compound_mg, form } => form.elemental_mg(*compound_mg),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Food(FoodEntry),
    NonFood(NonFoodEntry),
}

impl Entry {
    pub fn magnesium_mg(&self) -> f64 {
        match self {
            Entry::Food(food) => food.magnesium_mg(),
            Entry::NonFood(nonfood) => nonfood.magnesium_mg(),
        }
    }
}

/// Magnesium split by where it came from. The upper level applies to
/// `nonfood_mg`, and to `water_mg` under some standards (`model::water`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Totals {
    pub food_mg: f64,
    pub nonfood_mg: f64,
    /// Drinking water (the same every day).
    pub water_mg: f64,
}

impl Totals {
    pub fn total_mg(&self) -> f64 {
        self.food_mg + self.nonfood_mg + self.water_mg
    }
}

/// One day of entries.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Day {
    pub entries: Vec<Entry>,
}

impl Day {
    pub fn totals(&self) -> Totals {
        self.entries.iter().fold(Totals::default(), |mut t, e| {
            match e {
                Entry::Food(food) => t.food_mg += food.magnesium_mg(),
                Entry::NonFood(nonfood) => t.nonfood_mg += nonfood.magnesium_mg(),
            }
            t
        })
    }
}

/// Several days of records, and the magnesium the reader usually drinks in
/// water each day. Usual intake is judged from their average.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Intake {
    pub days: Vec<Day>,
    pub water_mg_per_day: f64,
}

impl Intake {
    pub fn one_day(entries: Vec<Entry>) -> Intake {
        Intake { days: vec![Day { entries }], water_mg_per_day: 0.0 }
    }

    /// Days with at least one entry: a day the reader added but has not filled
    /// in yet would otherwise pull the average down.
    pub fn recorded_days(&self) -> impl Iterator<Item = &Day> {
        self.days.iter().filter(|d| !d.entries.is_empty())
    }

    pub fn recorded_day_count(&self) -> usize {
        self.recorded_days().count()
    }

    /// Average daily totals over the recorded days (food and non-food zero
    /// when none), with the day's drinking water.
    pub fn average(&self) -> Totals {
        let water_mg = self.water_mg_per_day;
        let n = self.recorded_day_count();
        if n == 0 {
            return Totals { water_mg, ..Totals::default() };
        }
        let sum = self.recorded_days().map(Day::totals).fold(Totals::default(), |a, t| Totals {
            food_mg: a.food_mg + t.food_mg,
            nonfood_mg: a.nonfood_mg + t.nonfood_mg,
            water_mg: 0.0,
        });
        Totals { food_mg: sum.food_mg / n as f64, nonfood_mg: sum.nonfood_mg / n as f64, water_mg }
    }

    /// The most non-food magnesium on any one day: the upper level is per day.
    pub fn highest_day_nonfood_mg(&self) -> f64 {
        self.recorded_days().map(|d| d.totals().nonfood_mg).fold(0.0, f64::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn food_mg_is_per_100g_times_grams() {
        // SOURCE.md spot check: 11458 spinach, boiled, 87 mg/100 g, 1 cup (180 g) -> 156.6 mg
        let spinach =
            FoodEntry::new(FoodId(11458), "Spinach, cooked, boiled", 180.0, 87.0).unwrap();
        assert!((spinach.magnesium_mg() - 156.6).abs() < 1e-9);
    }

    #[test]
    fn amounts_are_checked() {
        assert_eq!(FoodEntry::new(FoodId(1), "x", f64::NAN, 1.0), Err(AmountError::NotANumber));
        assert_eq!(FoodEntry::new(FoodId(1), "x", 0.0, 1.0), Err(AmountError::NotPositive));
        assert_eq!(FoodEntry::new(FoodId(1), "x", -5.0, 1.0), Err(AmountError::NotPositive));
        assert_eq!(
            FoodEntry::new(FoodId(1), "x", f64::INFINITY, 1.0),
            Err(AmountError::TooLarge { max: MAX_FOOD_GRAMS })
        );
        assert_eq!(FoodEntry::new(FoodId(1), "x", 10.0, f64::NAN), Err(AmountError::NotANumber));
        assert!(NonFoodEntry::elemental(NonFoodKind::Supplement, "s", 1e12).is_err());
    }

    #[test]
    fn average_skips_empty_days_and_splits_food_from_nonfood() {
        let food = Entry::Food(FoodEntry::new(FoodId(2), "a", 100.0, 100.0).unwrap());
        let pill =
            Entry::NonFood(NonFoodEntry::elemental(NonFoodKind::Supplement, "p", 400.0).unwrap());
        let intake = Intake {
            days: vec![
                Day { entries: vec![food.clone(), pill] },
                Day { entries: vec![food] },
                Day::default(),
            ],
            water_mg_per_day: 0.0,
        };
        assert_eq!(intake.recorded_day_count(), 2);
        assert_eq!(intake.average(), Totals { food_mg: 100.0, nonfood_mg: 200.0, water_mg: 0.0 });
        assert_eq!(intake.highest_day_nonfood_mg(), 400.0);
    }
}
