//! The opening screens, rendered natively by Yew's server renderer
//! (`embed::prerender`): the app's first screen in each language, into
//! widget.html's markers (so its first paint is the calculator) and into a
//! file per language beside the loader (shown in place of its placeholder).

use crate::shipped;
use magnesium_calculator::embed::prerender::{opening_file, opening_screen};
use magnesium_calculator::ui::i18n::Lang;
use std::io::Write;
use std::path::Path;

const MARKER: &str = "__OPENING_SCREEN__";
const OTHERS_MARKER: &str = "__OTHER_OPENING_SCREENS__";

/// A language other than English as the page holds it: an inert template
/// that widget-frame.js swaps in for the English screen, which is in place.
fn inert_screen(lang: Lang) -> String {
    format!(
        "<template class=\"mc-opening\" data-lang=\"{}\"><div class=\"mc-host mc-prerendered\">{}</div></template>",
        lang.code(),
        opening_screen(lang)
    )
}

fn gzip_size(text: &str) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(text.as_bytes()).expect("gzip in memory");
    encoder.finish().expect("gzip in memory").len()
}

/// Fills widget.html's markers in `dir` and writes the loader's files;
/// says each one's weight.
pub fn write(dir: &Path) -> Result<String, String> {
    let mut files = Vec::new();
    for lang in Lang::ALL {
        let name = shipped::opening_file_name(lang);
        let text = opening_file(lang);
        std::fs::write(dir.join(&name), &text).map_err(|e| format!("{name}: {e}"))?;
        files.push(format!("{} {} B ({} gzip)", lang.code(), text.len(), gzip_size(&text)));
    }
    let page = dir.join("widget.html");
    let template =
        std::fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
    for marker in [MARKER, OTHERS_MARKER] {
        if template.matches(marker).count() != 1 {
            return Err(format!("widget.html must hold {marker} once"));
        }
    }
    // English goes inside the page's own `mc-prerendered` div.
    let english = opening_screen(Lang::En);
    let others: String =
        Lang::ALL.iter().filter(|l| **l != Lang::En).map(|l| inert_screen(*l)).collect();
    let filled = template.replace(MARKER, &english).replace(OTHERS_MARKER, &others);
    std::fs::write(&page, &filled).map_err(|e| format!("{}: {e}", page.display()))?;
    let sizes: Vec<String> = Lang::ALL
        .iter()
        .map(|l| {
            let screen = opening_screen(*l);
            format!("{} {} B ({} gzip)", l.code(), screen.len(), gzip_size(&screen))
        })
        .collect();
    Ok(format!(
        "widget.html: {} B ({} gzip), opening screens {}\nthe loader's opening screens (six standards each): {}",
        filled.len(),
        gzip_size(&filled),
        sizes.join(", "),
        files.join(", ")
    ))
}
