//! The one list of the files the widget ships: what the npm package holds,
//! what the service worker keeps for offline use (and so what the offline
//! copy's version is a hash of), and what gets precompressed copies. The
//! loader step writes it into the service worker and the package manifest;
//! tests/dist_files.rs checks the built folder against it.

use magnesium_calculator::ui::i18n::Lang;

/// One shipped file.
#[derive(Debug, Clone, PartialEq)]
pub struct Shipped {
    pub name: String,
    /// Kept by the service worker, so a widget opens with no connection.
    pub offline: bool,
}

/// The file of a language's interface texts (every language but English,
/// which is inside the wasm).
pub fn language_file_name(lang: Lang) -> String {
    format!("magnesium-calculator-{}.txt", lang.code())
}

/// A language's opening screens, which the loader shows in place of its
/// placeholder until the app takes over (src/embed/prerender.rs).
pub fn opening_file_name(lang: Lang) -> String {
    format!("magnesium-calculator-opening-{}.html", lang.code())
}

/// Every file, in the order the package lists them.
pub fn files() -> Vec<Shipped> {
    let file = |name: &str, offline: bool| Shipped { name: name.to_string(), offline };
    let mut out = vec![
        file("magnesium-calculator.js", true),
        file("magnesium-calculator.css", true),
        file("magnesium-calculator-wasm.js", true),
        file("magnesium-calculator-wasm_bg.wasm", true),
        file("magnesium-foods.bin", true),
    ];
    out.extend(
        Lang::ALL
            .into_iter()
            .filter(|&l| l != Lang::En)
            .map(|l| Shipped { name: language_file_name(l), offline: true }),
    );
    // Not kept offline: widget.html, the page that works offline, carries
    // its opening screens in itself.
    out.extend(
        Lang::ALL.into_iter().map(|l| Shipped { name: opening_file_name(l), offline: false }),
    );
    out.extend([
        // An iframe embed's host page loads it; the widget does not.
        file("magnesium-calculator-resizer.js", false),
        file("widget.html", true),
        file("widget-frame.js", true),
        file("page.css", true),
        // The worker itself is fetched by the browser, never from its own cache.
        file("magnesium-calculator-sw.js", false),
        file("manifest.webmanifest", true),
        file("icon.svg", true),
        file("LICENSE-MIT", false),
        file("LICENSE-APACHE", false),
        file("NOTICE", false),
        file("CHANGELOG.md", false),
        // For static site generators (README, "Other platforms").
        file("hugo/layouts/shortcodes/magnesium-calculator.html", false),
        file("jekyll/_includes/magnesium-calculator.html", false),
    ]);
    out
}

/// The names of the files the service worker keeps.
pub fn offline() -> Vec<String> {
    files().into_iter().filter(|f| f.offline).map(|f| f.name).collect()
}

/// What a browser may fetch gets precompressed copies (`.br`, `.gz`): the
/// shipped files but the texts for people, and the pages of the build.
pub fn compressed_extensions() -> &'static [&'static str] {
    &["html", "js", "css", "wasm", "bin", "txt", "svg", "webmanifest"]
}

/// A JSON array of `names` (for the worker's script and the package manifest).
pub fn json_array(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
    format!("[{}]", quoted.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_but_english_has_its_file_kept_offline() {
        let offline = offline();
        for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
            assert!(offline.contains(&language_file_name(lang)), "{lang:?}");
        }
        assert!(offline.contains(&"magnesium-calculator-wasm_bg.wasm".to_string()));
        assert!(!offline.iter().any(|f| f.ends_with("-sw.js")), "the worker is not its own cache");
        assert_eq!(json_array(&["a.js".into(), "b".into()]), r#"["a.js", "b"]"#);
    }
}
