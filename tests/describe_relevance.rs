//! Does "describe a day" find the food and the amount a reader means?
//! Measured over the reviewed set `data/reference/describe_relevance.csv`:
//! lines as readers write them in English, Spanish, German and French, each
//! with the SR28 foods that are a right answer and the grams intended.
//!
//! `cargo test --test describe_relevance -- --nocapture` prints both
//! figures and every miss.

use magnesium_calculator::model::csv;
use magnesium_calculator::model::describe::{
    match_line, measure, parse_line, units, MeasureProblem, Strength,
};
use magnesium_calculator::model::food_table::{FoodId, FoodTable};
use magnesium_calculator::model::quick_picks::quick_picks;
use magnesium_calculator::model::search::SearchIndex;
use std::sync::OnceLock;

/// The goals: the intended food first, and its grams within 10 %.
const FOOD_GOAL: f64 = 0.90;
const GRAMS_GOAL: f64 = 0.85;

/// The table and the index, built as the widget builds them (the quick
/// picks are the favourites).
fn table_and_index() -> &'static (FoodTable, SearchIndex) {
    static BUILT: OnceLock<(FoodTable, SearchIndex)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let table = FoodTable::from_csv(
            include_str!("../data/usda/foods.csv"),
            include_str!("../data/usda/portions.csv"),
        )
        .unwrap();
        let favourites: Vec<FoodId> = quick_picks().iter().map(|p| p.food_id).collect();
        let index = SearchIndex::new(&table, &favourites);
        (table, index)
    })
}

#[test]
fn an_unknown_line_matches_nothing_and_a_stray_word_makes_a_weak_match() {
    let (table, index) = table_and_index();
    let read = |text: &str| match_line(parse_line(text, units()), table, index, 3);
    let banana = read("a banana");
    assert_eq!((banana.foods[0], banana.strength), (FoodId(9040), Strength::Strong));
    let unknown = read("2 xqzzv");
    assert_eq!((unknown.foods.len(), unknown.strength), (0, Strength::None));
    let stray = read("banana with grandmothers secret xqzzv");
    assert_eq!(stray.strength, Strength::Weak, "{:?}", stray.foods);
    // A food with no household portion needs grams when no unit is given.
    let salt = table.foods().iter().find(|f| f.portions.is_empty()).unwrap();
    let line = parse_line("2 of them", units());
    assert_eq!(measure(&line, salt), Err(MeasureProblem::NeedsGrams));
    assert_eq!(measure(&parse_line("0 g rice", units()), salt), Err(MeasureProblem::NoAmount));
}

#[test]
fn described_lines_find_the_intended_food_and_grams() {
    let (table, index) = table_and_index();
    let t = csv::parse(include_str!("../data/reference/describe_relevance.csv")).unwrap();
    let col = |name: &str| t.column(name).unwrap();
    let (c_lang, c_line, c_ids, c_grams) = (col("lang"), col("line"), col("ndb_ids"), col("grams"));
    let (mut found, mut grams_right, mut misses) = (0, 0, Vec::new());
    let mut per_lang: Vec<(String, usize)> = Vec::new();
    for row in &t.rows {
        let right: Vec<FoodId> =
            row[c_ids].split_whitespace().map(|id| FoodId(id.parse().unwrap())).collect();
        assert!(right.iter().all(|id| table.food(*id).is_some()), "{}: unknown food", row[c_line]);
        let intended: f64 = row[c_grams].parse().unwrap();
        match per_lang.iter_mut().find(|(l, _)| *l == row[c_lang]) {
            Some((_, n)) => *n += 1,
            None => per_lang.push((row[c_lang].clone(), 1)),
        }
        let m = match_line(parse_line(&row[c_line], units()), table, index, 3);
        let first = m.foods.first().and_then(|id| table.food(*id));
        match first {
            Some(food) if right.contains(&food.id) => {
                found += 1;
                match measure(&m.line, food) {
                    Ok(g) if (g.grams - intended).abs() <= intended * 0.10 => grams_right += 1,
                    other => misses.push(format!(
                        "{} {:?}: {} g intended, read {other:?}",
                        row[c_lang], row[c_line], intended
                    )),
                }
            }
            _ => misses.push(format!(
                "{} {:?}: found {:?}",
                row[c_lang],
                row[c_line],
                first.map(|f| &f.description)
            )),
        }
    }
    let n = t.rows.len() as f64;
    let food_share = found as f64 / n;
    let grams_share = grams_right as f64 / found.max(1) as f64;
    println!("describe a day over {} lines {per_lang:?}:", t.rows.len());
    println!(
        "  intended food first: {:.1} % (goal {:.0} %)",
        food_share * 100.0,
        FOOD_GOAL * 100.0
    );
    println!(
        "  grams within 10 %:   {:.1} % of those (goal {:.0} %)",
        grams_share * 100.0,
        GRAMS_GOAL * 100.0
    );
    for miss in &misses {
        println!("  miss: {miss}");
    }
    assert!(food_share >= FOOD_GOAL && grams_share >= GRAMS_GOAL, "{misses:#?}");
}
