//! The built folder: every file a browser fetches has precompressed copies
//! beside it (`.br`, `.gz`) that unpack to exactly the same bytes, so a host
//! serving them sends the reader the same widget.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::process::Command;

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
    let dist = support::dist_dir();
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(&dist).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".br") || name.ends_with(".gz") || !path.is_file() {
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
    for needed in [
        "magnesium-calculator.js",
        "magnesium-calculator-wasm_bg.wasm",
        "magnesium-foods.bin",
        "widget.html",
    ] {
        assert!(checked.iter().any(|n| n == needed), "{needed} not in dist/: {checked:?}");
    }
}
