//! Checks of the repository itself, run by `cargo test`: every end-to-end
//! file says which engines it runs in ("//! Engines: all" makes
//! scripts/test run it in Firefox ESR and WebKitGTK too), so a new file
//! cannot run in Chromium alone without saying why.

use std::path::Path;

#[test]
fn every_end_to_end_file_says_which_engines_it_runs_in() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files: Vec<_> = std::fs::read_dir(&tests)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("e2e_") && name.ends_with(".rs")
        })
        .collect();
    files.sort();
    assert!(files.len() >= 10, "end-to-end files not found in {}", tests.display());
    let mut all = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("//! Engines: ")).collect();
        assert_eq!(lines.len(), 1, "{}: one '//! Engines: ' line", file.display());
        let line = lines[0];
        if line.starts_with("//! Engines: all") {
            all += 1;
        } else {
            assert!(
                line.starts_with("//! Engines: Chromium (") && line.ends_with(")."),
                "{}: 'all', or 'Chromium (why).': {line}",
                file.display()
            );
        }
    }
    // The reader's flows, embedding, privacy, links, the trap and languages.
    assert!(all >= 8, "only {all} end-to-end files run in every engine");
}
