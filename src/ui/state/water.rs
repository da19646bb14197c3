//! Drinking water as the reader typed it: litres a day and the water's
//! magnesium per litre (from a label, a water utility, or one of the bottled
//! waters with a published analysis). Pure Rust, tested natively.

use crate::model::input::InputError;
use crate::model::number::parse_number;
use crate::model::water::{bottled_waters, Water};
use crate::ui::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WaterKind {
    #[default]
    Tap,
    Bottled,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct WaterInputs {
    pub litres_text: String,
    pub mg_per_litre_text: String,
    pub kind: WaterKind,
}

/// One change to the water inputs.
#[derive(Debug, Clone, PartialEq)]
pub enum WaterEdit {
    Litres(String),
    MgPerLitre(String),
    Kind(WaterKind),
    /// One of `model::water::bottled_waters()`: fills in its magnesium per litre.
    Bottled(usize),
}

impl WaterInputs {
    pub(crate) fn apply(&mut self, edit: WaterEdit, lang: Lang) {
        match edit {
            WaterEdit::Litres(text) => self.litres_text = text,
            WaterEdit::MgPerLitre(text) => self.mg_per_litre_text = text,
            WaterEdit::Kind(kind) => self.kind = kind,
            WaterEdit::Bottled(index) => {
                if let Some(water) = bottled_waters().get(index) {
                    self.kind = WaterKind::Bottled;
                    self.mg_per_litre_text = lang.messages().number(water.mg_per_litre);
                }
            }
        }
    }

    /// Nothing typed yet: water is simply not counted.
    pub fn is_empty(&self) -> bool {
        self.litres_text.trim().is_empty() && self.mg_per_litre_text.trim().is_empty()
    }

    pub fn litres_error(&self) -> Option<InputError> {
        if self.is_empty() {
            return None;
        }
        let litres = parse_number(&self.litres_text).map_err(InputError::from);
        litres.and_then(|l| Water::new(l, 0.0).map_err(InputError::from)).err()
    }

    pub fn mg_per_litre_error(&self) -> Option<InputError> {
        if self.is_empty() {
            return None;
        }
        let mg = parse_number(&self.mg_per_litre_text).map_err(InputError::from);
        mg.and_then(|m| Water::new(0.0, m).map_err(InputError::from)).err()
    }

    /// The water, or the first message for its fields; None when nothing is typed.
    pub fn water(&self) -> Option<Result<Water, InputError>> {
        if self.is_empty() {
            return None;
        }
        let litres = parse_number(&self.litres_text);
        let mg = parse_number(&self.mg_per_litre_text);
        Some(match (litres, mg) {
            (Ok(l), Ok(m)) => Water::new(l, m).map_err(InputError::from),
            (Err(e), _) | (_, Err(e)) => Err(e.into()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(litres: &str, mg: &str) -> WaterInputs {
        WaterInputs {
            litres_text: litres.into(),
            mg_per_litre_text: mg.into(),
            ..Default::default()
        }
    }

    #[test]
    fn water_counts_once_both_fields_are_numbers() {
        assert_eq!(inputs("", "").water(), None);
        assert_eq!(inputs("1,5", "24").water().unwrap().unwrap().mg_per_day(), 36.0);
        assert!(inputs("1.5", "").water().unwrap().is_err());
        assert!(inputs("1.5", "").mg_per_litre_error().is_some());
        assert!(inputs("1.5", "").litres_error().is_none());
        assert!(inputs("lots", "24").litres_error().is_some());
        assert!(inputs("50", "24").litres_error().is_some(), "50 litres a day");
    }

    #[test]
    fn choosing_a_bottled_water_fills_in_its_label_value() {
        let mut water = inputs("1", "");
        water.apply(WaterEdit::Bottled(0), Lang::De);
        assert_eq!(water.kind, WaterKind::Bottled);
        let expected = bottled_waters()[0].mg_per_litre;
        assert_eq!(water.water().unwrap().unwrap().mg_per_litre(), expected);
    }
}
