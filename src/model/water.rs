//! Drinking water: litres a day times the water's magnesium per litre.
//!
//! Water counts toward intake under every standard. Whether it also counts
//! toward the upper level depends on the standard, and that rule is data:
//! `data/reference/upper_level_scope.csv` (IOM: supplements and medicines
//! only; EFSA: readily dissociable salts in supplements, water and fortified
//! foods). A few bottled waters with a published analysis are in
//! `data/reference/bottled_waters.csv`; labels change, so the reader is asked
//! to check theirs.

use super::intake::AmountError;
use super::reference::Standard;
pub use super::water_data::{bottled_waters, BottledWater, UpperLevelScope, MAX_MG_PER_LITRE};

/// More than anyone drinks in a day (a sanity bound on input).
pub const MAX_LITRES_PER_DAY: f64 = 10.0;

/// How much water the reader drinks a day and how much magnesium it holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Water {
    litres_per_day: f64,
    mg_per_litre: f64,
}

fn check(value: f64, max: f64) -> Result<f64, AmountError> {
    if value.is_nan() {
        Err(AmountError::NotANumber)
    } else if value < 0.0 {
        Err(AmountError::NotPositive)
    } else if value > max {
        Err(AmountError::TooLarge { max })
    } else {
        Ok(value)
    }
}

impl Water {
    /// Zero is allowed for both: "I drink none", "my water has none".
    pub fn new(litres_per_day: f64, mg_per_litre: f64) -> Result<Water, AmountError> {
        Ok(Water {
            litres_per_day: check(litres_per_day, MAX_LITRES_PER_DAY)?,
            mg_per_litre: check(mg_per_litre, MAX_MG_PER_LITRE)?,
        })
    }

    pub fn litres_per_day(&self) -> f64 {
        self.litres_per_day
    }

    pub fn mg_per_litre(&self) -> f64 {
        self.mg_per_litre
    }

    pub fn mg_per_day(&self) -> f64 {
        self.litres_per_day * self.mg_per_litre
    }
}

/// What the standard's upper level covers; None only if the table lacked the
/// standard, which build.rs does not allow.
pub fn upper_level_scope(standard: Standard) -> Option<&'static UpperLevelScope> {
    super::water_data::upper_level_scopes().iter().find(|s| s.standard == standard)
}

/// Whether drinking water counts toward this standard's upper level.
pub fn water_counts_toward_upper_level(standard: Standard) -> bool {
    upper_level_scope(standard).is_some_and(|s| s.water_counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_standard_has_a_scope() {
        for standard in Standard::ALL {
            assert!(upper_level_scope(standard).is_some(), "{}", standard.code());
        }
        // IOM: supplements and medicines only; EFSA (SCF 2001): water too.
        assert!(!water_counts_toward_upper_level(Standard::Iom1997));
        assert!(water_counts_toward_upper_level(Standard::Efsa2015));
    }

    #[test]
    fn water_is_litres_times_mg_per_litre_and_bounded() {
        assert_eq!(Water::new(1.5, 24.0).unwrap().mg_per_day(), 36.0);
        assert_eq!(Water::new(0.0, 24.0).unwrap().mg_per_day(), 0.0);
        assert_eq!(Water::new(-1.0, 24.0), Err(AmountError::NotPositive));
        assert_eq!(Water::new(1.0, f64::NAN), Err(AmountError::NotANumber));
        assert!(matches!(Water::new(11.0, 1.0), Err(AmountError::TooLarge { .. })));
        assert!(matches!(Water::new(1.0, 5_000.0), Err(AmountError::TooLarge { .. })));
    }
}
