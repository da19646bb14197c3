//! The quick estimate: how often the reader usually eats each food group,
//! turned into a range of usual magnesium intake.
//!
//! The groups, their SR28 foods and servings are in
//! `data/reference/questionnaire_groups.csv` and `questionnaire_foods.csv`
//! (with the reasoning in `data/reference/README.md`); build.rs computes each
//! group's magnesium per serving (lowest, median and highest of its foods)
//! from `data/usda`. The frequency words and their servings a week are in
//! `questionnaire_frequencies.csv`. Nothing numeric is written here: build.rs
//! reads both tables with this module's readers and writes them as Rust.
//!
//! `estimate` gives each group's low, typical and high magnesium a day (for
//! "where your magnesium comes from" and "what would raise it");
//! `model::usual_intake` turns the answers into the distribution of usual
//! intake that the reader is shown.

use super::csv::{self, number};
use super::lang::{Lang, Texts};
use super::written;
use std::borrow::Cow;

/// The answers' file; build.rs reads it (and its own groups table) with the
/// readers below and writes both lists as Rust (`to_rust`), so the widget
/// parses no CSV or number for them at run time.
pub const FREQUENCIES_CSV: &str =
    include_str!("../../data/reference/questionnaire_frequencies.csv");

/// Low, typical and high values of one figure.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Spread {
    pub low: f64,
    pub typical: f64,
    pub high: f64,
}

impl Spread {
    pub fn exactly(value: f64) -> Spread {
        Spread { low: value, typical: value, high: value }
    }

    /// Low with low, typical with typical, high with high.
    pub fn times(self, other: Spread) -> Spread {
        Spread {
            low: self.low * other.low,
            typical: self.typical * other.typical,
            high: self.high * other.high,
        }
    }

    pub fn plus(self, other: Spread) -> Spread {
        Spread {
            low: self.low + other.low,
            typical: self.typical + other.typical,
            high: self.high + other.high,
        }
    }

    pub fn scaled(self, factor: f64) -> Spread {
        self.times(Spread::exactly(factor))
    }
}

/// A question: one group of foods, its serving in household words, and the
/// magnesium in one serving across the group's foods.
#[derive(Debug, Clone, PartialEq)]
pub struct FoodGroup {
    /// The group's code in share links and stored inputs (`wire_id` column).
    pub wire_id: u32,
    pub key: Cow<'static, str>,
    /// Names and servings in en, es, de, fr.
    pub names: Texts,
    pub servings: Texts,
    pub mg_per_serving: Spread,
    /// Each of the group's foods in its serving, lowest first (the quick
    /// estimate's model draws the reader's usual food from these).
    pub mg_per_food: Cow<'static, [f64]>,
    /// How many SR28 foods the figures come from.
    pub food_count: usize,
    /// Offered in "what would raise it" (the NIH list's kinds of food: not
    /// refined grains, mixed dishes, snacks, sweets, meat or coffee).
    pub suggest: bool,
}

/// An answer: how often, and how many servings a week that means.
#[derive(Debug, Clone, PartialEq)]
pub struct Frequency {
    pub wire_id: u32,
    pub key: Cow<'static, str>,
    pub servings_per_week: Spread,
    /// The words in en, es, de, fr, and the short form shown on the answer buttons.
    pub labels: Texts,
    pub short_labels: Texts,
}

impl Frequency {
    pub fn servings_per_day(&self) -> Spread {
        self.servings_per_week.scaled(1.0 / 7.0)
    }
}

/// A text in each language from the columns `{prefix}_{code}` (`name_es`…).
fn translated(row: &[String], table: &csv::Table, prefix: &str) -> Result<Texts, String> {
    let mut out = Texts::default();
    for lang in Lang::ALL {
        let name = format!("{prefix}_{}", lang.code());
        let column = table.column(&name).map_err(|e| e.to_string())?;
        if row[column].trim().is_empty() {
            return Err(format!("{name} is empty for {:?}", row[0]));
        }
        out[lang] = row[column].clone().into();
    }
    Ok(out)
}

/// Parses the groups table written by build.rs.
pub fn parse_groups(text: &str) -> Result<Vec<FoodGroup>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let mut groups: Vec<FoodGroup> = Vec::new();
    for row in &t.rows {
        let key: Cow<'static, str> = row[col("group")?].clone().into();
        let wire_id = number(&row[col("wire_id")?], "wire_id")? as u32;
        if groups.iter().any(|g| g.wire_id == wire_id) {
            return Err(format!("questionnaire group wire_id {wire_id} is used twice"));
        }
        groups.push(FoodGroup {
            wire_id,
            names: translated(row, &t, "name")?,
            servings: translated(row, &t, "serving")?,
            mg_per_serving: Spread {
                low: number(&row[col("mg_low")?], &key)?,
                typical: number(&row[col("mg_typical")?], &key)?,
                high: number(&row[col("mg_high")?], &key)?,
            },
            mg_per_food: row[col("mg_foods")?]
                .split(';')
                .map(|mg| number(mg, &key))
                .collect::<Result<Vec<f64>, String>>()?
                .into(),
            food_count: number(&row[col("foods")?], &key)? as usize,
            suggest: match row[col("suggest")?].as_str() {
                "yes" => true,
                "no" => false,
                other => return Err(format!("group {key}: suggest {other:?} is not yes or no")),
            },
            key,
        });
    }
    Ok(groups)
}

pub fn parse_frequencies(text: &str) -> Result<Vec<Frequency>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let mut out: Vec<Frequency> = Vec::new();
    for row in &t.rows {
        let key = row[col("frequency")?].clone();
        let per_week = Spread {
            low: number(&row[col("servings_per_week_low")?], &key)?,
            typical: number(&row[col("servings_per_week_typical")?], &key)?,
            high: number(&row[col("servings_per_week_high")?], &key)?,
        };
        if !(per_week.low <= per_week.typical && per_week.typical <= per_week.high) {
            return Err(format!("frequency {key}: low, typical, high are out of order"));
        }
        let wire_id = number(&row[col("wire_id")?], "wire_id")? as u32;
        if out.iter().any(|f| f.wire_id == wire_id) {
            return Err(format!("frequency wire_id {wire_id} is used twice"));
        }
        out.push(Frequency {
            wire_id,
            servings_per_week: per_week,
            labels: translated(row, &t, "label")?,
            short_labels: translated(row, &t, "short")?,
            key: key.into(),
        });
    }
    Ok(out)
}

/// Both lists as build.rs wrote them (`bundled!`, model/mod.rs).
static GROUPS: &[FoodGroup] = bundled!("questionnaire_groups.rs", &[]);
static FREQUENCIES: &[Frequency] = bundled!("questionnaire_frequencies.rs", &[]);

/// The questions, in the order they are asked.
pub fn groups() -> &'static [FoodGroup] {
    GROUPS
}

/// The answers every question offers, least often first.
pub fn frequencies() -> &'static [Frequency] {
    FREQUENCIES
}

fn spread_to_rust(s: Spread) -> String {
    format!("Spread {{ low: {:?}, typical: {:?}, high: {:?} }}", s.low, s.typical, s.high)
}

/// The groups as a Rust slice of this module (build.rs writes it for `GROUPS`).
pub fn groups_to_rust(groups: &[FoodGroup]) -> String {
    written::slice(groups, |g| {
        format!(
            "FoodGroup {{ wire_id: {}, key: {}, names: {}, servings: {}, mg_per_serving: {}, mg_per_food: Cow::Borrowed(&{:?}), food_count: {}, suggest: {} }}",
            g.wire_id,
            written::text(&g.key),
            written::translated(&g.names),
            written::translated(&g.servings),
            spread_to_rust(g.mg_per_serving),
            g.mg_per_food,
            g.food_count,
            g.suggest
        )
    })
}

/// The answers as a Rust slice of this module (build.rs writes it for `FREQUENCIES`).
pub fn frequencies_to_rust(frequencies: &[Frequency]) -> String {
    written::slice(frequencies, |f| {
        format!(
            "Frequency {{ wire_id: {}, key: {}, servings_per_week: {}, labels: {}, short_labels: {} }}",
            f.wire_id,
            written::text(&f.key),
            spread_to_rust(f.servings_per_week),
            written::translated(&f.labels),
            written::translated(&f.short_labels)
        )
    })
}

pub fn group(wire_id: u32) -> Option<&'static FoodGroup> {
    groups().iter().find(|g| g.wire_id == wire_id)
}

pub fn frequency(wire_id: u32) -> Option<&'static Frequency> {
    frequencies().iter().find(|f| f.wire_id == wire_id)
}

/// The reader's answers: (group wire id, frequency wire id), one per answered group.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Answers {
    answers: Vec<(u32, u32)>,
}

impl Answers {
    /// Sets or changes the answer for a group; unknown ids are ignored.
    pub fn set(&mut self, group_id: u32, frequency_id: u32) {
        if group(group_id).is_none() || frequency(frequency_id).is_none() {
            return;
        }
        match self.answers.iter_mut().find(|(g, _)| *g == group_id) {
            Some(answer) => answer.1 = frequency_id,
            None => self.answers.push((group_id, frequency_id)),
        }
    }

    pub fn get(&self, group_id: u32) -> Option<u32> {
        self.answers.iter().find(|(g, _)| *g == group_id).map(|(_, f)| *f)
    }

    /// (group, frequency) pairs, in the order of the questions.
    pub fn pairs(&self) -> Vec<(u32, u32)> {
        groups().iter().filter_map(|g| self.get(g.wire_id).map(|f| (g.wire_id, f))).collect()
    }

    pub fn answered(&self) -> usize {
        self.answers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }
}

/// Magnesium a day from one group, as answered.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupIntake {
    pub group: &'static FoodGroup,
    pub frequency: &'static Frequency,
    pub mg_per_day: Spread,
}

/// Usual magnesium a day from food, estimated from the answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FoodEstimate {
    pub mg_per_day: Spread,
    /// Every answered group, largest typical contribution first.
    pub by_group: Vec<GroupIntake>,
    /// Questions not answered yet (they count as never).
    pub unanswered: usize,
}

/// The estimate for a set of answers.
pub fn estimate(answers: &Answers) -> FoodEstimate {
    let mut by_group: Vec<GroupIntake> = answers
        .pairs()
        .into_iter()
        .filter_map(|(g, f)| {
            let (group, frequency) = (group(g)?, frequency(f)?);
            let mg_per_day = frequency.servings_per_day().times(group.mg_per_serving);
            Some(GroupIntake { group, frequency, mg_per_day })
        })
        .collect();
    by_group.sort_by(|a, b| b.mg_per_day.typical.total_cmp(&a.mg_per_day.typical));
    FoodEstimate {
        mg_per_day: by_group.iter().fold(Spread::default(), |sum, g| sum.plus(g.mg_per_day)),
        unanswered: groups().len().saturating_sub(by_group.len()),
        by_group,
    }
}

/// A way to raise the intake: a group eaten rarely or never, eaten once a
/// day instead, and about how much magnesium a day that would add.
#[derive(Debug, Clone, PartialEq)]
pub struct Raise {
    pub group: &'static FoodGroup,
    pub adds_mg_per_day: f64,
}

/// The groups that would add most if eaten once a day, among the suggested
/// ones the reader eats less than three times a week (answered or not),
/// richest first.
pub fn ways_to_raise(answers: &Answers, how_many: usize) -> Vec<Raise> {
    let Some(daily) = frequencies().iter().find(|f| f.servings_per_week.low >= 7.0) else {
        return Vec::new();
    };
    let mut raises: Vec<Raise> = groups()
        .iter()
        .filter(|group| group.suggest)
        .filter_map(|group| {
            let now = answers.get(group.wire_id).and_then(frequency);
            let per_week_now = now.map_or(0.0, |f| f.servings_per_week.typical);
            if per_week_now >= 3.0 {
                return None;
            }
            let added = (daily.servings_per_week.typical - per_week_now) / 7.0
                * group.mg_per_serving.typical;
            Some(Raise { group, adds_mg_per_day: added })
        })
        .filter(|r| r.adds_mg_per_day > 0.0)
        .collect();
    raises.sort_by(|a, b| b.adds_mg_per_day.total_cmp(&a.adds_mg_per_day));
    raises.truncate(how_many);
    raises
}

#[cfg(test)]
mod tests {
    use super::*;

    const GROUPS_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/questionnaire_groups.csv"));

    /// build.rs writes the lists as Rust from the same readers: the widget's
    /// lists must be the files read again here, value for value.
    #[test]
    fn the_lists_the_build_wrote_are_the_files_read_again() {
        assert_eq!(groups(), parse_groups(GROUPS_CSV).unwrap());
        assert_eq!(frequencies(), parse_frequencies(FREQUENCIES_CSV).unwrap());
    }

    #[test]
    fn the_bundled_tables_parse() {
        let groups = parse_groups(GROUPS_CSV).unwrap();
        assert_eq!(groups.len(), 17);
        assert!(groups.iter().all(|g| g.food_count >= 3 && g.mg_per_food.len() == g.food_count));
        assert!(groups.iter().all(|g| g.mg_per_food.windows(2).all(|w| w[0] <= w[1])));
        assert!(groups.iter().all(|g| {
            let s = g.mg_per_serving;
            s.low > 0.0 && s.low <= s.typical && s.typical <= s.high
        }));
        assert_eq!(parse_frequencies(FREQUENCIES_CSV).unwrap().len(), 5);
    }

    #[test]
    fn never_for_everything_is_zero_and_daily_is_one_serving_a_day() {
        let mut answers = Answers::default();
        for g in groups() {
            answers.set(g.wire_id, 0);
        }
        let none = estimate(&answers);
        assert_eq!(none.mg_per_day, Spread::default());
        assert_eq!(none.unanswered, 0);
        let nuts = group(0).unwrap();
        let mut one = Answers::default();
        one.set(0, 3);
        let e = estimate(&one);
        assert_eq!(e.mg_per_day, nuts.mg_per_serving);
        assert_eq!(e.unanswered, groups().len() - 1);
    }

    #[test]
    fn answers_can_be_changed_and_unknown_ids_are_ignored() {
        let mut answers = Answers::default();
        answers.set(0, 1);
        answers.set(0, 4);
        answers.set(999, 1);
        answers.set(1, 999);
        assert_eq!(answers.pairs(), vec![(0, 4)]);
    }

    #[test]
    fn ways_to_raise_skip_what_is_eaten_often_and_rank_by_magnesium_added() {
        let mut answers = Answers::default();
        answers.set(0, 4); // nuts twice a day
        let raises = ways_to_raise(&answers, 3);
        assert_eq!(raises.len(), 3);
        assert!(raises.iter().all(|r| r.group.wire_id != 0 && r.group.suggest));
        assert!(raises.windows(2).all(|w| w[0].adds_mg_per_day >= w[1].adds_mg_per_day));
    }
}
