//! The quick estimate's figures, recomputed here from SR28 through the food
//! table with this test's own join (not the generator's, xtask/src/codegen.rs),
//! and the estimate checked against logging the same foods for a day.

use magnesium_calculator::model::assessment::{assess, assess_estimate, EstimateVerdict};
use magnesium_calculator::model::csv;
use magnesium_calculator::model::food_table::{FoodId, FoodTable};
use magnesium_calculator::model::questionnaire::{estimate, frequencies, groups, Answers};
use magnesium_calculator::model::{
    reference_for, Age, Day, Entry, FoodEntry, Intake, NonFoodEntry, NonFoodKind, Person, Sex,
    Standard,
};
use std::sync::OnceLock;

fn table() -> &'static FoodTable {
    static TABLE: OnceLock<FoodTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        FoodTable::from_csv(
            include_str!("../data/usda/foods.csv"),
            include_str!("../data/usda/portions.csv"),
        )
        .unwrap()
    })
}

/// (group, the SR28 food in its listed serving) from questionnaire_foods.csv.
fn members() -> Vec<(String, FoodEntry)> {
    let t = csv::parse(include_str!("../data/reference/questionnaire_foods.csv")).unwrap();
    let col = |n: &str| t.column(n).unwrap();
    t.rows
        .iter()
        .map(|r| {
            let id = FoodId(r[col("ndb_id")].parse().unwrap());
            let food = table().food(id).unwrap();
            let portion = food.portion(r[col("portion_seq")].parse().unwrap()).unwrap();
            let grams = portion.grams * r[col("portion_count")].parse::<f64>().unwrap();
            let entry =
                FoodEntry::new(id, &food.description, grams, f64::from(food.mg_per_100g)).unwrap();
            (r[col("group")].clone(), entry)
        })
        .collect()
}

#[test]
fn every_groups_figures_are_recomputed_from_sr28() {
    let members = members();
    assert_eq!(groups().len(), 17);
    for group in groups() {
        let mut mg: Vec<f64> = members
            .iter()
            .filter(|(g, _)| *g == group.key)
            .map(|(_, food)| food.magnesium_mg())
            .collect();
        mg.sort_by(f64::total_cmp);
        let n = mg.len();
        assert_eq!(n, group.food_count, "{}", group.key);
        let median = if n % 2 == 1 { mg[n / 2] } else { (mg[n / 2 - 1] + mg[n / 2]) / 2.0 };
        let s = group.mg_per_serving;
        for (shipped, recomputed) in [(s.low, mg[0]), (s.typical, median), (s.high, mg[n - 1])] {
            assert!(
                (shipped - recomputed).abs() < 0.01,
                "{}: {shipped} vs {recomputed}",
                group.key
            );
        }
        assert_eq!(group.mg_per_food.len(), n);
        for (shipped, recomputed) in group.mg_per_food.iter().zip(&mg) {
            assert!((shipped - recomputed).abs() < 0.01, "{}: each food", group.key);
        }
    }
}

/// The estimate's background: each food no question asks about, in its
/// listed serving, recomputed from SR28 through the food table.
#[test]
fn the_backgrounds_figures_are_recomputed_from_sr28() {
    let t = csv::parse(include_str!("../data/reference/questionnaire_background.csv")).unwrap();
    let col = |n: &str| t.column(n).unwrap();
    let shipped = magnesium_calculator::model::usual_intake::background();
    assert_eq!(shipped.len(), t.rows.len());
    for (row, item) in t.rows.iter().zip(shipped) {
        let id = FoodId(row[col("ndb_id")].parse().unwrap());
        let food = table().food(id).unwrap();
        assert_eq!(food.description, row[col("description_check")]);
        let portion = food.portion(row[col("portion_seq")].parse().unwrap()).unwrap();
        let grams = portion.grams * row[col("portion_count")].parse::<f64>().unwrap();
        let mg = f64::from(food.mg_per_100g) * grams / 100.0;
        assert!(
            (item.mg_per_serving - mg).abs() < 0.01,
            "{}: {} vs {mg}",
            item.item,
            item.mg_per_serving
        );
    }
}

#[test]
fn frequencies_are_servings_a_week_in_order() {
    let f = frequencies();
    assert_eq!(
        f.iter().map(|f| f.servings_per_week.typical).collect::<Vec<_>>(),
        [0.0, 1.5, 4.5, 7.0, 17.5]
    );
    assert!(f.windows(2).all(|w| w[0].servings_per_week.high <= w[1].servings_per_week.low));
}

/// A day of food: each named group's first listed food, in its serving.
fn logged_day(groups_eaten: &[&str]) -> Vec<Entry> {
    let members = members();
    groups_eaten
        .iter()
        .map(|g| {
            let (_, food) = members.iter().find(|(group, _)| group == g).unwrap();
            Entry::Food(food.clone())
        })
        .collect()
}

fn answers_once_a_day(groups_eaten: &[&str]) -> Answers {
    let daily = frequencies().iter().find(|f| f.key == "daily_1").unwrap().wire_id;
    let never = frequencies().iter().find(|f| f.key == "never").unwrap().wire_id;
    let mut answers = Answers::default();
    for group in groups() {
        let eaten = groups_eaten.contains(&group.key);
        answers.set(group.wire_id, if eaten { daily } else { never });
    }
    answers
}

#[test]
fn logging_a_described_diet_for_a_day_falls_inside_the_questionnaires_interval() {
    let diets: [&[&str]; 3] = [
        // A plain western day.
        &["refined_grains", "potatoes", "milk_yogurt", "meat_eggs", "coffee_tea", "mixed_dishes"],
        // A plant-rich day.
        &["whole_grains", "wholegrain_bread", "legumes", "leafy_greens", "nuts_seeds", "fruit"],
        // Breakfast cereal, fish, vegetables, chocolate.
        &["breakfast_cereal", "fish", "other_vegetables", "chocolate", "snacks_sweets"],
    ];
    let reader = woman(40);
    let reference = reference_for(&reader, Standard::Iom1997).unwrap();
    for diet in diets {
        let logged: f64 = logged_day(diet).iter().map(Entry::magnesium_mg).sum();
        let answers = answers_once_a_day(diet);
        let a = assess_estimate(&answers, &reader, 0.0, 0.0, 0.0, &reference);
        assert!(
            a.total_mg.low <= logged && logged <= a.total_mg.high,
            "{diet:?}: logged {logged} mg, estimate {:?}",
            a.total_mg
        );
        assert_eq!(estimate(&answers).by_group.len(), groups().len());
    }
}

fn woman(years: u32) -> Person {
    Person::new(Age::from_years_and_months(years, 0).unwrap(), Sex::Female)
}

#[test]
fn water_counts_toward_intake_everywhere_and_toward_the_upper_level_only_under_efsa() {
    // 2 L a day of water with 126 mg/L (Apollinaris, 1998 analysis): 252 mg.
    let intake = Intake {
        days: vec![Day {
            entries: vec![Entry::NonFood(
                NonFoodEntry::elemental(NonFoodKind::Supplement, "Mg", 100.0).unwrap(),
            )],
        }],
        water_mg_per_day: 252.0,
    };
    let iom = assess(&intake, &reference_for(&woman(40), Standard::Iom1997).unwrap());
    assert_eq!(iom.totals.total_mg(), 352.0);
    let ul = iom.upper_level.unwrap();
    // IOM: supplements and medicines only (100 mg), far below 350 mg.
    assert!(!ul.includes_water && !ul.exceeded);
    assert_eq!(ul.highest_day_nonfood_mg, 100.0);

    let efsa = assess(&intake, &reference_for(&woman(40), Standard::Efsa2015).unwrap());
    assert_eq!(efsa.totals.total_mg(), 352.0);
    let ul = efsa.upper_level.unwrap();
    // EFSA (SCF 2001): readily dissociable magnesium in water too: 352 mg > 250 mg.
    assert!(ul.includes_water && ul.exceeded);
    assert_eq!(ul.highest_day_nonfood_mg, 352.0);
}

#[test]
fn the_estimate_says_a_chance_and_water_moves_the_whole_interval() {
    let reader = woman(40);
    let reference = reference_for(&reader, Standard::Iom1997).unwrap(); // RDA 320, EAR 265
    let judge = |diet: &[&str], water: f64| {
        assess_estimate(&answers_once_a_day(diet), &reader, water, 0.0, 0.0, &reference)
    };
    let a = judge(&[], 0.0);
    assert_eq!(a.verdict, EstimateVerdict::ShortfallLikely, "all never: {:?}", a.total_mg);
    let rich = ["nuts_seeds", "legumes", "whole_grains", "leafy_greens"];
    let plain = judge(&rich, 0.0);
    // With 3 L of water at 126 mg/L (378 mg) the chance of falling short is low.
    let watered = judge(&rich, 378.0);
    assert_eq!(watered.verdict, EstimateVerdict::ShortfallUnlikely);
    assert!(watered.chance.unwrap().value() < plain.chance.unwrap().value());
    for (with, without) in [
        (watered.total_mg.low, plain.total_mg.low),
        (watered.total_mg.typical, plain.total_mg.typical),
        (watered.total_mg.high, plain.total_mg.high),
    ] {
        assert!((with - without - 378.0).abs() < 1e-9);
    }
}
