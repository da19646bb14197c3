//! Magnesium intake calculator: an embeddable Yew widget.
//!
//! - `model`: the pure logic (reference values, intake, assessment), no browser.
//! - `ui`: the Yew interface in layers (i18n, state, platform, hooks,
//!   components, app; see `ui/mod.rs`).
//! - `embed`: the custom element that mounts the widget in a host page.

pub mod model;

pub mod embed;
pub mod ui;
