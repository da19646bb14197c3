//! Native micro-benchmarks of the model; prints figures, asserts nothing.
//! Run: `cargo bench --bench model` (or scripts/bench).

use magnesium_calculator::model::assessment::assess_estimate;
use magnesium_calculator::model::describe::{match_line, parse_day, split_day};
use magnesium_calculator::model::food_table::{FoodId, FoodTable};
use magnesium_calculator::model::questionnaire::{groups, Answers};
use magnesium_calculator::model::quick_picks::quick_picks;
use magnesium_calculator::model::search::SearchIndex;
use magnesium_calculator::model::{
    assess, reference_for, Age, Entry, FoodEntry, Intake, NonFoodEntry, NonFoodKind, Person, Sex,
    Standard,
};
use std::hint::black_box;
use std::time::Instant;

/// Runs `f` in batches and returns the per-call time of each batch, in nanoseconds, sorted.
fn time_per_call(mut f: impl FnMut(), batches: usize, calls_per_batch: usize) -> Vec<f64> {
    for _ in 0..calls_per_batch {
        f(); // warm up (also parses the bundled tables once)
    }
    let mut per_call: Vec<f64> = (0..batches)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..calls_per_batch {
                f();
            }
            start.elapsed().as_nanos() as f64 / calls_per_batch as f64
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    per_call
}

/// Prints median and p95, and the p95 against a target where the project has one.
fn report(name: &str, per_call: &[f64], target_ns: Option<f64>) {
    let median = per_call[per_call.len() / 2];
    let p95 = per_call[per_call.len() * 95 / 100];
    let target = match target_ns {
        Some(t) => {
            format!("   target p95 ≤ {:.0} µs: {}", t / 1e3, if p95 <= t { "pass" } else { "FAIL" })
        }
        None => String::new(),
    };
    println!("{name:<44} median {:>9.2} µs   p95 {:>9.2} µs{target}", median / 1e3, p95 / 1e3);
}

fn main() {
    let person = Person::new(Age::from_years(34.0).unwrap(), Sex::Female);
    let entries: Vec<Entry> = (0..100)
        .map(|i| {
            if i % 10 == 0 {
                Entry::NonFood(
                    NonFoodEntry::elemental(NonFoodKind::Supplement, "pill", 50.0).unwrap(),
                )
            } else {
                Entry::Food(
                    FoodEntry::new(FoodId(11458), "Spinach, cooked, boiled", 30.0 + i as f64, 87.0)
                        .unwrap(),
                )
            }
        })
        .collect();
    let intake = Intake::one_day(entries);

    println!("model benchmarks (native, release profile)");
    let per_call = time_per_call(
        || {
            let reference = reference_for(black_box(&person), Standard::Iom1997).unwrap();
            black_box(assess(black_box(&intake), &reference));
        },
        200,
        2_000,
    );
    report("assess a 100-entry day (incl. reference lookup)", &per_call, Some(10_000.0));

    // The quick estimate's distribution, for every question answered "3-6
    // a week" or "twice a day or more" (the widest grids), as on each tap.
    let reference = reference_for(&person, Standard::Iom1997).unwrap();
    for (name, frequency) in [("3-6 a week", 2), ("twice a day or more", 4)] {
        let mut answers = Answers::default();
        for group in groups() {
            answers.set(group.wire_id, frequency);
        }
        let per_call = time_per_call(
            || {
                black_box(assess_estimate(black_box(&answers), &person, 0.0, 0.0, 0.0, &reference));
            },
            20,
            20,
        );
        report(&format!("quick estimate, all answers {name}"), &per_call, Some(3_000_000.0));
    }

    let start = Instant::now();
    let table = FoodTable::from_csv(
        include_str!("../data/usda/foods.csv"),
        include_str!("../data/usda/portions.csv"),
    )
    .unwrap();
    let bytes = table.encode();
    println!(
        "{:<44} {:>8.2} ms",
        "parse CSVs and encode the food table",
        start.elapsed().as_secs_f64() * 1e3
    );
    let per_call =
        time_per_call(|| drop(black_box(FoodTable::decode(black_box(&bytes)).unwrap())), 20, 5);
    report("decode the food table (8,050 foods, once)", &per_call, None);
    let favourites: Vec<_> = quick_picks().iter().map(|p| p.food_id).collect();
    let per_call = time_per_call(|| drop(black_box(SearchIndex::new(&table, &favourites))), 20, 5);
    report("build the search index (once)", &per_call, None);

    // Every keystroke of a few typical searches, as a reader types them.
    let index = SearchIndex::new(&table, &favourites);
    let keystrokes: Vec<String> = [
        "spinach boiled",
        "pumpkin seeds",
        "almnd",
        "hot dog",
        "black beans",
        "banana",
        "chicken breast roasted",
        // Readings with joined and split words, and English synonyms.
        "soy milk",
        "cornflakes",
        "whole milk",
        "wholemeal bread",
    ]
    .iter()
    .flat_map(|q| (1..=q.len()).map(move |n| q[..n].to_string()))
    .collect();
    let mut per_keystroke: Vec<f64> = Vec::new();
    for _ in 0..20 {
        for query in &keystrokes {
            let start = Instant::now();
            black_box(index.search(black_box(query), 20));
            per_keystroke.push(start.elapsed().as_nanos() as f64);
        }
    }
    per_keystroke.sort_by(f64::total_cmp);
    report(
        &format!("search per keystroke ({} keystrokes)", per_keystroke.len()),
        &per_keystroke,
        Some(1_000_000.0),
    );

    // "Describe a day": a 20-line day in four languages, read (budget a
    // tenth of a 16 ms frame) and matched line by line.
    let day = "porridge with milk, a banana, 2 slices of wholemeal bread, a handful of almonds, coffee x3\n\
               una taza de té verde; 2 huevos; 100 g de espinacas; un plátano; medio aguacate\n\
               eine Scheibe Cheddar, 2 EL Erdnussbutter, ein Glas Orangensaft, 200g Linsen, Tee x2\n\
               une pomme, 30 g de chocolat noir, un yaourt, 150 g de saumon, un verre de vin rouge";
    assert_eq!(split_day(day).len(), 20);
    let per_call = time_per_call(|| drop(black_box(parse_day(black_box(day)))), 20, 20);
    report("describe a day: read 20 lines", &per_call, Some(1_600_000.0));
    // Matching is a search per reading of a line: the widget matches a line
    // per task, so each must fit the search's own budget.
    let lines = parse_day(day);
    let mut per_line: Vec<f64> = Vec::new();
    for _ in 0..20 {
        for line in &lines {
            let start = Instant::now();
            black_box(match_line(black_box(line.clone()), &table, &index, 3));
            per_line.push(start.elapsed().as_nanos() as f64);
        }
    }
    per_line.sort_by(f64::total_cmp);
    report("describe a day: match one line (of 20)", &per_line, Some(1_000_000.0));
}
