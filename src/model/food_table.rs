//! The USDA SR28 food table: 8,050 foods with magnesium, their household
//! portions, and the compact binary form the widget downloads.
//!
//! `data/usda/*.csv` is the reviewable source (provenance in
//! `data/usda/SOURCE.md`). `encode` turns it into a few-hundred-KB file that
//! gzips small, because descriptions are stored as indices into a shared word
//! list (most words repeat: "cooked,", "raw", "Beef,") and every column is
//! stored together. `decode` reads it back and rejects anything truncated,
//! corrupted or of another version with a clear error, never a panic.
//!
//! Format, version 1 (all integers unsigned LEB128 varints unless noted):
//! ```text
//! "MGFT" u8:version u32-LE:body-length  body  u32-LE:FNV-1a-32 of body
//! body: strings(words) strings(units) strings(amounts) strings(groups)
//!       N  id-deltas[N]  group[N]  mg[N]  survey[N]
//!       description[N]  common-name[N]          (each: count, word indices)
//!       portion-count[N]  portions...            (seq, amount, unit, centigrams)
//! strings: count, then (byte length, UTF-8 bytes) each
//! ```

use super::csv;
use super::varint::{put, Cursor, ReadError};
use std::fmt;

const MAGIC: &[u8; 4] = b"MGFT";
const VERSION: u8 = 1;
/// Magic, version and body length.
const HEADER: usize = 9;
/// Bounds that a well-formed file never reaches; a damaged length field is caught by them.
const MAX_FOODS: usize = 100_000;
const MAX_LIST: usize = 1_000_000;

/// One household portion, e.g. "1 cup, chopped" weighing 180 g.
#[derive(Debug, Clone, PartialEq)]
pub struct Portion {
    /// SR28 sequence number within the food (stable, used in share links).
    pub seq: u32,
    /// The amount as written in SR28, e.g. "1", "0.5".
    pub amount: String,
    pub unit: String,
    /// Gram weight of `amount × unit`.
    pub grams: f64,
}

impl Portion {
    /// "1 cup, chopped", "0.5 cup"
    pub fn label(&self) -> String {
        format!("{} {}", self.amount, self.unit)
    }
}

/// A food's SR28 NDB number: its one id everywhere (the table, logged
/// entries, share links, quick picks). SR28 writes it with five digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FoodId(pub u32);

impl fmt::Display for FoodId {
    /// "09040", as SR28 writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:05}", self.0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Food {
    pub id: FoodId,
    pub description: String,
    /// SR28 `ComName`, e.g. "hot dog, frank, wiener"; empty when none.
    pub common_name: String,
    pub group: String,
    pub mg_per_100g: u32,
    /// Used in the US diet survey (FNDDS/NHANES): a proxy for "commonly eaten".
    pub in_survey: bool,
    pub portions: Vec<Portion>,
}

impl Food {
    /// Magnesium in a given weight of this food.
    pub fn magnesium_mg(&self, grams: f64) -> f64 {
        f64::from(self.mg_per_100g) * grams / 100.0
    }

    pub fn portion(&self, seq: u32) -> Option<&Portion> {
        self.portions.iter().find(|p| p.seq == seq)
    }

    /// The index of the household portion a person most likely means (one
    /// medium fruit, one cup of milk, one ounce of nuts, one slice of bread,
    /// two tablespoons of peanut butter, one large egg); None when the food
    /// has no portions. Ties go to SR28's order.
    pub fn default_portion(&self) -> Option<usize> {
        // The food's own words, with their singulars ("potatoes" -> "potato").
        let name: Vec<String> = words(&self.description)
            .into_iter()
            .flat_map(|w| {
                let singular =
                    w.strip_suffix("es").or_else(|| w.strip_suffix('s')).map(str::to_string);
                [Some(w), singular].into_iter().flatten()
            })
            .collect();
        let score = |p: &Portion| -> u32 {
            let unit = words(&p.unit);
            let first = unit.first().map_or("", String::as_str);
            let has = |w: &str| unit.iter().any(|u| u == w);
            let names_the_food = name.iter().any(|n| n == first)
                && !matches!(first, "cup" | "oz" | "tbsp" | "tsp" | "slice" | "serving" | "nlea");
            match first {
                // "1 cup yields": an amount of something else, not of this food.
                _ if has("yield") || has("yields") => 30,
                "large" if name.iter().any(|n| n == "egg") => 101,
                "medium" => 100,
                _ if names_the_food && has("medium") => 100,
                "fruit" => 98,
                "tbsp" if p.amount == "2" => 95,
                "slice" => 94,
                "container" => 92,
                "oz" => 90,
                _ if names_the_food => 85,
                "cup" => 80,
                "tbsp" => 75,
                "nlea" => 60,
                "fl" => 20,
                _ => 40,
            }
        };
        // max_by_key keeps the last of equals: go backwards so SR28's first wins.
        (0..self.portions.len()).rev().max_by_key(|&i| score(&self.portions[i]))
    }
}

/// The words of a text in lower case, without digits and punctuation:
/// "1 cup, chopped" -> ["cup", "chopped"].
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// All foods, sorted by id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FoodTable {
    foods: Vec<Food>,
}

/// Why a food-table file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    NotAFoodTable,
    UnsupportedVersion(u8),
    Truncated,
    ChecksumMismatch,
    Corrupt(&'static str),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotAFoodTable => write!(f, "the file is not a food table"),
            DecodeError::UnsupportedVersion(v) => {
                write!(f, "the food table is version {v}; this widget reads version {VERSION}")
            }
            DecodeError::Truncated => {
                write!(f, "the food table is incomplete (the download was cut short)")
            }
            DecodeError::ChecksumMismatch => {
                write!(f, "the food table is damaged (checksum mismatch)")
            }
            DecodeError::Corrupt(what) => write!(f, "the food table is damaged ({what})"),
        }
    }
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}

/// Grams are stored in hundredths: SR28 gram weights have at most two decimals.
fn grams_to_centigrams(grams: &str) -> Result<u64, String> {
    let (whole, fraction) = grams.split_once('.').unwrap_or((grams, ""));
    if fraction.len() > 2
        || whole.is_empty()
        || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit())
    {
        return Err(format!("gram weight {grams:?} is not a number with at most two decimals"));
    }
    let whole: u64 = whole.parse().map_err(|_| format!("gram weight {grams:?} is too large"))?;
    let fraction: u64 = format!("{fraction:0<2}").parse().unwrap_or(0);
    Ok(whole * 100 + fraction)
}

impl FoodTable {
    /// Reads `foods.csv` and `portions.csv` (columns as in `data/usda/SOURCE.md`).
    pub fn from_csv(foods_csv: &str, portions_csv: &str) -> Result<FoodTable, String> {
        let foods = csv::parse(foods_csv).map_err(|e| format!("foods.csv {e}"))?;
        let col = |name: &str| foods.column(name).map_err(|e| format!("foods.csv {e}"));
        let (c_id, c_desc, c_group, c_mg, c_survey, c_common) = (
            col("ndb_id")?,
            col("description")?,
            col("food_group")?,
            col("magnesium_mg_per_100g")?,
            col("in_fndds_survey")?,
            col("common_name")?,
        );
        let mut table = Vec::with_capacity(foods.rows.len());
        for (i, r) in foods.rows.iter().enumerate() {
            let at = |what: &str| format!("foods.csv line {}: {what}", i + 2);
            let id: u32 = r[c_id].parse().map_err(|_| at("ndb_id is not a number"))?;
            if table.last().is_some_and(|f: &Food| f.id.0 >= id) {
                return Err(at("ndb_id is not in ascending order"));
            }
            table.push(Food {
                id: FoodId(id),
                description: r[c_desc].clone(),
                common_name: r[c_common].clone(),
                group: r[c_group].clone(),
                mg_per_100g: r[c_mg].parse().map_err(|_| at("magnesium is not a whole number"))?,
                in_survey: r[c_survey] == "1",
                portions: Vec::new(),
            });
        }
        let portions = csv::parse(portions_csv).map_err(|e| format!("portions.csv {e}"))?;
        let col = |name: &str| portions.column(name).map_err(|e| format!("portions.csv {e}"));
        let (p_id, p_seq, p_amount, p_unit, p_grams) =
            (col("ndb_id")?, col("seq")?, col("amount")?, col("unit")?, col("grams")?);
        for (i, r) in portions.rows.iter().enumerate() {
            let at = |what: &str| format!("portions.csv line {}: {what}", i + 2);
            let id: u32 = r[p_id].parse().map_err(|_| at("ndb_id is not a number"))?;
            let index = table
                .binary_search_by_key(&FoodId(id), |f| f.id)
                .map_err(|_| at("ndb_id is not in foods.csv"))?;
            let centigrams = grams_to_centigrams(&r[p_grams]).map_err(|e| at(&e))?;
            if centigrams == 0 {
                return Err(at("grams must be above zero"));
            }
            table[index].portions.push(Portion {
                seq: r[p_seq].parse().map_err(|_| at("seq is not a number"))?,
                amount: r[p_amount].clone(),
                unit: r[p_unit].clone(),
                grams: centigrams as f64 / 100.0,
            });
        }
        Ok(FoodTable { foods: table })
    }

    pub fn len(&self) -> usize {
        self.foods.len()
    }

    pub fn is_empty(&self) -> bool {
        self.foods.is_empty()
    }

    pub fn foods(&self) -> &[Food] {
        &self.foods
    }

    /// A food by its NDB number.
    pub fn food(&self, id: FoodId) -> Option<&Food> {
        self.foods.binary_search_by_key(&id, |f| f.id).ok().map(|i| &self.foods[i])
    }

    pub fn portion_count(&self) -> usize {
        self.foods.iter().map(|f| f.portions.len()).sum()
    }

    /// The compact binary form (see the module comment).
    pub fn encode(&self) -> Vec<u8> {
        let words = Dictionary::build(self.foods.iter().flat_map(|f| {
            f.description.split(' ').chain(f.common_name.split(' ').filter(|w| !w.is_empty()))
        }));
        let units = Dictionary::build(
            self.foods.iter().flat_map(|f| f.portions.iter().map(|p| p.unit.as_str())),
        );
        let amounts = Dictionary::build(
            self.foods.iter().flat_map(|f| f.portions.iter().map(|p| p.amount.as_str())),
        );
        let groups = Dictionary::build(self.foods.iter().map(|f| f.group.as_str()));

        let mut body = Vec::new();
        for dictionary in [&words, &units, &amounts, &groups] {
            put(&mut body, dictionary.entries.len() as u64);
            for entry in &dictionary.entries {
                put(&mut body, entry.len() as u64);
                body.extend_from_slice(entry.as_bytes());
            }
        }
        put(&mut body, self.foods.len() as u64);
        let mut previous = 0;
        for f in &self.foods {
            put(&mut body, u64::from(f.id.0 - previous));
            previous = f.id.0;
        }
        self.foods.iter().for_each(|f| put(&mut body, groups.index(&f.group)));
        self.foods.iter().for_each(|f| put(&mut body, u64::from(f.mg_per_100g)));
        self.foods.iter().for_each(|f| body.push(u8::from(f.in_survey)));
        let put_words = |body: &mut Vec<u8>, text: &str| {
            let tokens: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
            put(body, tokens.len() as u64);
            tokens.iter().for_each(|w| put(body, words.index(w)));
        };
        self.foods.iter().for_each(|f| put_words(&mut body, &f.description));
        self.foods.iter().for_each(|f| put_words(&mut body, &f.common_name));
        self.foods.iter().for_each(|f| put(&mut body, f.portions.len() as u64));
        for p in self.foods.iter().flat_map(|f| &f.portions) {
            put(&mut body, u64::from(p.seq));
            put(&mut body, amounts.index(&p.amount));
            put(&mut body, units.index(&p.unit));
            put(&mut body, (p.grams * 100.0).round() as u64);
        }

        let mut out = Vec::with_capacity(body.len() + HEADER + 4);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&(body.len() as u32).to_le_bytes());
        out.extend_from_slice(&body);
        out.extend_from_slice(&fnv1a(&body).to_le_bytes());
        out
    }

    /// Reads the compact form; anything damaged is an error, never a panic.
    pub fn decode(bytes: &[u8]) -> Result<FoodTable, DecodeError> {
        let mut decoder = FoodTableDecoder::new(bytes)?;
        while !decoder.step(usize::MAX)? {}
        decoder.finish()
    }
}

/// Reads the compact form a slice at a time (`step`), so that the browser
/// can take its turn in between: on a phone the whole table is a long task.
/// The same reading as `FoodTable::decode`, which runs it in one go.
pub struct FoodTableDecoder<'a> {
    r: Reader<'a>,
    words: Vec<String>,
    units: Vec<String>,
    amounts: Vec<String>,
    groups: Vec<String>,
    ids: Vec<u32>,
    /// Index into `groups`.
    group_of: Vec<usize>,
    mg: Vec<u32>,
    survey: Vec<bool>,
    descriptions: Vec<String>,
    common_names: Vec<String>,
    portion_counts: Vec<usize>,
    foods: Vec<Food>,
}

impl<'a> FoodTableDecoder<'a> {
    /// Checks the header and checksum and reads the dictionaries and the
    /// small columns (ids, groups, magnesium, survey flags).
    pub fn new(bytes: &'a [u8]) -> Result<FoodTableDecoder<'a>, DecodeError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(if MAGIC.starts_with(bytes) {
                DecodeError::Truncated
            } else {
                DecodeError::NotAFoodTable
            });
        }
        let version = *bytes.get(4).ok_or(DecodeError::Truncated)?;
        if version != VERSION {
            return Err(DecodeError::UnsupportedVersion(version));
        }
        let length = bytes.get(5..HEADER).ok_or(DecodeError::Truncated)?;
        let length = u32::from_le_bytes([length[0], length[1], length[2], length[3]]) as usize;
        let end = HEADER.checked_add(length).ok_or(DecodeError::Corrupt("length"))?;
        let (body, checksum) = match (bytes.get(HEADER..end), bytes.get(end..)) {
            (Some(body), Some(checksum)) if checksum.len() >= 4 => (body, checksum),
            _ => return Err(DecodeError::Truncated),
        };
        if checksum.len() > 4 {
            return Err(DecodeError::Corrupt("extra bytes after the table"));
        }
        if fnv1a(body).to_le_bytes() != checksum {
            return Err(DecodeError::ChecksumMismatch);
        }
        let mut r = Reader { cursor: Cursor::new(body) };
        let words = r.strings()?;
        let units = r.strings()?;
        let amounts = r.strings()?;
        let groups = r.strings()?;
        let n = r.count(MAX_FOODS)?;
        let mut ids = Vec::with_capacity(n);
        let mut id: u32 = 0;
        for _ in 0..n {
            let delta = u32::try_from(r.varint()?).map_err(|_| DecodeError::Corrupt("food id"))?;
            id = id.checked_add(delta).ok_or(DecodeError::Corrupt("food id"))?;
            if delta == 0 && !ids.is_empty() {
                return Err(DecodeError::Corrupt("food ids repeat"));
            }
            ids.push(id);
        }
        let group_of: Vec<usize> =
            (0..n).map(|_| r.index(groups.len(), "food group")).collect::<Result<_, _>>()?;
        let mg: Vec<u32> = (0..n)
            .map(|_| {
                u32::try_from(r.varint()?).map_err(|_| DecodeError::Corrupt("magnesium value"))
            })
            .collect::<Result<_, _>>()?;
        let survey: Vec<bool> = (0..n)
            .map(|_| match r.byte()? {
                0 => Ok(false),
                1 => Ok(true),
                _ => Err(DecodeError::Corrupt("survey flag")),
            })
            .collect::<Result<_, _>>()?;
        Ok(FoodTableDecoder {
            r,
            words,
            units,
            amounts,
            groups,
            ids,
            group_of,
            mg,
            survey,
            descriptions: Vec::with_capacity(n),
            common_names: Vec::with_capacity(n),
            portion_counts: Vec::with_capacity(n),
            foods: Vec::with_capacity(n),
        })
    }

    /// Reads up to `budget` more items (a description, a common name, a
    /// portion count or a food's portions, in the file's order); true once
    /// every food is read.
    pub fn step(&mut self, budget: usize) -> Result<bool, DecodeError> {
        let n = self.ids.len();
        let r = &mut self.r;
        for _ in 0..budget {
            if self.descriptions.len() < n {
                self.descriptions.push(r.text(&self.words)?);
            } else if self.common_names.len() < n {
                self.common_names.push(r.text(&self.words)?);
            } else if self.portion_counts.len() < n {
                self.portion_counts.push(r.count(MAX_LIST)?);
            } else if self.foods.len() < n {
                let i = self.foods.len();
                let count = self.portion_counts[i];
                let mut portions = Vec::with_capacity(count.min(64));
                for _ in 0..count {
                    let seq = u32::try_from(r.varint()?)
                        .map_err(|_| DecodeError::Corrupt("portion number"))?;
                    let amount = r.pick(&self.amounts, "portion amount")?.clone();
                    let unit = r.pick(&self.units, "portion unit")?.clone();
                    let centigrams = r.varint()?;
                    if centigrams == 0 || centigrams > 100_000_000 {
                        return Err(DecodeError::Corrupt("portion weight"));
                    }
                    portions.push(Portion { seq, amount, unit, grams: centigrams as f64 / 100.0 });
                }
                // Each food takes its texts rather than a copy.
                self.foods.push(Food {
                    id: FoodId(self.ids[i]),
                    description: std::mem::take(&mut self.descriptions[i]),
                    common_name: std::mem::take(&mut self.common_names[i]),
                    group: self.groups[self.group_of[i]].clone(),
                    mg_per_100g: self.mg[i],
                    in_survey: self.survey[i],
                    portions,
                });
            } else {
                break;
            }
        }
        Ok(self.foods.len() == n)
    }

    /// The table, once `step` has said it is complete; an error if bytes are
    /// left over (or if it is not complete).
    pub fn finish(self) -> Result<FoodTable, DecodeError> {
        if self.foods.len() != self.ids.len() {
            return Err(DecodeError::Truncated);
        }
        if !self.r.cursor.is_at_end() {
            return Err(DecodeError::Corrupt("extra bytes after the table"));
        }
        Ok(FoodTable { foods: self.foods })
    }
}

/// Distinct strings, most frequent first, so the common ones get one-byte indices.
struct Dictionary {
    entries: Vec<String>,
    index: std::collections::HashMap<String, u64>,
}

impl Dictionary {
    fn build<'a>(items: impl Iterator<Item = &'a str>) -> Dictionary {
        let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        items.for_each(|s| *counts.entry(s).or_default() += 1);
        let mut entries: Vec<(&str, usize)> = counts.into_iter().collect();
        entries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let entries: Vec<String> = entries.into_iter().map(|(s, _)| s.to_string()).collect();
        let index = entries.iter().enumerate().map(|(i, s)| (s.clone(), i as u64)).collect();
        Dictionary { entries, index }
    }

    fn index(&self, s: &str) -> u64 {
        self.index[s]
    }
}

/// A `Cursor` whose failures read as food-table errors.
struct Reader<'a> {
    cursor: Cursor<'a>,
}

impl From<ReadError> for DecodeError {
    fn from(e: ReadError) -> DecodeError {
        match e {
            ReadError::Truncated => DecodeError::Truncated,
            ReadError::TooLong => DecodeError::Corrupt("number too long"),
        }
    }
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, DecodeError> {
        Ok(self.cursor.byte()?)
    }

    fn varint(&mut self) -> Result<u64, DecodeError> {
        Ok(self.cursor.varint()?)
    }

    fn count(&mut self, max: usize) -> Result<usize, DecodeError> {
        usize::try_from(self.varint()?)
            .ok()
            .filter(|n| *n <= max)
            .ok_or(DecodeError::Corrupt("count out of range"))
    }

    fn strings(&mut self) -> Result<Vec<String>, DecodeError> {
        let n = self.count(MAX_LIST)?;
        let mut out = Vec::with_capacity(n.min(65_536));
        for _ in 0..n {
            let len = self.count(MAX_LIST)?;
            let text = std::str::from_utf8(self.cursor.take(len)?)
                .map_err(|_| DecodeError::Corrupt("text is not UTF-8"))?;
            out.push(text.to_string());
        }
        Ok(out)
    }

    fn pick<'s>(
        &mut self,
        list: &'s [String],
        what: &'static str,
    ) -> Result<&'s String, DecodeError> {
        Ok(&list[self.index(list.len(), what)?])
    }

    /// An index below `len`.
    fn index(&mut self, len: usize, what: &'static str) -> Result<usize, DecodeError> {
        let i = self.varint()?;
        usize::try_from(i).ok().filter(|i| *i < len).ok_or(DecodeError::Corrupt(what))
    }

    fn text(&mut self, words: &[String]) -> Result<String, DecodeError> {
        let n = self.count(1_000)?;
        let mut text = String::new();
        for i in 0..n {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(self.pick(words, "description word")?);
        }
        Ok(text)
    }
}

/// Why the food table could not be loaded (the reader sees
/// the interface's `food_table_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FoodTableError {
    /// No answer: offline, or the request was refused.
    Network,
    /// The server answered with this HTTP status.
    Status(u16),
    /// The download stopped before the end.
    Interrupted,
    /// The file arrived but is not a food table this widget can read.
    Damaged(DecodeError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grams_keep_two_decimals_exactly() {
        assert_eq!(grams_to_centigrams("28.35"), Ok(2835));
        assert_eq!(grams_to_centigrams("14.2"), Ok(1420));
        assert_eq!(grams_to_centigrams("5717"), Ok(571_700));
        assert!(grams_to_centigrams("1.234").is_err());
        assert!(grams_to_centigrams("-1").is_err());
        assert!(grams_to_centigrams("").is_err());
    }
}
