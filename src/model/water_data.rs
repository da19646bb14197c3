//! What the sources say about drinking water, read from data/ by build.rs
//! and carried as Rust (`bundled!`): whether it counts toward each
//! standard's upper level (`data/reference/upper_level_scope.csv`), and a
//! few bottled waters with a published analysis
//! (`data/reference/bottled_waters.csv`). Apart from `model::water`, which
//! needs the intake model, so that build.rs can compile it.

use super::csv;
use super::reference::Standard;
use super::written::{slice, text};
use std::borrow::Cow;

/// Above any drinking water: the richest mineral waters have a few hundred mg/L.
pub const MAX_MG_PER_LITRE: f64 = 1_000.0;

/// What a standard's upper level covers.
#[derive(Debug, Clone, PartialEq)]
pub struct UpperLevelScope {
    pub standard: Standard,
    /// Magnesium in drinking water counts toward the upper level.
    pub water_counts: bool,
    pub basis: Cow<'static, str>,
    pub source: Cow<'static, str>,
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
            basis: Cow::Owned(row[col("basis")?].clone()),
            source: Cow::Owned(row[col("source")?].clone()),
        });
    }
    for standard in Standard::ALL {
        if scopes.iter().filter(|s| s.standard == standard).count() != 1 {
            return Err(format!("upper level scope: {} needs exactly one row", standard.code()));
        }
    }
    Ok(scopes)
}

/// The scopes as Rust, for `bundled!` (written by build.rs).
pub fn scopes_to_rust(scopes: &[UpperLevelScope]) -> String {
    slice(scopes, |s| {
        format!(
            "UpperLevelScope {{ standard: Standard::{}, water_counts: {}, basis: {}, source: {} }}",
            s.standard.variant_name(),
            s.water_counts,
            text(&s.basis),
            text(&s.source)
        )
    })
}

static SCOPES: &[UpperLevelScope] = bundled!("upper_level_scope.rs", &[]);

/// What each standard's upper level covers: one row per standard (build.rs
/// checks that), as read from data/reference/upper_level_scope.csv.
pub fn upper_level_scopes() -> &'static [UpperLevelScope] {
    SCOPES
}

/// A bottled water with a published analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct BottledWater {
    pub name: Cow<'static, str>,
    pub mg_per_litre: f64,
    pub source: Cow<'static, str>,
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
                name: Cow::Owned(row[col("name")?].clone()),
                mg_per_litre: mg,
                source: Cow::Owned(row[col("source")?].clone()),
            })
        })
        .collect()
}

/// The bottled waters as Rust, for `bundled!` (written by build.rs).
pub fn bottled_to_rust(waters: &[BottledWater]) -> String {
    slice(waters, |w| {
        format!(
            "BottledWater {{ name: {}, mg_per_litre: {:?}, source: {} }}",
            text(&w.name),
            w.mg_per_litre,
            text(&w.source)
        )
    })
}

static BOTTLED: &[BottledWater] = bundled!("bottled_waters.rs", &[]);

/// The bottled waters offered as examples, richest first.
pub fn bottled_waters() -> &'static [BottledWater] {
    BOTTLED
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
}
