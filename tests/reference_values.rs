//! Reference values through the public API: every row of the CSV, the age
//! boundaries, and each standard's gaps.

use magnesium_calculator::model::csv;
use magnesium_calculator::model::reference::{bundled, ReferenceTable};
use magnesium_calculator::model::{
    reference_for, Age, Condition, InfantFeeding, NoReference, Person, ReferenceValue, Sex,
    Standard, ValueKind,
};

const CSV: &str = include_str!("../data/reference/magnesium_reference_values.csv");

fn age(years: u32, months: u32) -> Age {
    Age::from_years_and_months(years, months).unwrap()
}

fn person(age: Age, sex: Sex, condition: Condition) -> Person {
    Person { age, sex, condition, infant_feeding: None }
}

fn value(standard: Standard, age: Age, sex: Sex, condition: Condition) -> ReferenceValue {
    reference_for(&person(age, sex, condition), standard)
        .unwrap_or_else(|e| panic!("{} {age} {sex:?} {condition:?}: {e:?}", standard.code()))
}

fn mg(standard: Standard, age: Age, sex: Sex) -> f64 {
    value(standard, age, sex, Condition::None).reference_mg
}

fn no_value(standard: Standard, age: Age, sex: Sex, condition: Condition) -> NoReference {
    reference_for(&person(age, sex, condition), standard).expect_err("no reference value expected")
}

/// The test's own reading of an age bound: (months, exclusive?).
fn bound(text: &str) -> Option<(u32, bool)> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let (exclusive, text) = match text.strip_prefix('<') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (n, unit) = text.split_once(' ').unwrap();
    let n: u32 = n.parse().unwrap();
    Some((if unit == "y" { n * 12 } else { n }, exclusive))
}

/// The first and the last month of life a row covers, as the sources mean them.
fn covered_months(from: &str, to: &str, condition: &str) -> (u32, u32) {
    let first = match bound(from) {
        Some((m, _)) => m,
        None if condition == "pregnant" || condition == "lactating" => 25 * 12,
        None => 0,
    };
    let last = match (bound(to), to.trim().ends_with("mo")) {
        (None, _) => first.max(25 * 12) + 30 * 12,
        (Some((m, true)), _) => m - 1,
        (Some((12, false)), true) => 11, // "12 mo": a 12-month-old is 1 y
        (Some((m, false)), true) => m,
        (Some((m, false)), false) => m + 11, // "3 y" covers up to 3 y 11 mo
    };
    (first, last)
}

#[test]
fn every_row_of_the_reference_table_is_reproduced() {
    let table = csv::parse(CSV).unwrap();
    let col = |name: &str| table.column(name).unwrap();
    let mut checked = 0;
    for row in &table.rows {
        let standard = Standard::from_code(&row[col("standard")]).expect("known standard");
        let condition = match row[col("condition")].as_str() {
            "pregnant" => Condition::Pregnant,
            "lactating" => Condition::Breastfeeding,
            _ => Condition::None,
        };
        let feeding = match row[col("condition")].as_str() {
            "breast-fed" => Some(InfantFeeding::BreastFed),
            "formula-fed" => Some(InfantFeeding::FormulaFed),
            _ => None,
        };
        let sexes: &[Sex] = match row[col("sex")].as_str() {
            "male" => &[Sex::Male],
            "female" => &[Sex::Female],
            _ => &[Sex::Female, Sex::Male],
        };
        let (first, last) =
            covered_months(&row[col("age_from")], &row[col("age_to")], &row[col("condition")]);
        let expected_mg: f64 = row[col("reference_mg")].parse().unwrap();
        let expected_ear: Option<f64> = row[col("ear_mg")].parse().ok();
        for &sex in sexes {
            for months in [first, last] {
                let p = Person {
                    age: Age::from_whole_months(months),
                    sex,
                    condition,
                    infant_feeding: feeding,
                };
                let v = reference_for(&p, standard)
                    .unwrap_or_else(|e| panic!("row {row:?} at {months} mo: {e:?}"));
                assert_eq!(v.reference_mg, expected_mg, "row {row:?} at {months} mo");
                assert_eq!(v.source, row[col("source")], "row {row:?}");
                assert_eq!(v.confidence, row[col("confidence")]);
                match (v.kind, expected_ear, row[col("kind")].as_str()) {
                    (ValueKind::Rda { ear_mg }, Some(ear), "RDA") => assert_eq!(ear_mg, ear),
                    (ValueKind::Ai, None, k) => assert!(k.starts_with("AI"), "{k}"),
                    (ValueKind::Rni, None, "RNI") => {}
                    other => panic!("row {row:?}: kind {other:?}"),
                }
                let ul_text = row[col("ul_nonfood_mg")].clone();
                let expected_ul = match ul_text.split_once(" (from ") {
                    Some((mg, from)) => {
                        let from_months = bound(from.trim_end_matches(')')).unwrap().0;
                        (months >= from_months).then(|| mg.parse::<f64>().unwrap())
                    }
                    None => ul_text.parse::<f64>().ok(),
                };
                assert_eq!(v.upper_level_nonfood_mg, expected_ul, "row {row:?} at {months} mo");
                checked += 1;
            }
        }
    }
    assert_eq!(table.rows.len(), 61);
    assert_eq!(bundled().row_count(), 61);
    assert!(checked >= 2 * 61);
}

/// `cargo xtask codegen` reads the CSV files and writes the table as Rust;
/// the widget carries that. It must be the files read again here, value for value.
#[test]
fn the_generated_table_is_the_csv_files_read_again() {
    let rules = include_str!("../data/reference/condition_rules.csv");
    let read_now = ReferenceTable::parse(CSV, rules).unwrap();
    assert_eq!(bundled(), &read_now);
    assert_eq!(read_now.row_count(), 61);
}

#[test]
fn no_two_rows_of_a_standard_cover_the_same_person() {
    let table = csv::parse(CSV).unwrap();
    let col = |name: &str| table.column(name).unwrap();
    for (i, a) in table.rows.iter().enumerate() {
        for b in &table.rows[i + 1..] {
            let same = |c: &str| a[col(c)] == b[col(c)];
            let sexes_meet = a[col("sex")] == "any" || b[col("sex")] == "any" || same("sex");
            if !same("standard") || !same("condition") || !sexes_meet {
                continue;
            }
            let (a0, a1) =
                covered_months(&a[col("age_from")], &a[col("age_to")], &a[col("condition")]);
            let (b0, b1) =
                covered_months(&b[col("age_from")], &b[col("age_to")], &b[col("condition")]);
            assert!(a1 < b0 || b1 < a0, "rows overlap:\n{a:?}\n{b:?}");
        }
    }
}

#[test]
fn iom_infant_and_child_boundaries() {
    let iom = Standard::Iom1997;
    assert_eq!(mg(iom, Age::from_whole_months(0), Sex::Male), 30.0);
    assert_eq!(mg(iom, Age::from_whole_months(6), Sex::Male), 30.0);
    assert_eq!(mg(iom, Age::from_whole_months(7), Sex::Male), 75.0);
    assert_eq!(mg(iom, Age::from_whole_months(11), Sex::Female), 75.0);
    // 12 months is the first birthday: toddler RDA 80 mg, EAR 65, UL 65.
    let one = value(iom, Age::from_whole_months(12), Sex::Female, Condition::None);
    assert_eq!(
        (one.reference_mg, one.kind, one.upper_level_nonfood_mg),
        (80.0, ValueKind::Rda { ear_mg: 65.0 }, Some(65.0))
    );
    assert_eq!(mg(iom, age(3, 11), Sex::Female), 80.0);
    assert_eq!(mg(iom, age(4, 0), Sex::Female), 130.0);
    assert_eq!(mg(iom, age(8, 11), Sex::Male), 130.0);
    assert_eq!(mg(iom, age(9, 0), Sex::Male), 240.0);
    // Infants have no upper level under IOM.
    assert_eq!(
        value(iom, Age::from_whole_months(8), Sex::Male, Condition::None).upper_level_nonfood_mg,
        None
    );
}

#[test]
fn iom_adolescent_and_adult_boundaries() {
    let iom = Standard::Iom1997;
    assert_eq!(mg(iom, age(13, 11), Sex::Female), 240.0);
    assert_eq!(mg(iom, age(14, 0), Sex::Female), 360.0);
    assert_eq!(mg(iom, age(14, 0), Sex::Male), 410.0);
    assert_eq!(mg(iom, age(18, 11), Sex::Male), 410.0);
    assert_eq!(mg(iom, age(19, 0), Sex::Male), 400.0);
    assert_eq!(mg(iom, age(19, 0), Sex::Female), 310.0);
    assert_eq!(mg(iom, age(30, 11), Sex::Female), 310.0);
    assert_eq!(mg(iom, age(31, 0), Sex::Female), 320.0);
    assert_eq!(mg(iom, age(31, 0), Sex::Male), 420.0);
    assert_eq!(value(iom, age(50, 11), Sex::Male, Condition::None).age_from, "31 y");
    assert_eq!(value(iom, age(51, 0), Sex::Male, Condition::None).age_from, "51 y");
    assert_eq!(value(iom, age(70, 11), Sex::Female, Condition::None).age_from, "51 y");
    assert_eq!(value(iom, age(71, 0), Sex::Female, Condition::None).age_from, "71 y");
    assert_eq!(mg(iom, age(110, 0), Sex::Female), 320.0);
}

#[test]
fn iom_pregnancy_and_lactation() {
    let iom = Standard::Iom1997;
    let pregnant = |y| value(iom, age(y, 0), Sex::Female, Condition::Pregnant);
    assert_eq!(
        (pregnant(16).reference_mg, pregnant(16).kind),
        (400.0, ValueKind::Rda { ear_mg: 335.0 })
    );
    assert_eq!(pregnant(17).reference_mg, 400.0);
    assert_eq!(pregnant(25).reference_mg, 350.0);
    assert_eq!(pregnant(45).reference_mg, 360.0);
    let breastfeeding =
        |y| value(iom, age(y, 0), Sex::Female, Condition::Breastfeeding).reference_mg;
    assert_eq!((breastfeeding(16), breastfeeding(25), breastfeeding(40)), (360.0, 310.0, 320.0));
    // Outside the table's ages there is no value, not the nearest row's.
    assert_eq!(
        no_value(iom, age(13, 0), Sex::Female, Condition::Pregnant),
        NoReference::ConditionNotCovered { standard: iom, condition: Condition::Pregnant }
    );
    assert!(matches!(
        no_value(iom, age(51, 0), Sex::Female, Condition::Pregnant),
        NoReference::ConditionNotCovered { .. }
    ));
    assert_eq!(
        no_value(iom, age(30, 0), Sex::Male, Condition::Pregnant),
        NoReference::ConditionNeedsFemale
    );
}

#[test]
fn efsa_gaps_boundaries_and_upper_level_from_four() {
    let efsa = Standard::Efsa2015;
    assert_eq!(
        no_value(efsa, Age::from_whole_months(6), Sex::Female, Condition::None),
        NoReference::AgeNotCovered { standard: efsa, youngest: Age::from_whole_months(7) }
    );
    assert_eq!(mg(efsa, Age::from_whole_months(7), Sex::Female), 80.0);
    assert_eq!(mg(efsa, Age::from_whole_months(11), Sex::Female), 80.0);
    assert_eq!(mg(efsa, Age::from_whole_months(12), Sex::Female), 170.0);
    assert_eq!(mg(efsa, age(2, 11), Sex::Female), 170.0);
    let three = value(efsa, age(3, 0), Sex::Male, Condition::None);
    assert_eq!((three.reference_mg, three.upper_level_nonfood_mg), (230.0, None));
    assert_eq!(
        value(efsa, age(4, 0), Sex::Male, Condition::None).upper_level_nonfood_mg,
        Some(250.0)
    );
    assert_eq!(mg(efsa, age(9, 11), Sex::Male), 230.0);
    assert_eq!(mg(efsa, age(10, 0), Sex::Male), 300.0);
    assert_eq!(mg(efsa, age(17, 11), Sex::Female), 250.0);
    assert_eq!(mg(efsa, age(18, 0), Sex::Female), 300.0);
    assert_eq!(value(efsa, age(30, 0), Sex::Female, Condition::Pregnant).reference_mg, 300.0);
    // Open-ended pregnancy rows start where the standard's adolescent rows do.
    assert_eq!(
        no_value(efsa, age(9, 11), Sex::Female, Condition::Pregnant),
        NoReference::ConditionNotCovered { standard: efsa, condition: Condition::Pregnant }
    );
    assert_eq!(value(efsa, age(10, 0), Sex::Female, Condition::Pregnant).reference_mg, 300.0);
    assert_eq!(value(efsa, age(16, 0), Sex::Female, Condition::Breastfeeding).reference_mg, 300.0);
}

#[test]
fn fao_who_needs_feeding_for_young_infants() {
    let fao = Standard::FaoWho2004;
    let baby = Age::from_whole_months(3);
    assert_eq!(
        no_value(fao, baby, Sex::Female, Condition::None),
        NoReference::NeedsInfantFeeding { breast_fed_mg: 26.0, formula_fed_mg: 36.0 }
    );
    let fed = |feeding| {
        reference_for(
            &Person { infant_feeding: Some(feeding), ..Person::new(baby, Sex::Female) },
            fao,
        )
        .unwrap()
        .reference_mg
    };
    assert_eq!((fed(InfantFeeding::BreastFed), fed(InfantFeeding::FormulaFed)), (26.0, 36.0));
    assert_eq!(mg(fao, Age::from_whole_months(7), Sex::Male), 54.0);
    assert_eq!(mg(fao, age(65, 11), Sex::Male), 260.0);
    assert_eq!(mg(fao, age(66, 0), Sex::Male), 224.0);
    assert_eq!(value(fao, age(20, 0), Sex::Female, Condition::Breastfeeding).reference_mg, 270.0);
}

#[test]
fn uk_nnr_and_dach_gaps() {
    let uk = Standard::UkComa1991;
    assert_eq!(
        no_value(uk, Age::from_whole_months(8), Sex::Male, Condition::None),
        NoReference::AgeNotCovered { standard: uk, youngest: age(1, 0) }
    );
    assert_eq!(mg(uk, age(10, 11), Sex::Male), 200.0);
    assert_eq!(mg(uk, age(11, 0), Sex::Male), 280.0);
    assert_eq!(
        value(uk, age(19, 0), Sex::Female, Condition::None).upper_level_nonfood_mg,
        Some(400.0)
    );
    assert!(matches!(
        no_value(uk, age(30, 0), Sex::Female, Condition::Pregnant),
        NoReference::ConditionNotCovered { .. }
    ));
    assert_eq!(value(uk, age(30, 0), Sex::Female, Condition::Breastfeeding).reference_mg, 320.0);
    // COMA's lactation row is for women 19 and over.
    assert!(matches!(
        no_value(uk, age(17, 0), Sex::Female, Condition::Breastfeeding),
        NoReference::ConditionNotCovered { .. }
    ));

    let nnr = Standard::Nnr2023;
    assert_eq!(mg(nnr, age(10, 11), Sex::Female), 230.0);
    assert_eq!(mg(nnr, age(11, 0), Sex::Female), 250.0);
    assert_eq!(mg(nnr, age(17, 11), Sex::Male), 300.0);
    assert_eq!(mg(nnr, age(18, 0), Sex::Male), 350.0);
    assert!(matches!(
        no_value(nnr, age(30, 0), Sex::Female, Condition::Pregnant),
        NoReference::ConditionNotCovered { .. }
    ));

    let dach = Standard::Dach2021;
    assert_eq!(
        no_value(dach, age(10, 0), Sex::Female, Condition::None),
        NoReference::AgeNotCovered { standard: dach, youngest: age(19, 0) }
    );
    assert_eq!(mg(dach, age(19, 0), Sex::Male), 350.0);
    let pregnant = value(dach, age(30, 0), Sex::Female, Condition::Pregnant);
    assert_eq!(pregnant.reference_mg, 300.0);
    assert!(pregnant.rule_note.unwrap().contains("no extra"));
    assert!(matches!(
        no_value(dach, age(17, 0), Sex::Female, Condition::Pregnant),
        NoReference::ConditionNotCovered { .. }
    ));
    assert_eq!(value(dach, age(19, 0), Sex::Male, Condition::None).upper_level_nonfood_mg, None);
}

#[test]
fn standards_are_read_from_codes_and_short_names() {
    for s in Standard::ALL {
        assert_eq!(Standard::from_code(s.code()), Some(s));
        assert_eq!(Standard::from_code(&s.short_name().to_uppercase()), Some(s));
    }
    assert_eq!(Standard::from_code("WHO"), None);
    assert_eq!(Standard::default(), Standard::Iom1997);
}

#[test]
fn pregnancy_is_offered_from_the_youngest_age_any_standard_covers() {
    // EFSA and FAO/WHO pregnancy rows have no ages; their adolescent rows start at 10 y.
    assert_eq!(bundled().youngest_condition_age(), age(10, 0));
}
