//! The code's layers, checked from the source: every `crate::ui::…` path in
//! a file of `src/ui` may name only its own layer or one below it, no
//! component reaches `platform` but through `hooks`, the model names no part
//! of the interface or the browser, and no files depend on each other in a
//! cycle. See src/ui/mod.rs and ARCHITECTURE.md.
//!
//! model ← i18n ← state ← platform ← hooks ← components ← app

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers of `src/ui`, lowest first.
const LAYERS: [&str; 6] = ["i18n", "state", "platform", "hooks", "components", "app"];

fn rank(layer: &str) -> usize {
    LAYERS.iter().position(|l| *l == layer).unwrap_or_else(|| panic!("unknown layer {layer}"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file's module path under `crate::ui` ("components::results::estimate").
fn module_of(file: &Path, ui: &Path) -> String {
    let relative = file.strip_prefix(ui).unwrap().with_extension("");
    let mut parts: Vec<String> =
        relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts.join("::")
}

/// The code of a file without its comments (a path in a comment is no edge).
fn code(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::ui::a::b::…` path in `code`, as "a::b::…".
fn ui_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::ui::") {
        rest = &rest[at + "crate::ui::".len()..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        out.push(rest[..end].trim_end_matches(':').to_string());
    }
    out
}

/// The modules a file names: the longest known module prefix of each path.
fn edges(paths: &[String], modules: &BTreeSet<String>) -> BTreeSet<String> {
    paths
        .iter()
        .filter_map(|path| {
            let parts: Vec<&str> = path.split("::").collect();
            (1..=parts.len())
                .rev()
                .map(|n| parts[..n].join("::"))
                .find(|candidate| modules.contains(candidate))
        })
        .collect()
}

fn layer_of(module: &str) -> &str {
    module.split("::").next().unwrap()
}

/// What the layering rules say of one edge, if it breaks one.
fn broken(from: &str, to: &str) -> Option<String> {
    let (a, b) = (layer_of(from), layer_of(to));
    if rank(b) > rank(a) {
        return Some(format!("{from} ({a}) uses {to} ({b}), a layer above it"));
    }
    if a == "components" && b == "platform" {
        return Some(format!("{from} uses {to}: components reach the browser through hooks"));
    }
    None
}

fn ui_graph() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ui = root.join("src/ui");
    let mut files = Vec::new();
    rust_files(&ui, &mut files);
    let modules: BTreeSet<String> =
        files.iter().map(|f| module_of(f, &ui)).filter(|m| !m.is_empty()).collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let module = module_of(file, &ui);
        if module.is_empty() {
            continue; // ui/mod.rs only declares the layers
        }
        let text = std::fs::read_to_string(file).unwrap();
        let mut named = edges(&ui_paths(&code(&text)), &modules);
        named.remove(&module);
        graph.insert(module, named);
    }
    graph
}

/// A cycle in `graph`, if there is one, as the modules along it.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

fn problems(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut out: Vec<String> = graph
        .iter()
        .flat_map(|(from, tos)| tos.iter().filter_map(move |to| broken(from, to)))
        .collect();
    if let Some(found) = cycle(graph) {
        out.push(format!("a cycle: {}", found.join(" → ")));
    }
    out
}

#[test]
fn ui_dependencies_run_one_way_without_cycles() {
    let graph = ui_graph();
    assert!(graph.keys().any(|m| m.starts_with("components::")), "no components found");
    let problems = problems(&graph);
    assert!(problems.is_empty(), "layering broken:\n{}", problems.join("\n"));
}

#[test]
fn the_model_names_no_interface_and_no_browser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/model"), &mut files);
    assert!(files.len() > 10);
    for file in files {
        let text = code(&std::fs::read_to_string(&file).unwrap());
        for banned in ["crate::ui", "crate::embed", "yew::", "web_sys", "js_sys", "wasm_bindgen"] {
            assert!(!text.contains(banned), "{} names {banned}", file.display());
        }
    }
}

/// The checker itself: an upward edge, a component reaching the browser and
/// a cycle are each found (so the tests above would fail on them).
#[test]
fn the_checker_finds_an_upward_edge_a_shortcut_and_a_cycle() {
    let mut graph = ui_graph();
    assert!(problems(&graph).is_empty());
    graph.get_mut("state").unwrap().insert("components::chart".into());
    assert!(problems(&graph).iter().any(|p| p.contains("a layer above")), "{:?}", problems(&graph));
    let mut graph = ui_graph();
    graph.get_mut("components::share_panel").unwrap().insert("platform::page".into());
    assert!(problems(&graph).iter().any(|p| p.contains("through hooks")));
    let mut graph = ui_graph();
    graph.get_mut("components::chart").unwrap().insert("components::results".into());
    assert!(problems(&graph).iter().any(|p| p.starts_with("a cycle")), "{:?}", problems(&graph));
    // And paths are read from the source as written.
    let modules: BTreeSet<String> = ["state".to_string(), "state::log".into()].into();
    let found = edges(
        &ui_paths(&code("use crate::ui::state::log::{LoggedFood};\n// crate::ui::app\n")),
        &modules,
    );
    assert_eq!(found, ["state::log".to_string()].into());
}

/// The results' figures are derived in one place, `State::view`: no other
/// file of the interface runs the assessment (so it runs once per state;
/// tests/browser.rs counts the views).
#[test]
fn only_the_view_runs_the_assessment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/ui"), &mut files);
    let runners: Vec<String> = files
        .iter()
        // The language tables' own tests make figures to fill every template.
        .filter(|f| !f.ends_with("i18n/tests.rs"))
        .filter(|f| {
            let text = code(&std::fs::read_to_string(f).unwrap());
            [
                "assess(",
                "assess_estimate(",
                "close_the_gap(",
                "ways_to_raise(",
                "from_log(",
                "from_estimate(",
            ]
            .iter()
            .any(|call| text.contains(call))
        })
        .map(|f| f.strip_prefix(root).unwrap().display().to_string())
        .collect();
    assert_eq!(runners, ["src/ui/state/view.rs"], "figures derived outside State::view");
}
