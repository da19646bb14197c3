//! Quick picks: the NIH Office of Dietary Supplements' list of food sources
//! of magnesium, mapped to their USDA SR28 foods and household portions
//! (`data/reference/quick_picks.csv`, joined with `data/usda/` by build.rs).
//! They travel inside the widget, so a reader can log them before the full
//! food table has downloaded. build.rs joins the list with the USDA table,
//! reads the joined rows with `parse` and writes them as Rust (`bundled!`).

use super::csv;
use super::food_table::{FoodId, Portion};
use super::suggest::Candidate;
use super::written::{slice, text};
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq)]
pub struct QuickPick {
    pub food_id: FoodId,
    /// The SR28 description, e.g. "Seeds, pumpkin and squash seed kernels, roasted, with salt added".
    pub description: Cow<'static, str>,
    /// The ODS list's short name, e.g. "Pumpkin seeds, roasted".
    pub name: Cow<'static, str>,
    pub mg_per_100g: u32,
    pub in_survey: bool,
    /// SR28 portion number, None when the pick is given in grams.
    pub portion_seq: Option<u32>,
    /// e.g. "1 oz", "1 cup" (empty amount and unit "g" for grams).
    pub portion_amount: Cow<'static, str>,
    pub portion_unit: Cow<'static, str>,
    pub portion_grams: f64,
    /// How many of that portion make the ODS serving (0.5 × 1 cup = ½ cup).
    pub portion_count: f64,
    /// The ODS serving and its figure, for comparison.
    pub ods_serving: Cow<'static, str>,
    pub ods_mg: Cow<'static, str>,
    /// Where SR28 and the ODS figure differ, why.
    pub note: Cow<'static, str>,
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

pub fn parse(text: &str) -> Result<Vec<QuickPick>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let owned = |s: &String| Cow::Owned(s.clone());
    let num = |s: &str, what: &str| {
        s.parse::<f64>().map_err(|_| format!("quick picks: {what} {s:?} is not a number"))
    };
    let mut picks = Vec::new();
    for r in &t.rows {
        let seq = &r[col("portion_seq")?];
        picks.push(QuickPick {
            food_id: FoodId(num(&r[col("ndb_id")?], "ndb_id")? as u32),
            description: owned(&r[col("description")?]),
            name: owned(&r[col("ods_food")?]),
            mg_per_100g: num(&r[col("mg_per_100g")?], "magnesium")? as u32,
            in_survey: r[col("in_survey")?] == "1",
            portion_seq: if seq.is_empty() { None } else { Some(num(seq, "portion")? as u32) },
            portion_amount: owned(&r[col("portion_amount")?]),
            portion_unit: owned(&r[col("portion_unit")?]),
            portion_grams: num(&r[col("portion_grams")?], "grams")?,
            portion_count: num(&r[col("portion_count")?], "count")?,
            ods_serving: owned(&r[col("ods_serving")?]),
            ods_mg: owned(&r[col("ods_mg")?]),
            note: owned(&r[col("note")?]),
        });
    }
    Ok(picks)
}

/// The picks as Rust, for `bundled!` (written by build.rs).
pub fn list_to_rust(picks: &[QuickPick]) -> String {
    slice(picks, |p| {
        format!(
            "QuickPick {{ food_id: FoodId({}), description: {}, name: {}, mg_per_100g: {}, \
             in_survey: {}, portion_seq: {:?}, portion_amount: {}, portion_unit: {}, \
             portion_grams: {:?}, portion_count: {:?}, ods_serving: {}, ods_mg: {}, note: {} }}",
            p.food_id.0,
            text(&p.description),
            text(&p.name),
            p.mg_per_100g,
            p.in_survey,
            p.portion_seq,
            text(&p.portion_amount),
            text(&p.portion_unit),
            p.portion_grams,
            p.portion_count,
            text(&p.ods_serving),
            text(&p.ods_mg),
            text(&p.note)
        )
    })
}

static PICKS: &[QuickPick] = bundled!("quick_picks.rs", &[]);

/// The quick picks, richest first as on the ODS list; build.rs has checked
/// every row against the USDA table.
pub fn quick_picks() -> &'static [QuickPick] {
    PICKS
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The joined list build.rs wrote beside the Rust it made of it.
    const QUICK_PICKS_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/quick_picks.csv"));

    #[test]
    fn the_shipped_list_is_the_joined_file_read_again() {
        let read = parse(QUICK_PICKS_CSV).unwrap();
        assert_eq!(read.len(), 29);
        assert_eq!(quick_picks(), read.as_slice());
    }
}
