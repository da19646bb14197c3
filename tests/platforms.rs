//! The shortcode shipped for Hugo (src/embed/platforms/hugo), run through a
//! real Hugo (Debian's, installed by scripts/setup): two calculators in one
//! post get one script between them, their attributes as given (escaped),
//! and the element reads them without a warning. The Jekyll include is not
//! run by any test (no Jekyll here): the package README says so.
#![cfg(not(target_arch = "wasm32"))]

use magnesium_calculator::embed::attributes::props_from_attributes;
use std::process::Command;

const SHORTCODE: &str =
    include_str!("../src/embed/platforms/hugo/layouts/shortcodes/magnesium-calculator.html");

/// The attributes of each `<magnesium-calculator …>` start tag in `html`.
fn elements(html: &str) -> Vec<Vec<(String, String)>> {
    html.split("<magnesium-calculator")
        .skip(1)
        .map(|rest| {
            let tag = &rest[..rest.find('>').unwrap()];
            let mut out = Vec::new();
            let mut rest = tag.trim();
            while !rest.is_empty() {
                let end = rest.find([' ', '=']).unwrap_or(rest.len());
                let name = rest[..end].to_string();
                rest = &rest[end..];
                if let Some(after) = rest.strip_prefix("=\"") {
                    let close = after.find('"').unwrap();
                    out.push((name, after[..close].to_string()));
                    rest = after[close + 1..].trim_start();
                } else {
                    out.push((name, String::new()));
                    rest = rest.trim_start();
                }
            }
            out
        })
        .collect()
}

#[test]
fn the_hugo_shortcode_writes_one_script_and_the_elements_attributes() {
    let site = std::env::temp_dir().join(format!("mc-hugo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    for dir in ["layouts/_default", "layouts/shortcodes", "content/posts"] {
        std::fs::create_dir_all(site.join(dir)).unwrap();
    }
    std::fs::write(site.join("layouts/shortcodes/magnesium-calculator.html"), SHORTCODE).unwrap();
    std::fs::write(
        site.join("config.toml"),
        "baseURL = \"https://example.org/\"\ntitle = \"Test\"\n[params]\nmagnesiumCalculator = \"https://example.org/mg/\"\n",
    )
    .unwrap();
    std::fs::write(
        site.join("layouts/_default/single.html"),
        "<!doctype html><html><body>{{ .Content }}</body></html>\n",
    )
    .unwrap();
    std::fs::write(
        site.join("content/posts/sleep.md"),
        "---\ntitle: Sleep\n---\nText.\n\n\
         {{< magnesium-calculator standard=\"EFSA-2015\" lang=\"de\" age=\"8 months\" >}}\n\nMore.\n\n\
         {{< magnesium-calculator standard=\"NNR-2023\" compact=\"true\" mode=\"log\" theme=\"dark\\\" onload=\\\"x\" >}}\n",
    )
    .unwrap();
    let out = Command::new("hugo")
        .args(["--quiet", "-s"])
        .arg(&site)
        .args(["-d"])
        .arg(site.join("public"))
        .output()
        .expect("hugo: run scripts/setup");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(site.join("public/posts/sleep/index.html")).unwrap();
    std::fs::remove_dir_all(&site).unwrap();

    assert_eq!(
        html.matches(r#"<script src="https://example.org/mg/magnesium-calculator.js"></script>"#)
            .count(),
        1,
        "one script for two calculators:\n{html}"
    );
    let found = elements(&html);
    assert_eq!(found.len(), 2, "{html}");
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    };
    assert_eq!(found[0], pairs(&[("standard", "EFSA-2015"), ("lang", "de"), ("age", "8 months")]));
    // The hostile value stays inside its attribute, escaped.
    assert_eq!(
        found[1],
        pairs(&[
            ("standard", "NNR-2023"),
            ("mode", "log"),
            ("theme", "dark&#34; onload=&#34;x"),
            ("compact", "")
        ])
    );
    let (_, warnings) = props_from_attributes(&found[0]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(!html.contains("onload=\"x"), "{html}");
}
