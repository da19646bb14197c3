//! Drinking water: litres a day times the water's magnesium per litre.
//!
//! Water counts toward intake under every standard. Whether it also counts
//! toward the upper level depends on the standard, and that rule is data:
//! `data/reference/upper_level_scope.csv` (IOM: supplements and medicines
//! only; EFSA: readily dissociable salts in supplements, water and fortified
//! foods). A few bottled waters with a published analysis are in
//! `data/reference/bottled_waters.csv`; labels change, so the reader is asked
//! to check theirs.

//!
//! Both tables are read by this module's readers in `cargo xtask codegen`
//! and carried as Rust (`model/generated/water.rs`).

use super::csv::{self, keep};
use super::intake::AmountError;
use super::reference::Standard;

/// Above any drinking water: the richest mineral waters have a few hundred mg/L.
pub const MAX_MG_PER_LITRE: f64 = 1_000.0;

/// What a standard's upper level covers.
#[derive(Debug, Clone, PartialEq)]
pub struct UpperLevelScope {
    pub standard: Standard,
    /// Magnesium in drinking water counts toward the upper level.
    pub water_counts: bool,
    pub basis: &'static str,
    pub source: &'static str,
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
            basis: keep(&row[col("basis")?]),
            source: keep(&row[col("source")?]),
        });
    }
    for standard in Standard::ALL {
        if scopes.iter().filter(|s| s.standard == standard).count() != 1 {
            return Err(format!("upper level scope: {} needs exactly one row", standard.code()));
        }
    }
    Ok(scopes)
}

/// A bottled water with a published analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct BottledWater {
    pub name: &'static str,
    pub mg_per_litre: f64,
    pub source: &'static str,
}

pub fn parse_bottled(text: &str) -> Result<Vec<BottledWater>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    t.rows
        .iter()
        .map(|row| {
            let mg: f64 = row[col("magnesium_mg_per_l")?]
                .parse()
                .ok()
                .filter(|mg| *mg > 0.0 && *mg <= MAX_MG_PER_LITRE)
                .ok_or_else(|| {
                    format!(
                        "bottled waters: {:?} is not a number of mg per litre from 0 to {MAX_MG_PER_LITRE}",
                        row[1]
                    )
                })?;
            Ok(BottledWater {
                name: keep(&row[col("name")?]),
                mg_per_litre: mg,
                source: keep(&row[col("source")?]),
            })
        })
        .collect()
}

/// What each standard's upper level covers: one row per standard (the
/// reader checks that), as read from data/reference/upper_level_scope.csv.
pub fn upper_level_scopes() -> &'static [UpperLevelScope] {
    super::generated::water::SCOPES
}

/// The bottled waters offered as examples, richest first.
pub fn bottled_waters() -> &'static [BottledWater] {
    super::generated::water::BOTTLED
}

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
/// standard, which its reader does not allow.
pub fn upper_level_scope(standard: Standard) -> Option<&'static UpperLevelScope> {
    upper_level_scopes().iter().find(|s| s.standard == standard)
}

/// Whether drinking water counts toward this standard's upper level.
pub fn water_counts_toward_upper_level(standard: Standard) -> bool {
    upper_level_scope(standard).is_some_and(|s| s.water_counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCOPE_CSV: &str = include_str!("../../data/reference/upper_level_scope.csv");
    const BOTTLED_CSV: &str = include_str!("../../data/reference/bottled_waters.csv");

    #[test]
    fn the_shipped_scopes_are_the_file_read_again() {
        let read = parse_scopes(SCOPE_CSV).unwrap();
        assert_eq!(read.len(), Standard::ALL.len());
        assert_eq!(upper_level_scopes(), read.as_slice());
    }

    #[test]
    fn the_shipped_bottled_waters_are_the_file_read_again() {
        let read = parse_bottled(BOTTLED_CSV).unwrap();
        assert!(read.len() >= 3);
        assert!(read.iter().all(|w| !w.source.is_empty() && w.mg_per_litre > 0.0));
        assert_eq!(bottled_waters(), read.as_slice());
    }

    #[test]
    fn a_bottled_water_out_of_range_is_refused() {
        let head = "name,magnesium_mg_per_l,confidence,source\n";
        for bad in ["-3", "0", "5000", "lots"] {
            let text = format!("{head}Test,{bad},secondary,somewhere\n");
            assert!(parse_bottled(&text).is_err(), "{bad}");
        }
        assert!(parse_bottled(&format!("{head}Test,57,secondary,somewhere\n")).is_ok());
    }

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
