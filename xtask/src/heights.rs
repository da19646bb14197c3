//! `cargo xtask heights`: measures the space each starting layout of the
//! widget takes and writes the floors into `styles/reserved-heights.css`,
//! which the loader puts after styles/widget.css.
//!
//! Before the wasm arrives, the loader's placeholder stands in the space the
//! widget will take, and that height stays the widget's floor, so the
//! article around it never jumps (layout shift 0, checked by
//! tests/e2e/all_engines/embed.rs). The floors are the empty widget's
//! natural heights (system fonts, 16px) in Chromium, the tallest in each
//! range of container widths and over every language, for the eight
//! starting layouts (tests/pages/heights.html). Run it after a change of
//! layout, a new question or a new language, on a build of the current
//! code (`./scripts/test` or `./scripts/serve` builds dist/ first).

use harness::widget::{page_settled, run, wait_for_all_widgets, wait_until};
use harness::{dist_dir, Browser, StaticServer};
use magnesium_calculator::model::lang::Lang;
use std::fmt::Write as _;
use std::path::Path;

/// Where the floors go, from the project's root.
pub const STYLESHEET: &str = "styles/reserved-heights.css";

/// The window widths measured, px: every container-query step of the
/// widget is crossed.
const WINDOW_WIDTHS: [u32; 17] =
    [1400, 1200, 1000, 900, 800, 750, 730, 700, 680, 660, 600, 550, 500, 450, 400, 360, 320];

/// The container-query steps of styles/widget.css, in em.
pub const STEPS: [f64; 8] = [0.0, 22.0, 25.0, 30.0, 42.0, 45.0, 60.0, 68.75];

/// The eight layouts in the order of tests/pages/heights.html, as the
/// custom properties that styles/widget.css reads.
pub const LAYOUTS: [&str; 8] = [
    "plain",
    "aged",
    "compact",
    "compact-aged",
    "log-plain",
    "log-aged",
    "log-compact",
    "log-compact-aged",
];

/// One window width: the widget's width in em and the tallest natural
/// height of each layout over the languages, in em.
pub type Sample = (f64, [f64; 8]);

/// Measures the built folder `dist` in Chromium; prints each width as it goes.
pub async fn measure(dist: &Path) -> Vec<Sample> {
    let server = StaticServer::start(dist.to_path_buf());
    let mut samples = Vec::new();
    for width in WINDOW_WIDTHS {
        let browser = Browser::start(width, 9000).await;
        let c = &browser.client;
        c.goto(&server.url("/test-pages/heights.html")).await.unwrap();
        wait_for_all_widgets(c).await;
        let mut tallest = [0.0f64; 8];
        for lang in Lang::ALL.map(Lang::code) {
            run(c, &format!("document.querySelectorAll('magnesium-calculator').forEach(w => w.setAttribute('lang', '{lang}'))")).await;
            wait_until(c, "every widget in the new language", &format!("return [...document.querySelectorAll('magnesium-calculator')].every(w => w.shadowRoot.querySelector('.mc')?.getAttribute('lang') === '{lang}')")).await;
            page_settled(c).await;
            // The natural height: without the floor this file sets.
            let heights = run(
                c,
                r#"return [...document.querySelectorAll('magnesium-calculator')].map(w => {
                     const mc = w.shadowRoot.querySelector('.mc');
                     mc.style.minHeight = '0';
                     const em = mc.getBoundingClientRect().height / parseFloat(getComputedStyle(mc).fontSize);
                     mc.style.minHeight = '';
                     return Math.round(em * 10) / 10;
                   })"#,
            )
            .await;
            for (t, h) in tallest.iter_mut().zip(heights.as_array().unwrap()) {
                *t = t.max(h.as_f64().unwrap());
            }
        }
        let widget_px = run(
            c,
            "return document.querySelector('magnesium-calculator').getBoundingClientRect().width",
        )
        .await
        .as_f64()
        .unwrap();
        println!("    window {width:>4} px, widget {widget_px:>6.1} px: {tallest:?} em");
        samples.push((widget_px / 16.0, tallest));
        browser.close().await;
    }
    samples
}

/// The stylesheet of floors: for each range of container widths, each
/// layout's tallest sample in that range, rounded up to half an em.
pub fn stylesheet(samples: &[Sample]) -> String {
    let mut out = String::from(
        "/* Written by `cargo xtask heights` (xtask/src/heights.rs): the space each\n   \
         starting layout takes before the wasm arrives, in em, measured in Chromium\n   \
         over every language. Do not edit: run it again after a layout change. */\n",
    );
    for (i, from) in STEPS.iter().enumerate() {
        let to = STEPS.get(i + 1).copied().unwrap_or(f64::INFINITY);
        let mut floor = [0.0f64; 8];
        for (_, tallest) in samples.iter().filter(|(w, _)| (*from..to).contains(w)) {
            for (f, t) in floor.iter_mut().zip(tallest) {
                *f = f.max((t * 2.0).ceil() / 2.0);
            }
        }
        let decl: Vec<String> =
            LAYOUTS.iter().zip(floor).map(|(n, f)| format!("--_{n}: {f}em;")).collect();
        let rule = format!(".mc, .mc-placeholder {{ {} }}", decl.join(" "));
        let _ = match i {
            0 => writeln!(out, "{rule}"),
            _ => writeln!(out, "@container (min-width: {from}em) {{ {rule} }}"),
        };
    }
    out
}

/// Measures the build in dist/ and writes `STYLESHEET`.
pub fn write(root: &Path) -> Result<String, String> {
    let dist = dist_dir();
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let samples = runtime.block_on(measure(&dist));
    if let Some(step) = STEPS.iter().find(|s| !samples.iter().any(|(w, _)| w >= *s)) {
        return Err(format!("no window was wide enough to measure the {step}em step"));
    }
    let path = root.join(STYLESHEET);
    std::fs::write(&path, stylesheet(&samples)).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!("{} widths measured -> {STYLESHEET}", samples.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_range_takes_its_tallest_sample_rounded_up_to_half_an_em() {
        let samples =
            [(20.0, [100.2; 8]), (21.0, [101.0; 8]), (23.0, [90.0; 8]), (70.0, [50.05; 8])];
        let css = stylesheet(&samples);
        assert!(css.contains("\n.mc, .mc-placeholder { --_plain: 101em;"), "{css}");
        assert!(
            css.contains("@container (min-width: 22em) { .mc, .mc-placeholder { --_plain: 90em;")
        );
        assert!(css.contains(
            "@container (min-width: 68.75em) { .mc, .mc-placeholder { --_plain: 50.5em;"
        ));
        assert_eq!(css.matches("--_log-compact-aged").count(), STEPS.len());
    }

    /// The committed floors are a stylesheet this module writes: the layouts
    /// and steps it knows are the ones in the file.
    #[test]
    fn the_committed_floors_cover_every_layout_at_every_step() {
        let css = std::fs::read_to_string(crate::codegen::project_root().join(STYLESHEET)).unwrap();
        for step in &STEPS[1..] {
            assert!(css.contains(&format!("@container (min-width: {step}em)")), "{step}em");
        }
        for layout in LAYOUTS {
            assert_eq!(css.matches(&format!("--_{layout}:")).count(), STEPS.len(), "{layout}");
        }
    }
}
