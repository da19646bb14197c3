//! Drinking water: litres a day times the water's magnesium per litre.
//!
//! Water counts toward intake under every standard. Whether it also counts
//! toward the upper level depends on the standard, and that rule is data:
//! `data/reference/upper_level_scope.csv` (IOM: supplements and medicines
//! only; EFSA: readily dissociable salts in supplements, water and fortified
//! foods). A few bottled waters with a published analysis are in
//! `data/reference/bottled_waters.csv`; labels change, so the reader is asked
//! to check theirs.

use super::csv;
use super::intake::AmountError;
use super::reference::Standard;
use std::sync::OnceLock;

const SCOPE_CSV: &str = include_str!("../../data/reference/upper_level_scope.csv");
const BOTTLED_CSV: &str = include_str!("../../data/reference/bottled_waters.csv");

/// More than anyone drinks in a day (a sanity bound on input).
pub const MAX_LITRES_PER_DAY: f64 = 10.0;
/// Above any drinking water: the richest mineral waters have a few hundred mg/L.
pub const MAX_MG_PER_LITRE: f64 = 1_000.0;

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

/// What a standard's upper level covers.
#[derive(Debug, Clone, PartialEq)]
pub struct UpperLevelScope {
    pub standard: Standard,
    /// Magnesium in drinking water counts toward the upper level.
    pub water_counts: bool,
    pub basis: String,
    pub source: String,
}

pub fn parse_scopes(text: &str) -> Result<Vec<UpperLevelScope>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let mut scopes = Vec::new();
    for row in &t.rows {
        let standard = Standard::from_code(&row[col("standard")?])
            .ok_or_else(|| format!("upper level scope: unknown standard {:?}", row[0]))?;
        let water_counts = match row[col("water_counts")?].as_str() {
            "yes" => true,
            "no" => false,
            other => return Err(format!("upper level scope: water_counts {other:?}")),
        };
        scopes.push(UpperLevelScope {
            standard,
            water_counts,
            basis: row[col("basis")?].clone(),
            source: row[col("source")?].clone(),
        });
    }
    for standard in Standard::ALL {
        if scopes.iter().filter(|s| s.standard == standard).count() != 1 {
            return Err(format!("upper level scope: {} needs exactly one row", standard.code()));
        }
    }
    Ok(scopes)
}

/// What the standard's upper level covers; None only if the table were damaged
/// (the test `every_standard_has_a_scope` makes sure it is not).
pub fn upper_level_scope(standard: Standard) -> Option<&'static UpperLevelScope> {
    static SCOPES: OnceLock<Vec<UpperLevelScope>> = OnceLock::new();
    SCOPES
        .get_or_init(|| parse_scopes(SCOPE_CSV).unwrap_or_default())
        .iter()
        .find(|s| s.standard == standard)
}

/// Whether drinking water counts toward this standard's upper level.
pub fn water_counts_toward_upper_level(standard: Standard) -> bool {
    upper_level_scope(standard).is_some_and(|s| s.water_counts)
}

/// A bottled water with a published analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct BottledWater {
    pub name: String,
    pub mg_per_litre: f64,
    pub source: String,
}

pub fn parse_bottled(text: &str) -> Result<Vec<BottledWater>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    t.rows
        .iter()
        .map(|row| {
            let mg: f64 = row[col("magnesium_mg_per_l")?]
                .parse()
                .map_err(|_| format!("bottled waters: {:?} is not a number", row[1]))?;
            Ok(BottledWater {
                name: row[col("name")?].clone(),
                mg_per_litre: check(mg, MAX_MG_PER_LITRE).map_err(|e| e.to_string())?,
                source: row[col("source")?].clone(),
            })
        })
        .collect()
}

/// The bottled waters offered as examples, richest first.
pub fn bottled_waters() -> &'static [BottledWater] {
    static BOTTLED: OnceLock<Vec<BottledWater>> = OnceLock::new();
    BOTTLED.get_or_init(|| parse_bottled(BOTTLED_CSV).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_standard_has_a_scope() {
        let scopes = parse_scopes(SCOPE_CSV).unwrap();
        assert_eq!(scopes.len(), Standard::ALL.len());
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

    #[test]
    fn the_bottled_waters_parse() {
        let waters = parse_bottled(BOTTLED_CSV).unwrap();
        assert!(waters.len() >= 3);
        assert!(waters.iter().all(|w| !w.source.is_empty() && w.mg_per_litre > 0.0));
    }
}
