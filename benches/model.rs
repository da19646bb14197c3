//! Native micro-benchmarks of the model; prints figures, asserts nothing.
//! Run: `cargo bench --bench model` (or scripts/bench).

use magnesium_calculator::model::{assess, reference_for, Age, Entry, FoodEntry, Intake, NonFoodEntry, NonFoodKind, Person, Sex, Standard};
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

fn report(name: &str, per_call: &[f64], target_ns: f64) {
    let median = per_call[per_call.len() / 2];
    let p95 = per_call[per_call.len() * 95 / 100];
    let verdict = if p95 <= target_ns { "pass" } else { "FAIL" };
    println!("{name:<44} median {:>8.2} µs   p95 {:>8.2} µs   target ≤ {:.0} µs: {verdict}", median / 1e3, p95 / 1e3, target_ns / 1e3);
}

fn main() {
    let person = Person::new(Age::from_years(34.0).unwrap(), Sex::Female);
    let entries: Vec<Entry> = (0..100)
        .map(|i| {
            if i % 10 == 0 {
                Entry::NonFood(NonFoodEntry::elemental(NonFoodKind::Supplement, "pill", 50.0).unwrap())
            } else {
                Entry::Food(FoodEntry::new("11458", "Spinach, cooked, boiled", 30.0 + i as f64, 87.0).unwrap())
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
    report("assess a 100-entry day (incl. reference lookup)", &per_call, 10_000.0);
}
