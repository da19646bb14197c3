//! Share links: round trips for any valid inputs, and hostile fragments.
//! (The million-fragment fuzz run is `cargo run --release --example fuzz_share`.)

use magnesium_calculator::model::food_table::FoodId;
use magnesium_calculator::model::share::{
    decode, encode, AgeGiven, SharedEntry, SharedInputs, SharedWater, MAX_NAME_BYTES,
};
use magnesium_calculator::model::{Condition, InfantFeeding, Sex, Standard};
use magnesium_calculator::ui::i18n::Lang;
use proptest::prelude::*;

/// A refused link gets the reader's message, in every language.
fn explained(e: &magnesium_calculator::model::share::ShareError) -> bool {
    Lang::ALL.iter().all(|lang| !lang.messages().link_error(e).is_empty())
}

fn amount() -> impl Strategy<Value = u64> {
    1u64..=100_000_000
}

fn name() -> impl Strategy<Value = String> {
    // Printable text that fits the limit, as the encoder would keep it.
    "[^\\p{Cc}]{0,20}".prop_map(|s| {
        let mut end = s.len().min(MAX_NAME_BYTES);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s[..end].to_string()
    })
}

fn entry() -> impl Strategy<Value = SharedEntry> {
    prop_oneof![
        (any::<u32>(), any::<u32>(), amount(), any::<bool>()).prop_map(
            |(id, seq, amount_milli, in_grams)| SharedEntry::FoodPortion {
                food: FoodId(id),
                seq,
                amount_milli,
                in_grams
            }
        ),
        (any::<u32>(), amount())
            .prop_map(|(id, grams_milli)| SharedEntry::FoodGrams { food: FoodId(id), grams_milli }),
        (any::<bool>(), amount(), name()).prop_map(|(medicine, mg_milli, name)| {
            SharedEntry::Elemental { medicine, mg_milli, name }
        }),
        (any::<bool>(), any::<u32>(), amount(), name()).prop_map(
            |(medicine, form, compound_mg_milli, name)| SharedEntry::Compound {
                medicine,
                form,
                compound_mg_milli,
                name
            }
        ),
    ]
}

fn inputs() -> impl Strategy<Value = SharedInputs> {
    (
        prop::option::of((0u64..=126 * 12 * 1000, any::<bool>())),
        prop::sample::select(vec![Sex::Female, Sex::Male]),
        prop::sample::select(vec![Condition::None, Condition::Pregnant, Condition::Breastfeeding]),
        prop::sample::select(vec![
            None,
            Some(InfantFeeding::BreastFed),
            Some(InfantFeeding::FormulaFed),
        ]),
        prop::sample::select(Standard::ALL.to_vec()),
        prop::collection::vec(prop::collection::vec(entry(), 0..12), 0..5),
        (
            any::<bool>(),
            prop::option::of((0u64..=10_000, 0u64..=1_000_000, any::<bool>())),
            prop::collection::vec((0u32..40, 0u32..8), 0..20),
            // Distinct codes (a link carries each once), known or not.
            prop::collection::btree_set(0u32..40, 0..10),
        ),
    )
        .prop_map(
            |(
                age,
                sex,
                condition,
                feeding,
                standard,
                days,
                (estimate, water, answers, medicines),
            )| {
                SharedInputs {
                    age_milli: age.map(|(a, months)| {
                        (a, if months { AgeGiven::Months } else { AgeGiven::Years })
                    }),
                    sex,
                    condition,
                    feeding,
                    standard,
                    days,
                    estimate,
                    water: water.map(|(litres_milli, mg_per_litre_milli, bottled)| SharedWater {
                        litres_milli,
                        mg_per_litre_milli,
                        bottled,
                    }),
                    answers,
                    medicines: medicines.into_iter().collect(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_valid_inputs_round_trip_exactly(inputs in inputs()) {
        let link = encode(&inputs);
        let decoded = decode(&link).unwrap();
        prop_assert!(decoded.ignored.is_empty());
        prop_assert_eq!(decoded.inputs, inputs);
    }

    #[test]
    fn mutated_links_never_panic(inputs in inputs(), edits in prop::collection::vec((any::<prop::sample::Index>(), any::<char>()), 1..6)) {
        let mut chars: Vec<char> = encode(&inputs).chars().collect();
        for (at, c) in edits {
            let i = at.index(chars.len());
            chars[i] = c;
        }
        let mutated: String = chars.into_iter().collect();
        match decode(&mutated) {
            Ok(d) => prop_assert!(d.inputs.days.len() <= 14),
            Err(e) => prop_assert!(explained(&e)),
        }
    }

    #[test]
    fn any_string_gets_inputs_or_a_reason(text in ".{0,300}") {
        if let Err(e) = decode(&text) {
            prop_assert!(explained(&e));
        }
    }
}

#[test]
fn a_full_week_stays_well_under_the_length_limit() {
    let day: Vec<SharedEntry> = (0..12)
        .map(|i| SharedEntry::FoodPortion {
            food: FoodId(11000 + i),
            seq: 1,
            amount_milli: 1500,
            in_grams: false,
        })
        .chain([SharedEntry::Elemental {
            medicine: false,
            mg_milli: 400_000,
            name: "Magnesium glycinate".into(),
        }])
        .collect();
    let inputs = SharedInputs {
        age_milli: Some((34_000, AgeGiven::Years)),
        days: vec![day; 7],
        ..Default::default()
    };
    let link = encode(&inputs);
    assert!(link.len() < 1_000, "{} characters", link.len());
}
