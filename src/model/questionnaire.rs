//! The quick estimate: how often the reader usually eats each food group,
//! turned into a range of usual magnesium intake.
//!
//! The groups, their SR28 foods and servings are in
//! `data/reference/questionnaire_groups.csv` and `questionnaire_foods.csv`
//! (with the reasoning in `data/reference/README.md`); `cargo xtask codegen`
//! finds each food's magnesium per serving in `data/usda`, and `parse_groups`
//! turns them into the group's lowest, median and highest. The frequency
//! words and their servings a week are in `questionnaire_frequencies.csv`.
//! Nothing numeric is written here: the generator reads both tables with
//! this module's readers and writes them as Rust (`model/generated`).
//!
//! `estimate` gives each group's low, typical and high magnesium a day (for
//! "where your magnesium comes from" and "what would raise it");
//! `model::usual_intake` turns the answers into the distribution of usual
//! intake that the reader is shown.

use super::csv::{self, hundredths, keep, number};
use super::lang::{Lang, Texts};

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
    pub key: &'static str,
    /// Names and servings in en, es, de, fr.
    pub names: Texts,
    pub servings: Texts,
    pub mg_per_serving: Spread,
    /// Each of the group's foods in its serving, lowest first (the quick
    /// estimate's model draws the reader's usual food from these).
    pub mg_per_food: &'static [f64],
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
    pub key: &'static str,
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
        out[lang] = keep(&row[column]);
    }
    Ok(out)
}

/// Reads `questionnaire_groups.csv` with the magnesium in a serving of each
/// of a group's foods (`servings`: group key and mg, one per row of
/// `questionnaire_foods.csv`, as the generator found them in SR28). Figures
/// are kept to 0.01 mg, as the data files write them.
pub fn parse_groups(text: &str, servings: &[(String, f64)]) -> Result<Vec<FoodGroup>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let c_group = col("group")?;
    if let Some((key, _)) = servings.iter().find(|(k, _)| !t.rows.iter().any(|r| r[c_group] == *k))
    {
        return Err(format!(
            "questionnaire_foods.csv names group {key}, which questionnaire_groups.csv lacks"
        ));
    }
    let mut groups: Vec<FoodGroup> = Vec::new();
    for row in &t.rows {
        let key = keep(&row[c_group]);
        let wire_id = number(&row[col("wire_id")?], "wire_id")? as u32;
        if groups.iter().any(|g| g.wire_id == wire_id) {
            return Err(format!("questionnaire group wire_id {wire_id} is used twice"));
        }
        let mut mgs: Vec<f64> =
            servings.iter().filter(|(k, _)| k == key).map(|(_, mg)| *mg).collect();
        if mgs.len() < 3 {
            return Err(format!("questionnaire group {key} needs at least three foods"));
        }
        mgs.sort_by(f64::total_cmp);
        let n = mgs.len();
        let median = if n % 2 == 1 { mgs[n / 2] } else { (mgs[n / 2 - 1] + mgs[n / 2]) / 2.0 };
        groups.push(FoodGroup {
            wire_id,
            names: translated(row, &t, "name")?,
            servings: translated(row, &t, "serving")?,
            mg_per_serving: Spread {
                low: hundredths(mgs[0]),
                typical: hundredths(median),
                high: hundredths(mgs[n - 1]),
            },
            mg_per_food: mgs.iter().map(|&mg| hundredths(mg)).collect::<Vec<f64>>().leak(),
            food_count: n,
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
            key: keep(&key),
        });
    }
    Ok(out)
}

/// The questions, in the order they are asked (`model/generated`).
pub fn groups() -> &'static [FoodGroup] {
    super::generated::questionnaire::GROUPS
}

/// The answers every question offers, least often first.
pub fn frequencies() -> &'static [Frequency] {
    super::generated::questionnaire::FREQUENCIES
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

    #[test]
    fn the_generated_lists_hold_every_group_and_answer_in_order() {
        assert_eq!(groups().len(), 17);
        assert!(groups().iter().all(|g| g.food_count >= 3 && g.mg_per_food.len() == g.food_count));
        assert!(groups().iter().all(|g| g.mg_per_food.windows(2).all(|w| w[0] <= w[1])));
        assert!(groups().iter().all(|g| {
            let s = g.mg_per_serving;
            s.low > 0.0 && s.low <= s.typical && s.typical <= s.high
        }));
        let read = include_str!("../../data/reference/questionnaire_frequencies.csv");
        assert_eq!(frequencies(), parse_frequencies(read).unwrap());
    }

    #[test]
    fn a_group_reads_its_spread_from_its_foods() {
        let header = "group,wire_id,name_en,name_es,name_de,name_fr,serving_en,serving_es,serving_de,serving_fr,suggest";
        let text = format!("{header}\nnuts,0,Nuts,N,N,N,oz,o,o,o,yes\n");
        let foods =
            |mgs: &[f64]| mgs.iter().map(|&mg| ("nuts".to_string(), mg)).collect::<Vec<_>>();
        let read = parse_groups(&text, &foods(&[80.004, 20.0, 50.0, 40.0])).unwrap();
        let g = &read[0];
        assert_eq!(g.mg_per_serving, Spread { low: 20.0, typical: 45.0, high: 80.0 });
        assert_eq!(g.mg_per_food, &[20.0, 40.0, 50.0, 80.0]);
        assert!(parse_groups(&text, &foods(&[1.0, 2.0])).is_err(), "fewer than three foods");
        let mut stray = foods(&[1.0, 2.0, 3.0]);
        stray.push(("seeds".into(), 9.0));
        assert!(parse_groups(&text, &stray).is_err(), "a food of a group the table lacks");
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
