//! The browser, behind plain functions: the page's address and storage,
//! clipboard and file downloads (`page`), and the food table's download
//! (`food_loader`, wasm only). Off the web, `page` has stand-ins so that
//! the rest compiles and is tested natively.

#[cfg(target_arch = "wasm32")]
pub mod food_loader;
pub mod page;
