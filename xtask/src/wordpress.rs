//! `dist/wordpress/magnesium-calculator.zip`: the WordPress plugin, as a
//! writer uploads it (Plugins > Add New > Upload Plugin). Its PHP, block.json,
//! editor script and readme come from src/embed/wordpress/ with the
//! release's version written in; the widget's files (the ones a page with
//! the element loads, from `shipped`) go in its `assets/` folder, which the
//! plugin serves from the writer's own site.

use crate::shipped;
use std::io::Write;
use std::path::Path;

/// The plugin's folder name inside the zip, and so in wp-content/plugins.
pub const SLUG: &str = "magnesium-calculator";
const MARKER: &str = "__MC_VERSION__";

/// The plugin's own files: (name in src/embed/wordpress, name in the zip).
const PLUGIN_FILES: &[(&str, &str)] = &[
    ("magnesium-calculator.php", "magnesium-calculator.php"),
    ("block.json", "block.json"),
    ("editor.js", "editor.js"),
    ("editor.asset.php", "editor.asset.php"),
    ("readme.txt", "readme.txt"),
    ("assets.htaccess", "assets/.htaccess"),
];

/// The widget's files a page with the element fetches (the loader, its
/// stylesheet, the wasm and glue, the food table, the language files).
pub fn widget_files() -> Vec<String> {
    let page_only = ["widget.html", "widget-frame.js", "page.css", "magnesium-calculator-sw.js"];
    shipped::files()
        .into_iter()
        .map(|f| f.name)
        .filter(|n| {
            !page_only.contains(&n.as_str())
                && !n.ends_with(".webmanifest")
                && !n.ends_with(".svg")
                && !n.ends_with(".md")
                && n != "magnesium-calculator-resizer.js"
                && !n.starts_with("LICENSE")
                && n != "NOTICE"
        })
        .collect()
}

/// Writes the zip into `dist/wordpress/`; returns a line for the build's log.
pub fn write(root: &Path, dist: &Path) -> Result<String, String> {
    let source = root.join("src/embed/wordpress");
    let out_dir = dist.join("wordpress");
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let out = out_dir.join(format!("{SLUG}.zip"));
    let file = std::fs::File::create(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        // A fixed date: the same sources make the same zip.
        .last_modified_time(zip::DateTime::default());
    let mut add = |name: &str, bytes: &[u8]| -> Result<(), String> {
        zip.start_file(format!("{SLUG}/{name}"), options).map_err(|e| format!("{name}: {e}"))?;
        zip.write_all(bytes).map_err(|e| format!("{name}: {e}"))
    };
    let version = magnesium_calculator::VERSION;
    for (from, to) in PLUGIN_FILES {
        let path = source.join(from);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        add(to, text.replace(MARKER, version).as_bytes())?;
    }
    for name in ["LICENSE-MIT", "LICENSE-APACHE", "NOTICE"] {
        let bytes = std::fs::read(root.join(name)).map_err(|e| format!("{name}: {e}"))?;
        add(name, &bytes)?;
    }
    let files = widget_files();
    for name in &files {
        let bytes = std::fs::read(dist.join(name)).map_err(|e| format!("dist/{name}: {e}"))?;
        add(&format!("assets/{name}"), &bytes)?;
    }
    zip.finish().map_err(|e| e.to_string())?;
    let size = std::fs::metadata(&out).map_err(|e| e.to_string())?.len();
    Ok(format!("wordpress plugin: {} widget files, {size} bytes", files.len()))
}
