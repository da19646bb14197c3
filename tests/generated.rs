//! The tables in src/model/generated are what `cargo xtask codegen` writes
//! from data/ today: a data file changed without running it fails here,
//! with the command to run.

use xtask::codegen::{self, COMMAND};

#[test]
fn the_generated_tables_are_as_new_as_the_data() {
    let stale = codegen::stale(&codegen::project_root()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        stale.is_empty(),
        "{} no longer match data/: run `{COMMAND}` and commit the result",
        stale.join(", ")
    );
}

/// The check sees a changed figure: the same generator on a copy of the
/// data with one reference value changed writes another table.
#[test]
fn a_changed_reference_value_makes_the_tables_stale() {
    let root = codegen::project_root();
    let copy = std::env::temp_dir().join(format!("mc-codegen-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    for dir in ["data/reference", "data/usda", codegen::GENERATED_DIR] {
        std::fs::create_dir_all(copy.join(dir)).unwrap();
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                std::fs::copy(&path, copy.join(dir).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    let values = copy.join("data/reference/magnesium_reference_values.csv");
    let text = std::fs::read_to_string(&values).unwrap();
    let adult_man = text.lines().find(|l| l.starts_with("IOM-1997,adult,male,31 y")).unwrap();
    std::fs::write(&values, text.replace(adult_man, &adult_man.replacen(",420,", ",421,", 1)))
        .unwrap();
    let stale = codegen::stale(&copy);
    std::fs::remove_dir_all(&copy).unwrap();
    assert_eq!(stale.unwrap(), vec![format!("{}/reference_table.rs", codegen::GENERATED_DIR)]);
}
