//! Reading numbers the reader typed.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumberError::Empty => write!(f, "enter a number"),
            NumberError::NotANumber => write!(f, "use digits only, for example 34 or 1.5"),
        }
    }
}

/// Reads a typed number: spaces around it are ignored, and a comma works as
/// the decimal separator ("1,5" = 1.5). Anything else, including "1e3",
/// "inf" and "NaN", is refused rather than guessed at.
pub fn parse_number(text: &str) -> Result<f64, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let mut seen_separator = false;
    let mut normalized = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        match c {
            '0'..='9' => normalized.push(c),
            '.' | ',' if !seen_separator => {
                seen_separator = true;
                normalized.push('.');
            }
            '-' | '+' if i == 0 => normalized.push(c),
            _ => return Err(NumberError::NotANumber),
        }
    }
    if !normalized.chars().any(|c| c.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    normalized.parse().map_err(|_| NumberError::NotANumber)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_and_comma_decimals() {
        assert_eq!(parse_number(" 34 "), Ok(34.0));
        assert_eq!(parse_number("1,5"), Ok(1.5));
        assert_eq!(parse_number("0.25"), Ok(0.25));
        assert_eq!(parse_number("-3"), Ok(-3.0));
        assert_eq!(parse_number(".5"), Ok(0.5));
    }

    #[test]
    fn refuses_what_is_not_a_plain_number() {
        for bad in ["abc", "1.2.3", "1e3", "inf", "NaN", "-", ".", "12 kg", "1,000.5", "٣"] {
            assert_eq!(parse_number(bad), Err(NumberError::NotANumber), "{bad}");
        }
        assert_eq!(parse_number("   "), Err(NumberError::Empty));
    }
}
