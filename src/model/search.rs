//! As-you-type food search: case- and accent-insensitive, word-prefix,
//! typo-tolerant, and ranked so that commonly eaten foods with simple
//! descriptions come first. Common names ("hot dog") are searched too.
//!
//! How it stays fast: every distinct word of the table is stored once in a
//! vocabulary, grouped by first letter. A query word is compared only with
//! the words that could match it (every match starts with the query's first
//! letter, or its second when the first two are swapped), giving a table of
//! match qualities. Only the foods that contain a match for the most
//! selective query word (from each word's list of foods) are then scored.

use super::food_table::{FoodId, FoodTable};
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
    /// Word ids grouped by their first byte.
    by_first_byte: Vec<Vec<u32>>,
    /// Per word id: the foods that contain it, ascending.
    postings: Vec<Vec<u32>>,
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
                || (a.len() >= 2 && b.len() >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
            // transposition
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
    let first_fits =
        word[0] == query[0] || (word.len() > 1 && word[0] == query[1] && word[1] == query[0]);
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

/// Builds a `SearchIndex` a slice of foods at a time, so that in a browser
/// the page can paint and answer input between slices (no long task).
pub struct SearchIndexBuilder {
    favourites: Vec<FoodId>,
    ids: HashMap<String, u32>,
    vocabulary: Vec<Box<[u8]>>,
    food_words: Vec<Box<[u32]>>,
    description_len: Vec<u8>,
    prior: Vec<i32>,
}

impl SearchIndexBuilder {
    /// `favourites` (e.g. the NIH list's foods) rank a little higher.
    pub fn new(favourites: &[FoodId]) -> SearchIndexBuilder {
        SearchIndexBuilder {
            favourites: favourites.to_vec(),
            ids: HashMap::new(),
            vocabulary: Vec::new(),
            food_words: Vec::new(),
            description_len: Vec::new(),
            prior: Vec::new(),
        }
    }

    /// Indexes up to `count` more foods of `table`; true once all are in.
    pub fn step(&mut self, table: &FoodTable, count: usize) -> bool {
        let done = self.food_words.len();
        for food in table.foods().iter().skip(done).take(count) {
            let (ids, vocabulary) = (&mut self.ids, &mut self.vocabulary);
            let mut intern = |w: String| -> u32 {
                *ids.entry(w).or_insert_with_key(|w| {
                    vocabulary.push(w.as_bytes().into());
                    (vocabulary.len() - 1) as u32
                })
            };
            let description: Vec<u32> =
                words(&food.description).into_iter().map(&mut intern).collect();
            let common: Vec<u32> = words(&food.common_name).into_iter().map(&mut intern).collect();
            let n = description.len();
            self.description_len.push(n.min(255) as u8);
            self.food_words.push(description.into_iter().chain(common).collect());
            // Commonly eaten and plainly described foods first. Length counts
            // only up to 8 words: past that, "2% milk with vitamins A and D" is
            // still plain milk.
            let mut p = -(n.min(8) as i32) * 2;
            if food.in_survey {
                p += 12;
            }
            if self.favourites.contains(&food.id) {
                p += 12;
            }
            if food.group == "Baby Foods"
                || food.group == "Restaurant Foods"
                || food.group == "Fast Foods"
            {
                p -= 8;
            }
            self.prior.push(p);
        }
        self.food_words.len() >= table.len()
    }

    /// The index over the foods stepped through.
    pub fn finish(self) -> SearchIndex {
        let SearchIndexBuilder { vocabulary, food_words, description_len, prior, .. } = self;
        let mut by_first_byte = vec![Vec::new(); 256];
        for (id, word) in vocabulary.iter().enumerate() {
            by_first_byte[usize::from(word[0])].push(id as u32);
        }
        let mut postings = vec![Vec::new(); vocabulary.len()];
        for (food, words) in food_words.iter().enumerate() {
            for &w in words.iter() {
                let list: &mut Vec<u32> = &mut postings[w as usize];
                if list.last() != Some(&(food as u32)) {
                    list.push(food as u32);
                }
            }
        }
        SearchIndex { vocabulary, by_first_byte, postings, food_words, description_len, prior }
    }
}

impl SearchIndex {
    /// Builds the index at once. `favourites` (e.g. the NIH list's foods) rank a little higher.
    pub fn new(table: &FoodTable, favourites: &[FoodId]) -> SearchIndex {
        let mut builder = SearchIndexBuilder::new(favourites);
        builder.step(table, usize::MAX);
        builder.finish()
    }

    /// A food's score for a query, or None when some query word matches none of its words.
    fn score(&self, food_index: usize, qualities: &[Vec<Quality>]) -> Option<i32> {
        let words = &self.food_words[food_index];
        let description_len = usize::from(self.description_len[food_index]);
        let mut score = self.prior[food_index];
        for (qi, q) in qualities.iter().enumerate() {
            let (best, best_position) =
                words.iter().enumerate().map(|(position, &w)| (q[w as usize], position)).fold(
                    (Quality::None, usize::MAX),
                    |best, this| if this.0 > best.0 { this } else { best },
                );
            if best == Quality::None {
                return None;
            }
            score += 10 * best as i32;
            // The head word ("Spinach, …", "Bananas, raw") says what the food is.
            if best_position == 0 {
                score += if qi == 0 { 12 } else { 6 };
            } else if best_position < description_len.min(3) {
                score += 3;
            }
        }
        Some(score)
    }

    /// Match qualities of one query word against the whole vocabulary.
    fn qualities(&self, query: &[u8]) -> Vec<Quality> {
        let mut out = vec![Quality::None; self.vocabulary.len()];
        let mut firsts = vec![query[0]];
        if query.len() > 1 && query[1] != query[0] {
            firsts.push(query[1]);
        }
        for first in firsts {
            for &id in &self.by_first_byte[usize::from(first)] {
                out[id as usize] = quality(query, &self.vocabulary[id as usize]);
            }
        }
        out
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
        let qualities: Vec<Vec<Quality>> = query.iter().map(|q| self.qualities(q)).collect();

        // Candidates: the foods holding a match for the query word with the fewest such foods.
        let matching_words = |q: &Vec<Quality>| -> Vec<usize> {
            q.iter()
                .enumerate()
                .filter(|(_, quality)| **quality != Quality::None)
                .map(|(id, _)| id)
                .collect()
        };
        let Some(selective) = qualities
            .iter()
            .map(matching_words)
            .min_by_key(|ids| ids.iter().map(|&id| self.postings[id].len()).sum::<usize>())
        else {
            return Vec::new();
        };
        let mut candidates: Vec<u32> =
            selective.iter().flat_map(|&id| self.postings[id].iter().copied()).collect();
        candidates.sort_unstable();
        candidates.dedup();

        let mut hits: Vec<Hit> = candidates
            .into_iter()
            .filter_map(|f| {
                self.score(f as usize, &qualities)
                    .map(|score| Hit { food_index: f as usize, score })
            })
            .collect();
        let by_rank =
            |a: &Hit, b: &Hit| b.score.cmp(&a.score).then(a.food_index.cmp(&b.food_index));
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

    const FOODS: &str = "ndb_id,description,food_group,magnesium_mg_per_100g,energy_kcal_per_100g,food_group_code,in_fndds_survey,common_name
01001,\"Spinach, raw\",Veg,79,23,1100,1,
01002,\"Spinach, cooked, boiled\",Veg,87,23,1100,1,
01003,\"Almonds, dry roasted\",Nuts,279,598,1200,1,
01004,\"Frankfurter, beef\",Meat,12,300,0700,0,\"hot dog, frank\"
01005,\"Pasta, spinach, cooked\",Grain,60,130,2000,0,
01006,\"Mustard spinach, raw\",Veg,11,22,1100,0,
";
    const PORTIONS: &str = "ndb_id,seq,amount,unit,grams\n";

    #[test]
    fn an_index_built_in_slices_answers_as_one_built_at_once() {
        let table = FoodTable::from_csv(FOODS, PORTIONS).unwrap();
        let favourites = [FoodId(1003)];
        let at_once = SearchIndex::new(&table, &favourites);
        for slice in [1, 2, 5] {
            let mut builder = SearchIndexBuilder::new(&favourites);
            let mut steps = 1;
            while !builder.step(&table, slice) {
                steps += 1;
            }
            assert_eq!(steps, table.len().div_ceil(slice), "slices of {slice}");
            let sliced = builder.finish();
            for query in ["spinach", "s", "almnd", "hot dog", "cooked spinach", "zz"] {
                assert_eq!(sliced.search(query, 10), at_once.search(query, 10), "{query}");
            }
        }
    }

    #[test]
    fn shortcuts_give_the_same_answer_as_a_full_scan() {
        let table = FoodTable::from_csv(FOODS, PORTIONS).unwrap();
        let index = SearchIndex::new(&table, &[]);
        for query in [
            "s",
            "sp",
            "spinach",
            "psinach",
            "spinahc",
            "boiled spinach",
            "almnd",
            "hot dog",
            "dog",
            "f",
            "zz",
            "cooked",
        ] {
            let words: Vec<Vec<u8>> =
                super::words(query).into_iter().map(String::into_bytes).collect();
            let bucketed: Vec<Vec<Quality>> = words.iter().map(|q| index.qualities(q)).collect();
            let full: Vec<Vec<Quality>> = words
                .iter()
                .map(|q| index.vocabulary.iter().map(|w| quality(q, w)).collect())
                .collect();
            assert_eq!(bucketed, full, "{query}");
            let mut everything: Vec<Hit> = (0..table.len())
                .filter_map(|f| index.score(f, &full).map(|score| Hit { food_index: f, score }))
                .collect();
            everything.sort_by(|a, b| b.score.cmp(&a.score).then(a.food_index.cmp(&b.food_index)));
            assert_eq!(index.search(query, 100), everything, "{query}");
        }
        assert_eq!(index.search("hot dog", 1)[0].food_index, 3, "common names are searched");
    }

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
