//! "Describe a day" read through the public API, with properties that hold
//! for any text a reader may paste.

use magnesium_calculator::model::describe::{
    parse_day, parse_line, split_day, units, MAX_QUANTITY,
};
use proptest::prelude::*;

proptest! {
    /// Whatever is pasted, every line reads without a panic into a finite
    /// amount, zero or more (a zero is the review list's to question), and
    /// no line is lost: there are as many lines as
    /// non-empty pieces between separators.
    #[test]
    fn any_text_reads_into_lines_with_sane_amounts(text in "\\PC{0,200}") {
        let lines = parse_day(&text);
        prop_assert_eq!(lines.len(), split_day(&text).len());
        for line in lines {
            prop_assert!(line.quantity.is_finite() && line.quantity >= 0.0, "{:?}", line);
            prop_assert!(line.quantity <= MAX_QUANTITY);
            prop_assert!(!line.text.is_empty());
        }
    }

    /// Any amount written with digits, with or without a space, a point or
    /// a comma, reads back as that amount of that unit.
    #[test]
    fn an_amount_and_a_unit_read_back(whole in 1u32..5000, tenths in 0u32..10, comma: bool, space: bool) {
        let n = f64::from(whole) + f64::from(tenths) / 10.0;
        let written = if tenths == 0 { whole.to_string() } else if comma { format!("{whole},{tenths}") } else { format!("{whole}.{tenths}") };
        for unit in ["g", "ml", "kg"] {
            let text = format!("{written}{}{unit} rice", if space { " " } else { "" });
            let line = parse_line(&text, units());
            prop_assert!((line.quantity - n).abs() < 1e-9, "{} -> {:?}", text, line);
            prop_assert_eq!(line.unit.map(|u| u.key), Some(unit));
            prop_assert_eq!(line.food.as_str(), "rice");
        }
    }
}
