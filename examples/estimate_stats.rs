//! Before and after for the quick estimate over random answer patterns
//! (a woman of 34, IOM 1997): the old envelope (fewest servings x poorest
//! food to most servings x richest, for all groups at once) against the
//! distribution of `model::usual_intake`. Prints the median interval width
//! and how often each answers firmly.
//!
//! `cargo run --release --example estimate_stats [COUNT]` (default 3000).

use magnesium_calculator::model::assessment::assess_estimate;
use magnesium_calculator::model::questionnaire::{estimate, frequencies, groups, Answers};
use magnesium_calculator::model::{reference_for, Age, Person, Sex, Standard, ValueKind};

fn main() {
    let count: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(3000);
    let woman = Person::new(Age::from_years_and_months(34, 0).unwrap(), Sex::Female);
    let reference = reference_for(&woman, Standard::Iom1997).unwrap();
    let ValueKind::Rda { ear_mg } = reference.kind else { unreachable!() };
    let rda = reference.reference_mg;
    let mut seed: u64 = 0x2026_1202;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let (mut old_widths, mut new_widths) = (Vec::new(), Vec::new());
    let (mut old_spans_rda, mut old_firm, mut new_firm) = (0, 0, 0);
    let started = std::time::Instant::now();
    for _ in 0..count {
        let mut answers = Answers::default();
        for g in groups() {
            let f = &frequencies()[(next() % frequencies().len() as u64) as usize];
            answers.set(g.wire_id, f.wire_id);
        }
        let old = estimate(&answers).mg_per_day;
        old_widths.push(old.high - old.low);
        if old.low < rda && old.high >= rda {
            old_spans_rda += 1;
        }
        // The old verdict was firm when the whole range lay below the EAR or
        // the RDA, or at or above the RDA.
        if old.high < ear_mg || old.high < rda || old.low >= rda {
            old_firm += 1;
        }
        let a = assess_estimate(&answers, &woman, 0.0, 0.0, 0.0, &reference);
        new_widths.push(a.total_mg.high - a.total_mg.low);
        let p = a.chance.unwrap().value();
        if !(0.2..=0.8).contains(&p) {
            new_firm += 1;
        }
    }
    let per_call = started.elapsed().as_secs_f64() * 1000.0 / count as f64;
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let share = |n: usize| 100.0 * n as f64 / count as f64;
    println!("{count} random answer patterns, woman of 34, IOM 1997 (EAR {ear_mg}, RDA {rda} mg)");
    println!(
        "before: envelope median width {:.0} mg; spans the RDA {:.1} %; firm verdict {:.1} %",
        median(&mut old_widths),
        share(old_spans_rda),
        share(old_firm)
    );
    println!(
        "after:  10th-90th percentile median width {:.0} mg; chance of falling short below 20 % or above 80 %: {:.1} %",
        median(&mut new_widths),
        share(new_firm)
    );
    println!("time per estimate (old and new together, native): {per_call:.3} ms");
}
