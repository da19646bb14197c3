//! The WordPress plugin as built (dist/wordpress/magnesium-calculator.zip)
//! and as written (src/embed/wordpress): its PHP reads the element's
//! attributes exactly as the element does (a value is kept if and only if
//! the element takes it without a warning), it writes nothing to the
//! database, and the zip carries the widget's built files unchanged.
//! The plugin running in a real WordPress is tests/e2e/chromium/wordpress.rs.
#![cfg(not(target_arch = "wasm32"))]

use magnesium_calculator::embed::attributes::props_from_attributes;
use std::process::Command;

const PLUGIN: &str = include_str!("../src/embed/wordpress/magnesium-calculator.php");

/// The attributes the plugin's PHP keeps, for each of `cases`, as JSON.
fn php_keeps(cases: &[(&str, &str)]) -> Vec<Option<String>> {
    let dir = std::env::temp_dir().join(format!("mc-plugin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases_json = serde_json::to_string(cases).unwrap();
    let script = format!(
        "<?php
         define('ABSPATH', '/');
         function add_action() {{}}
         require '{plugin}';
         $out = array();
         foreach (json_decode('{cases}', true) as $case) {{
             $kept = magnesium_calculator_attributes(array($case[0] => $case[1]));
             $out[] = isset($kept[$case[0]]) ? $kept[$case[0]] : null;
         }}
         echo json_encode($out);",
        plugin =
            concat!(env!("CARGO_MANIFEST_DIR"), "/src/embed/wordpress/magnesium-calculator.php"),
        cases = cases_json.replace('\'', "\\'")
    );
    let path = dir.join("cases.php");
    std::fs::write(&path, script).unwrap();
    let out = Command::new("php").arg(&path).output().expect("php: run scripts/setup");
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_plugin_keeps_a_value_exactly_when_the_element_takes_it() {
    let mut cases: Vec<(&str, &str)> = Vec::new();
    let values = [
        (
            "standard",
            &["IOM-1997", "efsa-2015", "FAO-WHO-2004", "uk", "NNR-2023", "dach", "DACH-2022", "x"]
                [..],
        ),
        ("lang", &["en", "es", "de", "fr", "pt", "klingon"][..]),
        ("mode", &["estimate", "LOG", "table"][..]),
        ("theme", &["light", "dark", "auto", "neon", "dark\" onload=\"x"][..]),
        ("sex", &["female", "Male", "other"][..]),
        ("loading", &["lazy", "eager", "soon"][..]),
        ("age", &["34", "34 years", "8 months", "1.5 y", "8 mo", "abc", "-3", "34; drop"][..]),
    ];
    for (name, list) in values {
        for value in list {
            cases.push((name, value));
        }
    }
    let kept = php_keeps(&cases);
    for ((name, value), kept) in cases.iter().zip(kept) {
        let (_, warnings) = props_from_attributes(&[(name.to_string(), value.to_string())]);
        assert_eq!(
            kept.is_some(),
            warnings.is_empty(),
            "{name}=\"{value}\": the plugin {} it, the element {}",
            if kept.is_some() { "keeps" } else { "drops" },
            if warnings.is_empty() { "takes it" } else { "warns" }
        );
        if let Some(kept) = kept {
            // What the plugin writes reads back the same to the element.
            let (again, warnings) = props_from_attributes(&[(name.to_string(), kept.clone())]);
            let (first, _) = props_from_attributes(&[(name.to_string(), value.to_string())]);
            assert!(warnings.is_empty() && again == first, "{name}: {value} -> {kept}");
        }
    }
}

#[test]
fn compact_is_read_as_the_block_and_the_shortcode_write_it() {
    let script = format!(
        "<?php define('ABSPATH', '/'); function add_action() {{}} require '{}';
         echo json_encode(array_map(function ($given) {{ return array_key_exists('compact', magnesium_calculator_attributes($given)); }},
             array(array('compact' => true), array('compact' => 'true'), array(0 => 'compact'),
                   array('compact' => false), array('compact' => 'false'), array())));",
        concat!(env!("CARGO_MANIFEST_DIR"), "/src/embed/wordpress/magnesium-calculator.php")
    );
    let out =
        Command::new("php").args(["-r", script.trim_start_matches("<?php")]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[true,true,true,false,false,false]");
}

#[test]
fn the_plugin_writes_nothing_to_the_database() {
    for call in [
        "update_option",
        "add_option",
        "set_transient",
        "update_user_meta",
        "update_post_meta",
        "add_post_meta",
        "add_user_meta",
        "$wpdb",
        "dbDelta",
        "register_setting",
    ] {
        assert!(!PLUGIN.contains(call), "the plugin calls {call}");
    }
    let out = Command::new("php")
        .args([
            "-l",
            concat!(env!("CARGO_MANIFEST_DIR"), "/src/embed/wordpress/magnesium-calculator.php"),
        ])
        .output()
        .expect("php: run scripts/setup");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn the_zip_carries_the_plugin_and_the_built_widget_files_unchanged() {
    let dist = harness::dist_dir();
    let zip = dist.join("wordpress/magnesium-calculator.zip");
    let list = Command::new("unzip").arg("-Z1").arg(&zip).output().expect("unzip");
    assert!(list.status.success(), "{}: build dist/ first", zip.display());
    let names = String::from_utf8(list.stdout).unwrap();
    for name in [
        "magnesium-calculator.php",
        "block.json",
        "editor.js",
        "editor.asset.php",
        "readme.txt",
        "assets/.htaccess",
    ] {
        assert!(names.lines().any(|l| l == format!("magnesium-calculator/{name}")), "{name}");
    }
    for name in xtask::wordpress::widget_files() {
        let inside = Command::new("unzip")
            .args(["-p"])
            .arg(&zip)
            .arg(format!("magnesium-calculator/assets/{name}"))
            .output()
            .unwrap();
        assert_eq!(inside.stdout, std::fs::read(dist.join(&name)).unwrap(), "{name}");
    }
    let php = Command::new("unzip")
        .args(["-p"])
        .arg(&zip)
        .arg("magnesium-calculator/magnesium-calculator.php")
        .output()
        .unwrap();
    let php = String::from_utf8(php.stdout).unwrap();
    assert!(php.contains(&format!("Version:           {}", magnesium_calculator::VERSION)));
    assert!(!php.contains("__MC_VERSION__"));
}
