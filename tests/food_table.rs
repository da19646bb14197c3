//! The USDA food table: build step, compact file, decoder, search and quick picks.

use magnesium_calculator::model::food_table::{DecodeError, FoodId, FoodTable, FoodTableDecoder};
use magnesium_calculator::model::quick_picks::quick_picks;
use magnesium_calculator::model::search::SearchIndex;
use proptest::prelude::*;
use std::collections::HashSet;
use std::sync::OnceLock;

const FOODS_CSV: &str = include_str!("../data/usda/foods.csv");
const PORTIONS_CSV: &str = include_str!("../data/usda/portions.csv");

/// The table as the widget gets it: CSV → encoded file → decoded.
fn table() -> &'static FoodTable {
    static TABLE: OnceLock<FoodTable> = OnceLock::new();
    TABLE.get_or_init(|| FoodTable::decode(&encoded()).expect("the encoded table decodes"))
}

fn encoded() -> Vec<u8> {
    FoodTable::from_csv(FOODS_CSV, PORTIONS_CSV).expect("the CSVs parse").encode()
}

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    let favourites: Vec<FoodId> = quick_picks().iter().map(|p| p.food_id).collect();
    INDEX.get_or_init(|| SearchIndex::new(table(), &favourites))
}

#[test]
fn nothing_is_lost_in_the_build_step() {
    let t = table();
    assert_eq!(t.len(), 8050);
    assert_eq!(t.portion_count(), 14_608);
    assert_eq!(t, &FoodTable::from_csv(FOODS_CSV, PORTIONS_CSV).unwrap());
    let ids: HashSet<FoodId> = t.foods().iter().map(|f| f.id).collect();
    assert_eq!(ids.len(), 8050, "ids are unique");
    assert!(t.foods().iter().flat_map(|f| &f.portions).all(|p| p.grams > 0.0));
    assert_eq!(
        t.foods().iter().filter(|f| f.portions.is_empty()).count(),
        227,
        "227 foods have no portion (SOURCE.md)"
    );
    assert_eq!(t.foods().iter().filter(|f| f.in_survey).count(), 3404);
    assert_eq!(t.foods().iter().filter(|f| !f.common_name.is_empty()).count(), 1074);
    assert_eq!(t.foods().iter().map(|f| f.mg_per_100g).max(), Some(781));
    // The largest portion is a 5,717 g whole turkey.
    let largest = t.foods().iter().flat_map(|f| &f.portions).map(|p| p.grams).fold(0.0, f64::max);
    assert_eq!(largest, 5717.0);
}

/// A portion's label and its magnesium in mg, rounded.
type PortionCheck = Option<(&'static str, i64)>;

#[test]
fn source_md_spot_checks_reproduce() {
    // (ndb_id, mg per 100 g, portion label, mg in that portion rounded) from data/usda/SOURCE.md
    let checks: &[(u32, u32, PortionCheck)] = &[
        (12516, 550, Some(("1 oz", 156))),
        (12014, 592, None),
        (11458, 87, Some(("1 cup", 157))),
        (12061, 270, Some(("1 cup, whole", 386))),
        (12563, 279, Some(("1 oz (22 whole kernels)", 79))),
        (16015, 70, Some(("1 cup", 120))),
        (9040, 27, Some(("1 medium (7\" to 7-7/8\" long)", 32))),
        (20037, 39, Some(("1 cup", 79))),
        (20041, 44, None),
        (1117, 17, Some(("1 container (8 oz)", 39))),
        (1077, 10, Some(("1 cup", 24))),
        (12585, 260, Some(("1 oz", 74))),
        (19904, 228, Some(("1 oz", 65))),
        (20137, 64, Some(("1 cup", 118))),
        (15237, 30, Some(("3 oz", 26))),
        (9037, 29, None),
        (12006, 335, Some(("1 oz", 95))),
        (18075, 75, Some(("1 slice", 24))),
        (20045, 12, Some(("1 cup", 19))),
        (11124, 12, None),
    ];
    for &(id, per_100g, portion) in checks {
        let food = table().food(FoodId(id)).unwrap_or_else(|| panic!("food {id:05} is missing"));
        assert_eq!(food.mg_per_100g, per_100g, "{}", food.description);
        if let Some((label, mg)) = portion {
            let p = food.portions.iter().find(|p| p.label() == label).unwrap_or_else(|| {
                panic!("{}: no portion {label:?} in {:?}", food.description, food.portions)
            });
            assert_eq!(
                food.magnesium_mg(p.grams).round() as i64,
                mg,
                "{} {label}",
                food.description
            );
        }
    }
    // Half a cup of boiled spinach: 78 mg (SOURCE.md).
    let spinach = table().food(FoodId(11458)).unwrap();
    assert_eq!(spinach.magnesium_mg(spinach.portion(1).unwrap().grams / 2.0).round(), 78.0);
    assert_eq!(spinach.id.to_string(), "11458");
    assert_eq!(table().food(FoodId(9040)).unwrap().id.to_string(), "09040");
}

#[test]
fn damaged_files_are_refused_with_a_reason() {
    let bytes = encoded();
    assert_eq!(FoodTable::decode(&[]), Err(DecodeError::Truncated));
    assert_eq!(FoodTable::decode(b"<!doctype html>"), Err(DecodeError::NotAFoodTable));
    let mut other_version = bytes.clone();
    other_version[4] = 9;
    assert_eq!(FoodTable::decode(&other_version), Err(DecodeError::UnsupportedVersion(9)));
    for cut in [5, 9, 100, bytes.len() / 2, bytes.len() - 1] {
        assert_eq!(FoodTable::decode(&bytes[..cut]), Err(DecodeError::Truncated), "cut at {cut}");
    }
    let mut flipped = bytes.clone();
    flipped[bytes.len() / 3] ^= 0x20;
    assert_eq!(FoodTable::decode(&flipped), Err(DecodeError::ChecksumMismatch));
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(FoodTable::decode(&longer).is_err());
    assert!(!DecodeError::Truncated.to_string().is_empty());
}

/// The widget's way: a slice of `budget` items per turn of the browser.
fn decode_in_slices(bytes: &[u8], budget: usize) -> Result<FoodTable, DecodeError> {
    let mut decoder = FoodTableDecoder::new(bytes)?;
    while !decoder.step(budget)? {}
    decoder.finish()
}

#[test]
fn decoding_in_slices_reads_the_same_table() {
    let bytes = encoded();
    for budget in [1, 7, 2_000, 100_000] {
        assert!(decode_in_slices(&bytes, budget).as_ref() == Ok(table()), "budget {budget}");
    }
    // Refused the same way, in slices.
    assert_eq!(decode_in_slices(&bytes[..bytes.len() / 2], 100), Err(DecodeError::Truncated));
}

/// The encoded table with bytes of its body overwritten (`edits`: where,
/// what) and the checksum recomputed over the damaged body, so that the
/// parser itself, not only the checksum, meets the damage.
fn damaged(edits: &[(prop::sample::Index, u8)]) -> Vec<u8> {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    let mut bytes = BYTES.get_or_init(encoded).clone();
    for (at, value) in edits {
        let i = 9 + at.index(bytes.len() - 13);
        bytes[i] = *value;
    }
    let body_end = bytes.len() - 4;
    let sum = bytes[9..body_end]
        .iter()
        .fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193));
    bytes[body_end..].copy_from_slice(&sum.to_le_bytes());
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Damaged bytes read in slices of any size give what reading them at once gives.
    #[test]
    fn slices_of_any_size_decode_damaged_bytes_alike(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4), budget in 1usize..5_000) {
        let bytes = damaged(&edits);
        prop_assert_eq!(decode_in_slices(&bytes, budget), FoodTable::decode(&bytes));
    }

    /// Arbitrary damage (with the checksum recomputed, so the parser itself is exercised) never panics.
    #[test]
    fn decoding_damaged_bytes_never_panics(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8), cut in any::<prop::sample::Index>()) {
        let bytes = damaged(&edits);
        let _ = FoodTable::decode(&bytes);
        let _ = FoodTable::decode(&bytes[..cut.index(bytes.len())]);
    }

    #[test]
    fn any_query_is_safe(query in ".{0,200}") {
        let hits = index().search(&query, 20);
        prop_assert!(hits.len() <= 20);
    }
}

fn top(query: &str, n: usize) -> Vec<String> {
    index()
        .search(query, n)
        .iter()
        .map(|h| table().foods()[h.food_index].description.clone())
        .collect()
}

fn first_screen_has(query: &str, wanted: impl Fn(&str) -> bool) {
    let results = top(query, 10);
    assert!(results.iter().any(|d| wanted(d)), "{query:?} first screen:\n{}", results.join("\n"));
}

#[test]
fn relevance_cases_from_the_issue() {
    first_screen_has("spinach boiled", |d| d == "Spinach, cooked, boiled, drained, without salt");
    first_screen_has("pumpkin seeds", |d| {
        d == "Seeds, pumpkin and squash seed kernels, roasted, with salt added"
    });
    first_screen_has("almnd", |d| d.starts_with("Nuts, almonds"));
    first_screen_has("black beans", |d| d.starts_with("Beans, black, mature seeds, cooked"));
    first_screen_has("banana", |d| d == "Bananas, raw");
    // "hot dog" is a common name: SR28 describes them as frankfurters.
    let hot_dogs = index().search("hot dog", 10);
    assert!(!hot_dogs.is_empty());
    for hit in hot_dogs.iter().take(3) {
        let food = &table().foods()[hit.food_index];
        assert!(
            food.common_name.contains("hot dog")
                || food.description.to_lowercase().contains("hot dog"),
            "{food:?}"
        );
    }
}

#[test]
fn case_accents_and_typos_do_not_matter() {
    assert_eq!(top("BANANA", 3), top("banana", 3));
    assert_eq!(top("bánána", 3), top("banana", 3));
    assert_eq!(top("spinach, BOILED", 5), top("spinach boiled", 5));
    first_screen_has("brocoli", |d| d.starts_with("Broccoli"));
    first_screen_has("spinahc", |d| d.starts_with("Spinach"));
    assert_eq!(top("banana", 1), vec!["Bananas, raw".to_string()]);
}

#[test]
fn odd_queries_are_safe_and_find_nothing_or_something_sensible() {
    assert!(index().search("", 10).is_empty());
    assert!(index().search("   \t\n ", 10).is_empty());
    assert!(index().search("🍌🥦", 10).is_empty());
    let long = "spinach ".repeat(1250);
    assert_eq!(long.len(), 10_000);
    first_screen_has(&long, |d| d.starts_with("Spinach"));
    assert!(index().search(&"x".repeat(10_000), 10).is_empty());
    assert!(index().search("zzqqxxvv", 10).is_empty());
}

#[test]
fn quick_picks_match_the_usda_table_and_the_ods_list() {
    let picks = quick_picks();
    assert_eq!(picks.len(), 29);
    for pick in picks {
        let food = table()
            .food(pick.food_id)
            .unwrap_or_else(|| panic!("{} is not in the table", pick.name));
        assert_eq!(food.description, pick.description);
        assert_eq!(food.mg_per_100g, pick.mg_per_100g);
        if let Some(seq) = pick.portion_seq {
            assert_eq!(food.portion(seq).unwrap().grams, pick.portion_grams, "{}", pick.name);
        }
        // Where no note explains a difference, SR28 gives the ODS figure to within rounding.
        let ods: f64 = pick.ods_mg.split('-').next().unwrap().parse().unwrap();
        if pick.note.is_empty() || pick.note.starts_with("2%") {
            assert!(
                (pick.magnesium_mg() - ods).abs() <= 4.0,
                "{}: {} vs ODS {}",
                pick.name,
                pick.magnesium_mg(),
                pick.ods_mg
            );
        }
    }
    assert_eq!(picks[0].magnesium_mg().round(), 156.0, "pumpkin seeds, 1 oz");
}

/// Every word of the reviewed list of food words in Spanish, German and
/// French (data/reference/search_synonyms.csv) leads to SR28 foods that are
/// what it names: a top-3 result holds the English word's stem.
#[test]
fn every_search_synonym_finds_the_foods_it_names() {
    use magnesium_calculator::model::synonyms::{synonyms, to_english};
    for s in synonyms() {
        let query = to_english(s.lang, &s.words.join(" "));
        assert_eq!(query, s.english, "{} {:?} is read as {query:?}", s.lang, s.words);
        let hits = index().search(&query, 3);
        let stem: String = s.english.split([' ', '-']).next().unwrap().chars().take(4).collect();
        let names: Vec<String> =
            hits.iter().map(|h| table().foods()[h.food_index].description.to_lowercase()).collect();
        assert!(
            names.iter().any(|n| n.contains(&stem.to_lowercase())),
            "{} {:?} -> {query:?}: {names:?}",
            s.lang,
            s.words
        );
    }
}

/// The portion offered first is the one a person most likely means, over
/// everyday foods and every quick pick: (NDB number, the unit's first word).
#[test]
fn the_default_portion_is_the_one_a_person_means() {
    let expected: &[(u32, &str)] = &[
        // Fruit: one medium fruit (or the fruit itself).
        (9040, "medium"),
        (9003, "medium"),
        (9200, "fruit"),
        (9037, "avocado"),
        (9206, "cup"),
        (9298, "oz"),
        // Milk and yogurt by the cup or pot, cheese by the slice, eggs large.
        (1077, "cup"),
        (1079, "cup"),
        (1117, "container"),
        (1009, "slice"),
        (1123, "large"),
        (16120, "cup"),
        (16139, "cup"),
        // Bread by the slice; grains and legumes by the cup.
        (18075, "slice"),
        (18069, "slice"),
        (20045, "cup"),
        (20037, "cup"),
        (20121, "cup"),
        (8180, "cup"),
        (20137, "cup"),
        (16015, "cup"),
        (16034, "cup"),
        (16070, "cup"),
        (16426, "cup"),
        (11212, "cup"),
        (8147, "biscuits"),
        (8122, "packet"),
        // Nuts and seeds by the ounce, peanut butter by two tablespoons.
        (12061, "oz"),
        (12563, "oz"),
        (12087, "oz"),
        (12585, "oz"),
        (16090, "oz"),
        (16089, "oz"),
        (12516, "oz"),
        (12006, "oz"),
        (16098, "tbsp"),
        // Vegetables: a cup (leaves, florets) or one medium (carrot, tomato, potato).
        (11457, "cup"),
        (11458, "cup"),
        (11091, "cup"),
        (11124, "medium"),
        (11529, "medium"),
        (11674, "potato"),
        // Meat and fish by the piece or 3 ounces; drinks by the cup.
        (5064, "breast"),
        (15237, "oz"),
        (15037, "oz"),
        (23564, "oz"),
        (14209, "cup"),
        (14355, "cup"),
        (19904, "oz"),
    ];
    let mut quick_picks_seen = 0;
    for pick in quick_picks().iter().filter(|p| p.portion_seq.is_some()) {
        assert!(expected.iter().any(|(id, _)| FoodId(*id) == pick.food_id), "{}", pick.name);
        quick_picks_seen += 1;
    }
    assert!(expected.len() >= 30 + quick_picks_seen / 2, "at least 30 everyday foods besides");
    for &(id, word) in expected {
        let food = table().food(FoodId(id)).unwrap_or_else(|| panic!("{id:05} is missing"));
        let portion = &food.portions[food.default_portion().unwrap()];
        let first = portion.unit.split([' ', ',', '(']).next().unwrap();
        assert_eq!(first, word, "{}: {} {}", food.description, portion.amount, portion.unit);
    }
}
