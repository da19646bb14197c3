//! Where a page's main thread spends the time from navigation start to the
//! widget's interactive mark, read from a Chromium trace (the events of
//! ChromeDriver's performance log). scripts/bench prints it beside the Yew
//! counter's, so that a slow start shows what it is made of: running code,
//! compiling it, style and layout, painting, or waiting.

use serde_json::Value;

/// What the main thread was doing, by the names of Chromium's trace events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// JavaScript and wasm running (timers, events, microtasks, calls).
    Script,
    /// Compiling JavaScript, and wasm (streamed, or a function on first call).
    Compile,
    StyleAndLayout,
    /// Paint, layerize and commit to the compositor.
    Paint,
    /// Parsing the HTML and its stylesheets.
    Parse,
    GarbageCollection,
    /// The browser's part: committing the navigation, messages from the
    /// network and the browser process, setting up the page's context.
    Loading,
    /// Inside a task but in no event above (the scheduler, untraced work).
    Other,
}

impl Part {
    pub const ALL: [Part; 8] = [
        Part::Script,
        Part::Compile,
        Part::StyleAndLayout,
        Part::Paint,
        Part::Parse,
        Part::GarbageCollection,
        Part::Loading,
        Part::Other,
    ];

    /// A column heading: at most 7 characters.
    pub fn label(self) -> &'static str {
        match self {
            Part::Script => "script",
            Part::Compile => "compile",
            Part::StyleAndLayout => "layout",
            Part::Paint => "paint",
            Part::Parse => "parse",
            Part::GarbageCollection => "GC",
            Part::Loading => "loading",
            Part::Other => "other",
        }
    }

    fn of(name: &str) -> Part {
        match name {
            "Layout"
            | "UpdateLayoutTree"
            | "RecalculateStyles"
            | "HitTest"
            | "IntersectionObserverController::computeIntersections"
            | "ResizeObserverController::DeliverObservations" => Part::StyleAndLayout,
            "Paint" | "PrePaint" | "Layerize" | "Commit" | "UpdateLayer" | "UpdateLayerTree"
            | "PaintImage" | "CompositeLayers" => Part::Paint,
            "ParseHTML"
            | "ParseAuthorStyleSheet"
            | "HTMLDocumentParser::MaybeFetchQueuedPreloads" => Part::Parse,
            "FunctionCall"
            | "v8.callFunction"
            | "v8.callAsConstructor"
            | "v8.newInstance"
            | "EvaluateScript"
            | "v8.run"
            | "v8.evaluateModule"
            | "TimerFire"
            | "RunMicrotasks"
            | "BlinkScheduler_PerformMicrotaskCheckpoint"
            | "FireIdleCallback"
            | "FireAnimationFrame"
            | "EventDispatch"
            | "wasm.SyncInstantiate"
            | "wasm.AsyncInstantiate"
            | "wasm.GrowMemory"
            | "V8.StackGuard"
            | "V8.HandleInterrupts" => Part::Script,
            "Receive mojo message"
            | "Receive mojo reply"
            | "SimpleWatcher::OnHandleReady"
            | "Closed mojo endpoint"
            | "CommitLoad"
            | "ContextCreatedNotification"
            | "InstallConditionalFeatures" => Part::Loading,
            _ if name.starts_with("LocalWindowProxy::") => Part::Loading,
            _ if name.contains("GC") => Part::GarbageCollection,
            _ if name.contains("ompile")
                || name.starts_with("V8.Parse")
                || name == "V8.PreParse"
                || name == "V8.CollectSourcePositions"
                || name == "V8.DeserializeContext"
                || name == "FlushInstructionCache"
                || name.starts_with("wasm.") =>
            {
                Part::Compile
            }
            _ => Part::Other,
        }
    }
}

/// The main thread from navigation start to the mark, in milliseconds.
#[derive(Debug, Clone)]
pub struct Breakdown {
    pub total_ms: f64,
    /// No task running.
    pub idle_ms: f64,
    /// Busy time by part, in the order of `Part::ALL`; with `idle_ms` they add up to `total_ms`.
    pub parts: Vec<(Part, f64)>,
}

impl Breakdown {
    pub fn ms(&self, part: Part) -> f64 {
        self.parts.iter().find(|(p, _)| *p == part).map_or(0.0, |(_, ms)| *ms)
    }
}

/// The breakdown of the load that set `mark` (a `performance.mark` name), or
/// `None` if the trace does not hold that mark and its navigation's start.
/// Each event's time counts once, for the innermost event running: a wasm
/// function compiled on its first call inside a timer is compile time, the
/// rest of the timer script time.
pub fn breakdown(events: &[Value], mark: &str) -> Option<Breakdown> {
    let mark = events.iter().find(|e| e["name"] == mark)?;
    let navigation = &mark["args"]["data"]["navigationId"];
    let start = events.iter().find(|e| {
        e["name"] == "navigationStart"
            && e["args"]["data"]["navigationId"] == *navigation
            && e["pid"] == mark["pid"]
    })?;
    let (from, to) = (start["ts"].as_f64()?, mark["ts"].as_f64()?);
    if to < from {
        return None;
    }
    // Complete events on the mark's thread (the page's main thread) that overlap the window.
    let mut spans: Vec<(f64, f64, Part)> = events
        .iter()
        .filter(|e| e["ph"] == "X" && e["pid"] == mark["pid"] && e["tid"] == mark["tid"])
        .filter_map(|e| {
            let begin = e["ts"].as_f64()?;
            let end = begin + e["dur"].as_f64()?;
            let part = Part::of(e["name"].as_str()?);
            (end > from && begin < to).then_some((begin, end, part))
        })
        .collect();
    // Outer events before the events they hold.
    spans.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.total_cmp(&a.1)));
    let mut by_part = [0.0; Part::ALL.len()];
    let index = |part: Part| Part::ALL.iter().position(|p| *p == part).unwrap();
    let (mut busy, mut open): (f64, Vec<(f64, Part)>) = (0.0, Vec::new());
    for (begin, end, part) in spans {
        while open.last().is_some_and(|(outer_end, _)| *outer_end <= begin) {
            open.pop();
        }
        // Within the window and within the event that holds it.
        let end = open.last().map_or(end, |(outer_end, _)| end.min(*outer_end));
        let inside = (end.min(to) - begin.max(from)).max(0.0);
        match open.last() {
            Some((_, outer)) => by_part[index(*outer)] -= inside,
            None => busy += inside,
        }
        by_part[index(part)] += inside;
        open.push((end, part));
    }
    let ms = |us: f64| us / 1000.0;
    Some(Breakdown {
        total_ms: ms(to - from),
        idle_ms: ms(to - from - busy),
        parts: Part::ALL.iter().map(|p| (*p, ms(by_part[index(*p)]))).collect(),
    })
}
