//! The calculator's logic as plain Rust: no browser, no Yew, tested natively.

/// The reference table as build.rs wrote it (`reference::BUNDLED`). A macro,
/// so that build.rs, which compiles reference.rs itself to parse the CSV,
/// can stand in an empty table: OUT_DIR does not exist while it compiles.
macro_rules! bundled_reference_table {
    () => {
        include!(concat!(env!("OUT_DIR"), "/reference_table.rs"))
    };
}

pub mod age;
pub mod assessment;
pub mod contributions;
pub mod csv;
pub mod food_table;
pub mod intake;
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
pub mod varint;
pub mod water;

pub use age::{Age, AgeError};
pub use assessment::{assess, Assessment, Verdict};
pub use intake::{Day, Entry, FoodEntry, Intake, NonFoodEntry, NonFoodKind, Totals};
pub use reference::{
    reference_for, Condition, InfantFeeding, NoReference, Person, ReferenceValue, Sex, Standard,
    ValueKind,
};
