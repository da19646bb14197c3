//! Timing a piece of work for the bench, from a component (components
//! reach the browser only through hooks).

use crate::ui::platform::schedule;

/// Runs `work`, recorded as the performance measure `name` ("magnesium-calculator:…").
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    schedule::measured(name, work)
}
