//! As-you-type food search: case- and accent-insensitive, word-prefix,
//! typo-tolerant, and ranked so that commonly eaten foods with simple
//! descriptions come first. Common names ("hot dog") are searched too.
//!
//! How it stays fast: every distinct word of the table is stored once in a
//! vocabulary. A query word is compared with the vocabulary once (exact,
//! prefix, or one typo away from a prefix); each food then only looks up its
//! word ids in that small table of match qualities.

use super::food_table::FoodTable;
use std::collections::HashMap;

/// Longest query the search reads: more words or longer words add nothing but time.
const MAX_QUERY_WORDS: usize = 6;
const MAX_WORD_LEN: usize = 24;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Quality {
    None = 0,
    Typo = 1,
    Prefix = 2,
    Exact = 3,
}

/// A hit: the food's position in the table's `foods()` and its score (higher is better).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub food_index: usize,
    pub score: i32,
}

#[derive(Debug, Clone)]
pub struct SearchIndex {
    vocabulary: Vec<Box<[u8]>>,
    /// Per food: word ids of its description, then of its common name.
    food_words: Vec<Box<[u32]>>,
    /// Per food: how many of `food_words` come from the description.
    description_len: Vec<u8>,
    /// Per food: a score from what the food is, not the query (common, short, …).
    prior: Vec<i32>,
}

/// Lower-case ASCII with accents folded away; anything else separates words.
fn fold(c: char) -> Option<char> {
    Some(match c {
        'a'..='z' | '0'..='9' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'à'..='å' | 'À'..='Å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'Ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'į' => 'i',
        'ñ' | 'Ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'Ò'..='Ö' | 'Ø' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ß' => 's',
        'š' | 'Š' | 'ś' => 's',
        'ž' | 'Ž' | 'ź' | 'ż' => 'z',
        _ => return None,
    })
}

/// The searchable words of a text: "Entrée, 2% milk" → ["entree", "2", "milk"].
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        match fold(c) {
            Some(c) => word.push(c),
            None if !word.is_empty() => out.push(std::mem::take(&mut word)),
            None => {}
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Optimal-string-alignment distance, stopping early once it exceeds 1.
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() && a[i] == b[j] {
        i += 1;
        j += 1;
    }
    let (a, b) = (&a[i..], &b[j..]);
    match (a.len(), b.len()) {
        (0, _) | (_, 0) => a.len().max(b.len()) <= 1,
        _ => {
            a[1..] == b[1..]                                          // substitution
                || a[1..] == *b                                       // deletion
                || *a == b[1..]                                       // insertion
                || (a.len() >= 2 && b.len() >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..]) // transposition
        }
    }
}

fn quality(query: &[u8], word: &[u8]) -> Quality {
    if word == query {
        return Quality::Exact;
    }
    if word.starts_with(query) {
        return Quality::Prefix;
    }
    // Typos only for words long enough that one edit is still a clear match,
    // and only where the first letter fits (or the first two are swapped):
    // that keeps the vocabulary pass fast and the matches sensible.
    if query.len() < 4 || word.len() + 1 < query.len() {
        return Quality::None;
    }
    let first_fits = word[0] == query[0] || (word.len() > 1 && word[0] == query[1] && word[1] == query[0]);
    if !first_fits {
        return Quality::None;
    }
    let typo = (query.len() - 1..=query.len() + 1)
        .filter(|&len| len <= word.len())
        .any(|len| within_one_edit(query, &word[..len]));
    if typo {
        Quality::Typo
    } else {
        Quality::None
    }
}

impl SearchIndex {
    /// Builds the index. `favourites` (e.g. the NIH list's foods) rank a little higher.
    pub fn new(table: &FoodTable, favourites: &[u32]) -> SearchIndex {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut vocabulary: Vec<Box<[u8]>> = Vec::new();
        let mut intern = |w: String| -> u32 {
            *ids.entry(w).or_insert_with_key(|w| {
                vocabulary.push(w.as_bytes().into());
                (vocabulary.len() - 1) as u32
            })
        };
        let mut food_words = Vec::with_capacity(table.len());
        let mut description_len = Vec::with_capacity(table.len());
        let mut prior = Vec::with_capacity(table.len());
        for food in table.foods() {
            let description: Vec<u32> = words(&food.description).into_iter().map(&mut intern).collect();
            let common: Vec<u32> = words(&food.common_name).into_iter().map(&mut intern).collect();
            let n = description.len();
            description_len.push(n.min(255) as u8);
            food_words.push(description.into_iter().chain(common).collect());
            // Commonly eaten and plainly described foods first. Length counts
            // only up to 8 words: past that, "2% milk with vitamins A and D" is
            // still plain milk.
            let mut p = -(n.min(8) as i32) * 2;
            if food.in_survey {
                p += 12;
            }
            if favourites.contains(&food.id) {
                p += 12;
            }
            if food.group == "Baby Foods" || food.group == "Restaurant Foods" || food.group == "Fast Foods" {
                p -= 8;
            }
            prior.push(p);
        }
        SearchIndex { vocabulary, food_words, description_len, prior }
    }

    /// The best `limit` foods for a query, best first. An empty query (or one
    /// with no letters or digits) finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query: Vec<Vec<u8>> = words(query)
            .into_iter()
            .take(MAX_QUERY_WORDS)
            .map(|mut w| {
                w.truncate(MAX_WORD_LEN);
                w.into_bytes()
            })
            .collect();
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let qualities: Vec<Vec<Quality>> =
            query.iter().map(|q| self.vocabulary.iter().map(|w| quality(q, w)).collect()).collect();

        let mut hits: Vec<Hit> = Vec::new();
        'foods: for (food_index, words) in self.food_words.iter().enumerate() {
            let description_len = usize::from(self.description_len[food_index]);
            let mut score = self.prior[food_index];
            for (qi, q) in qualities.iter().enumerate() {
                let mut best = Quality::None;
                let mut best_position = usize::MAX;
                for (position, &w) in words.iter().enumerate() {
                    let quality = q[w as usize];
                    if quality > best {
                        best = quality;
                        best_position = position;
                    }
                }
                if best == Quality::None {
                    continue 'foods;
                }
                score += 10 * best as i32;
                // The head word ("Spinach, …", "Bananas, raw") says what the food is.
                if best_position == 0 {
                    score += if qi == 0 { 12 } else { 6 };
                } else if best_position < description_len.min(3) {
                    score += 3;
                }
            }
            hits.push(Hit { food_index, score });
        }
        let by_rank = |a: &Hit, b: &Hit| b.score.cmp(&a.score).then(a.food_index.cmp(&b.food_index));
        if hits.len() > limit {
            hits.select_nth_unstable_by(limit - 1, by_rank);
            hits.truncate(limit);
        }
        hits.sort_by(by_rank);
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_accents_and_punctuation() {
        assert_eq!(words("Entrée, 2% MILK"), ["entree", "2", "milk"]);
        assert_eq!(words("🍌 banana"), ["banana"]);
        assert!(words("  ,, 🥦 ").is_empty());
    }

    #[test]
    fn one_edit_covers_the_usual_typos() {
        assert!(within_one_edit(b"almnd", b"almond"));
        assert!(within_one_edit(b"spinahc", b"spinach"));
        assert!(within_one_edit(b"bananna", b"banana"));
        assert!(within_one_edit(b"brocoli", b"broccoli"));
        assert!(!within_one_edit(b"apple", b"maple"));
        assert!(!within_one_edit(b"cat", b"dogs"));
    }

    #[test]
    fn quality_prefers_exact_then_prefix_then_typo() {
        assert_eq!(quality(b"beans", b"beans"), Quality::Exact);
        assert_eq!(quality(b"bean", b"beans"), Quality::Prefix);
        assert_eq!(quality(b"almnd", b"almonds"), Quality::Typo);
        assert_eq!(quality(b"seeds", b"seed"), Quality::Typo);
        assert_eq!(quality(b"xyz", b"xylophone"), Quality::None);
        assert_eq!(quality(b"alm", b"balm"), Quality::None);
    }
}
