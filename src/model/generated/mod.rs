//! The tables the widget carries, written from data/ by `cargo xtask codegen`
//! (xtask/src/codegen.rs). Do not edit: change the data and run it again;
//! `cargo test` fails while these are older than the data (tests/generated.rs).

#[rustfmt::skip]
pub mod reference_table;
#[rustfmt::skip]
pub mod daily_value;
#[rustfmt::skip]
pub mod water;
#[rustfmt::skip]
pub mod quick_picks;
#[rustfmt::skip]
pub mod search_synonyms;
#[rustfmt::skip]
pub mod supplement_forms;
#[rustfmt::skip]
pub mod questionnaire;
#[rustfmt::skip]
pub mod estimate;
#[rustfmt::skip]
pub mod describe_units;
#[rustfmt::skip]
pub mod food_names;
#[rustfmt::skip]
pub mod medicine_notes;
