//! "Download for a spreadsheet": the log as CSV (RFC 4180, UTF-8 with a
//! byte-order mark so spreadsheets pick the encoding), one line per food,
//! supplement or medicine with its computed magnesium, a total line per
//! day, and drinking water. Pure Rust, tested natively. For carrying on
//! later the reader saves the JSON file instead (`model::saved_file`).

use crate::model::intake::NonFoodAmount;
use crate::model::NonFoodKind;
use crate::ui::i18n::Messages;
use crate::ui::state::log::{LoggedEntry, LoggedItem};

/// One field, quoted when it must be; a leading = + - @ is neutralised so a
/// spreadsheet never runs a name as a formula.
fn field(text: &str) -> String {
    let formula =
        text.starts_with(['=', '+', '-', '@', '\t', '\r']) && text.parse::<f64>().is_err();
    let text = if formula { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A figure with at most one decimal, with a point (the CSV's own separator is the comma).
fn figure(value: f64) -> String {
    crate::model::number::decimal(value, 1) // never "-0"
}

/// The log, day by day, and the water's magnesium a day (if entered).
pub fn log_csv(t: &Messages, days: &[Vec<LoggedEntry>], water_mg_per_day: Option<f64>) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(t.csv_header);
    out.push_str("\r\n");
    let mut line = |cells: [String; 7]| {
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    for (i, day) in days.iter().enumerate() {
        let n = (i + 1).to_string();
        for entry in day {
            let (kind, amount, unit) = match &entry.item {
                LoggedItem::Food(logged) => (t.csv_food, logged.food.grams(), t.grams.to_string()),
                LoggedItem::NonFood(nonfood) => {
                    let kind = match nonfood.kind {
                        NonFoodKind::Supplement => t.supplement,
                        NonFoodKind::Medicine => t.medicine,
                    };
                    match nonfood.amount() {
                        NonFoodAmount::Elemental { mg } => {
                            (kind, *mg, t.mg_label_states.to_string())
                        }
                        NonFoodAmount::Compound { compound_mg, form } => {
                            (kind, *compound_mg, t.compound_unit(form))
                        }
                    }
                }
            };
            line([
                n.clone(),
                kind.to_string(),
                entry.item.shown_name(t).to_string(),
                // The USDA name beneath, as on screen (empty for a supplement).
                match &entry.item {
                    LoggedItem::Food(logged) => logged.food.description.clone(),
                    LoggedItem::NonFood(_) => String::new(),
                },
                figure(amount),
                unit,
                figure(entry.item.magnesium_mg()),
            ]);
        }
        let total: f64 = day.iter().map(|e| e.item.magnesium_mg()).sum();
        line([
            n.clone(),
            String::new(),
            t.csv_day_total(i + 1),
            String::new(),
            String::new(),
            String::new(),
            figure(total),
        ]);
    }
    if let Some(water) = water_mg_per_day {
        line([
            String::new(),
            t.source_water.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            figure(water),
        ]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::food_table::FoodId;
    use crate::model::intake::NonFoodEntry;
    use crate::model::FoodEntry;
    use crate::ui::i18n::{DE, EN};
    use crate::ui::state::log::{FoodMeasure, LoggedFood};

    fn entry(item: LoggedItem) -> LoggedEntry {
        LoggedEntry { id: 1, amount_text: String::new(), item }
    }

    fn almonds(grams: f64) -> LoggedItem {
        let food = FoodEntry::new(FoodId(12061), "Nuts, almonds", grams, 270.0).unwrap();
        LoggedItem::Food(LoggedFood { food, measure: FoodMeasure::Grams { portion: None } })
    }

    #[test]
    fn each_line_carries_its_magnesium_and_each_day_its_total() {
        let pill =
            NonFoodEntry::elemental(NonFoodKind::Supplement, "=HYPERLINK(\"x\"), 250", 250.0)
                .unwrap();
        let days = vec![vec![entry(almonds(28.35)), entry(LoggedItem::NonFood(pill))], vec![]];
        let csv = log_csv(&EN, &days, Some(30.0));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], EN.csv_header);
        assert_eq!(lines[1], "1,Food,Almonds,\"Nuts, almonds\",28.4,grams,76.5");
        // A name that looks like a formula is neutralised and quoted.
        assert_eq!(
            lines[2],
            "1,Supplement,\"'=HYPERLINK(\"\"x\"\"), 250\",,250,mg (label states magnesium),250"
        );
        assert_eq!(lines[3], "1,,Day 1 total,,,,326.5");
        assert_eq!(lines[4], "2,,Day 2 total,,,,0");
        assert_eq!(lines[5], ",Drinking water,,,,,30");
        assert_eq!(lines[6], "");
        assert!(csv.starts_with('\u{feff}'));
    }

    #[test]
    fn the_header_and_words_are_in_the_readers_language() {
        let csv = log_csv(&DE, &[vec![entry(almonds(100.0))]], None);
        assert!(csv.contains(DE.csv_header), "{csv}");
        assert!(csv.contains("Lebensmittel"), "{csv}");
        assert!(
            csv.contains(",Mandeln,\"Nuts, almonds\","),
            "the everyday name, then USDA's: {csv}"
        );
        assert!(csv.contains(&DE.csv_day_total(1)), "{csv}");
    }
}
