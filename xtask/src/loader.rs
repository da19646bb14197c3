//! `cargo xtask post-build DIR` step: writes `magnesium-calculator.js`, the one script a writer links,
//! from its template (src/embed/magnesium-calculator.js) with the widget's
//! stylesheet (styles/widget.css) inside it. Carrying the styles in the
//! loader lets it style the placeholder, and so reserve the widget's space,
//! before the WebAssembly arrives. Beside it, the same stylesheet as
//! `magnesium-calculator.css`, which the loader links instead in browsers
//! without constructable stylesheets (Safari before 16.4), and the interface
//! texts of each language but English, `magnesium-calculator-LANG.txt`
//! (`ui::i18n::language_file`), which the loader fetches. The languages the
//! loader knows, its placeholder's texts and the service worker's list of
//! language files are written here from `Lang::ALL`.

use crate::shipped;
use magnesium_calculator::ui::i18n::{language_file, Lang};
use std::path::Path;

const MARKER: &str = "\"__WIDGET_CSS__\"";
/// Where the "stopped" notice of every language goes (an object by language code).
const STOPPED_MARKER: &str = "\"__STOPPED__\"";
/// Where the interface languages' codes go (an array, from `Lang::ALL`).
const LANGUAGES_MARKER: &str = "\"__LANGUAGES__\"";
/// Where the placeholder's texts go (title, loading, failed, try again, by language code).
const WAITING_MARKER: &str = "\"__WAITING__\"";
/// Where a list of shipped files goes: the service worker's offline files,
/// the package's files (`shipped`).
const FILES_MARKER: &str = "\"__FILES__\"";
/// Where the release's version goes (a comment and the element's `version`).
const VERSION_MARKER: &str = "__MC_VERSION__";
/// The one source of the version: the widget's Cargo.toml.
const VERSION: &str = magnesium_calculator::VERSION;

/// `text` as a JavaScript string literal (double-quoted, escaped).
fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The stylesheet without comments and with whitespace only where CSS needs
/// it (between words, and inside strings and brackets such as `calc(a - b)`),
/// about a third smaller: it is in every page's first download.
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = ' ';
                for c in chars.by_ref() {
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '{' | '}' | ';' | ',' => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
                space = false;
            }
            _ => {
                let after_punctuation = out.ends_with(['{', '}', ';', ',']) || out.is_empty();
                if space && !after_punctuation {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                if c == '"' || c == '\'' {
                    while let Some(inside) = chars.next() {
                        out.push(inside);
                        if inside == '\\' {
                            out.extend(chars.next());
                        } else if inside == c {
                            break;
                        }
                    }
                }
            }
        }
    }
    out
}

/// `{en: "…", es: "…", …}`: the notice a widget shows when the WebAssembly
/// has trapped, from the interface tables (the loader shows it, since no Rust
/// can run any more).
fn stopped_notices() -> String {
    let entries: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| format!("{}: {}", lang.code(), js_string(lang.messages().crashed)))
        .collect();
    format!("{{ {} }}", entries.join(", "))
}

fn other_languages() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|&l| l != Lang::En)
}

/// `["en", "es", …]`: every interface language, for the loader.
fn language_codes() -> String {
    let codes: Vec<String> = Lang::ALL.iter().map(|l| js_string(l.code())).collect();
    format!("[{}]", codes.join(", "))
}

/// `{en: ["Magnesium calculator", "Loading…", …], …}`: the placeholder's texts.
fn waiting_texts() -> String {
    let entries: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| {
            let t = lang.messages();
            let texts = [t.title, t.loader_loading, t.loader_failed, t.try_again].map(js_string);
            format!("{}: [{}]", lang.code(), texts.join(", "))
        })
        .collect();
    format!("{{ {} }}", entries.join(", "))
}

/// `template` with each marker replaced once (and each must be there once).
fn fill_markers(template: &str, markers: &[(&str, String)]) -> Result<String, String> {
    let mut out = template.to_string();
    for (marker, value) in markers {
        if out.matches(marker).count() != 1 {
            return Err(format!("the template must contain {marker} exactly once"));
        }
        out = out.replacen(marker, value, 1);
    }
    Ok(out)
}

/// Writes the loader to `output` and the files beside it (stylesheet,
/// language files, the service worker's list, the package manifest) from
/// the sources under `root`; returns what it wrote.
pub fn write(root: &Path, output: &Path) -> Result<String, String> {
    let read =
        |name: &str| std::fs::read_to_string(root.join(name)).map_err(|e| format!("{name}: {e}"));
    let write = |path: &Path, text: &str| {
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let template = read("src/embed/magnesium-calculator.js")?;
    // The floors `cargo xtask heights` measured come after the rules that use them.
    let css = minify_css(&(read("styles/widget.css")? + &read(crate::heights::STYLESHEET)?));
    let script = fill_markers(
        &template,
        &[
            (MARKER, js_string(&css)),
            (STOPPED_MARKER, stopped_notices()),
            (LANGUAGES_MARKER, language_codes()),
            (WAITING_MARKER, waiting_texts()),
        ],
    )?
    .replace(VERSION_MARKER, VERSION);
    write(output, &script)?;
    write(&output.with_file_name("magnesium-calculator.css"), &css)?;
    // The interface texts of every language but English (which is in
    // the wasm), fetched by the loader when a widget needs them.
    for lang in other_languages() {
        write(
            &output.with_file_name(shipped::language_file_name(lang)),
            &language_file(lang.messages()),
        )?;
    }
    // The service worker (copied by Trunk beside the loader) caches them too.
    let worker = output.with_file_name("magnesium-calculator-sw.js");
    let worker_text =
        std::fs::read_to_string(&worker).map_err(|e| format!("{}: {e}", worker.display()))?;
    let offline = shipped::json_array(&shipped::offline());
    write(&worker, &fill_markers(&worker_text, &[(FILES_MARKER, offline)])?)?;
    // The publishable package's manifest, with the same version.
    let package: Vec<String> = shipped::files().into_iter().map(|f| f.name).collect();
    let manifest = fill_markers(
        &read("src/embed/package.json")?,
        &[(FILES_MARKER, shipped::json_array(&package))],
    )?
    .replace(VERSION_MARKER, VERSION);
    write(&output.with_file_name("package.json"), &manifest)?;
    Ok(format!("{} bytes ({} of styles) -> {}", script.len(), css.len(), output.display()))
}

#[cfg(test)]
mod tests {
    use super::{js_string, minify_css};

    #[test]
    fn css_becomes_one_safe_string_literal() {
        assert_eq!(js_string("a \"b\"\n\\2014"), r#""a \"b\"\n\\2014""#);
    }

    #[test]
    fn minified_css_keeps_what_css_needs() {
        let css = "/* a comment */\n.a  .b,\n.c > .d {\n  width: calc(100% - 2em);\n  content: \"x  /* y */ }\";\n}\n@media (max-width: 40em) { .a { grid-template-areas: \"p  q\" 'r s'; } }\n";
        assert_eq!(
            minify_css(css),
            ".a .b,.c > .d{width: calc(100% - 2em);content: \"x  /* y */ }\"}@media (max-width: 40em){.a{grid-template-areas: \"p  q\" 'r s'}}"
        );
    }

    #[test]
    fn the_widget_stylesheet_loses_only_comments_and_spaces() {
        let css = std::fs::read_to_string(crate::codegen::project_root().join("styles/widget.css"))
            .unwrap();
        let minified = minify_css(&css);
        assert!(minified.len() * 10 < css.len() * 8, "{} -> {}", css.len(), minified.len());
        // Every other character is kept, in order (and a block's last `;`).
        let mut without_comments = String::new();
        let mut rest = css.as_str();
        while let Some(start) = rest.find("/*") {
            without_comments.push_str(&rest[..start]);
            rest = &rest[start + rest[start..].find("*/").unwrap() + 2..];
        }
        without_comments.push_str(rest);
        let solid = |s: &str| s.split_whitespace().collect::<String>().replace(";}", "}");
        assert_eq!(solid(&minified), solid(&without_comments));
    }
}
