//! The quick estimate as a distribution of usual intake, and the chance
//! that it falls short of the reader's own requirement.
//!
//! The model (data/reference/README.md, "The estimate's uncertainty", has
//! the reasoning and the sources; every parameter is in data/reference):
//! - each answered group gives servings a day drawn evenly from its
//!   frequency band, times the magnesium in a serving of the reader's usual
//!   food of the group, one of the group's SR28 foods, each equally likely;
//! - the foods no question asks about (`questionnaire_background.csv`) add
//!   servings drawn evenly from their own ranges, scaled to the reader's sex
//!   and age (`background_scale`);
//! - the groups and the background items are independent of each other;
//! - the whole food total is then multiplied by a reporting error,
//!   log-normal with the SD of `estimate_model.csv` (short frequency
//!   questionnaires against records);
//! - drinking water and supplements are added as entered.
//!
//! The distribution is computed, not sampled: the food total's density on a
//! regular grid (sums of independent parts as convolutions), moved to a log
//! grid and convolved with the reporting error there: fast enough for every
//! tap (`benches/model.rs` times it), and `tests/usual_intake.rs` checks it
//! against a simulation.

use super::age::Age;
use super::csv::{self, hundredths, keep, number};
use super::questionnaire::{frequency, group, Answers};
use super::reference::{reference_for, Person, Sex, Standard, ValueKind};

/// The model's parameters, from `data/reference/estimate_model.csv`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EstimateModel {
    /// SD of the log of the reporting error (multiplies the food total).
    pub reporting_error_log_sd: f64,
    /// SD of requirements as a share of the EAR (IOM: 10 %).
    pub requirement_cv: f64,
    /// The interval shown, as percentiles (10 and 90: "8 in 10").
    pub interval_low_percentile: f64,
    pub interval_high_percentile: f64,
    /// A chance below `firm_below` or above `firm_above` is a firm answer.
    pub firm_below: f64,
    pub firm_above: f64,
}

/// A food no question asks about, in its listed serving.
#[derive(Debug, Clone, PartialEq)]
pub struct BackgroundFood {
    pub item: &'static str,
    pub mg_per_serving: f64,
    /// Servings a day for an adult woman, drawn evenly between these.
    pub servings_per_day_low: f64,
    pub servings_per_day_high: f64,
}

/// Published percentiles of usual intake from food for one sex, from an age on.
#[derive(Debug, Clone, PartialEq)]
pub struct IntakePercentiles {
    pub survey: &'static str,
    pub sex: Sex,
    pub age_from_years: u32,
    pub p5_mg: f64,
    pub p50_mg: f64,
    pub p95_mg: f64,
}

impl EstimateModel {
    /// Reads `estimate_model.csv` (parameter, value, source): every
    /// parameter once, each with a source.
    pub fn parse(text: &str) -> Result<EstimateModel, String> {
        let t = csv::parse(text).map_err(|e| e.to_string())?;
        let (name, value, source) = (
            t.column("parameter").map_err(|e| e.to_string())?,
            t.column("value").map_err(|e| e.to_string())?,
            t.column("source").map_err(|e| e.to_string())?,
        );
        let get = |key: &str| -> Result<f64, String> {
            let mut rows = t.rows.iter().filter(|r| r[name] == key);
            let row = rows.next().ok_or_else(|| format!("parameter {key} is missing"))?;
            if rows.next().is_some() {
                return Err(format!("parameter {key} is given twice"));
            }
            if row[source].trim().is_empty() {
                return Err(format!("parameter {key} has no source"));
            }
            number(&row[value], key)
        };
        let model = EstimateModel {
            reporting_error_log_sd: get("reporting_error_log_sd")?,
            requirement_cv: get("requirement_cv")?,
            interval_low_percentile: get("interval_low_percentile")?,
            interval_high_percentile: get("interval_high_percentile")?,
            firm_below: get("firm_below")?,
            firm_above: get("firm_above")?,
        };
        if t.rows.len() != 6 {
            return Err(format!("{} parameters, expected 6", t.rows.len()));
        }
        let m = &model;
        let within = |x: f64, low: f64, high: f64| x > low && x < high;
        let fine = within(m.reporting_error_log_sd, 0.0, 1.0)
            && within(m.requirement_cv, 0.0, 1.0)
            && within(m.interval_low_percentile, 0.0, 50.0)
            && within(m.interval_high_percentile, 50.0, 100.0)
            && within(m.firm_below, 0.0, 0.5)
            && within(m.firm_above, 0.5, 1.0);
        if !fine {
            return Err("a parameter is out of its range".into());
        }
        Ok(model)
    }

    /// How many in 10 the interval holds (10th to 90th percentile: 8).
    pub fn interval_in_ten(&self) -> u32 {
        ((self.interval_high_percentile - self.interval_low_percentile) / 10.0).round() as u32
    }
}

/// Reads `questionnaire_background.csv` with the magnesium in each item's
/// listed serving (`mg_per_serving`, one per row, as the generator found
/// them in SR28), kept to 0.01 mg as the data files write figures.
pub fn parse_background(text: &str, mg_per_serving: &[f64]) -> Result<Vec<BackgroundFood>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    if mg_per_serving.len() != t.rows.len() {
        return Err("the background needs one serving's magnesium per item".into());
    }
    let mut out = Vec::new();
    for (row, &mg) in t.rows.iter().zip(mg_per_serving) {
        let item = row[col("item")?].clone();
        let (low, high) = (
            number(&row[col("servings_per_day_low")?], &item)?,
            number(&row[col("servings_per_day_high")?], &item)?,
        );
        if low > high {
            return Err(format!("background {item}: low servings above high"));
        }
        out.push(BackgroundFood {
            mg_per_serving: hundredths(mg),
            servings_per_day_low: low,
            servings_per_day_high: high,
            item: keep(&item),
        });
    }
    if out.is_empty() {
        return Err("the background lists no food".into());
    }
    Ok(out)
}

pub fn parse_percentiles(text: &str) -> Result<Vec<IntakePercentiles>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let mut out = Vec::new();
    for row in &t.rows {
        let sex = match row[col("sex")?].as_str() {
            "female" => Sex::Female,
            "male" => Sex::Male,
            other => return Err(format!("sex {other:?} is not female or male")),
        };
        let what = format!("{} {}", row[col("survey")?], row[col("sex")?]);
        let p = |c: &str| -> Result<f64, String> { number(&row[col(c)?], &what) };
        let (p5_mg, p50_mg, p95_mg) = (p("p5_mg")?, p("p50_mg")?, p("p95_mg")?);
        if !(p5_mg < p50_mg && p50_mg < p95_mg) || row[col("source")?].trim().is_empty() {
            return Err(format!("{what}: percentiles out of order or no source"));
        }
        out.push(IntakePercentiles {
            survey: keep(&row[col("survey")?]),
            sex,
            age_from_years: number(&row[col("age_from_years")?], &what)? as u32,
            p5_mg,
            p50_mg,
            p95_mg,
        });
    }
    let has = |sex| out.iter().any(|p: &IntakePercentiles| p.sex == sex);
    if !has(Sex::Female) || !has(Sex::Male) {
        return Err("usual_intake_percentiles.csv needs a row for each sex".into());
    }
    Ok(out)
}

/// The parameters as `cargo xtask codegen` read them (`model/generated/estimate.rs`).
pub fn model() -> &'static EstimateModel {
    &super::generated::estimate::MODEL
}

pub fn background() -> &'static [BackgroundFood] {
    super::generated::estimate::BACKGROUND
}

/// Where a usual intake from food stands among the people a published
/// table describes: the share whose usual intake is lower.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Standing {
    pub percentiles: &'static IntakePercentiles,
    /// 0-1: the share of that population with a lower usual intake from food.
    pub share_below: f64,
}

impl IntakePercentiles {
    /// The share of the population whose usual intake from food is below
    /// `food_mg`. The table gives three percentiles; between and beyond them
    /// the distribution is read as lognormal on each side of the median
    /// (its spread below from the 5th percentile, above from the 95th), so
    /// that the three published points come back exactly.
    pub fn share_below(&self, food_mg: f64) -> f64 {
        if !(food_mg.is_finite() && food_mg > 0.0) {
            return 0.0;
        }
        /// The standard normal's 95th percentile.
        const Z95: f64 = 1.644_853_626_951_472_2;
        let log_ratio = (food_mg / self.p50_mg).ln();
        let sigma = if log_ratio < 0.0 {
            (self.p50_mg / self.p5_mg).ln() / Z95
        } else {
            (self.p95_mg / self.p50_mg).ln() / Z95
        };
        normal_cdf(log_ratio / sigma)
    }
}

/// Where `food_mg` a day stands for this person, when a published table
/// covers them (US survey, sex, from age 9).
pub fn standing(person: &Person, food_mg: f64) -> Option<Standing> {
    let percentiles = percentiles_for(person)?;
    Some(Standing { percentiles, share_below: percentiles.share_below(food_mg) })
}

/// The published usual-intake percentiles that cover this person, if any.
pub fn percentiles_for(person: &Person) -> Option<&'static IntakePercentiles> {
    super::generated::estimate::PERCENTILES
        .iter()
        .filter(|p| p.sex == person.sex && person.age.years() >= p.age_from_years)
        .max_by_key(|p| p.age_from_years)
}

/// How much of the background a person eats, against the adult woman the
/// background table describes. From the age the survey covers (9 years),
/// the ratio of the survey's median usual intakes (magnesium intake follows
/// energy intake, IOM 1997 p.196): 1 for women, 310/222 for men. Below that
/// age, the ratio of the IOM requirement (EAR, or AI for infants) at the
/// reader's age to an adult woman's, as a stand-in for how much they eat.
pub fn background_scale(person: &Person) -> f64 {
    let surveyed = |sex| {
        super::generated::estimate::PERCENTILES
            .iter()
            .find(|p| p.sex == sex && person.age.years() >= p.age_from_years)
    };
    if let (Some(own), Some(women)) = (surveyed(person.sex), surveyed(Sex::Female)) {
        return own.p50_mg / women.p50_mg;
    }
    let requirement = |p: &Person| {
        reference_for(p, Standard::Iom1997).ok().map(|r| match r.kind {
            ValueKind::Rda { ear_mg } => ear_mg,
            _ => r.reference_mg,
        })
    };
    let adult_woman = Age::from_years_and_months(31, 0).map(|age| Person::new(age, Sex::Female));
    match (
        requirement(&Person::new(person.age, person.sex)),
        adult_woman.ok().as_ref().and_then(requirement),
    ) {
        (Some(own), Some(woman)) if woman > 0.0 => (own / woman).min(1.0),
        _ => 1.0,
    }
}

/// One independent part of the food total: servings a day drawn evenly
/// between `low` and `high`, times one of `mg` (each equally likely).
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub servings_low: f64,
    pub servings_high: f64,
    pub mg: Vec<f64>,
}

impl Part {
    fn least(&self) -> f64 {
        self.servings_low * self.mg.iter().copied().fold(f64::INFINITY, f64::min)
    }
    fn most(&self) -> f64 {
        self.servings_high * self.mg.iter().copied().fold(0.0, f64::max)
    }
}

/// The parts of the food total for these answers and this person: one per
/// answered group (a "never" adds nothing), then the background.
pub fn parts(answers: &Answers, background_scale: f64) -> Vec<Part> {
    let mut parts: Vec<Part> = answers
        .pairs()
        .into_iter()
        .filter_map(|(g, f)| {
            let (group, frequency) = (group(g)?, frequency(f)?);
            let per_day = frequency.servings_per_day();
            (per_day.high > 0.0).then(|| Part {
                servings_low: per_day.low,
                servings_high: per_day.high,
                mg: group.mg_per_food.to_vec(),
            })
        })
        .collect();
    parts.extend(background().iter().map(|b| Part {
        servings_low: b.servings_per_day_low * background_scale,
        servings_high: b.servings_per_day_high * background_scale,
        mg: vec![b.mg_per_serving],
    }));
    parts
}

/// The background's mean magnesium a day for this scale (its line in
/// "where your magnesium comes from").
pub fn background_mean_mg(background_scale: f64) -> f64 {
    background()
        .iter()
        .map(|b| (b.servings_per_day_low + b.servings_per_day_high) / 2.0 * b.mg_per_serving)
        .sum::<f64>()
        * background_scale
}

/// Cells of the food total's grid, and of the log grid.
const LINEAR_CELLS: usize = 1024;
const LOG_CELLS: usize = 1024;
/// The reporting error's kernel reaches this many SDs either side.
const KERNEL_SDS: f64 = 5.0;
/// Food totals below this (mg a day) are treated as this, to take a log.
const SMALLEST_MG: f64 = 0.01;

/// The distribution of usual magnesium intake a day: `extra_mg` (water and
/// supplements, as entered) plus the food total times the reporting error.
/// Masses on a log grid of the food part: cell `i` is centred on
/// `exp(log_start + (i + 0.5) * log_step)`.
#[derive(Debug, Clone, PartialEq)]
pub struct UsualIntake {
    log_start: f64,
    log_step: f64,
    masses: Vec<f64>,
    extra_mg: f64,
}

/// The standard normal's distribution function. Numerical Recipes' erfc
/// (a Chebyshev fit, fractional error below 1.2e-7 everywhere).
pub fn normal_cdf(x: f64) -> f64 {
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let erfc = t * poly.exp();
    if x >= 0.0 {
        1.0 - erfc / 2.0
    } else {
        erfc / 2.0
    }
}

/// The food total's density as masses in cells of `step` mg from `start`.
struct Grid {
    start: f64,
    step: f64,
    masses: Vec<f64>,
}

/// Adds `mass` spread evenly over [a, b] (or over one cell's width around a
/// point) to cells of width `step` starting at 0.
fn spread(masses: &mut [f64], step: f64, a: f64, b: f64, mass: f64) {
    let (a, b) = if b - a < step {
        let mid = (a + b) / 2.0;
        (mid - step / 2.0, mid + step / 2.0)
    } else {
        (a, b)
    };
    let last = masses.len() - 1;
    let first = ((a / step).floor().max(0.0) as usize).min(last);
    let end = ((b / step).ceil().max(1.0) as usize).min(masses.len());
    for (cell, m) in masses.iter_mut().enumerate().take(end).skip(first) {
        let lo = (cell as f64 * step).max(a);
        let hi = ((cell + 1) as f64 * step).min(b);
        if hi > lo {
            *m += mass * (hi - lo) / (b - a);
        }
    }
    // What fell outside the grid (only at its rounded ends) goes to the end cells.
    if a < 0.0 {
        masses[0] += mass * (0.0 - a).min(b - a) / (b - a);
    }
    let top = masses.len() as f64 * step;
    if b > top {
        masses[last] += mass * (b - top.max(a)) / (b - a);
    }
}

/// The sum of independent parts on one grid: each part's cells relative to
/// its own least value, convolved. A sum of two values even within cells i
/// and j lies in cells i + j and i + j + 1, half in each.
fn food_total(parts: &[Part]) -> Grid {
    let span: f64 = parts.iter().map(|p| p.most() - p.least()).sum();
    let step = (span / LINEAR_CELLS as f64).max(0.05);
    // Each part's cells start a cell below its least value and end a cell
    // above its most, so that a value widened to a cell stays inside. The
    // sum starts as one cell around 0, hence the half cell.
    let start: f64 = parts.iter().map(|p| p.least() - step).sum::<f64>() - step / 2.0;
    let mut total = vec![1.0];
    for part in parts {
        let least = part.least() - step;
        let cells = ((part.most() + step - least) / step).ceil() as usize + 1;
        let mut own = vec![0.0; cells];
        let weight = 1.0 / part.mg.len() as f64;
        for mg in &part.mg {
            spread(
                &mut own,
                step,
                part.servings_low * mg - least,
                part.servings_high * mg - least,
                weight,
            );
        }
        let mut sum = vec![0.0; total.len() + own.len()];
        for (i, a) in total.iter().enumerate().filter(|(_, a)| **a > 1e-300) {
            for (j, b) in own.iter().enumerate().filter(|(_, b)| **b > 0.0) {
                let half = a * b / 2.0;
                sum[i + j] += half;
                sum[i + j + 1] += half;
            }
        }
        total = sum;
    }
    if parts.is_empty() {
        // Nothing at all: the total is 0 (one cell around it).
        return Grid { start: -0.025, step: 0.05, masses: total };
    }
    Grid { start, step, masses: total }
}

impl UsualIntake {
    /// The distribution for these parts, with `extra_mg` added as it is.
    pub fn from_parts(parts: &[Part], extra_mg: f64, model: &EstimateModel) -> UsualIntake {
        let sd = model.reporting_error_log_sd;
        let grid = food_total(parts);
        // The food total's cells as points on a log grid.
        let centre = |i: usize| (grid.start + (i as f64 + 0.5) * grid.step).max(SMALLEST_MG);
        let occupied: Vec<usize> =
            (0..grid.masses.len()).filter(|i| grid.masses[*i] > 0.0).collect();
        let (lowest, highest) = match (occupied.first(), occupied.last()) {
            (Some(&a), Some(&b)) => (centre(a).ln(), centre(b).ln()),
            _ => (SMALLEST_MG.ln(), SMALLEST_MG.ln()),
        };
        let reach = KERNEL_SDS * sd;
        let log_start = lowest - reach;
        let log_step = (highest - lowest + 2.0 * reach) / LOG_CELLS as f64;
        let mut points = vec![0.0; LOG_CELLS];
        for &i in &occupied {
            // Split between the two nearest log cells, keeping the mean log.
            let at = (centre(i).ln() - log_start) / log_step - 0.5;
            let below = (at.floor().max(0.0) as usize).min(LOG_CELLS - 1);
            let frac = (at - below as f64).clamp(0.0, 1.0);
            points[below] += grid.masses[i] * (1.0 - frac);
            points[(below + 1).min(LOG_CELLS - 1)] += grid.masses[i] * frac;
        }
        // The reporting error: a normal kernel on the log grid.
        let taps = (reach / log_step).ceil() as usize;
        let kernel: Vec<f64> = (0..=2 * taps)
            .map(|k| {
                let offset = k as f64 - taps as f64;
                normal_cdf((offset + 0.5) * log_step / sd)
                    - normal_cdf((offset - 0.5) * log_step / sd)
            })
            .collect();
        let norm: f64 = kernel.iter().sum();
        let mut masses = vec![0.0; LOG_CELLS];
        for (i, p) in points.iter().enumerate().filter(|(_, p)| **p > 1e-300) {
            for (k, w) in kernel.iter().enumerate() {
                let j = (i + k).saturating_sub(taps).min(LOG_CELLS - 1);
                masses[j] += p * w / norm;
            }
        }
        UsualIntake { log_start, log_step, masses, extra_mg }
    }

    /// The distribution for a reader's answers: groups, background, water and supplements.
    pub fn for_answers(answers: &Answers, person: &Person, extra_mg: f64) -> UsualIntake {
        UsualIntake::from_parts(&parts(answers, background_scale(person)), extra_mg, model())
    }

    fn cell_mg(&self, i: usize) -> f64 {
        (self.log_start + (i as f64 + 0.5) * self.log_step).exp()
    }

    /// The intake below which `p` (0-1) of this distribution lies.
    pub fn percentile(&self, p: f64) -> f64 {
        self.extra_mg + self.food_percentile(p)
    }

    /// The same for food alone (without water and supplements).
    pub fn food_percentile(&self, p: f64) -> f64 {
        let mut below = 0.0;
        for (i, m) in self.masses.iter().enumerate() {
            if below + m >= p && *m > 0.0 {
                // Even within the cell, on the log scale.
                let within = (p - below) / m;
                return (self.log_start + (i as f64 + within) * self.log_step).exp();
            }
            below += m;
        }
        self.cell_mg(self.masses.len() - 1)
    }

    /// The share of the distribution below `mg`.
    pub fn share_below(&self, mg: f64) -> f64 {
        let food = mg - self.extra_mg;
        if food <= 0.0 {
            return 0.0;
        }
        let at = (food.ln() - self.log_start) / self.log_step;
        let mut below = 0.0;
        for (i, m) in self.masses.iter().enumerate() {
            let i = i as f64;
            if at >= i + 1.0 {
                below += m;
            } else if at > i {
                below += m * (at - i);
            }
        }
        below.min(1.0)
    }

    /// The chance that usual intake is below the reader's own requirement,
    /// requirements being normal around the EAR with SD `cv` × EAR.
    pub fn chance_below_requirement(&self, ear_mg: f64, cv: f64) -> f64 {
        let sd = cv * ear_mg;
        self.masses
            .iter()
            .enumerate()
            .filter(|(_, m)| **m > 0.0)
            .map(|(i, m)| m * normal_cdf((ear_mg - self.extra_mg - self.cell_mg(i)) / sd))
            .sum::<f64>()
            .clamp(0.0, 1.0)
    }
}

/// What the estimate says, as a probability.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Chance {
    /// Standards with an EAR: the chance that usual intake is below the
    /// reader's own requirement.
    BelowRequirement(f64),
    /// AI and RNI standards: the chance that usual intake is at or above
    /// the reference (below an AI no inadequacy can be concluded, IOM 2000).
    ReachesReference(f64),
}

/// Where a chance falls: a firm answer either way, or open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Low,
    Open,
    High,
}

impl Chance {
    pub fn value(self) -> f64 {
        match self {
            Chance::BelowRequirement(p) | Chance::ReachesReference(p) => p,
        }
    }

    pub fn band(self, model: &EstimateModel) -> Band {
        let p = self.value();
        if p < model.firm_below {
            Band::Low
        } else if p > model.firm_above {
            Band::High
        } else {
            Band::Open
        }
    }

    /// The chance as "n in 10", 0 to 10 (0 means fewer than 1 in 20, 10 more than 19 in 20).
    pub fn in_ten(self) -> u32 {
        (self.value() * 10.0).round().clamp(0.0, 10.0) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_tables_are_the_files_read_again() {
        assert_eq!(
            *model(),
            EstimateModel::parse(include_str!("../../data/reference/estimate_model.csv")).unwrap()
        );
        assert_eq!(
            super::super::generated::estimate::PERCENTILES,
            parse_percentiles(include_str!("../../data/reference/usual_intake_percentiles.csv"))
                .unwrap()
        );
    }

    #[test]
    fn a_parameter_without_a_source_or_given_twice_is_refused() {
        let good = include_str!("../../data/reference/estimate_model.csv");
        let no_source: String = good
            .lines()
            .map(|l| if l.starts_with("requirement_cv,") { "requirement_cv,0.10," } else { l })
            .collect::<Vec<_>>()
            .join("\n");
        assert_ne!(no_source, good);
        assert!(EstimateModel::parse(&no_source).is_err());
        let twice = format!("{good}requirement_cv,0.1,again\n");
        assert!(EstimateModel::parse(&twice).is_err());
    }

    #[test]
    fn the_normal_cdf_is_accurate() {
        for (x, p) in
            [(0.0, 0.5), (1.0, 0.841_344_746), (-1.959_963_985, 0.025), (3.0, 0.998_650_102)]
        {
            assert!((normal_cdf(x) - p).abs() < 1e-7, "{x}");
        }
    }

    #[test]
    fn the_standing_gives_back_the_published_percentiles_and_grows_with_intake() {
        // Recomputed from the table itself: its 5th, 50th and 95th
        // percentiles are where 5, 50 and 95 in 100 get less.
        let table =
            parse_percentiles(include_str!("../../data/reference/usual_intake_percentiles.csv"))
                .unwrap();
        for p in &table {
            assert!((p.share_below(p.p5_mg) - 0.05).abs() < 1e-6, "{:?}", p.sex);
            assert!((p.share_below(p.p50_mg) - 0.50).abs() < 1e-6);
            assert!((p.share_below(p.p95_mg) - 0.95).abs() < 1e-6);
            let mut last = 0.0;
            for mg in (0..2000).step_by(10).map(f64::from) {
                let share = p.share_below(mg);
                assert!((last..=1.0).contains(&share), "{mg} mg: {share}");
                last = share;
            }
            assert_eq!(p.share_below(f64::NAN), 0.0);
        }
        // A woman of 34 with 300 mg from food: CSFII 1994 women's p50 222,
        // p95 342, so z = ln(300/222) / (ln(342/222)/1.645) = 1.147: 87 %.
        let woman = Person::new(crate::model::Age::from_years(34.0).unwrap(), Sex::Female);
        let s = standing(&woman, 300.0).unwrap();
        assert_eq!(s.percentiles.sex, Sex::Female);
        assert!((s.share_below - 0.874).abs() < 0.002, "{}", s.share_below);
        let child = Person::new(crate::model::Age::from_years(6.0).unwrap(), Sex::Female);
        assert_eq!(standing(&child, 300.0), None, "the table starts at 9");
    }

    #[test]
    fn one_even_part_gives_its_own_percentiles_without_reporting_error() {
        let model = EstimateModel { reporting_error_log_sd: 1e-4, ..*model() };
        let part = Part { servings_low: 1.0, servings_high: 3.0, mg: vec![50.0] };
        let d = UsualIntake::from_parts(&[part], 10.0, &model);
        // Even between 50 and 150 mg, plus 10.
        for p in [0.1, 0.5, 0.9] {
            assert!((d.percentile(p) - (60.0 + 100.0 * p)).abs() < 0.5, "{p}: {}", d.percentile(p));
        }
        assert!((d.share_below(110.0) - 0.5).abs() < 0.01);
    }
}
