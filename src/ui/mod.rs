//! Yew components, one per file, around one reducer (`state`).

pub mod app;
pub mod chart;
pub mod contributions;
pub mod entry_list;
pub mod entry_row;
pub mod estimate_results;
pub mod export;
pub mod fields;
#[cfg(target_arch = "wasm32")]
pub mod food_loader;
pub mod food_search;
pub mod log;
pub mod messages;
pub mod mode_switch;
pub mod page;
pub mod person;
pub mod person_form;
pub mod questionnaire_form;
pub mod quick_picks;
pub mod restore_notes;
pub mod results;
pub mod saved_inputs;
pub mod share_panel;
pub mod state;
pub mod supplement_form;
pub mod water_form;
pub mod water_inputs;

pub use app::{App, AppProps};
