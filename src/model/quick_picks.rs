//! Quick picks: the NIH Office of Dietary Supplements' list of food sources
//! of magnesium, mapped to their USDA SR28 foods and household portions
//! (`data/reference/quick_picks.csv`). They travel inside the widget, so a
//! reader can log them before the full food table has downloaded:
//! `cargo xtask codegen` joins the list with the USDA table through
//! `FoodTable` and writes the picks as Rust.

use super::food_table::{FoodId, Portion};
use super::suggest::Candidate;

#[derive(Debug, Clone, PartialEq)]
pub struct QuickPick {
    pub food_id: FoodId,
    /// The SR28 description, e.g. "Seeds, pumpkin and squash seed kernels, roasted, with salt added".
    pub description: &'static str,
    /// The ODS list's short name, e.g. "Pumpkin seeds, roasted".
    pub name: &'static str,
    pub mg_per_100g: u32,
    pub in_survey: bool,
    /// SR28 portion number, None when the pick is given in grams.
    pub portion_seq: Option<u32>,
    /// e.g. "1 oz", "1 cup" (empty amount and unit "g" for grams).
    pub portion_amount: &'static str,
    pub portion_unit: &'static str,
    pub portion_grams: f64,
    /// How many of that portion make the ODS serving (0.5 × 1 cup = ½ cup).
    pub portion_count: f64,
    /// The ODS serving and its figure, for comparison.
    pub ods_serving: &'static str,
    pub ods_mg: &'static str,
    /// Where SR28 and the ODS figure differ, why.
    pub note: &'static str,
}

impl QuickPick {
    pub fn grams(&self) -> f64 {
        self.portion_grams * self.portion_count
    }

    pub fn magnesium_mg(&self) -> f64 {
        f64::from(self.mg_per_100g) * self.grams() / 100.0
    }

    /// The SR28 household portion of the serving; None when given in grams.
    pub fn portion(&self) -> Option<Portion> {
        self.portion_seq.map(|seq| Portion {
            seq,
            amount: self.portion_amount.to_string(),
            unit: self.portion_unit.to_string(),
            grams: self.portion_grams,
        })
    }

    /// As a candidate for "what would close the gap".
    pub fn candidate(&self) -> Candidate {
        Candidate {
            food_id: self.food_id,
            name: self.name.to_string(),
            portion: self.ods_serving.to_string(),
            mg_per_portion: self.magnesium_mg(),
            common: true,
        }
    }
}

/// The quick picks, richest first as on the ODS list; `cargo xtask codegen`
/// joined every row with the USDA table (`model/generated/quick_picks.rs`).
pub fn quick_picks() -> &'static [QuickPick] {
    super::generated::quick_picks::PICKS
}
