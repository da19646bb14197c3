//! Why something the reader typed was refused: the model's own errors for
//! numbers, ages and amounts, as one type the interface explains
//! (`ui::i18n::Messages::input_error`).

use super::age::AgeError;
use super::intake::AmountError;
use super::number::NumberError;

/// Why a typed number was refused (the field shows the interface's
/// `input_error`).
#[derive(Clone, Debug, PartialEq)]
pub enum InputError {
    Number(NumberError),
    Age(AgeError),
    Amount(AmountError),
}

impl From<NumberError> for InputError {
    fn from(e: NumberError) -> Self {
        InputError::Number(e)
    }
}
impl From<AgeError> for InputError {
    fn from(e: AgeError) -> Self {
        InputError::Age(e)
    }
}
impl From<AmountError> for InputError {
    fn from(e: AmountError) -> Self {
        InputError::Amount(e)
    }
}
