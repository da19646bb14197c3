//! The calculator's logic as plain Rust: no browser, no Yew, tested natively.

pub mod age;
pub mod assessment;
pub mod contributions;
pub mod csv;
pub mod daily_value;
pub mod describe;
pub mod food_names;
pub mod food_table;
pub mod generated;
pub mod input;
pub mod intake;
pub mod lang;
pub mod medicine_notes;
pub mod number;
pub mod questionnaire;
pub mod quick_picks;
pub mod reference;
pub mod saved_file;
pub mod search;
pub mod share;
pub mod suggest;
pub mod supplement;
pub mod synonyms;
pub mod usual_intake;
pub mod varint;
pub mod water;

pub use age::{Age, AgeError};
pub use assessment::{assess, Assessment, Verdict};
pub use intake::{Day, Entry, FoodEntry, Intake, NonFoodEntry, NonFoodKind, Totals};
pub use reference::{
    reference_for, Condition, InfantFeeding, NoReference, Person, ReferenceValue, Sex, Standard,
    ValueKind,
};
