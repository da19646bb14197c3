//! A person's age in completed months: the unit the reference tables are cut in.

use std::fmt;

/// The oldest age the calculator accepts. A sanity bound on input, not a reference value.
pub const MAX_AGE_YEARS: u32 = 125;

/// Age in completed months (a 1-year-old is 12 months, 8 y 11 mo is 107 months).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Age {
    months: u32,
}

/// Why an entered age was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeError {
    NotANumber,
    Negative,
    TooOld,
}

impl Age {
    /// From a whole number of months, capped at [`MAX_AGE_YEARS`].
    pub fn from_whole_months(months: u32) -> Age {
        Age { months: months.min(MAX_AGE_YEARS * 12) }
    }

    /// From an entered number of years; fractions count completed months (8.5 → 8 y 6 mo).
    pub fn from_years(years: f64) -> Result<Age, AgeError> {
        Age::from_months(years * 12.0)
    }

    /// From an entered number of months; a fraction of a month is not yet a completed month.
    pub fn from_months(months: f64) -> Result<Age, AgeError> {
        if months.is_nan() {
            return Err(AgeError::NotANumber);
        }
        if months < 0.0 {
            return Err(AgeError::Negative);
        }
        // Also catches +infinity.
        if months >= f64::from((MAX_AGE_YEARS + 1) * 12) {
            return Err(AgeError::TooOld);
        }
        Ok(Age { months: months.floor() as u32 })
    }

    /// From completed years and months (e.g. 8 years 11 months).
    pub fn from_years_and_months(years: u32, months: u32) -> Result<Age, AgeError> {
        Age::from_months(f64::from(years) * 12.0 + f64::from(months))
    }

    pub fn total_months(self) -> u32 {
        self.months
    }

    /// Completed years.
    pub fn years(self) -> u32 {
        self.months / 12
    }

    /// Under one year, ages are spoken of in months.
    pub fn is_infant(self) -> bool {
        self.months < 12
    }
}

impl fmt::Display for Age {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_infant() {
            write!(f, "{} mo", self.months)
        } else if self.months % 12 == 0 {
            write!(f, "{} y", self.years())
        } else {
            write!(f, "{} y {} mo", self.years(), self.months % 12)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_are_completed_months() {
        assert_eq!(Age::from_years(8.5).unwrap().total_months(), 102);
        assert_eq!(Age::from_months(6.99).unwrap().total_months(), 6);
        assert_eq!(Age::from_years_and_months(8, 11).unwrap().to_string(), "8 y 11 mo");
        assert_eq!(Age::from_months(7.0).unwrap().to_string(), "7 mo");
    }

    #[test]
    fn bad_ages_are_refused_with_a_reason() {
        assert_eq!(Age::from_years(f64::NAN), Err(AgeError::NotANumber));
        assert_eq!(Age::from_years(-0.1), Err(AgeError::Negative));
        assert_eq!(Age::from_years(f64::INFINITY), Err(AgeError::TooOld));
        assert_eq!(Age::from_years(f64::NEG_INFINITY), Err(AgeError::Negative));
        assert_eq!(Age::from_years(126.0), Err(AgeError::TooOld));
        assert!(Age::from_years(125.9).is_ok());
    }
}
