//! The tables' checks: every text in every language, placeholders alike,
//! language files that read back, every composed line filled.

use proptest::prelude::*;

/// The wasm has English only and reads the others from the files the
/// build writes: every text must come back in its place.
#[test]
fn every_language_file_reads_back_to_the_same_table() {
    for lang in Lang::ALL {
        let file = language_file(lang.messages());
        let read = read_language_file(lang, &file).unwrap();
        assert_eq!(read.all(), lang.messages().all(), "{}", lang.code());
        assert_eq!(read.food_names, lang.messages().food_names, "{}", lang.code());
        assert!(read.food_names.len() >= 300, "{}: the everyday names travel too", lang.code());
        assert_eq!(read.lang, lang);
    }
}

#[test]
fn a_language_file_of_another_language_or_build_is_refused() {
    let file = language_file(&DE);
    assert!(read_language_file(Lang::Fr, &file).is_err(), "German texts taken as French");
    let older = file.replacen(env!("CARGO_PKG_VERSION"), "0.0.1", 1);
    assert!(read_language_file(Lang::De, &older).is_err(), "another release's file taken");
    let short: String = file.lines().take(40).map(|l| format!("{l}\n")).collect();
    assert!(read_language_file(Lang::De, &short).is_err(), "a cut file taken");
    let lines = file.lines().count();
    let no_last_name: String = file.lines().take(lines - 1).map(|l| format!("{l}\n")).collect();
    assert!(read_language_file(Lang::De, &no_last_name).is_err(), "a file cut in the names taken");
    let bad_id = file.replacen("\n12061\t", "\nx12061\t", 1);
    assert!(read_language_file(Lang::De, &bad_id).is_err(), "a damaged food id taken");
    assert!(read_language_file(Lang::De, "").is_err());
    assert!(read_language_file(Lang::De, "garbage\n\u{0}\\").is_err());
}

#[test]
fn a_table_needs_every_text_and_no_more() {
    let texts: Vec<&'static str> = DE.all().into_iter().map(|(_, t)| t).collect();
    assert!(Messages::from_texts(Lang::De, &texts, DE.food_names).is_some());
    assert!(Messages::from_texts(Lang::De, &texts[1..], DE.food_names).is_none(), "one text short");
    let longer = [texts.as_slice(), &["one more"]].concat();
    assert!(Messages::from_texts(Lang::De, &longer, DE.food_names).is_none(), "one text over");
    // The standards' names and notes are the last twelve, in pairs.
    let read = Messages::from_texts(Lang::De, &texts, DE.food_names).unwrap();
    assert_eq!(read.standard_names, DE.standard_names);
    assert_eq!(read.standard_notes, DE.standard_notes);
}

proptest! {
    /// Any text, line breaks and backslashes included, survives the file.
    #[test]
    fn any_text_survives_a_language_file(text in any::<String>(), name in any::<String>()) {
        let text: &'static str = Box::leak(text.into_boxed_str());
        let name: &'static str = Box::leak(name.into_boxed_str());
        let mut texts: Vec<&'static str> = ES.all().into_iter().map(|(_, t)| t).collect();
        texts[3] = text;
        let names = FoodNames(Box::leak(vec![(9040, "Plátano"), (12061, name)].into_boxed_slice()));
        let messages = Messages::from_texts(Lang::Es, &texts, names).unwrap();
        let read = read_language_file(Lang::Es, &language_file(&messages)).unwrap();
        prop_assert_eq!(read.all()[3].1, text);
        prop_assert_eq!(read.food_names.get(FoodId(12061)), Some(name));
    }
}

#[test]
fn fill_replaces_each_placeholder_and_leaves_the_rest() {
    assert_eq!(fill("{n} mg", &[("n", "5")]), "5 mg");
    assert_eq!(fill("{a}–{b} mg, {a}", &[("a", "1"), ("b", "2")]), "1–2 mg, 1");
    assert_eq!(fill("{missing} {n}", &[("n", "5")]), "{missing} 5");
    assert_eq!(fill("{ unclosed", &[("n", "5")]), "{ unclosed");
    assert_eq!(fill("{n}", &[("n", "{n}")]), "{n}", "a value is not filled again");
    assert_eq!(fill("Größe: {n} µg", &[("n", "ä")]), "Größe: ä µg");
}

use super::*;
use std::collections::BTreeSet;

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

/// Messages that are rightly the same in another language (names, symbols, abbreviations).
const SAME_IN_SOME_LANGUAGES: &[&str] = &[
    "total",
    "portion",
    "sources",
    "supplement_kind",
    "elemental_mg",
    "rda_short",
    "ai_short",
    "rni_short",
    "standard_names[FAO-WHO-2004]",
    // Templates made of numbers, units and names only.
    "mg_amount",
    "amount_preview",
    "portion_option",
    "times_portion",
    "portion_weight",
    "compound_unit",
    "form_option",
    "pick_serving",
    "suggestion_one",
    "suggestion_many",
    "source_line",
    "verdict_few_days",
    "chart_upper",
    "list_separator",
    "chart_text_end",
    "bottled_example",
    "scale_entry",
    "scale_separator",
    "chart_value",
];

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let english = EN.all();
    for lang in Lang::ALL {
        let t = lang.messages();
        assert_eq!(t.lang, lang, "the {lang:?} table says it is {:?}", t.lang);
        let all = t.all();
        assert_eq!(all.len(), english.len());
        for ((name, text), (_, english_text)) in all.iter().zip(&english) {
            assert!(!text.trim().is_empty(), "{lang:?}: {name} is empty");
            assert_eq!(
                placeholders(text),
                placeholders(english_text),
                "{lang:?}: {name} has other placeholders than English"
            );
            if lang != Lang::En && text == english_text {
                assert!(
                    SAME_IN_SOME_LANGUAGES.contains(&name.as_str()),
                    "{lang:?}: {name} is still in English: {text:?}"
                );
            }
        }
    }
}

/// Every composing function, with every variant it has, in every
/// language: no `{placeholder}` may be left in what a reader sees.
#[test]
fn every_composed_line_is_filled_in_every_language() {
    use crate::model::assessment::assess;
    use crate::model::food_table::{DecodeError, FoodId};
    use crate::model::intake::{Intake, NonFoodEntry, NonFoodKind};
    use crate::model::suggest::Candidate;
    use crate::model::supplement::bundled_forms;
    use crate::model::{reference_for, Entry, Person};

    let adult = Person::new(Age::from_whole_months(34 * 12), Sex::Female);
    let references: Vec<ReferenceValue> =
        Standard::ALL.iter().filter_map(|s| reference_for(&adult, *s).ok()).collect();
    let form = &bundled_forms()[0];
    let supplement = NonFoodEntry::elemental(NonFoodKind::Supplement, "Mg", 900.0).unwrap();
    let suggestions = [1, 2].map(|portions| Suggestion {
        candidate: Candidate {
            food_id: FoodId(12061),
            name: "Almonds".into(),
            portion: "1 oz".into(),
            mg_per_portion: 80.0,
            common: true,
        },
        portions,
        magnesium_mg: 160.0,
        percent_of_gap: 50.0,
    });
    let no_references = [
        NoReference::AgeNotCovered { standard: Standard::Efsa2015, youngest: adult.age },
        NoReference::ConditionNotCovered {
            standard: Standard::UkComa1991,
            condition: Condition::Pregnant,
        },
        NoReference::ConditionNotCovered {
            standard: Standard::UkComa1991,
            condition: Condition::Breastfeeding,
        },
        NoReference::NeedsInfantFeeding { breast_fed_mg: 26.0, formula_fed_mg: 36.0 },
        NoReference::ConditionNeedsFemale,
    ];
    let input_errors = [
        InputError::Number(NumberError::Empty),
        InputError::Number(NumberError::NotANumber),
        InputError::Age(AgeError::NotANumber),
        InputError::Age(AgeError::Negative),
        InputError::Age(AgeError::TooOld),
        InputError::Amount(AmountError::NotANumber),
        InputError::Amount(AmountError::NotPositive),
        InputError::Amount(AmountError::TooLarge { max: 10_000.0 }),
    ];
    let load_errors = [
        FoodTableError::Network,
        FoodTableError::Status(404),
        FoodTableError::Interrupted,
        FoodTableError::Damaged(DecodeError::Truncated),
    ];
    let link_errors = [
        ShareError::NotALink,
        ShareError::UnsupportedVersion,
        ShareError::TooLong,
        ShareError::Damaged("x"),
    ];
    let verdicts = [
        Verdict::NothingRecorded,
        Verdict::BelowEar,
        Verdict::BetweenEarAndRda,
        Verdict::AtOrAboveRda,
        Verdict::AtOrAboveAi,
        Verdict::BelowAiNoConclusion,
        Verdict::AtOrAboveRni,
        Verdict::BelowRni,
    ];
    for lang in Lang::ALL {
        let t = lang.messages();
        let mut lines = vec![
            t.percent(12.0),
            t.mg(12.0),
            t.day_n(2),
            t.average_of_days(3),
            t.gap_line(100.0),
            t.daily_value(420.0),
            t.no_extra_in_pregnancy("D-A-CH"),
            t.mg_per_100g(270),
            t.amount_preview(157.0),
            t.portion_option("1 cup", 180.0),
            t.times_portion("1 cup"),
            t.portion_weight(180.0),
            t.compound_unit(form),
            t.form_option(form),
            t.form_note(form),
            t.portion_of("Spinach"),
            t.amount_of("Spinach"),
            t.remove_named("Spinach"),
            t.add_named("Spinach"),
            t.add_around_name().0,
            t.add_around_name().1,
            t.removed_named("Spinach"),
            t.pick_serving("1 oz", 80.0),
            t.source_line("x", "y"),
            t.restore_left_out(2),
            t.restore_foods_failed(2),
            t.summary_line("1", "2", "RDA"),
            t.serving_is("1 oz"),
            t.questions_left(3, 17),
            t.water_summary(12.0),
            t.csv_day_total(2),
            t.questionnaire_folded(17),
            t.more_contributions(4),
            t.bottled_example("Evian", 24.0),
            t.water_and_upper_level(Standard::Efsa2015, true),
            t.water_and_upper_level(Standard::Iom1997, false),
            t.estimate_range(Spread { low: 1.0, typical: 2.0, high: 3.0 }),
            t.share_of_total(23.0),
            t.food_added("Spinach", 157.0),
            t.empty_days_left_out(1, 3),
            t.chart_value("RDA", 320.0),
            t.answer_scale(&[("1–2/wk", "1-2 a week"), ("Daily", "Once a day")]),
            t.raise_line("Nuts", 77.0),
            t.conversion(500.0, 60.3, "MgO", "302"),
            t.age_text(Age::from_whole_months(5)),
            t.age_text(Age::from_whole_months(18)),
            t.age_text(Age::from_whole_months(24)),
        ];
        for condition in [Condition::None, Condition::Pregnant, Condition::Breastfeeding] {
            lines.push(t.person_line(Sex::Male, adult.age, condition));
        }
        for r in &references {
            let (before, number, after) = t.reference_line(r);
            lines.extend([before, number, after, t.percent_of(r.kind)]);
            for intake in
                [Intake::default(), Intake::one_day(vec![Entry::NonFood(supplement.clone())])]
            {
                let a = assess(&intake, r);
                lines.push(t.chart_description(&a));
                if let Some(ul) = a.upper_level {
                    for includes_water in [false, true] {
                        let check = UpperLevelCheck { includes_water, ..ul };
                        lines.push(t.upper_level_warning(&check));
                        lines.push(t.upper_level_line(&check));
                    }
                }
            }
            for verdict in [
                EstimateVerdict::NothingAnswered,
                EstimateVerdict::ShortfallUnlikely,
                EstimateVerdict::ShortfallOpen,
                EstimateVerdict::ShortfallLikely,
                EstimateVerdict::ReachesLikely,
                EstimateVerdict::ReachesOpen,
                EstimateVerdict::ReachesUnlikely,
            ] {
                lines.push(t.estimate_verdict(verdict, r.kind).to_string());
            }
            for p in [0.01, 0.5, 0.99] {
                lines.push(t.estimate_chance(Chance::BelowRequirement(p), r));
                lines.push(t.estimate_chance(Chance::ReachesReference(p), r));
            }
            let mut answers = crate::model::questionnaire::Answers::default();
            answers.set(0, 3);
            let estimate =
                crate::model::assessment::assess_estimate(&answers, &adult, 30.0, 400.0, 400.0, r);
            lines.push(t.chart_estimate_description(&estimate));
        }
        for percentiles in [Sex::Female, Sex::Male].map(|sex| {
            usual_intake::percentiles_for(&crate::model::Person::new(adult.age, sex)).unwrap()
        }) {
            for below in [true, false] {
                lines.push(t.unusual_note(&Unusual { percentiles, below }));
            }
        }
        lines.extend(suggestions.iter().map(|s| t.suggestion(s)));
        lines.extend(no_references.iter().map(|n| t.no_reference(n)));
        lines.extend(input_errors.iter().map(|e| t.input_error(e)));
        lines.extend(load_errors.iter().map(|e| t.food_table_error(e)));
        lines.extend(link_errors.iter().map(|e| t.link_error(e)));
        for verdict in verdicts {
            lines.extend([t.verdict(verdict, 1), t.verdict(verdict, 3)]);
        }
        for line in &lines {
            assert!(!line.contains('{') && !line.contains('}'), "{lang:?}: unfilled {line:?}");
        }
    }
}

#[test]
fn the_language_comes_from_the_element_or_page_then_the_browser_then_english() {
    assert_eq!(Lang::resolve(Some("de"), ["fr"]), Lang::De);
    assert_eq!(Lang::resolve(Some("de-AT"), []), Lang::De);
    assert_eq!(Lang::resolve(None, ["it-IT", "es-MX", "en"]), Lang::Es);
    assert_eq!(
        Lang::resolve(Some("it"), ["fr-CA"]),
        Lang::Fr,
        "an unsupported page language falls through to the browser"
    );
    assert_eq!(Lang::resolve(Some(""), ["ja"]), Lang::En);
    assert_eq!(Lang::resolve(None, []), Lang::En);
}

#[test]
fn numbers_use_the_languages_decimal_mark() {
    assert_eq!(EN.number(1.5), "1.5");
    assert_eq!(DE.number(1.5), "1,5");
    assert_eq!(FR.number(60.3), "60,3");
    assert_eq!(ES.number(2.0), "2");
    assert_eq!(
        DE.conversion(500.0, 60.3, "MgO", "302"),
        "500 mg × 60,3 % (MgO) = 302 mg Magnesium"
    );
}

#[test]
fn templates_are_filled() {
    assert_eq!(EN.summary_line("713", "223", "RDA"), "Total 713 mg, 223% of your RDA.");
    assert_eq!(EN.age_text(Age::from_whole_months(18)), "1 y 6 mo");
    assert_eq!(DE.age_text(Age::from_whole_months(34 * 12)), "34 J.");
}
