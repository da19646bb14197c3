//! "Describe a day": a day written the way one tells it to a friend
//! ("porridge with milk, a banana, 2 slices of wholemeal bread, coffee x3")
//! read into lines of amount, unit and food words, in English, Spanish,
//! German or French whatever the widget's language.
//!
//! This module only reads the text; finding each line's food and grams is
//! the search's and the food table's work. The units and their words are
//! data (`data/reference/describe_units.csv`, each with its source), carried
//! as Rust like every table (`model/generated/describe_units.rs`). The number
//! words are language, not nutrition, and live here.

use super::csv::{self, keep, number};
use super::food_table::{Food, FoodId, FoodTable};
use super::lang::{Lang, Translated};
use super::search::{words, SearchIndex};
use super::synonyms::to_english;

/// What one of a unit measures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum UnitKind {
    /// Grams in one.
    Mass(f64),
    /// Millilitres in one.
    Volume(f64),
    /// One of the food's own household portions (a slice, a medium one).
    Portion,
}

/// A unit a reader may write, with its words in each language.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// "cup", "g", "slice", "medium"
    pub key: &'static str,
    pub kind: UnitKind,
    /// Its words, lower case, in each language ("cuillère à soupe", "c. à s.").
    pub words: Translated<&'static [&'static str]>,
    /// The word of SR28's portion names that is this unit ("cup", "slice"),
    /// empty when SR28's portions do not name it.
    pub portion_word: &'static str,
    pub source: &'static str,
}

/// The units as `cargo xtask codegen` read them.
pub fn units() -> &'static [Unit] {
    super::generated::describe_units::UNITS
}

/// Reads `describe_units.csv`: every unit with words in every language, and
/// a positive amount for mass and volume.
pub fn parse_units(text: &str) -> Result<Vec<Unit>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let mut out: Vec<Unit> = Vec::new();
    for row in &t.rows {
        let key = keep(&row[col("unit")?]);
        let amount = || number(&row[col("amount")?], key).and_then(positive(key));
        let kind = match row[col("kind")?].as_str() {
            "mass" => UnitKind::Mass(amount()?),
            "volume" => UnitKind::Volume(amount()?),
            "portion" => UnitKind::Portion,
            other => return Err(format!("unit {key}: kind {other:?}")),
        };
        let mut words = Translated::<&'static [&'static str]>::default();
        for lang in Lang::ALL {
            let list: Vec<&'static str> = row[col(&format!("words_{}", lang.code()))?]
                .split('|')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .map(|w| keep(&w))
                .collect();
            if list.is_empty() {
                return Err(format!("unit {key} has no word in {}", lang.code()));
            }
            words[lang] = list.leak();
        }
        if row[col("source")?].trim().is_empty() {
            return Err(format!("unit {key} has no source"));
        }
        if out.iter().any(|u| u.key == key) {
            return Err(format!("unit {key} is listed twice"));
        }
        out.push(Unit {
            key,
            kind,
            words,
            portion_word: keep(&row[col("portion_words")?]),
            source: keep(&row[col("source")?]),
        });
    }
    Ok(out)
}

fn positive(what: &str) -> impl Fn(f64) -> Result<f64, String> + '_ {
    move |x| if x > 0.0 { Ok(x) } else { Err(format!("unit {what}: the amount must be above 0")) }
}

/// One food of the day as the reader wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribedLine {
    /// The line as typed, trimmed.
    pub text: String,
    /// How many of `unit`, or of the food's usual portion when there is no
    /// unit; 1 when the line gives no amount; 0 if the reader wrote 0.
    pub quantity: f64,
    /// The line gave an amount (or a count).
    pub quantity_given: bool,
    pub unit: Option<&'static Unit>,
    /// The words left for the food, lower case ("wholemeal bread").
    pub food: String,
}

/// More than anyone eats of one line (a typo such as "2000 bananas" stays
/// visible to the reader instead of becoming a figure).
pub const MAX_QUANTITY: f64 = 10_000.0;

/// The lines of a day: one food per line, or separated by commas or
/// semicolons; a comma between two digits is a decimal comma ("1,5 l").
pub fn split_day(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let decimal_comma = c == ','
            && i > 0
            && chars[i - 1].1.is_ascii_digit()
            && chars.get(i + 1).is_some_and(|(_, n)| n.is_ascii_digit());
        if matches!(c, '\n' | '\r' | ';') || (c == ',' && !decimal_comma) {
            out.push(&text[start..at]);
            start = at + c.len_utf8();
        }
    }
    out.push(&text[start..]);
    out.into_iter().map(str::trim).filter(|l| !l.is_empty()).collect()
}

/// Reads every line of a day with the bundled units.
pub fn parse_day(text: &str) -> Vec<DescribedLine> {
    split_day(text).into_iter().map(|line| parse_line(line, units())).collect()
}

/// Number words of the four languages (articles count as one).
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("a", 1.0),
    ("an", 1.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("half", 0.5),
    ("un", 1.0),
    ("una", 1.0),
    ("uno", 1.0),
    ("dos", 2.0),
    ("tres", 3.0),
    ("cuatro", 4.0),
    ("cinco", 5.0),
    ("seis", 6.0),
    ("siete", 7.0),
    ("ocho", 8.0),
    ("nueve", 9.0),
    ("diez", 10.0),
    ("medio", 0.5),
    ("media", 0.5),
    ("ein", 1.0),
    ("eine", 1.0),
    ("einen", 1.0),
    ("einem", 1.0),
    ("einer", 1.0),
    ("zwei", 2.0),
    ("drei", 3.0),
    ("vier", 4.0),
    ("fünf", 5.0),
    ("sechs", 6.0),
    ("sieben", 7.0),
    ("acht", 8.0),
    ("neun", 9.0),
    ("zehn", 10.0),
    ("halb", 0.5),
    ("halbe", 0.5),
    ("halben", 0.5),
    ("halber", 0.5),
    ("halbes", 0.5),
    ("anderthalb", 1.5),
    ("une", 1.0),
    ("deux", 2.0),
    ("trois", 3.0),
    ("quatre", 4.0),
    ("cinq", 5.0),
    ("sept", 7.0),
    ("huit", 8.0),
    ("neuf", 9.0),
    ("dix", 10.0),
    ("demi", 0.5),
    ("demie", 0.5),
];

/// Words between a unit and its food: "a cup of tea", "una taza de té".
const CONNECTORS: &[&str] = &["of", "de", "del", "de la", "des", "du", "von", "vom"];

/// "½", "1/2", "1.5", "1,5", "1½": a number written with digits or a
/// fraction sign.
fn digits(token: &str) -> Option<f64> {
    let fraction = |c: char| match c {
        '½' => Some(0.5),
        '¼' => Some(0.25),
        '¾' => Some(0.75),
        '⅓' => Some(1.0 / 3.0),
        '⅔' => Some(2.0 / 3.0),
        '⅛' => Some(0.125),
        _ => None,
    };
    if let Some(last) = token.chars().last().and_then(fraction) {
        let whole = &token[..token.len() - token.chars().last()?.len_utf8()];
        return if whole.is_empty() { Some(last) } else { digits(whole).map(|w| w + last) };
    }
    if let Some((a, b)) = token.split_once('/') {
        let (a, b) = (plain(a)?, plain(b)?);
        return (b > 0.0).then(|| a / b);
    }
    plain(token)
}

/// Digits with at most one decimal point or comma.
fn plain(token: &str) -> Option<f64> {
    let ok = !token.is_empty()
        && token.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && token.chars().filter(|c| !c.is_ascii_digit()).count() <= 1
        && token.chars().next().is_some_and(|c| c.is_ascii_digit());
    if ok {
        token.replace(',', ".").parse().ok()
    } else {
        None
    }
}

/// A count written beside the food: "x3", "×3", "3x".
fn count(token: &str) -> Option<f64> {
    let t = token.strip_prefix(['x', '×']).or_else(|| token.strip_suffix(['x', '×']))?;
    plain(t).filter(|n| *n >= 1.0 && n.fract() == 0.0)
}

/// Reads one line: an amount (digits, a fraction or words), a unit in any
/// of the four languages, and the food; a count ("x3") multiplies.
pub fn parse_line(line: &str, units: &'static [Unit]) -> DescribedLine {
    let text = line.trim().to_string();
    let lower = text.to_lowercase();
    let mut tokens: Vec<String> = Vec::new();
    for raw in lower.split_whitespace() {
        let raw = raw.trim_matches(|c: char| matches!(c, '.' | '!' | '?' | '(' | ')' | ':'));
        // "200g", "1,5l", "250ml": the amount and its unit written together.
        let split = raw.find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '/')));
        match split {
            Some(at) if at > 0 && count(raw).is_none() && digits(&raw[..at]).is_some() => {
                tokens.push(raw[..at].to_string());
                tokens.push(raw[at..].to_string());
            }
            _ if !raw.is_empty() => tokens.push(raw.to_string()),
            _ => {}
        }
    }
    // "une demi-baguette": a half written onto the word.
    for at in 0..tokens.len().min(2) {
        let half =
            ["demi-", "half-", "medio-", "media-"].iter().find_map(|h| tokens[at].strip_prefix(h));
        if let Some(rest) = half.map(str::to_string) {
            tokens.splice(at..=at, ["half".to_string(), rest]);
            break;
        }
    }

    let mut quantity: Option<f64> = None;
    let mut i = 0;
    // The amount: digits ("1 1/2" too) or words ("half a", "un demi").
    if let Some(n) = tokens.first().and_then(|t| digits(t)) {
        quantity = Some(n);
        i = 1;
        if let Some(f) = tokens.get(1).and_then(|t| digits(t)).filter(|f| *f < 1.0) {
            quantity = Some(n + f);
            i = 2;
        }
    } else if let Some(n) = tokens.first().and_then(|t| word_number(t)) {
        quantity = Some(n);
        i = 1;
        // "half a cup", "un demi verre", "eine halbe Tasse".
        if let Some(m) = tokens.get(1).and_then(|t| word_number(t)) {
            if n == 0.5 || m == 0.5 {
                quantity = Some(n * m);
                i = 2;
            }
        }
    }
    // A count: "3x coffee", "coffee x3", "coffee x 3".
    let mut times = 1.0;
    if let Some(c) = tokens.get(i).and_then(|t| count(t)) {
        times = c;
        i += 1;
    } else if quantity.is_some() && tokens.get(i).is_some_and(|t| t == "x" || t == "×") {
        i += 1;
    }
    let mut end = tokens.len();
    if end > i {
        if let Some(c) = count(&tokens[end - 1]) {
            times *= c;
            end -= 1;
        } else if end >= i + 2
            && matches!(tokens[end - 2].as_str(), "x" | "×")
            && plain(&tokens[end - 1]).is_some()
        {
            times *= plain(&tokens[end - 1]).unwrap_or(1.0);
            end -= 2;
        }
    }
    // The unit: the longest unit phrase at this point, in any language.
    let mut unit = None;
    if let Some((u, length)) = find_unit(&tokens[i..end], units) {
        unit = Some(u);
        i += length;
        // "a slice", "2 large": a size may stand before another unit word too.
        if matches!(u.kind, UnitKind::Portion) {
            if let Some((v, l)) = find_unit(&tokens[i..end], units) {
                if !matches!(v.kind, UnitKind::Portion) {
                    unit = Some(v);
                    i += l;
                }
            }
        }
    }
    // "of", "de", "d'eau", "de la".
    for connector in CONNECTORS {
        let words: Vec<&str> = connector.split(' ').collect();
        if unit.is_some()
            && tokens.len() >= i + words.len()
            && tokens[i..i + words.len()].iter().zip(&words).all(|(t, w)| t == w)
        {
            i += words.len();
            break;
        }
    }
    if let Some(t) = tokens.get_mut(i) {
        if let Some(rest) = t.strip_prefix("d'").or_else(|| t.strip_prefix("d’")) {
            *t = rest.to_string();
        }
    }
    // "2 tomates grandes", "une pomme moyenne": a size after the food.
    if unit.is_none() && end >= i + 2 {
        let size = units.iter().find(|u| {
            matches!(u.kind, UnitKind::Portion)
                && !u.portion_word.is_empty()
                && Lang::ALL.iter().any(|&l| u.words[l].contains(&tokens[end - 1].as_str()))
        });
        if let Some(size) = size {
            unit = Some(size);
            end -= 1;
        }
    }
    let food = tokens.get(i..end).map(|t| t.join(" ")).unwrap_or_default();
    let given = quantity.is_some() || times != 1.0;
    let quantity = (quantity.unwrap_or(1.0) * times).min(MAX_QUANTITY);
    DescribedLine { text, quantity, quantity_given: given, unit, food }
}

fn word_number(token: &str) -> Option<f64> {
    NUMBER_WORDS.iter().find(|(w, _)| *w == token).map(|(_, n)| *n)
}

/// The unit whose words start `tokens`, the longest phrase first; and how
/// many tokens it takes.
fn find_unit(tokens: &[String], units: &'static [Unit]) -> Option<(&'static Unit, usize)> {
    let mut best: Option<(&'static Unit, usize)> = None;
    for unit in units {
        for lang in Lang::ALL {
            for phrase in unit.words[lang].iter() {
                // The phrase's words against the tokens, without allocating.
                let mut length = 0;
                let fits = phrase.split(' ').enumerate().all(|(k, w)| {
                    length = k + 1;
                    tokens.get(k).is_some_and(|t| t == w)
                });
                // A unit needs a food after it ("2 large eggs", not "2 large").
                if fits && tokens.len() > length && best.is_none_or(|(_, l)| length > l) {
                    best = Some((unit, length));
                }
            }
        }
    }
    best
}

// ---- a line against the food table ----

/// How much of a food a line means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    pub grams: f64,
    /// The SR28 portion it was read as (seq), None for a weight or a volume.
    pub portion: Option<u32>,
}

/// Why a line's amount could not be turned into grams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureProblem {
    /// "0 g", or an amount so large it was cut.
    NoAmount,
    /// No unit and the food has no household portion: grams are needed.
    NeedsGrams,
}

/// The grams `line` means of `food`: a weight as written; a volume through
/// the food's own SR28 portion of that name where it has one (a cup of
/// milk weighs what SR28's cup of milk weighs), else at 1 g per ml; a
/// portion word through the food's portion of that name; no unit through
/// the food's usual portion.
pub fn measure(line: &DescribedLine, food: &Food) -> Result<Measure, MeasureProblem> {
    if line.quantity <= 0.0 || line.quantity >= MAX_QUANTITY {
        return Err(MeasureProblem::NoAmount);
    }
    let q = line.quantity;
    let named = |u: &Unit| own_portion(food, u);
    let usual = || food.default_portion().map(|i| &food.portions[i]);
    let measure = match line.unit.map(|u| (u, u.kind)) {
        Some((_, UnitKind::Mass(g))) => Measure { grams: q * g, portion: None },
        Some((u, UnitKind::Volume(ml))) => match named(u) {
            Some((seq, grams)) => Measure { grams: q * grams, portion: Some(seq) },
            None => match units().iter().find(|c| c.key == "cup").and_then(named) {
                // A glass of milk: SR28's cup of milk, scaled to the glass.
                Some((_, cup)) => Measure { grams: q * ml / CUP_ML * cup, portion: None },
                None => Measure { grams: q * ml, portion: None },
            },
        },
        Some((u, UnitKind::Portion)) => match named(u) {
            Some((seq, grams)) => Measure { grams: q * grams, portion: Some(seq) },
            None => {
                let p = usual().ok_or(MeasureProblem::NeedsGrams)?;
                Measure { grams: q * p.grams, portion: Some(p.seq) }
            }
        },
        None => {
            let p = usual().ok_or(MeasureProblem::NeedsGrams)?;
            Measure { grams: q * p.grams, portion: Some(p.seq) }
        }
    };
    Ok(measure)
}

/// A US cup in ml (the `cup` row of describe_units.csv says the same).
const CUP_ML: f64 = 236.5882365;

/// The food's own SR28 portion that is `unit` (its portion word, or one of
/// its English words: SR28 writes "tablespoon" as well as "tbsp"), and the
/// grams in one: a portion named exactly so first ("slice"), then one whose
/// name starts with it ("slice, large"), then one that has it ("potato
/// medium").
fn own_portion(food: &Food, unit: &Unit) -> Option<(u32, f64)> {
    let names: Vec<&str> = std::iter::once(unit.portion_word)
        .chain(unit.words[Lang::En].iter().copied())
        .filter(|w| !w.is_empty() && !w.contains(' '))
        .collect();
    if unit.portion_word.is_empty() {
        return None;
    }
    let rank = |p: &super::food_table::Portion| {
        let unit_words: Vec<String> = p
            .unit
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let is = |w: &String| names.contains(&w.as_str());
        if unit_words.len() == 1 && is(&unit_words[0]) {
            Some(0)
        } else if unit_words.first().is_some_and(is) {
            Some(1)
        } else if unit_words.iter().any(is) {
            Some(2)
        } else {
            None
        }
    };
    let best = food.portions.iter().filter_map(|p| Some((rank(p)?, p))).min_by_key(|(r, _)| *r)?.1;
    let amount: f64 = best.amount.parse().ok().filter(|a: &f64| *a > 0.0)?;
    Some((best.seq, best.grams / amount))
}

/// How well a line's words found its food.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Every word of the line is in the food's name (in English, through
    /// the synonyms of any language).
    Strong,
    /// The search found foods, but some of the line's words are in none of
    /// them: the reader should check.
    Weak,
    /// Nothing matched.
    None,
}

/// A line with the foods it may mean, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct LineMatch {
    pub line: DescribedLine,
    pub foods: Vec<FoodId>,
    pub strength: Strength,
}

/// The readings tried when a whole line finds nothing, step by step: one
/// word left out, two, then each word alone (the line's one food word
/// among others).
fn fewer_words(reading: &str, step: usize) -> Vec<String> {
    match step {
        0 | 1 => without_words(reading, step + 1),
        _ => reading
            .split_whitespace()
            .filter(|w| w.chars().count() > 2)
            .map(str::to_string)
            .collect(),
    }
}

/// `reading` with `count` of its words left out, every way (for lines of up
/// to eight words; a longer line is searched whole only).
fn without_words(reading: &str, count: usize) -> Vec<String> {
    let all: Vec<&str> = reading.split_whitespace().collect();
    if all.len() <= count || all.len() > 8 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let n = all.len();
    for mask in 0u32..(1 << n) {
        if mask.count_ones() as usize == count {
            let kept: Vec<&str> = (0..n).filter(|i| mask & (1 << i) == 0).map(|i| all[i]).collect();
            out.push(kept.join(" "));
        }
    }
    out
}

/// Words that join a dish's parts and mean no food.
const JOINING: &[&str] =
    &["with", "and", "con", "y", "mit", "und", "avec", "et", "au", "aux", "a", "la", "el"];

/// Finds the foods a line means: the line's words read in each language's
/// synonyms (a Spanish line in a German widget still reads), each reading
/// searched, the best hits first.
pub fn match_line(
    line: DescribedLine,
    table: &FoodTable,
    index: &SearchIndex,
    limit: usize,
) -> LineMatch {
    let mut readings: Vec<String> =
        Lang::ALL.iter().map(|l| to_english(l.code(), &line.food)).collect();
    readings.sort();
    readings.dedup();
    let search = |readings: &[String]| {
        let mut best: Vec<(usize, i32, usize)> = Vec::new(); // (food index, score, reading)
        for (r, reading) in readings.iter().enumerate() {
            for hit in index.search(reading, limit) {
                match best.iter_mut().find(|(f, _, _)| *f == hit.food_index) {
                    Some(b) if b.1 < hit.score => *b = (hit.food_index, hit.score, r),
                    Some(_) => {}
                    None => best.push((hit.food_index, hit.score, r)),
                }
            }
        }
        best.sort_by_key(|&(f, score, _)| (std::cmp::Reverse(score), f));
        best.truncate(limit);
        best
    };
    let mut best = search(&readings);
    let mut strength = Strength::Strong;
    if best.is_empty() {
        // Nothing has every word ("banana with my granny's custard"): the
        // most words that still find a food, and the reader is asked to check.
        for step in 0..3 {
            let fewer: Vec<String> = readings.iter().flat_map(|r| fewer_words(r, step)).collect();
            best = search(&fewer);
            if !best.is_empty() {
                readings = fewer;
                strength = Strength::Weak;
                break;
            }
        }
    }
    let strength = match best.first() {
        None => Strength::None,
        Some(_) if strength == Strength::Weak => Strength::Weak,
        Some(&(f, _, r)) => {
            let food = &table.foods()[f];
            let name = words(&format!("{} {}", food.description, food.common_name));
            let all_found =
                words(&readings[r]).iter().filter(|w| !JOINING.contains(&w.as_str())).all(|w| {
                    name.iter().any(|n| {
                        n.starts_with(w.as_str()) || w.starts_with(n.as_str()) && n.len() >= 4
                    })
                });
            if all_found {
                Strength::Strong
            } else {
                Strength::Weak
            }
        }
    };
    let foods = best.iter().map(|&(f, _, _)| table.foods()[f].id).collect();
    LineMatch { line, foods, strength }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> (f64, Option<&'static str>, String) {
        let l = parse_line(text, units());
        (l.quantity, l.unit.map(|u| u.key), l.food)
    }

    #[test]
    fn a_day_splits_at_lines_commas_and_semicolons_but_not_decimal_commas() {
        assert_eq!(
            split_day("porridge with milk, a banana;\n\n1,5 l water , 2 eggs"),
            vec!["porridge with milk", "a banana", "1,5 l water", "2 eggs"]
        );
    }

    #[test]
    fn amounts_in_digits_fractions_and_words() {
        assert_eq!(line("200g rice"), (200.0, Some("g"), "rice".into()));
        assert_eq!(line("1,5 l water"), (1.5, Some("l"), "water".into()));
        assert_eq!(line("1/2 cup oats"), (0.5, Some("cup"), "oats".into()));
        assert_eq!(line("½ avocado"), (0.5, None, "avocado".into()));
        assert_eq!(line("1 1/2 cups milk"), (1.5, Some("cup"), "milk".into()));
        assert_eq!(line("1½ cups milk"), (1.5, Some("cup"), "milk".into()));
        assert_eq!(line("a banana"), (1.0, None, "banana".into()));
        assert_eq!(
            line("two slices of wholemeal bread"),
            (2.0, Some("slice"), "wholemeal bread".into())
        );
        assert_eq!(line("half a cup of rice"), (0.5, Some("cup"), "rice".into()));
        assert_eq!(line("a handful of almonds"), (1.0, Some("handful"), "almonds".into()));
    }

    #[test]
    fn counts_multiply() {
        assert_eq!(line("3 coffees"), (3.0, None, "coffees".into()));
        assert_eq!(line("coffee x3"), (3.0, None, "coffee".into()));
        assert_eq!(line("coffee x 3"), (3.0, None, "coffee".into()));
        assert_eq!(line("2x yogurt"), (2.0, None, "yogurt".into()));
        assert_eq!(line("2 cups of tea x2"), (4.0, Some("cup"), "tea".into()));
    }

    #[test]
    fn every_language_reads_its_own_words() {
        assert_eq!(line("una taza de café"), (1.0, Some("cup"), "café".into()));
        assert_eq!(
            line("dos rebanadas de pan integral"),
            (2.0, Some("slice"), "pan integral".into())
        );
        assert_eq!(line("un puñado de almendras"), (1.0, Some("handful"), "almendras".into()));
        assert_eq!(line("medio vaso de leche"), (0.5, Some("glass"), "leche".into()));
        assert_eq!(line("eine Tasse Kaffee"), (1.0, Some("cup"), "kaffee".into()));
        assert_eq!(line("2 EL Erdnussbutter"), (2.0, Some("tbsp"), "erdnussbutter".into()));
        assert_eq!(line("zwei Scheiben Vollkornbrot"), (2.0, Some("slice"), "vollkornbrot".into()));
        assert_eq!(line("eine Handvoll Mandeln"), (1.0, Some("handful"), "mandeln".into()));
        assert_eq!(line("ein Glas Milch"), (1.0, Some("glass"), "milch".into()));
        assert_eq!(line("une tasse de café"), (1.0, Some("cup"), "café".into()));
        assert_eq!(
            line("2 cuillères à soupe de beurre de cacahuète"),
            (2.0, Some("tbsp"), "beurre de cacahuète".into())
        );
        assert_eq!(line("une poignée d'amandes"), (1.0, Some("handful"), "amandes".into()));
        assert_eq!(line("un verre d'eau"), (1.0, Some("glass"), "eau".into()));
        assert_eq!(
            line("deux tranches de pain complet"),
            (2.0, Some("slice"), "pain complet".into())
        );
        assert_eq!(line("une demi-baguette"), (0.5, None, "baguette".into()));
    }

    #[test]
    fn sizes_and_lines_without_an_amount() {
        assert_eq!(line("2 large eggs"), (2.0, Some("large"), "eggs".into()));
        assert_eq!(line("a medium banana"), (1.0, Some("medium"), "banana".into()));
        assert_eq!(line("2 tomates grandes"), (2.0, Some("large"), "tomates".into()));
        assert_eq!(line("une petite pomme"), (1.0, Some("small"), "pomme".into()));
        assert_eq!(line("un bol de cornflakes"), (1.0, Some("bowl"), "cornflakes".into()));
        let porridge = parse_line("porridge with milk", units());
        assert_eq!((porridge.quantity, porridge.quantity_given), (1.0, false));
        assert_eq!(porridge.food, "porridge with milk");
        // A unit word with no food after it is the food's name.
        assert_eq!(line("2 large"), (2.0, None, "large".into()));
        assert_eq!(line("200 g"), (200.0, None, "g".into()));
    }

    #[test]
    fn the_generated_units_are_the_file_read_again() {
        let read = parse_units(include_str!("../../data/reference/describe_units.csv")).unwrap();
        assert_eq!(units(), read.as_slice());
        let cup = units().iter().find(|u| u.key == "cup").unwrap();
        assert_eq!(cup.kind, UnitKind::Volume(236.5882365));
        assert!(units().iter().all(|u| Lang::ALL.iter().all(|&l| !u.words[l].is_empty())));
    }

    #[test]
    fn a_unit_without_a_word_or_a_source_is_refused() {
        let head = "unit,kind,amount,words_en,words_es,words_de,words_fr,portion_words,source\n";
        assert!(
            parse_units(&format!("{head}cup,volume,236,cup,taza,tasse,tasse,cup,NIST\n")).is_ok()
        );
        assert!(parse_units(&format!("{head}cup,volume,236,cup,,tasse,tasse,cup,NIST\n")).is_err());
        assert!(parse_units(&format!("{head}cup,volume,236,cup,taza,tasse,tasse,cup,\n")).is_err());
        assert!(
            parse_units(&format!("{head}cup,volume,0,cup,taza,tasse,tasse,cup,NIST\n")).is_err()
        );
        assert!(parse_units(&format!("{head}cup,spoon,1,cup,taza,tasse,tasse,cup,NIST\n")).is_err());
    }
}
