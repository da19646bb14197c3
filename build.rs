//! Derives the figures the widget carries from data/, so none is typed by hand:
//! - joins data/reference/quick_picks.csv with the USDA table, so the quick
//!   picks travel inside the widget without the whole food table
//!   ($OUT_DIR/quick_picks.csv);
//! - computes each questionnaire group's magnesium per serving (lowest,
//!   median, highest over the group's SR28 foods) from
//!   data/reference/questionnaire_foods.csv ($OUT_DIR/questionnaire_groups.csv),
//!   and the magnesium in a serving of each food of the estimate's background
//!   (data/reference/questionnaire_background.csv);
//! - reads and checks every table the widget carries (reference values,
//!   daily value, questionnaire, supplement forms, drinking water, quick
//!   picks, search synonyms) with the model's own readers and writes them
//!   as Rust ($OUT_DIR/*.rs, included by `bundled!`), so the widget parses
//!   no CSV at run time.
//!
//! Any mismatch (unknown food, unknown portion, a description that is not
//! SR28's) fails the build with the line at fault.

/// The parts of the model the build needs: the CSV reader and the readers of
/// the tables the widget carries, which check every row (and what those
/// readers use); the tables are then written as Rust for `bundled!`
/// (src/model/mod.rs).
#[allow(dead_code)]
#[path = "src/model"]
mod model {
    // What this script writes stands empty while it is compiled.
    macro_rules! bundled {
        ($file:literal, $empty:expr) => {
            $empty
        };
    }
    pub mod age;
    pub mod csv;
    pub mod daily_value;
    pub mod food_table;
    pub mod lang;
    pub mod questionnaire;
    pub mod quick_picks;
    pub mod reference;
    pub mod suggest;
    pub mod supplement;
    pub mod synonyms;
    pub mod usual_intake;
    pub mod varint;
    pub mod water_data;
    pub mod written;
}
use model::csv;

use std::fmt::Write as _;

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A table read by the model's reader, or the build stops with its error.
fn checked<T>(what: &str, read: Result<T, String>) -> T {
    read.unwrap_or_else(|e| panic!("{what}: {e}"))
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn main() {
    for file in [
        "csv",
        "age",
        "daily_value",
        "food_table",
        "lang",
        "questionnaire",
        "quick_picks",
        "reference",
        "suggest",
        "supplement",
        "synonyms",
        "usual_intake",
        "varint",
        "water_data",
        "written",
    ] {
        let file = format!("src/model/{file}.rs");
        println!("cargo:rerun-if-changed={file}");
    }
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
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
    // Also as CSV, which the unit tests read back.
    std::fs::write(format!("{out_dir}/quick_picks.csv"), &out).expect("write quick_picks.csv");
    let picks = checked("quick picks", model::quick_picks::parse(&out));
    let groups = questionnaire_groups(&foods, &portions);
    let background = questionnaire_background(&foods, &portions);
    // Also as CSV, which the unit tests read back.
    std::fs::write(format!("{out_dir}/questionnaire_groups.csv"), &groups)
        .expect("write questionnaire_groups.csv");
    std::fs::write(format!("{out_dir}/questionnaire_background.csv"), &background)
        .expect("write questionnaire_background.csv");

    // The tables the widget carries as Rust (`bundled!`), each read and
    // checked here by the model's own reader.
    let reference = checked(
        "data/reference (reference values)",
        model::reference::ReferenceTable::parse(
            &read("data/reference/magnesium_reference_values.csv"),
            &read("data/reference/condition_rules.csv"),
        ),
    );
    let groups = checked("questionnaire groups", model::questionnaire::parse_groups(&groups));
    let frequencies = checked(
        "questionnaire_frequencies.csv",
        model::questionnaire::parse_frequencies(&read(
            "data/reference/questionnaire_frequencies.csv",
        )),
    );
    let background =
        checked("questionnaire background", model::usual_intake::parse_background(&background));
    let estimate_model = checked(
        "estimate_model.csv",
        model::usual_intake::EstimateModel::parse(&read("data/reference/estimate_model.csv")),
    );
    let percentiles = checked(
        "usual_intake_percentiles.csv",
        model::usual_intake::parse_percentiles(&read(
            "data/reference/usual_intake_percentiles.csv",
        )),
    );
    let forms = checked(
        "supplement forms",
        model::supplement::parse_forms_with_names(
            &read("data/reference/supplement_forms.csv"),
            &read("data/reference/supplement_form_names.csv"),
        ),
    );
    let daily_value = checked(
        "daily_value.csv",
        model::daily_value::parse(&read("data/reference/daily_value.csv")),
    );
    let scopes = checked(
        "upper_level_scope.csv",
        model::water_data::parse_scopes(&read("data/reference/upper_level_scope.csv")),
    );
    let bottled = checked(
        "bottled_waters.csv",
        model::water_data::parse_bottled(&read("data/reference/bottled_waters.csv")),
    );
    let synonyms = checked(
        "search_synonyms.csv",
        model::synonyms::parse(&read("data/reference/search_synonyms.csv")),
    );
    for (file, rust) in [
        ("reference_table.rs", reference.to_rust()),
        ("daily_value.rs", model::daily_value::to_rust(daily_value)),
        ("upper_level_scope.rs", model::water_data::scopes_to_rust(&scopes)),
        ("bottled_waters.rs", model::water_data::bottled_to_rust(&bottled)),
        ("quick_picks.rs", model::quick_picks::list_to_rust(&picks)),
        ("search_synonyms.rs", model::synonyms::list_to_rust(&synonyms)),
        ("questionnaire_groups.rs", model::questionnaire::groups_to_rust(&groups)),
        ("questionnaire_frequencies.rs", model::questionnaire::frequencies_to_rust(&frequencies)),
        ("questionnaire_background.rs", model::usual_intake::background_to_rust(&background)),
        ("estimate_model.rs", estimate_model.to_rust()),
        ("usual_intake_percentiles.rs", model::usual_intake::percentiles_to_rust(&percentiles)),
        ("supplement_forms.rs", model::supplement::SupplementForm::list_to_rust(&forms)),
    ] {
        std::fs::write(format!("{out_dir}/{file}"), rust).expect(file);
    }
}

/// Magnesium in one listed serving of an SR28 food: `file`'s row `m` names
/// the food (`ndb_id`, checked against `description_check`), its SR28
/// portion (`portion_seq`) and how many of it (`portion_count`).
fn serving_mg(
    file: &str,
    line: usize,
    table: &csv::Table,
    m: &[String],
    foods: &csv::Table,
    portions: &csv::Table,
) -> f64 {
    let c = |t: &csv::Table, name: &str| t.column(name).unwrap_or_else(|e| panic!("{e}"));
    let (id, seq) = (&m[c(table, "ndb_id")], &m[c(table, "portion_seq")]);
    let food =
        foods.rows.iter().find(|f| &f[c(foods, "ndb_id")] == id).unwrap_or_else(|| {
            panic!("{file} line {line}: food {id} is not in data/usda/foods.csv")
        });
    assert_eq!(
        food[c(foods, "description")],
        m[c(table, "description_check")],
        "{file} line {line}: food {id} is another food than described"
    );
    let portion = portions
        .rows
        .iter()
        .find(|r| &r[c(portions, "ndb_id")] == id && &r[c(portions, "seq")] == seq)
        .unwrap_or_else(|| panic!("{file} line {line}: food {id} has no portion {seq}"));
    let number = |s: &str| s.parse::<f64>().unwrap_or_else(|_| panic!("{file} line {line}: {s:?}"));
    let grams = number(&portion[c(portions, "grams")]) * number(&m[c(table, "portion_count")]);
    number(&food[c(foods, "magnesium_mg_per_100g")]) * grams / 100.0
}

/// The groups table with columns added: mg per serving, lowest, median and
/// highest over the group's foods (each food in its listed serving), and
/// every food's, lowest first (the estimate draws the reader's usual food
/// of the group from them).
fn questionnaire_groups(foods: &csv::Table, portions: &csv::Table) -> String {
    let groups = csv::parse(&read("data/reference/questionnaire_groups.csv")).expect("groups");
    let members = csv::parse(&read("data/reference/questionnaire_foods.csv")).expect("foods");
    let c = |t: &csv::Table, name: &str| t.column(name).unwrap_or_else(|e| panic!("{e}"));
    let mut per_group: Vec<(String, Vec<f64>)> = Vec::new();
    for (i, m) in members.rows.iter().enumerate() {
        let group = &m[c(&members, "group")];
        let mg = serving_mg("questionnaire_foods.csv", i + 2, &members, m, foods, portions);
        match per_group.iter_mut().find(|(g, _)| g == group) {
            Some((_, mgs)) => mgs.push(mg),
            None => per_group.push((group.clone(), vec![mg])),
        }
    }
    let mut out = groups.header.join(",") + ",mg_low,mg_typical,mg_high,foods,mg_foods\n";
    for row in &groups.rows {
        let key = &row[c(&groups, "group")];
        let (_, mgs) = per_group
            .iter_mut()
            .find(|(g, _)| g == key)
            .unwrap_or_else(|| panic!("questionnaire group {key} has no foods"));
        assert!(mgs.len() >= 3, "questionnaire group {key} needs at least three foods");
        mgs.sort_by(f64::total_cmp);
        let n = mgs.len();
        let median = if n % 2 == 1 { mgs[n / 2] } else { (mgs[n / 2 - 1] + mgs[n / 2]) / 2.0 };
        let cells: Vec<String> = row.iter().map(|cell| quote(cell)).collect();
        let each: Vec<String> = mgs.iter().map(|mg| format!("{mg:.2}")).collect();
        writeln!(
            out,
            "{},{:.2},{:.2},{:.2},{n},{}",
            cells.join(","),
            mgs[0],
            median,
            mgs[n - 1],
            each.join(";")
        )
        .unwrap();
    }
    for (group, _) in &per_group {
        assert!(
            groups.rows.iter().any(|r| &r[c(&groups, "group")] == group),
            "questionnaire_foods.csv names group {group}, which questionnaire_groups.csv lacks"
        );
    }
    out
}

/// The foods no question asks about, with each one's magnesium per serving
/// added (`mg_per_serving`), for the estimate's background.
fn questionnaire_background(foods: &csv::Table, portions: &csv::Table) -> String {
    let file = "questionnaire_background.csv";
    let items = csv::parse(&read(&format!("data/reference/{file}"))).expect(file);
    let mut out = items.header.join(",") + ",mg_per_serving\n";
    for (i, row) in items.rows.iter().enumerate() {
        let mg = serving_mg(file, i + 2, &items, row, foods, portions);
        let cells: Vec<String> = row.iter().map(|cell| quote(cell)).collect();
        writeln!(out, "{},{mg:.2}", cells.join(",")).unwrap();
    }
    out
}
