//! The only part that touches the host page: the `<magnesium-calculator>`
//! element, its shadow root and stylesheet, and its attributes.

pub mod attributes;
#[cfg(target_arch = "wasm32")]
mod element;
#[cfg(target_arch = "wasm32")]
pub mod panic_notice;

#[cfg(target_arch = "wasm32")]
pub use element::register;
