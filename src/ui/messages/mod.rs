//! Every piece of interface text, one table per language (en.rs, es.rs,
//! de.rs, fr.rs), and the functions that put figures into it.
//!
//! A table is a `Messages` value: leaving a message out of a language is a
//! compile error, and `tests` below checks that none is empty or left in
//! English by mistake and that every language's templates take the same
//! `{placeholders}`. USDA food names stay in English (`usda_names_note`).

mod de;
mod en;
mod es;
mod fr;

use crate::model::assessment::Verdict;
use crate::model::intake::AmountError;
use crate::model::number::NumberError;
use crate::model::share::ShareError;
use crate::model::{Age, AgeError, Condition, NoReference, Sex, Standard, ValueKind};
pub use de::DE;
pub use en::EN;
pub use es::ES;
pub use fr::FR;

/// The interface languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    De,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::De, Lang::Fr];

    /// "de", "de-AT", "DE_ch" → German; a language without a table → None.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported language among, in order: the element's `lang`
    /// (or the nearest ancestor's, i.e. the page's), then the browser's
    /// languages; English if none is supported.
    pub fn resolve<'a>(
        element_or_page: Option<&'a str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        element_or_page.into_iter().chain(browser).find_map(Lang::from_tag).unwrap_or_default()
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    /// Position in data columns that carry translations (en, es, de, fr).
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
            Lang::De => &DE,
            Lang::Fr => &FR,
        }
    }
}

macro_rules! messages {
    ($($field:ident),* $(,)?) => {
        /// One language's interface text. Texts with `{name}` are templates (see `fill`).
        pub struct Messages {
            pub lang: Lang,
            /// Names of the standards, in `Standard::ALL` order.
            pub standard_names: [&'static str; 6],
            /// One line on each standard, in `Standard::ALL` order.
            pub standard_notes: [&'static str; 6],
            $(pub $field: &'static str,)*
        }

        impl Messages {
            /// Every text by name (the standards' as `standard_names[i]`), for the checker.
            pub fn all(&self) -> Vec<(String, &'static str)> {
                let mut all = vec![$((stringify!($field).to_string(), self.$field)),*];
                for i in 0..6 {
                    all.push((format!("standard_names[{i}]"), self.standard_names[i]));
                    all.push((format!("standard_notes[{i}]"), self.standard_notes[i]));
                }
                all
            }
        }
    };
}

messages! {
    title, about_you, age, age_unit, years, months, sex, female, male, pregnancy, not_pregnant, pregnant,
    breastfeeding, infant_feeding, feeding_unknown, breast_fed, formula_fed, standard, standards_in_region, enter_age,
    food_heading, search_foods, search_hint, food_table_loading, food_table_failed, try_again, no_foods_found,
    portion, grams, how_many, add, cancel, per_100g, quick_picks, usda_names_note,
    supplement_heading, supplement_kind, supplement, medicine, amount_given_as, label_says, compound_weight,
    elemental_mg, compound_mg, salt_form, name_optional, mg_label_states, form_note, conversion,
    your_log, day_n, add_day, nothing_logged, remove, undo, removed,
    results, total, from_food, from_supplements, average_of_days, gap_line, kidney_caution,
    disclaimer, sources, mg_a_day, average_requirement, daily_value, percent_of, chart_title,
    chart_nonfood_caption, chart_text, chart_text_ear, chart_text_upper, summary, reference_intro,
    rda_long, rda_short, ai_long, ai_short, rni_long, rni_short,
    source_verdict, source_foods, source_quick_picks, printed_for, pregnancy_word, breastfeeding_word,
    age_years, age_months, age_years_months,
    no_ref_age, no_ref_condition, no_ref_feeding, no_ref_needs_female, no_ref_unreadable,
    verdict_nothing, verdict_below_ear, verdict_between, verdict_at_rda, verdict_at_ai, verdict_below_ai,
    verdict_at_rni, verdict_below_rni, few_days, no_extra_in_pregnancy, upper_warning,
    err_enter_number, err_digits_only, err_age_not_number, err_age_negative, err_age_too_old,
    err_amount_positive, err_amount_too_large,
    link_not_ours, link_newer, link_too_long, link_damaged,
    crashed, restore_left_out, restore_foods_failed, restoring, dismiss, copy_link, link_copied, link_label,
    link_note, remember, remember_note,
}

/// Puts values into a template: `fill("{n} mg", &[("n", "5")])` = "5 mg".
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Milligrams rounded for display; the totals use the unrounded figures.
pub fn mg(value: f64) -> String {
    format!("{}", value.round())
}

impl Messages {
    /// A number as this language writes it, to at most three decimals: 1.5 → "1,5" in es, de and fr.
    pub fn number(&self, value: f64) -> String {
        let text = format!("{}", (value * 1000.0).round() / 1000.0);
        match self.lang {
            Lang::En => text,
            _ => text.replace('.', ","),
        }
    }

    /// A whole percentage: "198%" in English, "198 %" in es, de and fr.
    pub fn percent(&self, value: f64) -> String {
        match self.lang {
            Lang::En => format!("{}%", mg(value)),
            _ => format!("{}\u{a0}%", mg(value)),
        }
    }

    pub fn standard_name(&self, standard: Standard) -> &'static str {
        self.standard_names[standard as usize]
    }

    pub fn standard_note(&self, standard: Standard) -> &'static str {
        self.standard_notes[standard as usize]
    }

    /// The name of a kind of reference value, long and short.
    pub fn kind_name(&self, kind: ValueKind) -> (&'static str, &'static str) {
        match kind {
            ValueKind::Rda { .. } => (self.rda_long, self.rda_short),
            ValueKind::Ai => (self.ai_long, self.ai_short),
            ValueKind::Rni => (self.rni_long, self.rni_short),
        }
    }

    /// "34 y", "8 mo", "1 y 6 mo" in this language.
    pub fn age_text(&self, age: Age) -> String {
        let (years, months) =
            ((age.total_months() / 12).to_string(), (age.total_months() % 12).to_string());
        if age.is_infant() {
            fill(self.age_months, &[("months", &age.total_months().to_string())])
        } else if age.total_months() % 12 == 0 {
            fill(self.age_years, &[("years", &years)])
        } else {
            fill(self.age_years_months, &[("years", &years), ("months", &months)])
        }
    }

    /// "Total 713 mg, 223% of your RDA."
    pub fn summary_line(&self, total_mg: &str, percent: &str, kind: &str) -> String {
        fill(self.summary, &[("total", total_mg), ("percent", percent), ("kind", kind)])
    }

    /// The chart's text equivalent.
    pub fn chart_description(
        &self,
        total: &str,
        food: &str,
        nonfood: &str,
        kind: &str,
        reference: f64,
        ear: Option<f64>,
        upper: Option<(f64, String)>,
    ) -> String {
        let mut text = fill(
            self.chart_text,
            &[
                ("total", total),
                ("food", food),
                ("nonfood", nonfood),
                ("kind", kind),
                ("reference", &mg(reference)),
            ],
        );
        if let Some(ear) = ear {
            text += &fill(self.chart_text_ear, &[("ear", &mg(ear))]);
        }
        if let Some((upper, highest)) = upper {
            text += &fill(self.chart_text_upper, &[("upper", &mg(upper)), ("highest", &highest)]);
        }
        text + "."
    }

    /// Who the results are for, for the printed summary: "For: Female, 34 y, pregnant".
    pub fn person_line(&self, sex: Sex, age: Age, condition: Condition) -> String {
        let mut who = vec![
            if sex == Sex::Female { self.female } else { self.male }.to_string(),
            self.age_text(age),
        ];
        match condition {
            Condition::None => {}
            Condition::Pregnant => who.push(self.pregnancy_word.to_string()),
            Condition::Breastfeeding => who.push(self.breastfeeding_word.to_string()),
        }
        fill(self.printed_for, &[("who", &who.join(", "))])
    }

    pub fn no_reference(&self, why: &NoReference) -> String {
        match why {
            NoReference::AgeNotCovered { standard, youngest } => fill(
                self.no_ref_age,
                &[
                    ("standard", self.standard_name(*standard)),
                    ("youngest", &self.age_text(*youngest)),
                ],
            ),
            NoReference::ConditionNotCovered { standard, condition } => {
                let condition = if *condition == Condition::Pregnant {
                    self.pregnancy_word
                } else {
                    self.breastfeeding_word
                };
                fill(
                    self.no_ref_condition,
                    &[("standard", self.standard_name(*standard)), ("condition", condition)],
                )
            }
            NoReference::NeedsInfantFeeding { breast_fed_mg, formula_fed_mg } => fill(
                self.no_ref_feeding,
                &[("breast", &mg(*breast_fed_mg)), ("formula", &mg(*formula_fed_mg))],
            ),
            NoReference::ConditionNeedsFemale => self.no_ref_needs_female.to_string(),
            NoReference::DataUnreadable(why) => fill(self.no_ref_unreadable, &[("why", why)]),
        }
    }

    /// The verdict in plain words that follow the sources (data/reference/README.md, rule 4).
    pub fn verdict(&self, verdict: Verdict, days: usize) -> String {
        let text = match verdict {
            Verdict::NothingRecorded => return self.verdict_nothing.to_string(),
            Verdict::BelowEar => self.verdict_below_ear,
            Verdict::BetweenEarAndRda => self.verdict_between,
            Verdict::AtOrAboveRda => self.verdict_at_rda,
            Verdict::AtOrAboveAi => self.verdict_at_ai,
            Verdict::BelowAiNoConclusion => self.verdict_below_ai,
            Verdict::AtOrAboveRni => self.verdict_at_rni,
            Verdict::BelowRni => self.verdict_below_rni,
        };
        if days < 3 {
            format!("{text} {}", self.few_days)
        } else {
            text.to_string()
        }
    }

    pub fn upper_level_warning(&self, highest_day_mg: f64, upper_level_mg: f64) -> String {
        fill(
            self.upper_warning,
            &[("highest", &mg(highest_day_mg)), ("upper", &mg(upper_level_mg))],
        )
    }

    /// The salt-form conversion, with its assumption: "500 mg × 60.3 % (MgO) = 302 mg magnesium".
    pub fn conversion(
        &self,
        compound_mg: f64,
        percent: f64,
        formula: &str,
        elemental_mg: &str,
    ) -> String {
        fill(
            self.conversion,
            &[
                ("compound", &self.number(compound_mg)),
                ("percent", &self.number(percent)),
                ("formula", formula),
                ("elemental", elemental_mg),
            ],
        )
    }

    /// The message for a number field that could not be read.
    pub fn input_error(&self, error: &InputError) -> String {
        match error {
            InputError::Number(NumberError::Empty) => self.err_enter_number.to_string(),
            InputError::Number(NumberError::NotANumber) => self.err_digits_only.to_string(),
            InputError::Age(AgeError::NotANumber) => self.err_age_not_number.to_string(),
            InputError::Age(AgeError::Negative) => self.err_age_negative.to_string(),
            InputError::Age(AgeError::TooOld) => fill(
                self.err_age_too_old,
                &[("max", &crate::model::age::MAX_AGE_YEARS.to_string())],
            ),
            InputError::Amount(AmountError::NotANumber) => self.err_enter_number.to_string(),
            InputError::Amount(AmountError::NotPositive) => self.err_amount_positive.to_string(),
            InputError::Amount(AmountError::TooLarge { max }) => {
                fill(self.err_amount_too_large, &[("max", &self.number(*max))])
            }
        }
    }

    pub fn link_error(&self, error: &ShareError) -> String {
        match error {
            ShareError::NotALink => self.link_not_ours,
            ShareError::UnsupportedVersion => self.link_newer,
            ShareError::TooLong => self.link_too_long,
            ShareError::Damaged(_) => self.link_damaged,
        }
        .to_string()
    }
}

/// Why a typed number was refused (the field shows `Messages::input_error`).
#[derive(Clone, Debug, PartialEq)]
pub enum InputError {
    Number(NumberError),
    Age(AgeError),
    Amount(AmountError),
}

impl From<NumberError> for InputError {
    fn from(e: NumberError) -> Self {
        InputError::Number(e)
    }
}
impl From<AgeError> for InputError {
    fn from(e: AgeError) -> Self {
        InputError::Age(e)
    }
}
impl From<AmountError> for InputError {
    fn from(e: AmountError) -> Self {
        InputError::Amount(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(text: &str) -> BTreeSet<String> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
            .collect()
    }

    /// Messages that are rightly the same in another language (names, symbols, abbreviations).
    const SAME_IN_SOME_LANGUAGES: &[&str] = &[
        "total",
        "portion",
        "sources",
        "supplement_kind",
        "elemental_mg",
        "rda_short",
        "ai_short",
        "rni_short",
        "standard_names[2]",
        "reference_intro",
    ];

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let english = EN.all();
        for lang in Lang::ALL {
            let t = lang.messages();
            assert_eq!(t.lang, lang, "the {lang:?} table says it is {:?}", t.lang);
            let all = t.all();
            assert_eq!(all.len(), english.len());
            for ((name, text), (_, english_text)) in all.iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{lang:?}: {name} is empty");
                assert_eq!(
                    placeholders(text),
                    placeholders(english_text),
                    "{lang:?}: {name} has other placeholders than English"
                );
                if lang != Lang::En && text == english_text {
                    assert!(
                        SAME_IN_SOME_LANGUAGES.contains(&name.as_str()),
                        "{lang:?}: {name} is still in English: {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_language_comes_from_the_element_or_page_then_the_browser_then_english() {
        assert_eq!(Lang::resolve(Some("de"), ["fr"]), Lang::De);
        assert_eq!(Lang::resolve(Some("de-AT"), []), Lang::De);
        assert_eq!(Lang::resolve(None, ["it-IT", "es-MX", "en"]), Lang::Es);
        assert_eq!(
            Lang::resolve(Some("it"), ["fr-CA"]),
            Lang::Fr,
            "an unsupported page language falls through to the browser"
        );
        assert_eq!(Lang::resolve(Some(""), ["ja"]), Lang::En);
        assert_eq!(Lang::resolve(None, []), Lang::En);
    }

    #[test]
    fn numbers_use_the_languages_decimal_mark() {
        assert_eq!(EN.number(1.5), "1.5");
        assert_eq!(DE.number(1.5), "1,5");
        assert_eq!(FR.number(60.3), "60,3");
        assert_eq!(ES.number(2.0), "2");
        assert_eq!(
            DE.conversion(500.0, 60.3, "MgO", "302"),
            "500 mg × 60,3 % (MgO) = 302 mg Magnesium"
        );
    }

    #[test]
    fn templates_are_filled() {
        assert_eq!(EN.summary_line("713", "223", "RDA"), "Total 713 mg, 223% of your RDA.");
        assert_eq!(EN.age_text(Age::from_whole_months(18)), "1 y 6 mo");
        assert_eq!(DE.age_text(Age::from_whole_months(34 * 12)), "34 J.");
    }
}
