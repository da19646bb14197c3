//! The US Daily Value for magnesium, for "% DV" on the results
//! (`data/reference/daily_value.csv`): read and checked by `cargo xtask
//! codegen`, and carried as a number (`model/generated/daily_value.rs`).

use super::csv;

pub fn parse(text: &str) -> Result<f64, String> {
    let table = csv::parse(text).map_err(|e| e.to_string())?;
    let nutrient = table.column("nutrient").map_err(|e| e.to_string())?;
    let value = table.column("daily_value_mg").map_err(|e| e.to_string())?;
    let row = table
        .rows
        .iter()
        .find(|r| r[nutrient] == "magnesium")
        .ok_or("daily value: no row for magnesium")?;
    row[value]
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite() && *v > 0.0)
        .ok_or_else(|| format!("daily value: {:?} is not a positive number", row[value]))
}

/// The US Daily Value for magnesium, in mg.
pub fn daily_value_mg() -> f64 {
    super::generated::daily_value::DAILY_VALUE_MG
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_figure_is_the_file_read_again() {
        let read = parse(include_str!("../../data/reference/daily_value.csv")).unwrap();
        assert_eq!(read, 420.0);
        assert_eq!(daily_value_mg(), read);
    }

    #[test]
    fn a_damaged_file_is_refused() {
        let head = "nutrient,daily_value_mg,applies_to,source\n";
        for bad in [
            "magnesium,0,a,b",
            "magnesium,-4,a,b",
            "magnesium,NaN,a,b",
            "magnesium,,a,b",
            "zinc,11,a,b",
        ] {
            assert!(parse(&format!("{head}{bad}\n")).is_err(), "{bad}");
        }
    }
}
