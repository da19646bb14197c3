//! Who the reader is, as typed and chosen in "About you", and what follows
//! from it: the age (or the message for the age field), the person, and the
//! reference for their life stage. Pure Rust, tested natively.

use crate::model::input::InputError;
use crate::model::number::parse_number;
use crate::model::reference::bundled;
use crate::model::{
    reference_for, Age, Condition, InfantFeeding, NoReference, Person, ReferenceValue, Sex,
    Standard,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AgeUnit {
    #[default]
    Years,
    Months,
}

/// An age the embedding page starts the widget with (the `age` attribute).
#[derive(Clone, Debug, PartialEq)]
pub struct AgePreset {
    pub text: String,
    pub unit: AgeUnit,
}

/// Who the reader is, as typed and chosen in "About you".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonInputs {
    pub age_text: String,
    pub age_unit: AgeUnit,
    pub sex: Sex,
    pub condition: Condition,
    pub infant_feeding: Option<InfantFeeding>,
    pub standard: Standard,
}

/// One change to "About you".
#[derive(Debug, Clone, PartialEq)]
pub enum PersonEdit {
    AgeText(String),
    AgeUnit(AgeUnit),
    Sex(Sex),
    Condition(Condition),
    InfantFeeding(Option<InfantFeeding>),
    Standard(Standard),
}

impl PersonInputs {
    pub(crate) fn apply(&mut self, edit: PersonEdit) {
        match edit {
            PersonEdit::AgeText(text) => self.age_text = text,
            PersonEdit::AgeUnit(unit) => self.age_unit = unit,
            PersonEdit::Sex(sex) => self.sex = sex,
            PersonEdit::Condition(condition) => self.condition = condition,
            PersonEdit::InfantFeeding(feeding) => self.infant_feeding = feeding,
            PersonEdit::Standard(standard) => self.standard = standard,
        }
    }

    /// The age as entered, or the message for the age field. Empty = not yet entered.
    pub fn age(&self) -> Option<Result<Age, InputError>> {
        if self.age_text.trim().is_empty() {
            return None;
        }
        let number = match parse_number(&self.age_text) {
            Ok(n) => n,
            Err(e) => return Some(Err(e.into())),
        };
        Some(
            match self.age_unit {
                AgeUnit::Years => Age::from_years(number),
                AgeUnit::Months => Age::from_months(number),
            }
            .map_err(InputError::from),
        )
    }

    /// Pregnancy and breastfeeding are offered to women from the youngest age any standard covers.
    /// The table is consulted only once there is an age to compare.
    pub fn offers_condition(&self) -> bool {
        self.sex == Sex::Female
            && match self.age() {
                Some(Ok(age)) => age >= bundled().youngest_condition_age(),
                _ => false,
            }
    }

    pub fn person(&self) -> Option<Person> {
        let age = self.age()?.ok()?;
        Some(Person {
            age,
            sex: self.sex,
            condition: if self.offers_condition() { self.condition } else { Condition::None },
            infant_feeding: if age.is_infant() { self.infant_feeding } else { None },
        })
    }

    /// The reference for the reader, once their age is known.
    pub fn reference(&self) -> Option<Result<ReferenceValue, NoReference>> {
        self.person().map(|p| reference_for(&p, self.standard))
    }

    /// The standard needs to know how a baby is fed (or the reader already said).
    pub fn asks_infant_feeding(&self) -> bool {
        matches!(self.reference(), Some(Err(NoReference::NeedsInfantFeeding { .. })))
            || (self.infant_feeding.is_some() && self.person().is_some_and(|p| p.age.is_infant()))
    }
}
