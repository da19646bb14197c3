//! Joins data/reference/quick_picks.csv with the USDA table, so the quick
//! picks can travel inside the widget without the whole food table. Writes
//! $OUT_DIR/quick_picks.csv; any mismatch (unknown food, unknown portion)
//! fails the build with the line at fault.

#[path = "src/model/csv.rs"]
#[allow(dead_code)]
mod csv;

use std::fmt::Write as _;

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn main() {
    println!("cargo:rerun-if-changed=src/model/csv.rs");
    let picks = csv::parse(&read("data/reference/quick_picks.csv")).expect("quick_picks.csv");
    let foods = csv::parse(&read("data/usda/foods.csv")).expect("foods.csv");
    let portions = csv::parse(&read("data/usda/portions.csv")).expect("portions.csv");
    let c = |t: &csv::Table, name: &str| t.column(name).unwrap_or_else(|e| panic!("{e}"));

    let mut out = String::from(
        "ndb_id,description,mg_per_100g,in_survey,portion_seq,portion_amount,portion_unit,portion_grams,portion_count,ods_food,ods_serving,ods_mg,note\n",
    );
    for (i, p) in picks.rows.iter().enumerate() {
        let line = i + 2;
        let id = &p[c(&picks, "ndb_id")];
        let food = foods.rows.iter().find(|f| &f[c(&foods, "ndb_id")] == id).unwrap_or_else(|| {
            panic!("quick_picks.csv line {line}: food {id} is not in data/usda/foods.csv")
        });
        let seq = &p[c(&picks, "portion_seq")];
        let (amount, unit, grams, count) = if seq.is_empty() {
            let grams = &p[c(&picks, "grams")];
            assert!(
                grams.parse::<f64>().is_ok_and(|g| g > 0.0),
                "quick_picks.csv line {line}: give portion_seq or grams"
            );
            (String::new(), "g".to_string(), grams.clone(), "1".to_string())
        } else {
            let portion = portions
                .rows
                .iter()
                .find(|r| &r[c(&portions, "ndb_id")] == id && &r[c(&portions, "seq")] == seq)
                .unwrap_or_else(|| {
                    panic!("quick_picks.csv line {line}: food {id} has no portion {seq}")
                });
            (
                portion[c(&portions, "amount")].clone(),
                portion[c(&portions, "unit")].clone(),
                portion[c(&portions, "grams")].clone(),
                p[c(&picks, "portion_count")].clone(),
            )
        };
        writeln!(
            out,
            "{id},{},{},{},{seq},{},{},{grams},{count},{},{},{},{}",
            quote(&food[c(&foods, "description")]),
            food[c(&foods, "magnesium_mg_per_100g")],
            food[c(&foods, "in_fndds_survey")],
            quote(&amount),
            quote(&unit),
            quote(&p[c(&picks, "ods_food")]),
            quote(&p[c(&picks, "ods_serving")]),
            quote(&p[c(&picks, "ods_mg")]),
            quote(&p[c(&picks, "note")]),
        )
        .unwrap();
    }
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{out_dir}/quick_picks.csv"), out).expect("write quick_picks.csv");
}
