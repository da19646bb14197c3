//! Searching in the reader's language: common food words in Spanish, German
//! and French mapped to the English words of the USDA names
//! (`data/reference/search_synonyms.csv`, reviewed by hand; a test checks
//! that every mapping finds foods in SR28). The names shown are
//! `food_names`' everyday names.
//! `cargo xtask codegen` reads the list with `parse` and writes it as Rust.

use super::csv::{self, keep};

/// A word or phrase in one language and the English it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Synonym {
    /// "de", "es", "fr"
    pub lang: &'static str,
    /// The phrase's words, lower case: ["pipas", "de", "calabaza"].
    pub words: &'static [&'static str],
    pub english: &'static str,
}

pub fn parse(text: &str) -> Result<Vec<Synonym>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let (c_lang, c_word, c_english) = (col("lang")?, col("word")?, col("english")?);
    t.rows
        .iter()
        .map(|r| {
            let words: Vec<&'static str> =
                r[c_word].split_whitespace().map(|w| keep(&w.to_lowercase())).collect();
            if words.is_empty() || r[c_english].trim().is_empty() {
                return Err(format!("search synonyms: an empty word or English in {r:?}"));
            }
            Ok(Synonym {
                lang: keep(&r[c_lang]),
                words: words.leak(),
                english: keep(&r[c_english]),
            })
        })
        .collect()
}

/// The reviewed list, as `cargo xtask codegen` read it from
/// data/reference/search_synonyms.csv (`model/generated/search_synonyms.rs`).
pub fn synonyms() -> &'static [Synonym] {
    super::generated::search_synonyms::SYNONYMS
}

/// The query with the words of `lang` ("de", "es", "fr") that the list knows
/// replaced by their English, longest phrase first; other words are kept, so
/// English still works in every language.
pub fn to_english(lang: &str, query: &str) -> String {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    // English words SR28 lacks ("yoghurt", "courgette") are read in every language.
    let known: Vec<&Synonym> =
        synonyms().iter().filter(|s| s.lang == lang || s.lang == "en").collect();
    let mut out: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let rest = &words[i..];
        let found = known
            .iter()
            .filter(|s| {
                s.words.len() <= rest.len() && s.words.iter().zip(rest).all(|(a, b)| a == b)
            })
            .max_by_key(|s| s.words.len());
        match found {
            Some(s) => {
                out.push(s.english);
                i += s.words.len();
            }
            None => {
                out.push(&words[i]);
                i += 1;
            }
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SYNONYMS_CSV: &str = include_str!("../../data/reference/search_synonyms.csv");

    #[test]
    fn the_shipped_list_is_the_file_read_again() {
        let read = parse(SYNONYMS_CSV).unwrap();
        assert!(read.len() > 150);
        assert_eq!(synonyms(), read.as_slice());
    }

    #[test]
    fn phrases_and_words_become_english_and_the_rest_is_kept() {
        assert_eq!(to_english("de", "Kürbiskerne"), "pumpkin seeds");
        assert_eq!(to_english("es", "pipas de calabaza tostadas"), "pumpkin seeds tostadas");
        assert_eq!(to_english("fr", "beurre de cacahuète"), "peanut butter");
        assert_eq!(to_english("fr", "noix"), "walnuts");
        assert_eq!(to_english("de", "almonds"), "almonds", "English works in every language");
        assert_eq!(to_english("en", "pain"), "pain", "only the reader's language is read");
    }
}
