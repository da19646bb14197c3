//! The quick estimate's distribution of usual intake, checked against a
//! simulation written here from the tables alone (not from the model's
//! grids), the background's scale recomputed from the survey table, and
//! described diets set beside published intakes.

use magnesium_calculator::model::assessment::{assess_estimate, EstimateVerdict};
use magnesium_calculator::model::questionnaire::{frequencies, groups, Answers};
use magnesium_calculator::model::usual_intake::{
    background, background_scale, model, normal_cdf, UsualIntake,
};
use magnesium_calculator::model::{reference_for, Age, Condition, Person, Sex, Standard};

/// xorshift64*: a small, seeded generator, so every run draws the same samples.
struct Random(u64);

impl Random {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
    fn normal(&mut self) -> f64 {
        let (u, v) = (self.next().max(1e-300), self.next());
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

fn person(years: u32, sex: Sex) -> Person {
    Person::new(Age::from_years_and_months(years, 0).unwrap(), sex)
}

/// Answers from (group key, frequency key) pairs.
fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::default();
    for (g, f) in pairs {
        let g = groups().iter().find(|x| x.key == *g).unwrap_or_else(|| panic!("{g}"));
        let f = frequencies().iter().find(|x| x.key == *f).unwrap_or_else(|| panic!("{f}"));
        answers.set(g.wire_id, f.wire_id);
    }
    answers
}

/// Every group at one frequency.
fn all(frequency: &str) -> Answers {
    let pairs: Vec<(&str, &str)> = groups().iter().map(|g| (g.key, frequency)).collect();
    answers(&pairs)
}

/// One simulated reader's usual food total: for each answered group, a
/// servings rate drawn evenly from the answer's band and one of the group's
/// foods; for each background food, servings drawn evenly from its range
/// scaled to the person.
fn simulated_food_total(answers: &Answers, scale: f64, random: &mut Random) -> f64 {
    let mut total = 0.0;
    for (g, f) in answers.pairs() {
        let group = groups().iter().find(|x| x.wire_id == g).unwrap();
        let band = frequencies().iter().find(|x| x.wire_id == f).unwrap().servings_per_week;
        let servings = (band.low + (band.high - band.low) * random.next()) / 7.0;
        let foods = &group.mg_per_food;
        let food = foods[((random.next() * foods.len() as f64) as usize).min(foods.len() - 1)];
        total += servings * food;
    }
    for item in background() {
        let (low, high) = (item.servings_per_day_low * scale, item.servings_per_day_high * scale);
        total += (low + (high - low) * random.next()) * item.mg_per_serving;
    }
    total
}

/// Percentiles and the chance of falling short, simulated: `n` readers'
/// food totals, each times the reporting error, plus `extra_mg`. The
/// reporting error is integrated exactly for each simulated total (the
/// share of log-normal outcomes below a value), which needs far fewer
/// samples than drawing it too, for the same precision.
struct Simulated {
    /// (log of the food total, weight) on a fine histogram of the samples.
    log_totals: Vec<(f64, f64)>,
    chance_short: f64,
    extra_mg: f64,
}

fn simulate(answers: &Answers, scale: f64, extra_mg: f64, ear_mg: f64, n: usize) -> Simulated {
    let sd = model().reporting_error_log_sd;
    let requirement_sd = model().requirement_cv * ear_mg;
    let mut random = Random(0x9E37_79B9_7F4A_7C15 ^ (n as u64));
    // Histogram of ln(total) in steps of 0.0005 (0.05 %).
    let mut bins: std::collections::BTreeMap<i64, f64> = Default::default();
    let mut short = 0.0;
    for _ in 0..n {
        let total = simulated_food_total(answers, scale, &mut random).max(0.01);
        *bins.entry((total.ln() / 0.0005).round() as i64).or_default() += 1.0 / n as f64;
        let usual = total * (sd * random.normal()).exp() + extra_mg;
        short += normal_cdf((ear_mg - usual) / requirement_sd) / n as f64;
    }
    Simulated {
        log_totals: bins.into_iter().map(|(k, w)| (k as f64 * 0.0005, w)).collect(),
        chance_short: short,
        extra_mg,
    }
}

impl Simulated {
    fn share_below(&self, mg: f64) -> f64 {
        let food = mg - self.extra_mg;
        if food <= 0.0 {
            return 0.0;
        }
        let sd = model().reporting_error_log_sd;
        self.log_totals.iter().map(|(z, w)| w * normal_cdf((food.ln() - z) / sd)).sum()
    }

    fn percentile(&self, p: f64) -> f64 {
        let (mut low, mut high) = (self.extra_mg, self.extra_mg + 20_000.0);
        for _ in 0..40 {
            let mid = (low + high) / 2.0;
            if self.share_below(mid) < p {
                low = mid;
            } else {
                high = mid;
            }
        }
        (low + high) / 2.0
    }
}

/// Twenty-odd patterns: all never, all at the top, every answer alike, the
/// issue's ordinary pattern, and seeded random ones, for a woman, a man and
/// a child, with and without water and supplements.
fn patterns() -> Vec<(String, Answers, Person, f64)> {
    let woman = person(34, Sex::Female);
    let mut out = vec![
        ("all never".to_string(), all("never"), woman, 0.0),
        ("all twice a day or more".into(), all("daily_2_plus"), woman, 0.0),
        ("all once a day".into(), all("daily_1"), person(50, Sex::Male), 0.0),
        ("all 1-2 a week".into(), all("weekly_1_2"), woman, 120.0),
        ("all 3-6 a week, a child of 6".into(), all("weekly_3_6"), person(6, Sex::Male), 0.0),
        ("all never, a man".into(), all("never"), person(40, Sex::Male), 0.0),
        ("ordinary".into(), ordinary(), woman, 0.0),
        ("ordinary, a man".into(), ordinary(), person(34, Sex::Male), 0.0),
    ];
    let mut random = Random(20_261_202);
    for i in 0..14 {
        let mut a = Answers::default();
        for g in groups() {
            let f = &frequencies()[(random.next() * 5.0) as usize % 5];
            a.set(g.wire_id, f.wire_id);
        }
        let who = if i % 3 == 0 { person(70, Sex::Male) } else { person(25 + i, Sex::Female) };
        out.push((format!("random {i}"), a, who, if i % 4 == 0 { 60.0 } else { 0.0 }));
    }
    out
}

/// The ordinary pattern: white bread, fruit, milk and meat daily,
/// coffee twice a day, the rest weekly.
fn ordinary() -> Answers {
    let mut pairs: Vec<(&str, &str)> = groups().iter().map(|g| (g.key, "weekly_1_2")).collect();
    for (g, f) in [
        ("refined_grains", "daily_1"),
        ("fruit", "daily_1"),
        ("milk_yogurt", "daily_1"),
        ("meat_eggs", "daily_1"),
        ("coffee_tea", "daily_2_plus"),
    ] {
        pairs.retain(|(k, _)| *k != g);
        pairs.push((g, f));
    }
    answers(&pairs)
}

#[test]
fn the_distribution_matches_a_simulation_within_1_mg_and_0_01() {
    let patterns = patterns();
    assert!(patterns.len() >= 20);
    let mut failures = Vec::new();
    for (name, answers, who, extra) in patterns {
        let ear = 265.0;
        let scale = background_scale(&who);
        let model_view = UsualIntake::for_answers(&answers, &who, extra);
        let simulated = simulate(&answers, scale, extra, ear, 300_000);
        for p in [0.1, 0.5, 0.9] {
            let (a, b) = (model_view.percentile(p), simulated.percentile(p));
            if (a - b).abs() > 1.0 {
                failures.push(format!("{name}: percentile {p}: model {a:.2}, simulated {b:.2}"));
            }
        }
        let (a, b) = (
            model_view.chance_below_requirement(ear, model().requirement_cv),
            simulated.chance_short,
        );
        if (a - b).abs() > 0.01 {
            failures.push(format!("{name}: chance short: model {a:.4}, simulated {b:.4}"));
        }
        let reference = 300.0;
        let (a, b) = (model_view.share_below(reference), simulated.share_below(reference));
        if (a - b).abs() > 0.01 {
            failures.push(format!("{name}: share below 300: model {a:.4}, simulated {b:.4}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_background_follows_the_survey_for_men_and_the_requirement_for_young_children() {
    // CSFII 1994 medians (IOM 1997 p.195): men 310 mg, women 222 mg.
    assert_eq!(background_scale(&person(30, Sex::Female)), 1.0);
    assert!((background_scale(&person(30, Sex::Male)) - 310.0 / 222.0).abs() < 1e-12);
    // Under 9 the survey table does not apply: the IOM EAR against a woman's (265 mg).
    let child = |years| background_scale(&person(years, Sex::Female));
    assert!((child(6) - 110.0 / 265.0).abs() < 1e-12);
    assert!((child(2) - 65.0 / 265.0).abs() < 1e-12);
}

#[test]
fn all_never_gives_a_low_plausible_intake_that_asks_to_check_the_answers() {
    let woman = person(34, Sex::Female);
    let reference = reference_for(&woman, Standard::Iom1997).unwrap();
    let a = assess_estimate(&all("never"), &woman, 0.0, 0.0, 0.0, &reference);
    assert!(a.total_mg.low > 0.0 && a.total_mg.typical > 5.0, "{:?}", a.total_mg);
    assert!(a.background_mg > 5.0);
    assert_eq!(a.verdict, EstimateVerdict::ShortfallLikely);
    let unusual = a.unusual.expect("all never is below the survey's 5th percentile");
    assert!(unusual.below && unusual.percentiles.p5_mg == 134.0);
    // Nothing answered at all says nothing.
    let none = assess_estimate(&Answers::default(), &woman, 0.0, 0.0, 0.0, &reference);
    assert_eq!(none.verdict, EstimateVerdict::NothingAnswered);
    assert!(none.chance.is_none() && none.unusual.is_none());
}

#[test]
fn standards_without_an_ear_give_the_chance_of_reaching_their_value() {
    let woman = person(34, Sex::Female);
    for standard in [Standard::Efsa2015, Standard::Nnr2023, Standard::Dach2021] {
        let reference = reference_for(&woman, standard).unwrap();
        let a = assess_estimate(&ordinary(), &woman, 0.0, 0.0, 0.0, &reference);
        let Some(magnesium_calculator::model::usual_intake::Chance::ReachesReference(p)) = a.chance
        else {
            panic!("{standard:?}: {:?}", a.chance)
        };
        let d = UsualIntake::for_answers(&ordinary(), &woman, 0.0);
        assert!((p - (1.0 - d.share_below(reference.reference_mg))).abs() < 1e-12);
        assert!(matches!(
            a.verdict,
            EstimateVerdict::ReachesLikely
                | EstimateVerdict::ReachesOpen
                | EstimateVerdict::ReachesUnlikely
        ));
    }
}

/// Described diets, as a reader of each would answer; the closing note of
/// the change sets their typical values beside published intakes.
fn described_diets() -> Vec<(&'static str, Person, Answers)> {
    let pregnant = Person { condition: Condition::Pregnant, ..person(30, Sex::Female) };
    vec![
        (
            "typical US woman",
            person(34, Sex::Female),
            answers(&[
                ("nuts_seeds", "weekly_1_2"),
                ("leafy_greens", "weekly_1_2"),
                ("legumes", "weekly_1_2"),
                ("wholegrain_bread", "weekly_1_2"),
                ("whole_grains", "weekly_1_2"),
                ("refined_grains", "daily_1"),
                ("potatoes", "weekly_3_6"),
                ("fruit", "daily_1"),
                ("other_vegetables", "daily_1"),
                ("milk_yogurt", "daily_1"),
                ("fish", "weekly_1_2"),
                ("meat_eggs", "daily_1"),
                ("chocolate", "weekly_1_2"),
                ("coffee_tea", "daily_2_plus"),
                ("breakfast_cereal", "weekly_1_2"),
                ("mixed_dishes", "weekly_3_6"),
                ("snacks_sweets", "weekly_3_6"),
            ]),
        ),
        (
            "vegan man",
            person(35, Sex::Male),
            answers(&[
                ("nuts_seeds", "daily_1"),
                ("leafy_greens", "daily_1"),
                ("legumes", "daily_1"),
                ("wholegrain_bread", "daily_1"),
                ("whole_grains", "daily_1"),
                ("refined_grains", "weekly_3_6"),
                ("potatoes", "weekly_3_6"),
                ("fruit", "daily_2_plus"),
                ("other_vegetables", "daily_2_plus"),
                ("milk_yogurt", "weekly_3_6"),
                ("fish", "never"),
                ("meat_eggs", "never"),
                ("chocolate", "weekly_1_2"),
                ("coffee_tea", "daily_1"),
                ("breakfast_cereal", "weekly_1_2"),
                ("mixed_dishes", "weekly_1_2"),
                ("snacks_sweets", "weekly_1_2"),
            ]),
        ),
        (
            "Mediterranean woman",
            person(45, Sex::Female),
            answers(&[
                ("nuts_seeds", "weekly_3_6"),
                ("leafy_greens", "weekly_3_6"),
                ("legumes", "weekly_3_6"),
                ("wholegrain_bread", "daily_1"),
                ("whole_grains", "weekly_1_2"),
                ("refined_grains", "daily_1"),
                ("potatoes", "weekly_1_2"),
                ("fruit", "daily_2_plus"),
                ("other_vegetables", "daily_2_plus"),
                ("milk_yogurt", "daily_1"),
                ("fish", "weekly_3_6"),
                ("meat_eggs", "weekly_3_6"),
                ("chocolate", "weekly_1_2"),
                ("coffee_tea", "daily_1"),
                ("breakfast_cereal", "never"),
                ("mixed_dishes", "weekly_1_2"),
                ("snacks_sweets", "weekly_1_2"),
            ]),
        ),
        (
            "refined low-income woman",
            person(28, Sex::Female),
            answers(&[
                ("nuts_seeds", "never"),
                ("leafy_greens", "never"),
                ("legumes", "weekly_1_2"),
                ("wholegrain_bread", "never"),
                ("whole_grains", "never"),
                ("refined_grains", "daily_2_plus"),
                ("potatoes", "weekly_3_6"),
                ("fruit", "weekly_1_2"),
                ("other_vegetables", "weekly_1_2"),
                ("milk_yogurt", "weekly_3_6"),
                ("fish", "never"),
                ("meat_eggs", "daily_1"),
                ("chocolate", "weekly_1_2"),
                ("coffee_tea", "daily_1"),
                ("breakfast_cereal", "weekly_3_6"),
                ("mixed_dishes", "daily_1"),
                ("snacks_sweets", "daily_1"),
            ]),
        ),
        (
            "high-nut man",
            person(50, Sex::Male),
            answers(&[
                ("nuts_seeds", "daily_2_plus"),
                ("leafy_greens", "weekly_3_6"),
                ("legumes", "weekly_3_6"),
                ("wholegrain_bread", "daily_1"),
                ("whole_grains", "weekly_3_6"),
                ("refined_grains", "weekly_3_6"),
                ("potatoes", "weekly_1_2"),
                ("fruit", "daily_1"),
                ("other_vegetables", "daily_1"),
                ("milk_yogurt", "daily_1"),
                ("fish", "weekly_1_2"),
                ("meat_eggs", "daily_1"),
                ("chocolate", "weekly_3_6"),
                ("coffee_tea", "daily_2_plus"),
                ("breakfast_cereal", "weekly_1_2"),
                ("mixed_dishes", "weekly_1_2"),
                ("snacks_sweets", "weekly_1_2"),
            ]),
        ),
        (
            "child of 7",
            person(7, Sex::Female),
            answers(&[
                ("nuts_seeds", "weekly_1_2"),
                ("leafy_greens", "never"),
                ("legumes", "weekly_1_2"),
                ("wholegrain_bread", "weekly_1_2"),
                ("whole_grains", "weekly_1_2"),
                ("refined_grains", "daily_1"),
                ("potatoes", "weekly_3_6"),
                ("fruit", "daily_1"),
                ("other_vegetables", "weekly_3_6"),
                ("milk_yogurt", "daily_2_plus"),
                ("fish", "weekly_1_2"),
                ("meat_eggs", "daily_1"),
                ("chocolate", "weekly_1_2"),
                ("coffee_tea", "never"),
                ("breakfast_cereal", "daily_1"),
                ("mixed_dishes", "weekly_3_6"),
                ("snacks_sweets", "weekly_3_6"),
            ]),
        ),
        (
            "pregnant woman",
            pregnant,
            answers(&[
                ("nuts_seeds", "weekly_1_2"),
                ("leafy_greens", "weekly_1_2"),
                ("legumes", "weekly_1_2"),
                ("wholegrain_bread", "weekly_3_6"),
                ("whole_grains", "weekly_3_6"),
                ("refined_grains", "daily_1"),
                ("potatoes", "weekly_3_6"),
                ("fruit", "daily_1"),
                ("other_vegetables", "daily_1"),
                ("milk_yogurt", "daily_1"),
                ("fish", "weekly_1_2"),
                ("meat_eggs", "daily_1"),
                ("chocolate", "weekly_1_2"),
                ("coffee_tea", "weekly_3_6"),
                ("breakfast_cereal", "weekly_3_6"),
                ("mixed_dishes", "weekly_1_2"),
                ("snacks_sweets", "weekly_3_6"),
            ]),
        ),
        (
            "older man",
            person(75, Sex::Male),
            answers(&[
                ("nuts_seeds", "weekly_1_2"),
                ("leafy_greens", "weekly_1_2"),
                ("legumes", "weekly_1_2"),
                ("wholegrain_bread", "daily_1"),
                ("whole_grains", "weekly_3_6"),
                ("refined_grains", "weekly_3_6"),
                ("potatoes", "weekly_3_6"),
                ("fruit", "daily_1"),
                ("other_vegetables", "daily_1"),
                ("milk_yogurt", "daily_1"),
                ("fish", "weekly_1_2"),
                ("meat_eggs", "daily_1"),
                ("chocolate", "never"),
                ("coffee_tea", "daily_2_plus"),
                ("breakfast_cereal", "weekly_3_6"),
                ("mixed_dishes", "weekly_1_2"),
                ("snacks_sweets", "weekly_1_2"),
            ]),
        ),
    ]
}

/// Each described diet's typical value lies within the published middle 9
/// in 10 of usual intake for its sex (CSFII 1994; children under 9 are not
/// in that table and are checked against their own RDA's neighbourhood),
/// and the plant-rich diets come out above the typical US diet.
#[test]
fn described_diets_give_plausible_typical_values() {
    let mut typical = std::collections::BTreeMap::new();
    for (name, who, answers) in described_diets() {
        let reference = reference_for(&who, Standard::Iom1997).unwrap();
        let a = assess_estimate(&answers, &who, 0.0, 0.0, 0.0, &reference);
        println!(
            "{name}: typical {:.0} mg, 8 in 10 between {:.0} and {:.0}; chance short {:.2}",
            a.total_mg.typical,
            a.total_mg.low,
            a.total_mg.high,
            a.chance.unwrap().value()
        );
        if who.age.years() >= 9 {
            assert!(a.unusual.is_none(), "{name}: {:.0} mg is flagged", a.total_mg.typical);
        } else {
            assert!((100.0..300.0).contains(&a.total_mg.typical), "{name}: {:?}", a.total_mg);
        }
        typical.insert(name, a.total_mg.typical);
    }
    assert!(typical["vegan man"] > typical["older man"]);
    assert!(typical["Mediterranean woman"] > typical["typical US woman"]);
    assert!(typical["typical US woman"] > typical["refined low-income woman"]);
    assert!(typical["high-nut man"] > typical["older man"]);
}

/// Computing the distribution is fast enough for every tap: natively well
/// under a millisecond per call in release, a few in debug (the bench
/// measures the wasm).
#[test]
fn the_model_is_computed_for_every_pattern_without_sampling() {
    let woman = person(34, Sex::Female);
    let a = UsualIntake::for_answers(&all("daily_2_plus"), &woman, 0.0);
    let b = UsualIntake::for_answers(&all("daily_2_plus"), &woman, 0.0);
    assert_eq!(a, b, "the same answers give the same distribution");
    assert!(a.percentile(0.1) < a.percentile(0.5) && a.percentile(0.5) < a.percentile(0.9));
}
