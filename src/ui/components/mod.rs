//! Yew function components, one per file, each with the props it needs.
//! They take what they show from `state` (and its derived figures) and
//! their texts from `i18n`; they reach the browser only through `hooks`.

pub mod chart;
pub mod contribution_list;
pub mod describe_day;
pub mod entry_list;
pub mod entry_row;
pub mod fields;
pub mod food_name;
pub mod food_search;
pub mod medicine_form;
pub mod mode_switch;
pub mod person_form;
pub mod questionnaire_form;
pub mod quick_pick_list;
pub mod recent_foods;
pub mod report;
pub mod restore_notes;
pub mod results;
pub mod share_panel;
pub mod supplement_form;
pub mod water_form;
