//! The assessment engine: verdicts, the upper level, the gap, suggestions,
//! and property tests of its invariants.

use magnesium_calculator::model::assessment::{assess, daily_value_mg, Verdict};
use magnesium_calculator::model::food_table::FoodId;
use magnesium_calculator::model::input::InputError;
use magnesium_calculator::model::intake::{AmountError, NonFoodAmount};
use magnesium_calculator::model::suggest::{close_the_gap, Candidate};
use magnesium_calculator::model::supplement::{bundled_forms, form_named};
use magnesium_calculator::model::{
    reference_for, Age, Condition, Day, Entry, FoodEntry, InfantFeeding, Intake, NonFoodEntry,
    NonFoodKind, Person, Sex, Standard,
};
use magnesium_calculator::ui::i18n::Lang;
use proptest::prelude::*;

fn woman(years: u32) -> Person {
    Person::new(Age::from_years_and_months(years, 0).unwrap(), Sex::Female)
}

fn food(id: u32, grams: f64, mg_per_100g: f64) -> Entry {
    Entry::Food(FoodEntry::new(FoodId(id), "a food", grams, mg_per_100g).unwrap())
}

fn supplement(mg: f64) -> Entry {
    Entry::NonFood(NonFoodEntry::elemental(NonFoodKind::Supplement, "label", mg).unwrap())
}

/// USDA SR28 (data/usda/SOURCE.md spot checks): 12516 pumpkin seeds roasted 550 mg/100 g, 1 oz = 28.35 g;
/// 11458 spinach boiled 87 mg/100 g, 1 cup = 180 g.
fn seeds_and_spinach() -> Vec<Entry> {
    vec![food(12516, 28.35, 550.0), food(11458, 180.0, 87.0)]
}

#[test]
fn woman_34_with_seeds_spinach_and_a_400_mg_supplement() {
    let reference = reference_for(&woman(34), Standard::Iom1997).unwrap();
    let mut entries = seeds_and_spinach();
    entries.push(supplement(400.0));
    let a = assess(&Intake::one_day(entries), &reference);
    assert!((a.totals.food_mg - (155.925 + 156.6)).abs() < 1e-9);
    assert_eq!(a.totals.nonfood_mg, 400.0);
    assert_eq!(a.verdict, Verdict::AtOrAboveRda);
    assert_eq!(a.gap_mg, 0.0);
    let ul = a.upper_level.unwrap();
    assert_eq!((ul.upper_level_mg, ul.highest_day_nonfood_mg, ul.exceeded), (350.0, 400.0, true));
    assert!(a.kidney_caution);
    assert!((a.percent_of_daily_value - 712.525 / 420.0 * 100.0).abs() < 1e-9);
}

#[test]
fn the_same_magnesium_from_food_alone_is_never_flagged() {
    let reference = reference_for(&woman(34), Standard::Iom1997).unwrap();
    let mut entries = seeds_and_spinach();
    entries.push(food(12516, 72.7, 550.0)); // about 400 mg more from pumpkin seeds
    let a = assess(&Intake::one_day(entries), &reference);
    assert!(a.totals.food_mg > 700.0);
    assert!(!a.upper_level.unwrap().exceeded);
}

#[test]
fn verdicts_follow_ear_and_rda() {
    // IOM women 31-50: EAR 265, RDA 320.
    let reference = reference_for(&woman(40), Standard::Iom1997).unwrap();
    let verdict = |mg: f64| assess(&Intake::one_day(vec![food(1, 100.0, mg)]), &reference).verdict;
    assert_eq!(verdict(264.9), Verdict::BelowEar);
    assert_eq!(verdict(265.0), Verdict::BetweenEarAndRda);
    assert_eq!(verdict(319.9), Verdict::BetweenEarAndRda);
    assert_eq!(verdict(320.0), Verdict::AtOrAboveRda);
    let a = assess(&Intake::one_day(vec![food(1, 100.0, 200.0)]), &reference);
    assert_eq!(a.gap_mg, 120.0);
    assert_eq!(assess(&Intake::default(), &reference).verdict, Verdict::NothingRecorded);
}

#[test]
fn ai_and_rni_verdicts_do_not_claim_inadequacy() {
    let efsa = reference_for(&woman(40), Standard::Efsa2015).unwrap(); // AI 300
    let below = assess(&Intake::one_day(vec![food(1, 100.0, 250.0)]), &efsa);
    assert_eq!((below.verdict, below.gap_mg), (Verdict::BelowAiNoConclusion, 50.0));
    assert_eq!(
        assess(&Intake::one_day(vec![food(1, 100.0, 300.0)]), &efsa).verdict,
        Verdict::AtOrAboveAi
    );
    let fao = reference_for(&woman(40), Standard::FaoWho2004).unwrap(); // RNI 220
    assert_eq!(
        assess(&Intake::one_day(vec![food(1, 100.0, 219.0)]), &fao).verdict,
        Verdict::BelowRni
    );
    assert_eq!(
        assess(&Intake::one_day(vec![food(1, 100.0, 220.0)]), &fao).verdict,
        Verdict::AtOrAboveRni
    );
}

#[test]
fn several_days_are_averaged_and_the_upper_level_is_checked_per_day() {
    let reference = reference_for(&woman(40), Standard::Iom1997).unwrap();
    let intake = Intake {
        days: vec![
            Day { entries: vec![food(2, 100.0, 300.0), supplement(500.0)] },
            Day { entries: vec![food(2, 100.0, 100.0)] },
            Day::default(), // added but not filled in: not counted
        ],
        water_mg_per_day: 0.0,
    };
    let a = assess(&intake, &reference);
    assert_eq!(a.days_recorded, 2);
    assert_eq!((a.totals.food_mg, a.totals.nonfood_mg), (200.0, 250.0));
    // The average non-food (250) is under 350, but one day had 500.
    assert!(a.upper_level.unwrap().exceeded);
}

#[test]
fn compound_weights_convert_by_salt_form_and_keep_the_assumption() {
    let oxide = form_named("magnesium oxide").unwrap();
    let entry = NonFoodEntry::compound(NonFoodKind::Supplement, "MgO 500", 500.0, oxide).unwrap();
    assert!((entry.magnesium_mg() - 301.5).abs() < 1e-9);
    match entry.amount() {
        NonFoodAmount::Compound { form, compound_mg } => {
            assert_eq!((form.formula, *compound_mg), ("MgO", 500.0));
            assert_eq!(form.source, "Molecules 2020;25:3172 Table 3");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        NonFoodEntry::compound(NonFoodKind::Medicine, "x", -1.0, oxide).unwrap_err(),
        AmountError::NotPositive
    );
}

#[test]
fn daily_value_is_420() {
    assert_eq!(daily_value_mg(), 420.0);
}

fn candidates() -> Vec<Candidate> {
    // Portions from data/usda (SR28): mg = mg/100 g x grams / 100.
    let c = |id: u32, name: &str, portion: &str, mg: f64, common: bool| Candidate {
        food_id: FoodId(id),
        name: name.into(),
        portion: portion.into(),
        mg_per_portion: mg,
        common,
    };
    vec![
        c(12516, "Pumpkin seeds, roasted", "1 oz", 155.9, true),
        c(11458, "Spinach, boiled", "1/2 cup", 78.3, true),
        c(12563, "Almonds, dry roasted", "1 oz", 79.1, true),
        c(16015, "Black beans, boiled", "1/2 cup", 60.2, true),
        c(9040, "Banana", "1 medium", 31.9, true),
        c(99999, "A rare seed", "1 oz", 160.0, false),
    ]
}

#[test]
fn suggestions_close_most_of_the_gap_prefer_common_foods_and_skip_what_was_eaten() {
    let s = close_the_gap(150.0, &candidates(), &[], 3);
    assert_eq!(s.len(), 3);
    // Pumpkin seeds close 100 % in one portion and are common: first, ahead of the rarer richer seed.
    assert_eq!((s[0].candidate.food_id, s[0].portions), (FoodId(12516), 1));
    assert!(s.iter().all(|x| x.candidate.food_id != FoodId(99999) || x.percent_of_gap >= 100.0));
    // Almonds (79.1 mg an ounce) need two portions for 150 mg.
    let almonds = close_the_gap(150.0, &candidates()[2..3], &[], 1);
    assert_eq!((almonds[0].portions, almonds[0].magnesium_mg), (2, 158.2));
    let eaten = close_the_gap(150.0, &candidates(), &[FoodId(12516)], 3);
    assert!(eaten.iter().all(|x| x.candidate.food_id != FoodId(12516)));
    assert!(close_the_gap(0.0, &candidates(), &[], 3).is_empty());
    assert!(close_the_gap(f64::NAN, &candidates(), &[], 3).is_empty());
}

// ---- property tests ----

fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(0.0),
        Just(-0.0),
        0.0..200.0f64,
        0.0..12_000.0f64,
    ]
}

fn any_standard() -> impl Strategy<Value = Standard> {
    prop::sample::select(Standard::ALL.to_vec())
}

fn any_person() -> impl Strategy<Value = Person> {
    (0u32..=125 * 12, any::<bool>(), 0u8..3, prop::option::of(any::<bool>())).prop_map(
        |(months, male, c, fed)| Person {
            age: Age::from_whole_months(months),
            sex: if male { Sex::Male } else { Sex::Female },
            condition: [Condition::None, Condition::Pregnant, Condition::Breastfeeding][c as usize],
            infant_feeding: fed.map(|b| {
                if b {
                    InfantFeeding::BreastFed
                } else {
                    InfantFeeding::FormulaFed
                }
            }),
        },
    )
}

/// Entries built from arbitrary numbers; those the constructors refuse are dropped.
fn any_entries(food_only: bool) -> impl Strategy<Value = Vec<Entry>> {
    let forms = bundled_forms().len();
    prop::collection::vec((0u8..3, any_f64(), any_f64(), 0..forms), 0..40).prop_map(move |raw| {
        raw.into_iter()
            .filter_map(|(kind, a, b, form)| match if food_only { 0 } else { kind } {
                0 => FoodEntry::new(FoodId(3), "f", a, b.abs() % 800.0).ok().map(Entry::Food),
                1 => NonFoodEntry::elemental(NonFoodKind::Supplement, "s", a)
                    .ok()
                    .map(Entry::NonFood),
                _ => NonFoodEntry::compound(NonFoodKind::Medicine, "m", a, &bundled_forms()[form])
                    .ok()
                    .map(Entry::NonFood),
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_number_as_an_age_gives_an_age_or_a_clear_error(years in any_f64(), months in any_f64()) {
        for result in [Age::from_years(years), Age::from_months(months)] {
            match result {
                Ok(age) => prop_assert!(age.years() <= 125),
                // The reader's message for it, in every language.
                Err(e) => for lang in Lang::ALL {
                    prop_assert!(!lang.messages().input_error(&InputError::Age(e)).is_empty());
                },
            }
        }
    }

    #[test]
    fn any_person_under_any_standard_gets_a_value_or_a_reason(person in any_person(), standard in any_standard()) {
        match reference_for(&person, standard) {
            Ok(v) => {
                prop_assert!(v.reference_mg.is_finite() && v.reference_mg > 0.0);
                prop_assert!(!v.source.is_empty());
            }
            Err(why) => for lang in Lang::ALL {
                prop_assert!(!lang.messages().no_reference(&why).is_empty());
            },
        }
    }

    #[test]
    fn totals_are_finite_non_negative_and_monotone(entries in any_entries(false), extra in any_entries(false)) {
        let before = Day { entries: entries.clone() }.totals();
        prop_assert!(before.food_mg.is_finite() && before.food_mg >= 0.0);
        prop_assert!(before.nonfood_mg.is_finite() && before.nonfood_mg >= 0.0);
        let mut more = entries;
        more.extend(extra);
        let after = Day { entries: more }.totals();
        prop_assert!(after.food_mg >= before.food_mg);
        prop_assert!(after.nonfood_mg >= before.nonfood_mg);
        prop_assert!(after.total_mg() >= before.total_mg());
    }

    #[test]
    fn food_alone_never_raises_an_upper_level_warning(
        days in prop::collection::vec(any_entries(true), 1..5),
        person in any_person(),
        standard in any_standard(),
    ) {
        if let Ok(reference) = reference_for(&person, standard) {
            let intake = Intake {
                days: days.into_iter().map(|entries| Day { entries }).collect(),
                water_mg_per_day: 0.0,
            };
            let a = assess(&intake, &reference);
            prop_assert!(a.upper_level.is_none_or(|ul| !ul.exceeded));
        }
    }

    #[test]
    fn the_assessment_is_consistent_with_its_numbers(
        days in prop::collection::vec(any_entries(false), 0..4),
        person in any_person(),
        standard in any_standard(),
    ) {
        if let Ok(reference) = reference_for(&person, standard) {
            let intake = Intake {
                days: days.into_iter().map(|entries| Day { entries }).collect(),
                water_mg_per_day: 0.0,
            };
            let a = assess(&intake, &reference);
            let total = a.totals.total_mg();
            prop_assert!(total.is_finite() && total >= 0.0);
            prop_assert!(a.gap_mg >= 0.0 && (a.gap_mg == 0.0) == (total >= reference.reference_mg));
            prop_assert!((a.gap_mg - (reference.reference_mg - total).max(0.0)).abs() < 1e-9);
            prop_assert!(a.percent_of_reference.is_finite());
            if let Some(ul) = a.upper_level {
                prop_assert_eq!(ul.exceeded, ul.highest_day_nonfood_mg > ul.upper_level_mg);
                prop_assert!(ul.highest_day_nonfood_mg >= a.totals.nonfood_mg - 1e-9);
            }
            let below = total < reference.reference_mg;
            let says_below = matches!(a.verdict, Verdict::BelowEar | Verdict::BetweenEarAndRda | Verdict::BelowAiNoConclusion | Verdict::BelowRni);
            if a.days_recorded > 0 {
                prop_assert_eq!(below, says_below);
            }
        }
    }

    #[test]
    fn suggestions_never_panic_and_stay_within_bounds(gap in any_f64(), n in 0usize..8) {
        let s = close_the_gap(gap, &candidates(), &[], n);
        prop_assert!(s.len() <= n);
        for x in s {
            prop_assert!((1..=2).contains(&x.portions));
            prop_assert!(x.percent_of_gap > 0.0 && x.percent_of_gap <= 100.0);
        }
    }
}
