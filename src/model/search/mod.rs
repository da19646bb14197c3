//! As-you-type food search: case- and accent-insensitive, word-prefix,
//! typo-tolerant, singular or plural, and ranked so that the food a person
//! means comes first: its SR28 name read as a name, a qualifier and other
//! names (`describe`), the plain everyday form preferred unless the query
//! asks for another (`form_mark`), compound words joined and split
//! (`readings`). Common names ("hot dog") are searched too. Measured by
//! `tests/search_relevance.rs` over `data/reference/search_relevance.csv`.
//!
//! How it stays fast: every distinct word of the table is stored once in a
//! vocabulary, grouped by first letter. A query word is compared only with
//! the words that could match it (every match starts with the query's first
//! letter, or its second when the first two are swapped), giving a table of
//! match qualities. Only the foods that contain a match for the most
//! selective query word (from each word's list of foods) are then scored.

mod lexicon;
mod text;

use super::food_table::{FoodId, FoodTable};
use lexicon::*;
use std::collections::HashMap;
pub use text::words;
use text::*;

/// Longest query the search reads: more words or longer words add nothing but time.
const MAX_QUERY_WORDS: usize = 6;
const MAX_WORD_LEN: usize = 24;

/// A hit: the food's position in the table's `foods()` and its score (higher is better).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub food_index: usize,
    pub score: i32,
}

#[derive(Debug, Clone)]
pub struct SearchIndex {
    vocabulary: Vec<Box<[u8]>>,
    /// Word → its id in `vocabulary`.
    ids: HashMap<String, u32>,
    /// Word ids grouped by their first byte.
    by_first_byte: Vec<Vec<u32>>,
    /// Per word id: the foods that contain it, ascending.
    postings: Vec<Vec<u32>>,
    foods: Vec<IndexedFood>,
}
/// Builds a `SearchIndex` a slice of foods at a time, so that in a browser
/// the page can paint and answer input between slices (no long task).
pub struct SearchIndexBuilder {
    favourites: Vec<FoodId>,
    ids: HashMap<String, u32>,
    vocabulary: Vec<Box<[u8]>>,
    foods: Vec<IndexedFood>,
}

/// What the index knows of one food.
#[derive(Debug, Clone)]
struct IndexedFood {
    /// Word ids of its description, then of its common name.
    words: Box<[u32]>,
    /// Per description word: its form mark; cancelled when the query matches the word.
    marks: Box<[i8]>,
    /// Bit i: `marks[i]` is not 0.
    marked: u64,
    /// Bit i: description word i belongs to the food's name (see `describe`).
    core: u64,
    qualifier: u64,
    /// Bit i: word i of the qualifier names a variety, not a form ("whole-wheat", not "cooked").
    variety: u64,
    /// Bit i: word i of the qualifier names a part ("breast" in "Turkey, breast").
    parts: u64,
    category: u64,
    noun: bool,
    heads: [u8; 3],
    /// Other names, as masks over `words`: asides, then the common name's parts.
    other_names: Box<[u64]>,
    /// A score from what the food is, not the query (common, plain, short, …).
    prior: i32,
}

impl SearchIndexBuilder {
    /// `favourites` (e.g. the NIH list's foods) rank a little higher.
    pub fn new(favourites: &[FoodId]) -> SearchIndexBuilder {
        SearchIndexBuilder {
            favourites: favourites.to_vec(),
            ids: HashMap::new(),
            vocabulary: Vec::new(),
            foods: Vec::new(),
        }
    }

    /// Indexes up to `count` more foods of `table`; true once all are in.
    pub fn step(&mut self, table: &FoodTable, count: usize) -> bool {
        let done = self.foods.len();
        for food in table.foods().iter().skip(done).take(count) {
            let (ids, vocabulary) = (&mut self.ids, &mut self.vocabulary);
            let mut intern = |w: String| -> u32 {
                *ids.entry(w).or_insert_with_key(|w| {
                    vocabulary.push(w.as_bytes().into());
                    (vocabulary.len() - 1) as u32
                })
            };
            let described = describe(&food.description, &food.group);
            let marks: Box<[i8]> = described.marks.into();
            // The common name's comma-separated parts are other names: "hot dog, frank, wiener".
            let mut other_names = described.asides;
            let mut all_words = described.words;
            for part in food.common_name.split(',') {
                let mut mask = 0u64;
                for w in words(part) {
                    if all_words.len() < 64 {
                        mask |= 1 << all_words.len();
                    }
                    all_words.push(w);
                }
                if mask != 0 {
                    other_names.push(mask);
                }
            }
            let words: Box<[u32]> = all_words.into_iter().map(&mut intern).collect();
            // Commonly eaten and plainly described foods first. Length counts
            // only up to 8 words: past that, "2% milk with vitamins A and D" is
            // still plain milk.
            let mut prior = -(described.plain_len.min(6) as i32) * LENGTH;
            prior += marks.iter().map(|&m| i32::from(m)).sum::<i32>();
            if food.in_survey {
                prior += 12;
            }
            if self.favourites.contains(&food.id) {
                prior += 6;
            }
            // Foods for babies, restaurant and traditional foods are rarely
            // what a reader means by a plain word.
            prior -= match food.group.as_str() {
                "Baby Foods" => 15,
                "Restaurant Foods" | "Fast Foods" | "American Indian/Alaska Native Foods" => 8,
                _ => 0,
            };
            let marked = (0..marks.len().min(64))
                .filter(|&i| marks[i] != 0)
                .fold(0u64, |mask, i| mask | 1 << i);
            self.foods.push(IndexedFood {
                words,
                marks,
                marked,
                core: described.core,
                qualifier: described.qualifier,
                variety: described.variety,
                parts: described.parts,
                category: described.category,
                noun: described.noun,
                heads: described.heads,
                other_names: other_names.into(),
                prior,
            });
        }
        self.foods.len() >= table.len()
    }

    /// The index over the foods stepped through.
    pub fn finish(self) -> SearchIndex {
        let SearchIndexBuilder { vocabulary, foods, ids, .. } = self;
        let mut by_first_byte = vec![Vec::new(); 256];
        for (id, word) in vocabulary.iter().enumerate() {
            by_first_byte[usize::from(word[0])].push(id as u32);
        }
        let mut postings = vec![Vec::new(); vocabulary.len()];
        for (f, food) in foods.iter().enumerate() {
            for &w in food.words.iter() {
                let list: &mut Vec<u32> = &mut postings[w as usize];
                if list.last() != Some(&(f as u32)) {
                    list.push(f as u32);
                }
            }
        }
        SearchIndex { vocabulary, ids, by_first_byte, postings, foods }
    }
}

/// Score parts, tuned on `data/reference/search_relevance.csv`.
const PER_QUALITY: i32 = 10;
const IN_NAME: i32 = 8;
const IN_QUALIFIER: i32 = 5;
const HEAD: i32 = 12;
/// An unasked variety ("Pasta, whole-wheat" for "pasta").
const VARIETY: i32 = 3;
/// A reading that joins two typed words into one scores as two words.
const JOINED: i32 = PER_QUALITY * Quality::Exact as i32;
const NAME_COVERED: i32 = 24;
const ADJACENT: i32 = 6;
const LENGTH: i32 = 1;

impl SearchIndex {
    /// Builds the index at once. `favourites` (e.g. the NIH list's foods) rank a little higher.
    pub fn new(table: &FoodTable, favourites: &[FoodId]) -> SearchIndex {
        let mut builder = SearchIndexBuilder::new(favourites);
        builder.step(table, usize::MAX);
        builder.finish()
    }

    /// A food's score for a query, or None when some query word matches none of its words.
    fn score(&self, food_index: usize, qualities: &[&[Quality]]) -> Option<i32> {
        let food = &self.foods[food_index];
        let mut score = food.prior;
        // Positions matched by some query word: well (exact or prefix), or at all (typos too).
        let (mut exact, mut strong, mut any) = (0u64, 0u64, 0u64);
        let (mut previous, mut before_last): (Option<usize>, Option<usize>) = (None, None);
        for q in qualities {
            let mut best = (Quality::None, usize::MAX);
            for (position, &w) in food.words.iter().enumerate() {
                let quality = q[w as usize];
                if quality == Quality::None {
                    continue;
                }
                if position < 64 {
                    any |= 1 << position;
                    if quality >= Quality::Prefix {
                        strong |= 1 << position;
                    }
                    if quality == Quality::Exact {
                        exact |= 1 << position;
                    }
                }
                if quality > best.0 {
                    best = (quality, position);
                }
            }
            let (quality, position) = best;
            if quality == Quality::None {
                return None;
            }
            score += PER_QUALITY * quality as i32;
            let bit = if position < 64 { 1u64 << position } else { 0 };
            if food.core & bit != 0 {
                score += IN_NAME;
            } else if food.qualifier & bit != 0 {
                score += IN_QUALIFIER;
            }
            // "whole milk" in "Milk, whole": neighbours, in either order.
            if previous.is_some_and(|p| p.abs_diff(position) == 1) {
                score += ADJACENT;
            }
            before_last = previous;
            previous = Some(position);
        }
        // The query's last word names what the food is: "chocolate milk" is
        // milk ("Milk, chocolate"), "milk chocolate" is chocolate.
        // A part named after its whole reads in the same order in both:
        // "turkey breast" is "Turkey, breast".
        let bit = |p: Option<usize>| p.filter(|&p| p < 64).map_or(0, |p| 1u64 << p);
        let last = previous.unwrap_or(usize::MAX);
        let part_of_whole = before_last.is_some_and(|b| b < last)
            && food.core & bit(before_last) != 0
            && food.parts & bit(previous) != 0;
        // A typo on the head is no evidence ("pita" is not "potato").
        let on_head = part_of_whole
            || (strong & bit(previous) != 0 && food.heads.iter().any(|&h| usize::from(h) == last));
        let head = if on_head { HEAD } else { 0 };
        // The whole name asked for ("Milk" in "Milk, whole, …"; with its
        // category when that is the head: "cottage cheese"), or another name.
        let covered = |mask: u64, matched: u64| mask != 0 && mask & !matched == 0;
        let full = if food.noun { food.core | food.category } else { food.core };
        let name = if covered(full, exact) {
            NAME_COVERED + head
        } else if covered(full, strong) {
            NAME_COVERED / 2 + head
        } else if food.other_names.iter().any(|&m| covered(m, strong)) {
            NAME_COVERED + HEAD
        } else if food.noun && covered(food.core, strong) {
            // "egg" finds egg bread, but after eggs.
            0
        } else if covered(food.core, any) {
            NAME_COVERED / 3
        } else if food.noun && on_head {
            // "bread": any bread is a bread.
            NAME_COVERED / 2 + HEAD
        } else {
            head
        };
        score += name;
        // A variety the query does not ask for ("Pasta, whole-wheat" for
        // "pasta"); one it names exactly ("Milk, buttermilk").
        if food.variety & !any != 0 {
            score -= VARIETY;
        } else if covered(food.variety, exact) {
            score += NAME_COVERED / 3;
        }
        // What the query asks for is not held against the food ("dried figs").
        let mut asked = any & food.marked;
        while asked != 0 {
            let position = asked.trailing_zeros() as usize;
            score -= i32::from(food.marks[position]);
            asked &= asked - 1;
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
        for &first in &firsts {
            for &id in &self.by_first_byte[usize::from(first)] {
                out[id as usize] = quality(query, &self.vocabulary[id as usize]);
            }
        }
        // Exact and prefix matches share the query's first letter.
        self.settle(query, &mut out, &self.by_first_byte[usize::from(query[0])]);
        out
    }

    /// A word typed in full ("pita") means that word: when the table has it,
    /// longer words it begins ("pitanga") count as near misses, unless the
    /// rest is a word too ("kiwi" + "fruit"). `ids`: the words to look at.
    fn settle(&self, query: &[u8], qualities: &mut [Quality], ids: &[u32]) {
        // One or two letters are the start of a word, not a word.
        if query.len() < 3 || !ids.iter().any(|&id| qualities[id as usize] == Quality::Exact) {
            return;
        }
        for &id in ids {
            let q = &mut qualities[id as usize];
            if *q == Quality::Prefix {
                let rest = self.vocabulary[id as usize].get(query.len()..).unwrap_or_default();
                if rest.len() < 4 || !self.knows(rest) {
                    *q = Quality::Typo;
                }
            }
        }
    }

    /// Whether `word`, or its singular or plural, is a word of the table.
    fn knows(&self, word: &[u8]) -> bool {
        let (stemmed, y) = stem(word);
        let (Ok(word), Ok(stemmed)) = (std::str::from_utf8(word), std::str::from_utf8(stemmed))
        else {
            return false;
        };
        if self.ids.contains_key(word) || self.ids.contains_key(stemmed) {
            return true;
        }
        // One buffer for the other forms: this runs on every keystroke.
        let mut form = String::with_capacity(word.len() + 2);
        for ending in ["s", "es"] {
            form.clear();
            form.push_str(word);
            form.push_str(ending);
            if self.ids.contains_key(&form) {
                return true;
            }
        }
        form.clear();
        form.push_str(stemmed);
        form.push('y');
        y && self.ids.contains_key(&form)
    }

    /// The ways a query can be read: as typed, with two neighbouring words
    /// joined where the table writes them as one ("soy milk" → "soymilk",
    /// "low fat" → "lowfat"), and with a word split where the table writes
    /// two ("cornflakes" → "corn flakes", "multigrain" → "multi grain").
    fn readings(&self, query: &[Vec<u8>]) -> Vec<Vec<Vec<u8>>> {
        let mut out = vec![query.to_vec()];
        for i in 0..query.len().saturating_sub(1) {
            let joined = [query[i].as_slice(), &query[i + 1]].concat();
            if self.knows(&joined) {
                let mut reading = query.to_vec();
                reading.splice(i..i + 2, [joined]);
                out.push(reading);
            }
        }
        out.extend(self.splits(query, false));
        out
    }

    /// Readings with one word split in two known words: of unknown words
    /// only, or (`known_too`) of any word.
    fn splits(&self, query: &[Vec<u8>], known_too: bool) -> Vec<Vec<Vec<u8>>> {
        let mut out = Vec::new();
        for (i, word) in query.iter().enumerate() {
            if word.len() < 6 || (!known_too && self.knows(word)) {
                continue;
            }
            let split =
                (3..=word.len() - 3).find(|&k| self.knows(&word[..k]) && self.knows(&word[k..]));
            if let Some(k) = split {
                let mut reading = query.to_vec();
                reading.splice(i..i + 1, [word[..k].to_vec(), word[k..].to_vec()]);
                out.push(reading);
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
        // Each distinct word's qualities are computed once (a handful of words).
        let mut qualities: Vec<(Vec<u8>, Vec<Quality>)> = Vec::new();
        let mut scored: Vec<(u32, i32)> = Vec::new();
        let mut read = |readings: Vec<Vec<Vec<u8>>>, scored: &mut Vec<(u32, i32)>| {
            let several = readings.len() > 1;
            for reading in readings {
                for word in &reading {
                    if !qualities.iter().any(|(w, _)| w == word) {
                        qualities.push((word.clone(), self.qualities(word)));
                    }
                }
                let reading: Vec<&[Quality]> = reading
                    .iter()
                    .filter_map(|word| qualities.iter().find(|(w, _)| w == word))
                    .map(|(_, q)| q.as_slice())
                    .collect();
                let bonus = JOINED * (query.len() as i32 - reading.len() as i32);
                scored.extend(self.scored(&reading).into_iter().map(|(f, s)| (f, s + bonus)));
            }
            // A food found by several readings keeps its best score.
            if several {
                let mut best = vec![i32::MIN; self.foods.len()];
                for &(f, s) in scored.iter() {
                    best[f as usize] = best[f as usize].max(s);
                }
                scored.clear();
                scored.extend(
                    best.iter()
                        .enumerate()
                        .filter(|(_, s)| **s > i32::MIN)
                        .map(|(f, s)| (f as u32, *s)),
                );
            }
        };
        read(self.readings(&query), &mut scored);
        // "multigrain bread": "multigrain" is a word of the table, but only "multi-grain" is bread.
        if scored.is_empty() {
            read(self.splits(&query, true), &mut scored);
        }
        let mut hits: Vec<Hit> =
            scored.into_iter().map(|(f, score)| Hit { food_index: f as usize, score }).collect();
        let by_rank =
            |a: &Hit, b: &Hit| b.score.cmp(&a.score).then(a.food_index.cmp(&b.food_index));
        if hits.len() > limit {
            hits.select_nth_unstable_by(limit - 1, by_rank);
            hits.truncate(limit);
        }
        hits.sort_by(by_rank);
        hits
    }

    /// Every food that matches all words of one reading, with its score.
    fn scored(&self, qualities: &[&[Quality]]) -> Vec<(u32, i32)> {
        // Candidates: the foods holding a match for the query word with the fewest such foods.
        let matching_words = |q: &&[Quality]| -> Vec<usize> {
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
        // One bit per food: cheaper than sorting the postings of a short
        // prefix, which can hold most of the table.
        let mut candidates = vec![0u64; self.foods.len().div_ceil(64)];
        for &id in &selective {
            for &f in &self.postings[id] {
                candidates[f as usize / 64] |= 1 << (f % 64);
            }
        }
        let mut out = Vec::new();
        for (block, &bits) in candidates.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let f = block * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if let Some(score) = self.score(f, qualities) {
                    out.push((f as u32, score));
                }
            }
        }
        out
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
            // Qualities over the whole vocabulary, with no first-letter shortcut.
            let full_scan = |q: &[u8]| -> Vec<Quality> {
                let mut all: Vec<Quality> =
                    index.vocabulary.iter().map(|w| quality(q, w)).collect();
                let every: Vec<u32> = (0..all.len() as u32).collect();
                index.settle(q, &mut all, &every);
                all
            };
            let full: Vec<Vec<Quality>> = words.iter().map(|q| full_scan(q)).collect();
            assert_eq!(bucketed, full, "{query}");
            // Every food scored under every reading, the best score kept.
            let mut everything: Vec<Hit> = (0..table.len())
                .filter_map(|f| {
                    let readings = index.readings(&words);
                    let score = readings
                        .iter()
                        .filter_map(|reading| {
                            let q: Vec<Vec<Quality>> =
                                reading.iter().map(|w| full_scan(w)).collect();
                            let q: Vec<&[Quality]> = q.iter().map(Vec::as_slice).collect();
                            index.score(f, &q)
                        })
                        .max()?;
                    Some(Hit { food_index: f, score })
                })
                .collect();
            everything.sort_by(|a, b| b.score.cmp(&a.score).then(a.food_index.cmp(&b.food_index)));
            assert_eq!(index.search(query, 100), everything, "{query}");
        }
        assert_eq!(index.search("hot dog", 1)[0].food_index, 3, "common names are searched");
    }

    #[test]
    fn descriptions_are_read_as_name_qualifier_and_other_names() {
        let d = describe("Chickpeas (garbanzo beans, bengal gram), mature seeds, cooked", "x");
        assert_eq!(d.words[..4], ["chickpeas", "garbanzo", "beans", "bengal"]);
        assert_eq!(d.core, 0b1, "asides are not the name");
        assert_eq!(d.asides, [0b11110], "but another name");
        let d = describe("Nuts, hazelnuts or filberts", "Nut and Seed Products");
        assert_eq!((d.core, d.asides.clone()), (0b10, vec![0b1000]), "{:?}", d.words);
        let d = describe("Beverages, carbonated, cola, regular", "Beverages");
        assert_eq!((d.core, d.qualifier), (0b100, 0b1000));
        let d = describe("Chicken, broilers or fryers, breast, meat only, cooked, roasted", "x");
        assert_eq!(
            d.qualifier, 0b1_0000,
            "{:?}: the qualifier skips 'broilers or fryers'",
            d.words
        );
        assert_eq!(d.parts, 0b1_0000);
        let d = describe("Bread, egg", "Baked Products");
        assert!(d.noun && d.heads[0] == u8::MAX, "egg bread is a bread");
        let d = describe("Milk, buttermilk, fluid, whole", "x");
        assert_eq!(d.asides, [0b10], "buttermilk is a name of its own");
    }

    #[test]
    fn form_marks_follow_how_the_food_is_eaten() {
        let d = describe("Lentils, raw", "Legumes and Legume Products");
        assert!(d.marks[1] < 0, "raw lentils are not as eaten");
        let d = describe("Tofu, raw, regular", "Legumes and Legume Products");
        assert!(d.marks[1] == 0, "tofu is eaten as sold");
        let d = describe("Spinach, cooked, boiled, drained, without added salt", "x");
        assert!(d.marks.iter().all(|&m| m >= 0), "{:?}", d.marks);
        let d = describe("Peanuts, all types, dry-roasted, with salt", "x");
        assert!(d.marks[5] == 0 && d.marks[6] < 0, "{:?}", d.marks);
        let d = describe("Beverages, coffee, brewed, prepared with tap water", "Beverages");
        assert!(d.marks.iter().sum::<i8>() > 0, "{:?}", d.marks);
    }

    #[test]
    fn compound_words_are_read_both_ways() {
        let table = FoodTable::from_csv(
            "ndb_id,description,food_group,magnesium_mg_per_100g,energy_kcal_per_100g,food_group_code,in_fndds_survey,common_name
01001,\"Soymilk, original\",Legumes,15,40,1600,1,
01002,\"Cereals ready-to-eat, Corn Flakes\",Cereals,10,350,0800,1,
01003,\"Milk, imitation, non-soy\",Dairy,5,50,0100,0,
",
            PORTIONS,
        )
        .unwrap();
        let index = SearchIndex::new(&table, &[]);
        assert_eq!(index.search("soy milk", 1)[0].food_index, 0, "joined");
        assert_eq!(index.search("cornflakes", 1)[0].food_index, 1, "split");
        assert_eq!(index.search("corn flakes", 1)[0].food_index, 1);
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
        assert_eq!(quality(b"bea", b"beans"), Quality::Prefix);
        assert_eq!(quality(b"almnd", b"almonds"), Quality::Typo);
        assert_eq!(quality(b"seeds", b"seed"), Quality::Exact, "singular and plural");
        assert_eq!(quality(b"bean", b"beans"), Quality::Exact);
        assert_eq!(quality(b"strawberry", b"strawberries"), Quality::Exact);
        assert_eq!(quality(b"potato", b"potatoes"), Quality::Exact);
        assert_eq!(quality(b"peach", b"peaches"), Quality::Exact);
        assert_eq!(quality(b"hummus", b"hummu"), Quality::Typo, "-us is no plural");
        assert_eq!(quality(b"xyz", b"xylophone"), Quality::None);
        assert_eq!(quality(b"alm", b"balm"), Quality::None);
    }
}
