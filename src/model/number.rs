//! Reading numbers the reader typed.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
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

/// `value` rounded to `decimals` places (half away from zero) and written
/// with a point and no trailing zeros: (1.25, 1) → "1.3", (2.0, 3) → "2".
/// A value that rounds to zero is "0", never "-0".
///
/// Integer arithmetic only, so the widget carries no float-formatting code
/// (core::fmt's, about 5 KB of wasm) and every render of the figures stays
/// cheap. Exact while the scaled value is below 2^53 (every figure the
/// widget shows); beyond i64 it saturates. Up to 6 decimals.
pub fn decimal(value: f64, decimals: u32) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    let decimals = decimals.min(6);
    let scale = 10_i64.pow(decimals);
    // `as` saturates (infinities included), so no overflow is possible.
    let scaled = (value * scale as f64).round() as i64;
    let (whole, fraction) =
        (scaled.unsigned_abs() / scale as u64, scaled.unsigned_abs() % scale as u64);
    let mut out = String::with_capacity(24);
    if scaled < 0 {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    if fraction > 0 {
        let digits = fraction.to_string();
        out.push('.');
        for _ in digits.len()..decimals as usize {
            out.push('0');
        }
        out.push_str(digits.trim_end_matches('0'));
    }
    out
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

    #[test]
    fn decimals_are_rounded_and_trimmed() {
        assert_eq!(decimal(156.49, 0), "156");
        assert_eq!(decimal(156.5, 0), "157");
        assert_eq!(decimal(1.25, 1), "1.3");
        assert_eq!(decimal(2.0, 3), "2");
        assert_eq!(decimal(0.125, 3), "0.125");
        assert_eq!(decimal(1.05, 3), "1.05");
        assert_eq!(decimal(0.001, 3), "0.001");
        assert_eq!(decimal(-1.5, 1), "-1.5");
        assert_eq!(decimal(-0.04, 1), "0", "never -0");
        assert_eq!(decimal(-0.0, 0), "0");
        assert_eq!(decimal(123.456789, 2), "123.46");
        assert_eq!(decimal(f64::NAN, 0), "NaN");
    }

    proptest::proptest! {
        /// The same text as core::fmt's shortest form of the rounded value,
        /// which the widget used before, except "-0"; and it reads back.
        #[test]
        fn decimal_is_the_rounded_value_as_core_fmt_writes_it(
            value in -1e9f64..1e9, decimals in 0u32..=3
        ) {
            let scale = 10f64.powi(decimals as i32);
            let rounded = (value * scale).round() / scale;
            let expected = if rounded == 0.0 { "0".to_string() } else { format!("{rounded}") };
            proptest::prop_assert_eq!(decimal(value, decimals), expected.clone());
            proptest::prop_assert_eq!(parse_number(&decimal(value, decimals)), Ok(rounded));
        }
    }
}
