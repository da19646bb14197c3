//! The bench's reading of a Chromium trace (tests/harness/src/trace.rs): which
//! events count, and that each moment counts once, for the innermost event.

use harness::trace::{breakdown, Part};
use proptest::prelude::*;
use serde_json::{json, Value};

const MARK: &str = "magnesium-calculator:interactive";

fn navigation_start(ts: f64, navigation: &str) -> Value {
    json!({ "name": "navigationStart", "ph": "R", "ts": ts, "pid": 1, "tid": 1,
            "args": { "data": { "navigationId": navigation } } })
}

fn mark(ts: f64, navigation: &str) -> Value {
    json!({ "name": MARK, "ph": "I", "ts": ts, "pid": 1, "tid": 1,
            "args": { "data": { "navigationId": navigation } } })
}

/// A complete event on the main thread (pid 1, tid 1), times in µs.
fn event(name: &str, ts: f64, dur: f64) -> Value {
    json!({ "name": name, "ph": "X", "ts": ts, "dur": dur, "pid": 1, "tid": 1 })
}

#[test]
fn each_moment_counts_once_for_the_innermost_event() {
    let events = vec![
        navigation_start(1_000.0, "a"),
        // A task from 2 to 6 ms: a timer's call (3 ms), inside it a wasm
        // function compiled on first call (1 ms); the task's own 1 ms is "other".
        event("RunTask", 2_000.0, 4_000.0),
        event("TimerFire", 2_500.0, 3_000.0),
        event("wasm.CompileLazy", 3_000.0, 1_000.0),
        // A frame: style and layout, then paint.
        event("RunTask", 7_000.0, 2_000.0),
        event("Layout", 7_000.0, 1_500.0),
        event("Paint", 8_500.0, 500.0),
        mark(11_000.0, "a"),
    ];
    let b = breakdown(&events, MARK).expect("mark and navigation start are there");
    assert_eq!(b.total_ms, 10.0);
    assert_eq!(b.idle_ms, 4.0);
    assert_eq!(b.ms(Part::Script), 2.0);
    assert_eq!(b.ms(Part::Compile), 1.0);
    assert_eq!(b.ms(Part::StyleAndLayout), 1.5);
    assert_eq!(b.ms(Part::Paint), 0.5);
    assert_eq!(b.ms(Part::Other), 1.0);
    assert_eq!(b.ms(Part::Parse), 0.0);
}

#[test]
fn only_the_marks_navigation_thread_and_window_count() {
    let events = vec![
        // An earlier navigation (about:blank) in the same process.
        navigation_start(0.0, "blank"),
        navigation_start(10_000.0, "page"),
        // Before the page's navigation: left out; across its start: clipped.
        event("Layout", 1_000.0, 2_000.0),
        event("ParseHTML", 9_000.0, 2_000.0),
        // Another thread (a worker) and another process.
        json!({ "name": "FunctionCall", "ph": "X", "ts": 12_000.0, "dur": 1_000.0, "pid": 1, "tid": 2 }),
        json!({ "name": "FunctionCall", "ph": "X", "ts": 12_000.0, "dur": 1_000.0, "pid": 2, "tid": 1 }),
        // Across the mark: clipped.
        event("Layout", 19_000.0, 2_000.0),
        mark(20_000.0, "page"),
    ];
    let b = breakdown(&events, MARK).unwrap();
    assert_eq!(b.total_ms, 10.0);
    assert_eq!(b.ms(Part::Parse), 1.0);
    assert_eq!(b.ms(Part::StyleAndLayout), 1.0);
    assert_eq!(b.ms(Part::Script), 0.0);
    assert_eq!(b.idle_ms, 8.0);
}

#[test]
fn no_breakdown_without_the_mark_or_its_navigation() {
    let events = vec![navigation_start(0.0, "a"), event("Layout", 10.0, 10.0)];
    assert!(breakdown(&events, MARK).is_none());
    let events = vec![navigation_start(0.0, "a"), mark(100.0, "b")];
    assert!(breakdown(&events, MARK).is_none());
}

#[test]
fn names_go_to_the_part_a_reader_of_a_profile_would_expect() {
    let one = |name: &str| {
        let events =
            vec![navigation_start(0.0, "a"), event(name, 0.0, 1_000.0), mark(1_000.0, "a")];
        let b = breakdown(&events, MARK).unwrap();
        Part::ALL.into_iter().find(|p| b.ms(*p) == 1.0).unwrap()
    };
    assert_eq!(one("v8.wasm.compileConsume"), Part::Compile);
    assert_eq!(one("V8.CompileCode"), Part::Compile);
    assert_eq!(one("wasm.AsyncInstantiate"), Part::Script);
    assert_eq!(one("UpdateLayoutTree"), Part::StyleAndLayout);
    assert_eq!(one("Layerize"), Part::Paint);
    assert_eq!(one("MinorGC"), Part::GarbageCollection);
    assert_eq!(one("Receive mojo message"), Part::Loading);
    assert_eq!(one("Receive mojo reply"), Part::Loading);
    assert_eq!(one("wasm.ValidateFunctionsStreaming"), Part::Compile);
    assert_eq!(one("LocalWindowProxy::Initialize"), Part::Loading);
    assert_eq!(one("ThreadControllerImpl::RunTask"), Part::Other);
}

#[test]
fn each_part_has_its_own_short_heading() {
    let labels: Vec<&str> = Part::ALL.iter().map(|p| p.label()).collect();
    for (i, label) in labels.iter().enumerate() {
        assert!(!label.is_empty() && label.len() <= 7, "{label}");
        assert!(!labels[..i].contains(label), "{label} twice");
    }
}

proptest! {
    /// However events nest or overlap, the parts and the idle time add up to
    /// the window, and none is negative.
    #[test]
    fn parts_and_idle_add_up_to_the_window(
        spans in prop::collection::vec((0u32..20_000, 1u32..5_000, 0usize..4), 0..40)
    ) {
        let names = ["RunTask", "FunctionCall", "Layout", "wasm.CompileLazy"];
        let mut events = vec![navigation_start(1_000.0, "a"), mark(16_000.0, "a")];
        events.extend(spans.iter().map(|(ts, dur, n)| event(names[*n], *ts as f64, *dur as f64)));
        let b = breakdown(&events, MARK).unwrap();
        let busy: f64 = b.parts.iter().map(|(_, ms)| ms).sum();
        prop_assert!((busy + b.idle_ms - b.total_ms).abs() < 1e-6);
        prop_assert!(b.idle_ms >= -1e-9);
        for (part, ms) in &b.parts {
            prop_assert!(*ms >= -1e-9, "{:?} {}", part, ms);
        }
    }
}
