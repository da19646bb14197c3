//! When work runs: in a task of its own, when the page is idle, and the
//! mark of a complete first render in the Performance timeline (read by
//! scripts/bench). Off the web these run at once or not at all.

/// Runs `f` in a task of its own, after the current one.
#[cfg(target_arch = "wasm32")]
pub fn next_task(f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, f).forget();
}

#[cfg(not(target_arch = "wasm32"))]
pub fn next_task(f: impl FnOnce() + 'static) {
    f();
}

/// Runs `f` when the page is idle (after a short timeout where
/// `requestIdleCallback` is missing, as in Safari).
#[cfg(target_arch = "wasm32")]
pub fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::prelude::*;
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::once_into_js(f);
    let has_idle =
        js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback")).unwrap_or(false);
    if has_idle {
        let _ = window.request_idle_callback(callback.unchecked_ref());
    } else {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 2000);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn when_idle(_f: impl FnOnce() + 'static) {}

/// Marks the widget's complete first render ("magnesium-calculator:interactive").
#[cfg(target_arch = "wasm32")]
pub fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("magnesium-calculator:interactive");
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn mark_interactive() {}

/// Runs `work` and records how long it took as the performance measure
/// `name` (a user-timing entry: scripts/bench reads it; a reader's page
/// pays one mark and one measure).
#[cfg(target_arch = "wasm32")]
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let out = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
pub fn measured<T>(_name: &str, work: impl FnOnce() -> T) -> T {
    work()
}
