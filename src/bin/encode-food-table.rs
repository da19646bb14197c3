//! Build step: turns data/usda/foods.csv and portions.csv into the compact
//! food table the widget downloads. Run by Trunk (post_build hook, see
//! Trunk.toml) as `encode-food-table OUTPUT`, and prints what it wrote.

use magnesium_calculator::model::food_table::FoodTable;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(output) = std::env::args().nth(1) else {
        eprintln!("usage: encode-food-table OUTPUT_FILE");
        return ExitCode::from(2);
    };
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/usda");
    let read = |name: &str| {
        std::fs::read_to_string(data.join(name))
            .map_err(|e| format!("{}: {e}", data.join(name).display()))
    };
    let result = (|| -> Result<String, String> {
        let table = FoodTable::from_csv(&read("foods.csv")?, &read("portions.csv")?)?;
        let bytes = table.encode();
        // Never ship a file the widget could not read back.
        let back = FoodTable::decode(&bytes).map_err(|e| format!("round trip failed: {e}"))?;
        if back != table {
            return Err("round trip changed the table".into());
        }
        std::fs::write(&output, &bytes).map_err(|e| format!("{output}: {e}"))?;
        Ok(format!(
            "{} foods, {} portions, {} bytes -> {output}",
            table.len(),
            table.portion_count(),
            bytes.len()
        ))
    })();
    match result {
        Ok(summary) => {
            println!("encode-food-table: {summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("encode-food-table: {e}");
            ExitCode::FAILURE
        }
    }
}
