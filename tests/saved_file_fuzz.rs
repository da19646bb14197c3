//! Damaged and hostile files thrown at "Open a saved log": the reader must
//! get an answer (the inputs, or why not), never a panic. 100,000 cases:
//! 50,000 arbitrary texts and 50,000 mutations of a real saved file.
#![cfg(not(target_arch = "wasm32"))]

use magnesium_calculator::model::food_table::FoodId;
use magnesium_calculator::model::saved_file::{from_json, to_json};
use magnesium_calculator::model::share::{AgeGiven, SharedEntry, SharedInputs};
use proptest::prelude::*;

fn saved() -> String {
    to_json(&SharedInputs {
        age_milli: Some((61_000, AgeGiven::Years)),
        days: vec![vec![
            SharedEntry::FoodGrams { food: FoodId(9040), grams_milli: 118_000 },
            SharedEntry::Elemental { medicine: true, mg_milli: 400_000, name: "Antacid".into() },
        ]],
        answers: vec![(1, 3)],
        ..SharedInputs::default()
    })
}

/// One change to a file: a byte replaced, bytes cut out, bytes inserted.
#[derive(Debug, Clone)]
enum Mutation {
    Replace(usize, u8),
    Cut(usize, usize),
    Insert(usize, Vec<u8>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Replace(at, b)),
        (any::<usize>(), 1usize..40).prop_map(|(at, n)| Mutation::Cut(at, n)),
        (any::<usize>(), proptest::collection::vec(any::<u8>(), 1..20))
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(50_000))]

    #[test]
    fn any_text_is_answered_without_a_panic(text in any::<String>()) {
        let _ = from_json(&text);
    }

    #[test]
    fn a_damaged_saved_file_is_answered_without_a_panic(mutations in proptest::collection::vec(mutation(), 1..4)) {
        let mut bytes = saved().into_bytes();
        for m in mutations {
            let len = bytes.len().max(1);
            match m {
                Mutation::Replace(at, b) => { let at = at % len; if at < bytes.len() { bytes[at] = b; } }
                Mutation::Cut(at, n) => { let at = at % len; let end = (at + n).min(bytes.len()); bytes.drain(at.min(end)..end); }
                Mutation::Insert(at, new) => { let at = at % (bytes.len() + 1); bytes.splice(at..at, new); }
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(decoded) = from_json(&text) {
            // Whatever opens is inputs the calculator can save again.
            prop_assert!(from_json(&to_json(&decoded.inputs)).is_ok());
        }
    }
}
