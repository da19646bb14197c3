//! When work runs: in a task of its own, when the page is idle, in slices
//! of a few milliseconds, and the mark of a complete first render in the
//! Performance timeline (read by scripts/bench). Off the web these run at
//! once or not at all.

/// Runs `f` in a task of its own, after the current one.
#[cfg(target_arch = "wasm32")]
pub fn next_task(f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, f).forget();
}

#[cfg(not(target_arch = "wasm32"))]
pub fn next_task(f: impl FnOnce() + 'static) {
    f();
}

/// Runs `step` (a small piece of some longer work) again and again, until
/// it reports the work done (`Ok(true)`), `budget_ms` have passed on the
/// `now` clock or `max_steps` have run, and always at least once, so that
/// every slice moves on. Returns whether the work is done. The budget is in
/// time rather than in items because a phone does in 5 ms a quarter of what
/// a laptop does: a count that is short on one is a long task on the other.
/// The step cap is for clocks too coarse to time a slice: Firefox's
/// fingerprinting resistance rounds `Date.now` to 100 ms, which would
/// otherwise let a slice run that long.
pub fn run_for<E>(
    budget_ms: f64,
    max_steps: usize,
    now: impl Fn() -> f64,
    mut step: impl FnMut() -> Result<bool, E>,
) -> Result<bool, E> {
    let start = now();
    let mut steps = 0;
    loop {
        if step()? {
            return Ok(true);
        }
        steps += 1;
        if steps >= max_steps || now() - start >= budget_ms {
            return Ok(false);
        }
    }
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

#[cfg(test)]
mod tests {
    use super::run_for;
    use proptest::prelude::*;
    use std::cell::Cell;

    /// Work of `costs.len()` steps, step i taking `costs[i]` ms on a fake
    /// clock: how many steps each slice ran.
    fn slices(budget_ms: f64, costs: &[f64]) -> Vec<usize> {
        capped_slices(budget_ms, usize::MAX, costs)
    }

    /// The same, with at most `max_steps` in a slice.
    fn capped_slices(budget_ms: f64, max_steps: usize, costs: &[f64]) -> Vec<usize> {
        let clock = Cell::new(0.0);
        let done = Cell::new(0);
        let mut slices = Vec::new();
        loop {
            let before = done.get();
            let finished = run_for(
                budget_ms,
                max_steps,
                || clock.get(),
                || -> Result<bool, ()> {
                    clock.set(clock.get() + costs[done.get()]);
                    done.set(done.get() + 1);
                    Ok(done.get() == costs.len())
                },
            )
            .unwrap();
            slices.push(done.get() - before);
            if finished {
                return slices;
            }
        }
    }

    #[test]
    fn a_slice_stops_at_the_first_step_that_reaches_the_budget() {
        assert_eq!(slices(5.0, &[2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0]), vec![3, 3, 1]);
        // A step longer than the budget still runs, alone.
        assert_eq!(slices(5.0, &[9.0, 1.0, 9.0]), vec![1, 2]);
    }

    #[test]
    fn an_error_ends_the_work_at_once() {
        let steps = Cell::new(0);
        let out = run_for(
            5.0,
            100,
            || 0.0,
            || {
                steps.set(steps.get() + 1);
                if steps.get() == 3 {
                    Err("damaged")
                } else {
                    Ok(false)
                }
            },
        );
        assert_eq!((out, steps.get()), (Err("damaged"), 3));
    }

    #[test]
    fn a_clock_that_does_not_move_still_ends_a_slice_after_the_step_cap() {
        // A 100 ms clock (Firefox's fingerprinting resistance) reads the same
        // all through a slice: the cap ends it.
        assert_eq!(capped_slices(5.0, 4, &[0.0; 10]), vec![4, 4, 2]);
        // A clock that moves ends it first when the cap is not reached.
        assert_eq!(capped_slices(5.0, 4, &[2.0; 6]), vec![3, 3]);
    }

    proptest! {
        /// Every step runs exactly once, every slice runs at least one and
        /// at most the cap, and no slice runs past the budget by more than
        /// its last step.
        #[test]
        fn slices_cover_the_work_and_keep_to_the_budget(
            budget in 1.0f64..20.0,
            max_steps in 1usize..50,
            costs in proptest::collection::vec(0.0f64..10.0, 1..200),
        ) {
            let slices = capped_slices(budget, max_steps, &costs);
            prop_assert_eq!(slices.iter().sum::<usize>(), costs.len());
            prop_assert!(slices.iter().all(|&n| n >= 1 && n <= max_steps));
            let mut at = 0;
            for n in slices {
                let spent: f64 = costs[at..at + n].iter().sum();
                let before_last = spent - costs[at + n - 1];
                prop_assert!(before_last < budget, "slice went on after {before_last} ms");
                at += n;
            }
        }
    }
}
