//! Magnesium intake calculator: an embeddable Yew widget.
//!
//! - `model`: the pure logic (reference values, intake, assessment), no browser.
//! - `ui`: the Yew interface in layers (i18n, state, platform, hooks,
//!   components, app; see `ui/mod.rs`).
//! - `embed`: the custom element that mounts the widget in a host page.

pub mod model;

/// The widget's version, from Cargo.toml: in the loader, the package and the
/// element's `version` property.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod embed;
pub mod ui;
