//! Checks of the repository itself, run by `cargo test`: every end-to-end
//! file is part of the suite, and where it sits says where it runs
//! (tests/e2e/all_engines: scripts/test runs it in Firefox ESR and WebKitGTK
//! too; tests/e2e/chromium: Chromium alone, and the file says why).

use std::path::Path;

/// The `.rs` files of a folder of tests/e2e, without mod.rs, by name.
fn files_in(folder: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e").join(folder);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".rs") && name != "mod.rs")
        .collect();
    names.sort();
    names
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)).unwrap()
}

#[test]
fn every_end_to_end_file_is_in_the_suite() {
    for folder in ["all_engines", "chromium"] {
        let modules = read(&format!("tests/e2e/{folder}/mod.rs"));
        for file in files_in(folder) {
            let module = format!("mod {};", file.trim_end_matches(".rs"));
            assert!(
                modules.lines().any(|l| l.trim() == module),
                "tests/e2e/{folder}/{file} is not compiled: add `{module}` to tests/e2e/{folder}/mod.rs"
            );
        }
    }
    // No end-to-end file outside the suite (each would be a binary of its own).
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for entry in std::fs::read_dir(&tests).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.starts_with("e2e_"), "tests/{name}: move it into tests/e2e/");
    }
}

#[test]
fn a_chromium_only_file_says_why_and_most_run_everywhere() {
    for file in files_in("chromium") {
        let text = read(&format!("tests/e2e/chromium/{file}"));
        assert!(
            text.lines().take_while(|l| l.starts_with("//!")).any(|l| l.starts_with("//! Chromium only: ")),
            "tests/e2e/chromium/{file}: say why in a '//! Chromium only: …' line, or move it to all_engines"
        );
    }
    // The reader's flows, embedding, privacy, links, the trap and languages.
    let all = files_in("all_engines").len();
    assert!(all >= 8, "only {all} end-to-end files run in every engine");
}
