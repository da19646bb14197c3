//! Decodes at least 1,000,000 random and mutated share-link fragments and
//! prints how many, and how many panicked (must be 0). A separate command from
//! the quick tests: `cargo run --release --example fuzz_share [COUNT]`.

use magnesium_calculator::model::food_table::FoodId;
use magnesium_calculator::model::share::{
    decode, encode, fragment_from_payload, payload_of, AgeGiven, SharedEntry, SharedInputs,
    SharedWater,
};
use magnesium_calculator::model::{Condition, InfantFeeding, Sex, Standard};
use std::panic;
use std::time::Instant;

/// xorshift64*: small, deterministic, no dependencies.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn valid_link(rng: &mut Rng) -> String {
    let days = (0..rng.below(4))
        .map(|_| {
            (0..rng.below(10))
                .map(|_| match rng.below(4) {
                    0 => SharedEntry::FoodPortion {
                        food: FoodId(rng.below(99_999) as u32),
                        seq: rng.below(20) as u32,
                        amount_milli: 1 + rng.below(10_000),
                        in_grams: rng.below(2) == 1,
                    },
                    1 => SharedEntry::FoodGrams {
                        food: FoodId(rng.below(99_999) as u32),
                        grams_milli: 1 + rng.below(1_000_000),
                    },
                    2 => SharedEntry::Elemental {
                        medicine: rng.below(2) == 1,
                        mg_milli: 1 + rng.below(1_000_000),
                        name: "Mg".into(),
                    },
                    _ => SharedEntry::Compound {
                        medicine: false,
                        form: rng.below(22) as u32,
                        compound_mg_milli: 1 + rng.below(1_000_000),
                        name: String::new(),
                    },
                })
                .collect()
        })
        .collect();
    encode(&SharedInputs {
        age_milli: Some((
            rng.below(100_000),
            if rng.below(2) == 0 { AgeGiven::Years } else { AgeGiven::Months },
        )),
        sex: [Sex::Female, Sex::Male][rng.below(2) as usize],
        condition: [Condition::None, Condition::Pregnant, Condition::Breastfeeding]
            [rng.below(3) as usize],
        feeding: [None, Some(InfantFeeding::BreastFed), Some(InfantFeeding::FormulaFed)]
            [rng.below(3) as usize],
        standard: Standard::ALL[rng.below(6) as usize],
        days,
        estimate: rng.below(2) == 1,
        water: (rng.below(2) == 1).then(|| SharedWater {
            litres_milli: rng.below(10_001),
            mg_per_litre_milli: rng.below(1_000_001),
            bottled: rng.below(2) == 1,
        }),
        answers: (0..rng.below(20)).map(|_| (rng.below(20) as u32, rng.below(6) as u32)).collect(),
        medicines: (1..=10).filter(|_| rng.below(3) == 0).collect(),
    })
}

fn fragment(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "mc1.",
        "mc2.",
        "#",
        "%",
        "%E0%A4",
        "=",
        "A",
        "_",
        "-",
        "é",
        "\u{0}",
        "<script>",
        "\u{1F34C}",
        " ",
    ];
    match rng.below(6) {
        // A valid link's payload with a few bytes changed, inserted or cut, re-encoded:
        // this reaches the decoder's structure behind the base64 layer.
        4 | 5 => {
            let mut bytes = payload_of(&valid_link(rng)).unwrap_or_default();
            for _ in 0..1 + rng.below(3) {
                let i = rng.below(bytes.len() as u64 + 1) as usize;
                match rng.below(4) {
                    0 | 1 if i < bytes.len() => bytes[i] = rng.next() as u8,
                    2 => bytes.insert(i, rng.next() as u8),
                    _ => bytes.truncate(i),
                }
            }
            fragment_from_payload(&bytes)
        }
        // A valid link with a few characters changed, inserted or cut.
        0 | 1 => {
            let mut chars: Vec<char> = valid_link(rng).chars().collect();
            for _ in 0..1 + rng.below(4) {
                let i = rng.below(chars.len() as u64 + 1) as usize;
                match rng.below(3) {
                    0 if i < chars.len() => {
                        chars[i] = char::from_u32(rng.below(0x2FFF) as u32).unwrap_or('?')
                    }
                    1 => chars.insert(i, char::from(b"ABCxyz09-_.#%"[rng.below(13) as usize])),
                    _ => chars.truncate(i),
                }
            }
            chars.into_iter().collect()
        }
        // Random pieces and random bytes.
        2 => (0..rng.below(30)).map(|_| PIECES[rng.below(PIECES.len() as u64) as usize]).collect(),
        _ => {
            let bytes: Vec<u8> = (0..rng.below(200)).map(|_| rng.next() as u8).collect();
            format!("mc1.{}", String::from_utf8_lossy(&bytes))
        }
    }
}

fn main() {
    let count: u64 = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    panic::set_hook(Box::new(|_| {})); // counted below instead of printed
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut panics, mut decoded, mut refused) = (0u64, 0u64, 0u64);
    let start = Instant::now();
    for _ in 0..count {
        let text = fragment(&mut rng);
        match panic::catch_unwind(|| decode(&text)) {
            Ok(Ok(_)) => decoded += 1,
            Ok(Err(_)) => refused += 1,
            Err(_) => panics += 1,
        }
    }
    // One megabyte of garbage, too.
    let garbage: String = (0..1 << 20).map(|_| char::from(b'A' + (rng.below(26) as u8))).collect();
    if panic::catch_unwind(|| decode(&garbage)).is_err() {
        panics += 1;
    }
    println!(
        "fuzz_share: {} fragments decoded ({decoded} read, {refused} refused with a reason) + 1 MB of garbage, {panics} panics, {:.1} s",
        count,
        start.elapsed().as_secs_f64()
    );
    if panics > 0 {
        std::process::exit(1);
    }
}
