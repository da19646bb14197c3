//! The interface, in layers whose dependencies run one way
//! (`tests/layers.rs` fails on an upward `use` or a cycle):
//!
//! model ← i18n ← state ← platform ← hooks ← components ← app
//!
//! - `i18n`: the languages, their texts and the functions that put figures
//!   into them;
//! - `state`: one reducer (`State`, `Action`) and what it holds (the person,
//!   the log, the water, saved inputs), pure and tested natively;
//! - `platform`: the browser (location, storage, clipboard, files, the food
//!   table's download), with stand-ins off the web;
//! - `hooks`: effects with a name, the only users of `platform` besides `app`;
//! - `components`: one component per file with its props beside it;
//! - `app`: the root, which wires state, hooks and components together.

pub mod app;
pub mod components;
pub mod hooks;
pub mod i18n;
pub mod platform;
pub mod state;

pub use app::{App, AppProps};
