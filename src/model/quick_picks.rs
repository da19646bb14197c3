//! Quick picks: the NIH Office of Dietary Supplements' list of food sources
//! of magnesium, mapped to their USDA SR28 foods and household portions
//! (`data/reference/quick_picks.csv`, joined with `data/usda/` by build.rs).
//! They travel inside the widget, so a reader can log them before the full
//! food table has downloaded.

use super::csv;
use super::food_table::{FoodId, Portion};
use super::suggest::Candidate;
use std::sync::OnceLock;

const QUICK_PICKS_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/quick_picks.csv"));

#[derive(Debug, Clone, PartialEq)]
pub struct QuickPick {
    pub food_id: FoodId,
    /// The SR28 description, e.g. "Seeds, pumpkin and squash seed kernels, roasted, with salt added".
    pub description: String,
    /// The ODS list's short name, e.g. "Pumpkin seeds, roasted".
    pub name: String,
    pub mg_per_100g: u32,
    pub in_survey: bool,
    /// SR28 portion number, None when the pick is given in grams.
    pub portion_seq: Option<u32>,
    /// e.g. "1 oz", "1 cup" (empty amount and unit "g" for grams).
    pub portion_amount: String,
    pub portion_unit: String,
    pub portion_grams: f64,
    /// How many of that portion make the ODS serving (0.5 × 1 cup = ½ cup).
    pub portion_count: f64,
    /// The ODS serving and its figure, for comparison.
    pub ods_serving: String,
    pub ods_mg: String,
    /// Where SR28 and the ODS figure differ, why.
    pub note: String,
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
            amount: self.portion_amount.clone(),
            unit: self.portion_unit.clone(),
            grams: self.portion_grams,
        })
    }

    /// As a candidate for "what would close the gap".
    pub fn candidate(&self) -> Candidate {
        Candidate {
            food_id: self.food_id,
            name: self.name.clone(),
            portion: self.ods_serving.clone(),
            mg_per_portion: self.magnesium_mg(),
            common: true,
        }
    }
}

fn parse(text: &str) -> Result<Vec<QuickPick>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let num = |s: &str, what: &str| {
        s.parse::<f64>().map_err(|_| format!("quick picks: {what} {s:?} is not a number"))
    };
    let mut picks = Vec::new();
    for r in &t.rows {
        let seq = &r[col("portion_seq")?];
        picks.push(QuickPick {
            food_id: FoodId(num(&r[col("ndb_id")?], "ndb_id")? as u32),
            description: r[col("description")?].clone(),
            name: r[col("ods_food")?].clone(),
            mg_per_100g: num(&r[col("mg_per_100g")?], "magnesium")? as u32,
            in_survey: r[col("in_survey")?] == "1",
            portion_seq: if seq.is_empty() { None } else { Some(num(seq, "portion")? as u32) },
            portion_amount: r[col("portion_amount")?].clone(),
            portion_unit: r[col("portion_unit")?].clone(),
            portion_grams: num(&r[col("portion_grams")?], "grams")?,
            portion_count: num(&r[col("portion_count")?], "count")?,
            ods_serving: r[col("ods_serving")?].clone(),
            ods_mg: r[col("ods_mg")?].clone(),
            note: r[col("note")?].clone(),
        });
    }
    Ok(picks)
}

/// The bundled quick picks, richest first as on the ODS list.
pub fn quick_picks() -> &'static [QuickPick] {
    static PICKS: OnceLock<Vec<QuickPick>> = OnceLock::new();
    // build.rs has already checked every row against the USDA table; a parse
    // failure here would be a build bug, caught by the tests, so an empty list is a safe fallback.
    PICKS.get_or_init(|| parse(QUICK_PICKS_CSV).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_list_parses_whole() {
        assert_eq!(parse(QUICK_PICKS_CSV).unwrap().len(), 29);
    }
}
