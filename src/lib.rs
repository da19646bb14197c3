//! Magnesium intake calculator: an embeddable Yew widget.
//!
//! - `model`: the pure logic (reference values, intake, assessment), no browser.
//! - `ui`: Yew components, one per file.
//! - `embed`: the custom element that mounts the widget in a host page.

pub mod model;

pub mod embed;
pub mod ui;
