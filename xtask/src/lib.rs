//! The project's build steps as Rust, each a command of `cargo xtask`
//! (README, "How the pieces fit"):
//! - `codegen`: data/ → the tables the widget carries, as committed Rust in
//!   `src/model/generated/` (`codegen`, writing through `rust`);
//! - `post-build DIR`: after Trunk has built the wasm into DIR, the food
//!   table the widget downloads (`food_table`) and the writer's script with
//!   the stylesheet, the language files and the package manifest (`loader`).
//!   scripts/post-build, Trunk's hook, runs it, then minifies, versions and
//!   compresses;
//! - `heights`: the reserved space of each starting layout, measured on the
//!   built widget in Chromium, into `styles/reserved-heights.css`.

pub mod codegen;
pub mod food_table;
pub mod heights;
pub mod loader;
pub mod post_build;
pub mod prerender;
pub mod rust;
pub mod shipped;
pub mod wordpress;
