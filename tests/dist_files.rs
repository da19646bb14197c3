//! The built folder: every file a browser fetches has precompressed copies
//! beside it (`.br`, `.gz`) that unpack to exactly the same bytes, so a host
//! serving them sends the reader the same widget.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;
use xtask::shipped;

fn unpack(tool: &str, path: &std::path::Path) -> Vec<u8> {
    let out = Command::new(tool)
        .args(["-d", "-c"])
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("{tool}: {e} (scripts/setup installs it)"));
    assert!(
        out.status.success(),
        "{tool} -d {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn every_served_file_has_brotli_and_gzip_copies_with_the_same_bytes() {
    let dist = harness::dist_dir();
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(&dist).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".br") || name.ends_with(".gz") || !path.is_file() {
            continue;
        }
        // Only what a browser fetches is precompressed (not the licence texts).
        let served = shipped::compressed_extensions();
        if !served.iter().any(|e| name.ends_with(&format!(".{e}"))) {
            continue;
        }
        let original = std::fs::read(&path).unwrap();
        for (suffix, tool) in [("br", "brotli"), ("gz", "gzip")] {
            let copy = dist.join(format!("{name}.{suffix}"));
            assert!(copy.is_file(), "{name} has no .{suffix} copy");
            assert!(unpack(tool, &copy) == original, "{name}.{suffix} does not unpack to {name}");
            assert!(
                std::fs::metadata(&copy).unwrap().len() < original.len() as u64
                    || original.len() < 200,
                "{name}.{suffix} is not smaller"
            );
        }
        checked.push(name);
    }
    // Every file kept offline is one a browser fetches.
    for needed in shipped::offline() {
        assert!(checked.contains(&needed), "{needed} not precompressed in dist/: {checked:?}");
    }
}

/// The one version (Cargo.toml's) is in the loader and the package manifest.
#[test]
fn the_version_is_the_same_in_cargo_toml_the_loader_and_the_package() {
    let dist = harness::dist_dir();
    let version = env!("CARGO_PKG_VERSION");
    let loader = std::fs::read_to_string(dist.join("magnesium-calculator.js")).unwrap();
    assert!(
        loader.starts_with(&format!("// magnesium-calculator.js {version}:")),
        "{}",
        &loader[..80]
    );
    // As terser writes it (scripts/minify-js).
    assert!(loader.contains(&format!("static get version(){{return\"{version}\"}}")));
    assert!(!loader.contains("__MC_VERSION__"));
    let package: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dist.join("package.json")).unwrap()).unwrap();
    assert_eq!(package["version"], version);
    assert_eq!(package["license"], env!("CARGO_PKG_LICENSE"));
}

/// `npm pack --dry-run` lists exactly the files a reader's browser needs,
/// the licences, the notice, the README and the changelog.
#[test]
fn the_npm_package_holds_exactly_the_widgets_files_and_its_notices() {
    let dist = harness::dist_dir();
    let out = Command::new("npm")
        .args(["pack", "--dry-run", "--json", "--ignore-scripts"])
        .current_dir(&dist)
        .output()
        .expect("npm (scripts/setup installs Node)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let packed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut files: Vec<String> = packed[0]["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect();
    files.sort();
    // The one list (xtask/src/shipped.rs), and what npm adds by itself.
    let mut expected: Vec<String> = shipped::files().into_iter().map(|f| f.name).collect();
    expected.extend(["README.md".to_string(), "package.json".to_string()]);
    expected.sort();
    assert_eq!(files, expected);
}
