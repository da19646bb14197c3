//! Searching in the reader's language: common food words in Spanish, German
//! and French mapped to the English words of the USDA names
//! (`data/reference/search_synonyms.csv`, reviewed by hand; a test checks
//! that every mapping finds foods in SR28). The names shown stay in English.

use super::csv;
use std::sync::OnceLock;

const SYNONYMS_CSV: &str = include_str!("../../data/reference/search_synonyms.csv");

/// A word or phrase in one language and the English it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Synonym {
    /// "de", "es", "fr"
    pub lang: String,
    /// The phrase's words, lower case: ["pipas", "de", "calabaza"].
    pub words: Vec<String>,
    pub english: String,
}

pub fn parse(text: &str) -> Result<Vec<Synonym>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let (c_lang, c_word, c_english) = (col("lang")?, col("word")?, col("english")?);
    t.rows
        .iter()
        .map(|r| {
            let words: Vec<String> = r[c_word].split_whitespace().map(str::to_lowercase).collect();
            if words.is_empty() || r[c_english].trim().is_empty() {
                return Err(format!("search synonyms: an empty word or English in {r:?}"));
            }
            Ok(Synonym { lang: r[c_lang].clone(), words, english: r[c_english].clone() })
        })
        .collect()
}

pub fn synonyms() -> &'static [Synonym] {
    static SYNONYMS: OnceLock<Vec<Synonym>> = OnceLock::new();
    // The test `the_bundled_list_parses` makes sure an empty list never ships.
    SYNONYMS.get_or_init(|| parse(SYNONYMS_CSV).unwrap_or_default())
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
        let found =
            known.iter().filter(|s| words[i..].starts_with(&s.words)).max_by_key(|s| s.words.len());
        match found {
            Some(s) => {
                out.push(&s.english);
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

    #[test]
    fn the_bundled_list_parses() {
        assert!(parse(SYNONYMS_CSV).unwrap().len() > 150);
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
