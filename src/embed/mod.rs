//! The only part that touches the host page. The custom element itself, its
//! shadow root, stylesheet and lazy loading are in `magnesium-calculator.js`
//! (the script a writer links); it calls `element::mount` once the wasm is in.

pub mod attributes;
#[cfg(target_arch = "wasm32")]
pub mod element;
