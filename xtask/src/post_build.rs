//! `cargo xtask post-build DIR`: everything after Trunk has put the wasm in
//! DIR, in order: the food table, the loader and the files beside it, both
//! scripts of a widget's start minified, Trunk's build-only link out of the
//! page, the offline copy's version, and the precompressed copies. Trunk's
//! hook (scripts/post-build) runs it with DIR its staging folder.

use crate::shipped;
use std::path::Path;
use std::process::Command;

pub fn run(root: &Path, dir: &Path) -> Result<String, String> {
    let foods = crate::food_table::encode(root, &dir.join("magnesium-foods.bin"))?;
    let loader = crate::loader::write(root, &dir.join("magnesium-calculator.js"))?;
    // terser, pinned in package-lock.json (scripts/bench minifies the counter the same way).
    script(root, "minify-js", &["--script".into(), path(&dir.join("magnesium-calculator.js"))])?;
    script(
        root,
        "minify-js",
        &["--module".into(), path(&dir.join("magnesium-calculator-wasm.js"))],
    )?;
    // With inject_scripts off, Trunk leaves its build-only rust <link> in the page.
    edit(&dir.join("index.html"), |page| {
        let kept: Vec<&str> =
            page.lines().filter(|l| !l.contains("data-trunk rel=\"rust\"")).collect();
        Ok(kept.join("\n") + "\n")
    })?;
    let opening = crate::prerender::write(dir)?;
    let version = offline_version(dir)?;
    edit(&dir.join("magnesium-calculator-sw.js"), |worker| {
        match worker.matches("__VERSION__").count() {
            1 => Ok(worker.replace("__VERSION__", &version)),
            n => Err(format!("the service worker holds __VERSION__ {n} times")),
        }
    })?;
    // The WordPress plugin carries the finished (minified) widget files.
    let plugin = crate::wordpress::write(root, dir)?;
    // Precompressed copies for hosts that serve them (README, "Hosting").
    let mut compressed: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let file = entry.map_err(|e| e.to_string())?.path();
        let extension = file.extension().and_then(|e| e.to_str()).unwrap_or("");
        if file.is_file() && shipped::compressed_extensions().contains(&extension) {
            compressed.push(path(&file));
        }
    }
    compressed.sort();
    script(root, "compress", &compressed)?;
    Ok(format!(
        "food table: {foods}\nloader: {loader}\n{opening}\n{plugin}\noffline version {version}\n{} files precompressed",
        compressed.len()
    ))
}

/// The offline copy's version: a hash of the files the service worker keeps,
/// in the list's order, so a new build is a new worker and a new cache.
fn offline_version(dir: &Path) -> Result<String, String> {
    let mut hash = Fnv64::default();
    for name in shipped::offline() {
        let bytes = std::fs::read(dir.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        hash.write(&bytes);
    }
    Ok(format!("{:016x}", hash.0))
}

/// FNV-1a, 64 bits: enough to tell one build's files from another's (a
/// cache's name, not a security check).
struct Fnv64(u64);

impl Default for Fnv64 {
    fn default() -> Fnv64 {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv64 {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

fn edit(file: &Path, change: impl Fn(&str) -> Result<String, String>) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    std::fs::write(file, change(&text)?).map_err(|e| format!("{}: {e}", file.display()))
}

/// Runs one of scripts/ (shared with scripts/bench) and fails with its name.
fn script(root: &Path, name: &str, args: &[String]) -> Result<(), String> {
    let status = Command::new("bash")
        .arg(root.join("scripts").join(name))
        .args(args)
        .current_dir(root)
        .status()
        .map_err(|e| format!("scripts/{name}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("scripts/{name} failed ({status})"))
    }
}

#[cfg(test)]
mod tests {
    use super::Fnv64;

    #[test]
    fn the_version_hash_is_fnv_1a() {
        // Published FNV-1a 64 test vectors.
        let hash = |s: &str| {
            let mut h = Fnv64::default();
            h.write(s.as_bytes());
            h.0
        };
        assert_eq!(hash(""), 0xcbf29ce484222325);
        assert_eq!(hash("a"), 0xaf63dc4c8601ec8c);
        assert_eq!(hash("foobar"), 0x85944171f73967e8);
    }
}
