//! Everyday names in four languages (data/reference/food_names.csv): every
//! food the project's own lists point to has one in each language, the
//! most common foods beyond them too, and each names the food it is for.

use magnesium_calculator::model::csv;
use magnesium_calculator::model::food_names::{self, NamedFood};
use magnesium_calculator::model::food_table::{FoodId, FoodTable};
use magnesium_calculator::model::lang::Lang;
use magnesium_calculator::model::quick_picks::quick_picks;
use magnesium_calculator::model::search::SearchIndex;
use magnesium_calculator::model::synonyms::{synonyms, to_english};
use magnesium_calculator::ui::i18n::Messages;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn reference(name: &str) -> String {
    std::fs::read_to_string(format!("{}/data/reference/{name}", env!("CARGO_MANIFEST_DIR")))
        .unwrap()
}

fn names() -> &'static [NamedFood] {
    static NAMES: OnceLock<Vec<NamedFood>> = OnceLock::new();
    NAMES.get_or_init(|| food_names::parse(&reference("food_names.csv")).unwrap())
}

fn table() -> &'static FoodTable {
    static TABLE: OnceLock<FoodTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        FoodTable::from_csv(
            include_str!("../data/usda/foods.csv"),
            include_str!("../data/usda/portions.csv"),
        )
        .unwrap()
    })
}

/// The NDB numbers in `column` of a reference file (space-separated lists too).
fn ids_in(file: &str, column: &str) -> BTreeSet<u32> {
    let t = csv::parse(&reference(file)).unwrap();
    let c = t.column(column).unwrap();
    t.rows.iter().flat_map(|r| r[c].split_whitespace().map(|id| id.parse().unwrap())).collect()
}

fn unnamed(ids: &BTreeSet<u32>) -> Vec<u32> {
    let named: BTreeSet<u32> = names().iter().map(|n| n.id.0).collect();
    ids.iter().copied().filter(|id| !named.contains(id)).collect()
}

#[test]
fn every_food_of_the_projects_lists_has_an_everyday_name_in_each_language() {
    for (file, column) in [
        ("quick_picks.csv", "ndb_id"),
        ("questionnaire_foods.csv", "ndb_id"),
        ("questionnaire_background.csv", "ndb_id"),
        ("describe_relevance.csv", "ndb_ids"),
        ("search_relevance.csv", "ndb_ids"),
    ] {
        let missing = unnamed(&ids_in(file, column));
        assert!(missing.is_empty(), "{file}: no everyday names for {missing:?}");
    }
    // parse refuses an empty name, so each of these has all four.
    assert!(names().len() >= 300, "{} foods named", names().len());
}

/// What a reader searching with a word of the synonym list sees first
/// has an everyday name: the search in their language shows their words.
#[test]
fn the_first_result_of_every_search_synonym_has_an_everyday_name() {
    let favourites: Vec<FoodId> = quick_picks().iter().map(|p| p.food_id).collect();
    let index = SearchIndex::new(table(), &favourites);
    let mut missing = BTreeSet::new();
    for s in synonyms() {
        let query = to_english(s.lang, &s.words.join(" "));
        if let Some(hit) = index.search(&query, 1).first() {
            missing.extend(unnamed(&BTreeSet::from([table().foods()[hit.food_index].id.0])));
        }
    }
    let missing: Vec<String> = missing
        .iter()
        .map(|id| format!("{id:05} {}", table().food(FoodId(*id)).unwrap().description))
        .collect();
    assert!(missing.is_empty(), "first results without an everyday name:\n{}", missing.join("\n"));
}

#[test]
fn each_name_is_for_the_food_sr28_has_under_that_number() {
    for n in names() {
        let food = table().food(n.id).unwrap_or_else(|| panic!("{} is not in SR28", n.id));
        assert_eq!(food.description, n.usda_description, "{}", n.id);
    }
}

/// A name is the reader's: in Spanish, German and French most differ from
/// the English one (a few, "Tofu", "Kiwi", "Hummus", are the same word),
/// and no two foods share a name in one language, so a choice between
/// matches is never between two equal names.
#[test]
fn names_are_translated_and_tell_foods_apart() {
    for lang in [Lang::Es, Lang::De, Lang::Fr] {
        let same = names().iter().filter(|n| n.names[lang] == n.names[Lang::En]).count();
        assert!(same * 10 < names().len(), "{}: {same} names left as in English", lang.code());
    }
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for n in names() {
            assert!(
                seen.insert(n.names[lang]),
                "{}: {:?} names two foods",
                lang.code(),
                n.names[lang]
            );
        }
    }
}

/// The interface finds them: each language's table carries its names, and a
/// food without one is shown by its USDA name.
#[test]
fn the_interface_shows_the_readers_name_or_else_the_usda_one() {
    let almonds = FoodId(12061);
    let shown = |t: &Messages| t.food_name(almonds, "Nuts, almonds").to_string();
    assert_eq!(shown(Lang::Es.messages()), "Almendras");
    assert_eq!(shown(Lang::De.messages()), "Mandeln");
    assert_eq!(shown(Lang::Fr.messages()), "Amandes");
    assert_eq!(shown(Lang::En.messages()), "Almonds");
    let unnamed = FoodId(35_200); // an SR28 food no list points to
    assert_eq!(Lang::Es.messages().food_name(unnamed, "Game meat, bison"), "Game meat, bison");
    for lang in Lang::ALL {
        assert_eq!(lang.messages().food_names.len(), names().len(), "{}", lang.code());
    }
}
