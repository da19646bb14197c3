//! Everyday names of foods in the four interface languages
//! (`data/reference/food_names.csv`): "Almendras" for SR28's "Nuts,
//! almonds". Written and reviewed by the project, not taken from a food
//! table; every food the quick picks, the questionnaire, the search's and
//! describe-a-day's relevance sets point to has one (tests/food_names.rs).
//! A food without one is shown by its USDA name, which stays available
//! beneath the everyday name wherever a food appears.
//!
//! `cargo xtask codegen` reads the file with `parse` and writes each
//! language's names as a sorted table (`generated/food_names.rs`); the
//! English table is compiled into the wasm, the others travel in the
//! language files.

use super::csv::{self, keep};
use super::food_table::FoodId;
use super::lang::{Lang, Texts, Translated};

/// One language's everyday names, sorted by food id.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FoodNames(pub &'static [(u32, &'static str)]);

impl FoodNames {
    pub const NONE: FoodNames = FoodNames(&[]);

    /// The everyday name of a food, if it has one in this language.
    pub fn get(&self, id: FoodId) -> Option<&'static str> {
        let i = self.0.binary_search_by_key(&id.0, |&(id, _)| id).ok()?;
        Some(self.0[i].1)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A row of the names file: the food and its name in each language.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedFood {
    pub id: FoodId,
    pub names: Texts,
    /// SR28's description, for reviewers; the generator checks it against SR28.
    pub usda_description: &'static str,
}

/// Reads `food_names.csv`: sorted by id, one row per food, no empty name.
pub fn parse(text: &str) -> Result<Vec<NamedFood>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let c_id = col("ndb_id")?;
    let c_usda = col("usda_description")?;
    let mut c_names = Translated([0; Lang::COUNT]);
    for lang in Lang::ALL {
        c_names[lang] = col(lang.code())?;
    }
    let mut rows: Vec<NamedFood> = t
        .rows
        .iter()
        .map(|r| {
            let id: u32 =
                r[c_id].parse().map_err(|_| format!("food names: bad ndb_id {:?}", r[c_id]))?;
            let names = Translated::from_fn(|lang| keep(r[c_names[lang]].trim()));
            if let Some((lang, _)) = names.iter().find(|(_, n)| n.is_empty()) {
                return Err(format!("food names: {} has no {} name", r[c_id], lang.code()));
            }
            Ok(NamedFood { id: FoodId(id), names, usda_description: keep(&r[c_usda]) })
        })
        .collect::<Result<_, String>>()?;
    rows.sort_by_key(|r| r.id);
    if let Some(w) = rows.windows(2).find(|w| w[0].id == w[1].id) {
        return Err(format!("food names: {} is named twice", w[0].id));
    }
    Ok(rows)
}

/// One language's names from the parsed rows, as `FoodNames` holds them.
pub fn in_language(rows: &[NamedFood], lang: Lang) -> Vec<(u32, &'static str)> {
    rows.iter().map(|r| (r.id.0, r.names[lang])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "ndb_id,en,es,de,fr,usda_description\n\
        12061,Almonds,Almendras,Mandeln,Amandes,\"Nuts, almonds\"\n\
        09040,Banana,Plátano,Banane,Banane,\"Bananas, raw\"\n";

    #[test]
    fn names_are_found_by_food_in_each_language() {
        let rows = parse(FILE).unwrap();
        assert_eq!(rows[0].id, FoodId(9040), "sorted by id");
        let es = in_language(&rows, Lang::Es);
        let names = FoodNames(Box::leak(es.into_boxed_slice()));
        assert_eq!(names.get(FoodId(12061)), Some("Almendras"));
        assert_eq!(names.get(FoodId(9040)), Some("Plátano"));
        assert_eq!(names.get(FoodId(1001)), None);
        assert_eq!(FoodNames::NONE.get(FoodId(9040)), None);
    }

    #[test]
    fn an_empty_name_or_a_food_named_twice_is_refused() {
        let empty = FILE.replace("Mandeln", "");
        assert!(parse(&empty).unwrap_err().contains("12061 has no de name"));
        let twice = format!("{FILE}12061,A,B,C,D,E\n");
        assert!(parse(&twice).unwrap_err().contains("named twice"));
    }
}
