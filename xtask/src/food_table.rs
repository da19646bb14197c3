//! `cargo xtask post-build DIR` step: turns data/usda/foods.csv and
//! portions.csv into the compact food table the widget downloads
//! (`magnesium-foods.bin`), and checks that the widget reads it back.

use magnesium_calculator::model::food_table::FoodTable;
use std::path::Path;

/// Writes the table to `output`; returns what it wrote.
pub fn encode(root: &Path, output: &Path) -> Result<String, String> {
    let data = root.join("data/usda");
    let read = |name: &str| {
        std::fs::read_to_string(data.join(name))
            .map_err(|e| format!("{}: {e}", data.join(name).display()))
    };
    let table = FoodTable::from_csv(&read("foods.csv")?, &read("portions.csv")?)?;
    let bytes = table.encode();
    // Never ship a file the widget could not read back.
    let back = FoodTable::decode(&bytes).map_err(|e| format!("round trip failed: {e}"))?;
    if back != table {
        return Err("round trip changed the table".into());
    }
    std::fs::write(output, &bytes).map_err(|e| format!("{}: {e}", output.display()))?;
    Ok(format!(
        "{} foods, {} portions, {} bytes -> {}",
        table.len(),
        table.portion_count(),
        bytes.len(),
        output.display()
    ))
}
