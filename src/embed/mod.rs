//! The custom element and the host page's DOM: the element itself, its
//! shadow root, stylesheet and lazy loading are in `magnesium-calculator.js`
//! (the script a writer links); it calls `element::mount` once the wasm is
//! in. The widget reads the page's address and storage only through
//! `ui::platform`.

pub mod attributes;
#[cfg(target_arch = "wasm32")]
pub mod element;
#[cfg(target_arch = "wasm32")]
mod later;
/// The opening screen as HTML, rendered natively by the build for widget.html.
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
