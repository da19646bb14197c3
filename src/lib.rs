//! Magnesium intake calculator: an embeddable Yew widget.
//!
//! - `model`: the pure logic (reference values, intake, assessment), no browser.
//! - `ui`: Yew components, one per file.
//! - `embed`: the custom element that mounts the widget in a host page.

pub mod model;

pub mod embed;
pub mod ui;

/// The allocator in the browser (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
