//! What the log keeps: each entry as the reader typed it and as the last
//! valid value, and how a food's amount is measured. Pure Rust, tested
//! natively through the reducer (`state.rs`).

use crate::model::food_table::{Food, FoodId, Portion};
use crate::model::input::InputError;
use crate::model::intake::{AmountError, NonFoodAmount};
use crate::model::number::parse_number;
use crate::model::quick_picks::QuickPick;
use crate::model::{Entry, FoodEntry, NonFoodEntry};
use crate::ui::i18n::Messages;

/// How the amount of a logged food is typed. A portion is SR28's household
/// measure (`seq`, label, grams), which share links name by `seq`.
#[derive(Debug, Clone, PartialEq)]
pub enum FoodMeasure {
    /// Grams; `portion` is the household portion it was logged with, if any,
    /// so the reader can switch back to counting portions.
    Grams { portion: Option<Portion> },
    /// A count of this portion.
    Portions(Portion),
}

impl FoodMeasure {
    /// What the reader types for `grams` of the food: a count of the portion, or grams.
    pub fn typed_amount(&self, grams: f64) -> f64 {
        match self {
            FoodMeasure::Portions(portion) => grams / portion.grams,
            FoodMeasure::Grams { .. } => grams,
        }
    }

    /// The grams a typed amount stands for.
    pub fn grams(&self, typed: f64) -> f64 {
        match self {
            FoodMeasure::Portions(portion) => typed * portion.grams,
            FoodMeasure::Grams { .. } => typed,
        }
    }

    /// The household portion, whether counted or kept for switching back.
    pub fn portion(&self) -> Option<&Portion> {
        match self {
            FoodMeasure::Portions(portion) | FoodMeasure::Grams { portion: Some(portion) } => {
                Some(portion)
            }
            FoodMeasure::Grams { portion: None } => None,
        }
    }
}

/// A food with a valid amount and the way the reader measured it: what
/// the food search and quick picks dispatch, and what the log keeps.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedFood {
    pub food: FoodEntry,
    pub measure: FoodMeasure,
}

impl LoggedFood {
    /// The one way a logged food is made: `grams` of a food (its SR28 id,
    /// description and magnesium per 100 g), typed in `measure`. Refuses an
    /// amount the model refuses.
    pub fn new(
        food_id: FoodId,
        description: &str,
        mg_per_100g: f64,
        grams: f64,
        measure: FoodMeasure,
    ) -> Result<LoggedFood, AmountError> {
        let food = FoodEntry::new(food_id, description, grams, mg_per_100g)?;
        Ok(LoggedFood { food, measure })
    }

    /// `count` of `portion` (an index into the food's portions; None =
    /// grams) of a food from the table.
    pub fn of_food(
        food: &Food,
        portion: Option<usize>,
        count: f64,
    ) -> Result<LoggedFood, AmountError> {
        let measure = match portion.and_then(|i| food.portions.get(i)) {
            Some(portion) => FoodMeasure::Portions(portion.clone()),
            None => FoodMeasure::Grams { portion: None },
        };
        let grams = measure.grams(count);
        LoggedFood::new(food.id, &food.description, f64::from(food.mg_per_100g), grams, measure)
    }

    /// `servings` of a quick pick's serving, in its household portion (or in
    /// grams when it has none), from the list or from "what would close the gap".
    pub fn of_quick_pick(pick: &QuickPick, servings: f64) -> Option<LoggedFood> {
        let measure = match pick.portion() {
            Some(portion) => FoodMeasure::Portions(portion),
            None => FoodMeasure::Grams { portion: None },
        };
        let grams = pick.grams() * servings;
        // Quick picks are checked against SR28 at build time, so this holds.
        LoggedFood::new(pick.food_id, pick.description, f64::from(pick.mg_per_100g), grams, measure)
            .ok()
    }
}

/// What one line of the log is.
#[derive(Debug, Clone, PartialEq)]
pub enum LoggedItem {
    Food(LoggedFood),
    NonFood(NonFoodEntry),
}

impl LoggedItem {
    pub fn entry(&self) -> Entry {
        match self {
            LoggedItem::Food(logged) => Entry::Food(logged.food.clone()),
            LoggedItem::NonFood(nonfood) => Entry::NonFood(nonfood.clone()),
        }
    }

    /// The food's description or the supplement's name.
    /// The USDA name of a food, the reader's own name of a supplement.
    pub fn name(&self) -> &str {
        match self {
            LoggedItem::Food(logged) => &logged.food.description,
            LoggedItem::NonFood(nonfood) => &nonfood.name,
        }
    }

    /// The name the reader sees: a food's everyday name in the language
    /// when it has one (`Messages::food_name`), else `name`.
    pub fn shown_name<'a>(&'a self, t: &Messages) -> &'a str {
        match self {
            LoggedItem::Food(logged) => t.food_name(logged.food.food_id, &logged.food.description),
            LoggedItem::NonFood(nonfood) => &nonfood.name,
        }
    }

    pub fn magnesium_mg(&self) -> f64 {
        match self {
            LoggedItem::Food(logged) => logged.food.magnesium_mg(),
            LoggedItem::NonFood(nonfood) => nonfood.magnesium_mg(),
        }
    }

    /// The amount as the reader types it: portions or grams for foods;
    /// milligrams (elemental, or of the compound) for supplements and medicines.
    pub fn typed_amount(&self) -> f64 {
        match self {
            LoggedItem::Food(logged) => logged.measure.typed_amount(logged.food.grams()),
            LoggedItem::NonFood(nonfood) => match nonfood.amount() {
                NonFoodAmount::Elemental { mg } => *mg,
                NonFoodAmount::Compound { compound_mg, .. } => *compound_mg,
            },
        }
    }

    /// The same item with another typed amount, if that amount is valid.
    fn with_amount(&self, typed: f64) -> Result<LoggedItem, InputError> {
        match self {
            LoggedItem::Food(logged) => {
                let food = &logged.food;
                let grams = logged.measure.grams(typed);
                let measure = logged.measure.clone();
                LoggedFood::new(food.food_id, &food.description, food.mg_per_100g(), grams, measure)
                    .map(LoggedItem::Food)
            }
            LoggedItem::NonFood(nonfood) => match nonfood.amount() {
                NonFoodAmount::Elemental { .. } => {
                    NonFoodEntry::elemental(nonfood.kind, &nonfood.name, typed)
                }
                NonFoodAmount::Compound { form, .. } => {
                    NonFoodEntry::compound(nonfood.kind, &nonfood.name, typed, form)
                }
            }
            .map(LoggedItem::NonFood),
        }
        .map_err(InputError::from)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoggedEntry {
    pub id: u64,
    /// The last valid item: what the totals use while the reader fixes a typo.
    pub item: LoggedItem,
    /// The amount as typed (see `LoggedItem::typed_amount`).
    pub amount_text: String,
}

impl LoggedEntry {
    /// The item the typed amount stands for, or the message for the amount field.
    pub(crate) fn rebuilt(&self) -> Result<LoggedItem, InputError> {
        self.item.with_amount(parse_number(&self.amount_text)?)
    }

    /// The message for an invalid typed amount, if any (the entry keeps its last valid value).
    pub fn amount_error(&self) -> Option<InputError> {
        self.rebuilt().err()
    }
}

/// The last entry removed, kept so that "Undo" puts it back where it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub day: usize,
    pub position: usize,
    pub entry: LoggedEntry,
}

/// The foods "Add all" put into a day from a described day, which one
/// undo takes back.
#[derive(Debug, Clone, PartialEq)]
pub struct AddedDay {
    pub day: usize,
    pub ids: Vec<u64>,
}
