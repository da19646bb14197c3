//! Every piece of interface text, one table per language (en.rs, es.rs,
//! de.rs, fr.rs), and the functions that put figures into it.
//!
//! Only English is compiled into the wasm: the build writes the other
//! tables to language files beside it (`language_file`, by write-loader),
//! the loader fetches the one a widget needs with the wasm and hands it over
//! (`load_language`, through `embed::element::add_language`) before the
//! widget renders, so a reader never sees another language first. A language
//! whose file is missing or from another build falls back to English.
//!
//! A table is a `Messages` value: leaving a message out of a language is a
//! compile error, and `tests` below checks that none is empty or left in
//! English by mistake and that every language's templates take the same
//! `{placeholders}`. USDA food names stay in English (`usda_names_note`).

#[cfg(not(target_arch = "wasm32"))]
mod de;
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod es;
#[cfg(not(target_arch = "wasm32"))]
mod fr;

use crate::model::assessment::{
    Assessment, EstimateAssessment, EstimateVerdict, Unusual, UpperLevelCheck, Verdict,
};
use crate::model::food_table::FoodTableError;
use crate::model::input::InputError;
use crate::model::intake::AmountError;
use crate::model::number::{decimal, NumberError};
use crate::model::questionnaire::Spread;
use crate::model::reference::PerStandard;
use crate::model::share::ShareError;
use crate::model::suggest::Suggestion;
use crate::model::supplement::SupplementForm;
use crate::model::usual_intake::{self, Chance};
use crate::model::ReferenceValue;
use crate::model::{Age, AgeError, Condition, NoReference, Sex, Standard, ValueKind};
#[cfg(not(target_arch = "wasm32"))]
pub use de::DE;
pub use en::EN;
#[cfg(not(target_arch = "wasm32"))]
pub use es::ES;
#[cfg(not(target_arch = "wasm32"))]
pub use fr::FR;

pub use crate::model::lang::Lang;
#[cfg(target_arch = "wasm32")]
use crate::model::lang::Translated;

impl Lang {
    #[cfg(not(target_arch = "wasm32"))]
    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
            Lang::De => &DE,
            Lang::Fr => &FR,
        }
    }

    /// In the wasm: English, or the language's table once its file is
    /// loaded (`load_language`); English until then.
    #[cfg(target_arch = "wasm32")]
    pub fn messages(self) -> &'static Messages {
        LOADED.with(|loaded| loaded.get()[self]).unwrap_or(&EN)
    }

    /// Whether the texts of this language are here (English always is).
    pub fn is_loaded(self) -> bool {
        self.messages().lang == self
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The tables loaded from language files (kept for the page's life).
    static LOADED: std::cell::Cell<Translated<Option<&'static Messages>>> =
        const { std::cell::Cell::new(Translated([None; 4])) };
}

/// The first line of a language file: what it is, the language, the
/// release that wrote it and how many texts follow (a file from another
/// build would put texts in the wrong places, so it is refused).
fn language_file_header(lang: Lang, count: usize) -> String {
    format!("magnesium-calculator messages {} {} {count}", lang.code(), env!("CARGO_PKG_VERSION"))
}

/// A language's texts as a file: the header, then one text per line in the
/// order of `Messages::all`, with `\`, `\n` and `\r` escaped.
pub fn language_file(messages: &Messages) -> String {
    let texts = messages.all();
    let mut file = language_file_header(messages.lang, texts.len());
    for (_, text) in texts {
        file.push('\n');
        file.push_str(&text.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r"));
    }
    file.push('\n');
    file
}

/// Reads a language file back (the inverse of `language_file`).
pub fn read_language_file(lang: Lang, file: &str) -> Result<Messages, String> {
    let header = file.lines().next().unwrap_or_default();
    if header != language_file_header(lang, file.lines().count().saturating_sub(1)) {
        return Err(format!("not this build's {} texts: {header:?}", lang.code()));
    }
    // Kept for the page's life, as compiled-in tables are.
    let file: &'static str = Box::leak(file.to_owned().into_boxed_str());
    let texts: Vec<&'static str> = file.lines().skip(1).map(unescape).collect();
    Messages::from_texts(lang, &texts).ok_or_else(|| format!("{} texts incomplete", lang.code()))
}

/// One line of a language file as its text (see `language_file`).
fn unescape(line: &'static str) -> &'static str {
    if !line.contains('\\') {
        return line;
    }
    let mut text = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
        } else if let Some(escaped) = chars.next() {
            text.push(match escaped {
                'n' => '\n',
                'r' => '\r',
                other => other,
            });
        }
    }
    Box::leak(text.into_boxed_str())
}

/// Makes a language file's texts the language's table in this page (wasm).
#[cfg(target_arch = "wasm32")]
pub fn load_language(lang: Lang, file: &str) -> Result<(), String> {
    if lang.is_loaded() {
        return Ok(());
    }
    let messages: &'static Messages = Box::leak(Box::new(read_language_file(lang, file)?));
    LOADED.with(|loaded| {
        let mut tables = loaded.get();
        tables[lang] = Some(messages);
        loaded.set(tables);
    });
    Ok(())
}

macro_rules! messages {
    ($($field:ident),* $(,)?) => {
        /// One language's interface text. Texts with `{name}` are templates (see `fill`).
        pub struct Messages {
            pub lang: Lang,
            /// Names of the standards.
            pub standard_names: PerStandard<&'static str>,
            /// One line on each standard.
            pub standard_notes: PerStandard<&'static str>,
            $(pub $field: &'static str,)*
        }

        impl Messages {
            /// Every text by name (the standards' as `standard_names[CODE]`), for the checker.
            pub fn all(&self) -> Vec<(String, &'static str)> {
                let mut all = vec![$((stringify!($field).to_string(), self.$field)),*];
                for s in Standard::ALL {
                    all.push((format!("standard_names[{}]", s.code()), self.standard_names[s]));
                    all.push((format!("standard_notes[{}]", s.code()), self.standard_notes[s]));
                }
                all
            }

            /// The inverse of `all`: a table from its texts in that order.
            pub fn from_texts(lang: Lang, texts: &[&'static str]) -> Option<Messages> {
                const FIELDS: usize = [$(stringify!($field)),*].len();
                // One length check, then loads at fixed places: far less
                // code than a checked `next()` for each of some 300 fields.
                const STANDARDS: usize = Standard::ALL.len();
                let texts: &[&'static str; FIELDS + 2 * STANDARDS] = texts.try_into().ok()?;
                let mut at = 0;
                $(let $field = texts[at]; at += 1;)*
                // After the fields, each standard's name and note, in `Standard::ALL` order.
                let at_standard = |s: Standard| {
                    FIELDS + 2 * Standard::ALL.iter().position(|x| *x == s).unwrap_or(0)
                };
                let standard_names = PerStandard::from_fn(|s| texts[at_standard(s)]);
                let standard_notes = PerStandard::from_fn(|s| texts[at_standard(s) + 1]);
                debug_assert_eq!(at, FIELDS);
                Some(Messages { lang, standard_names, standard_notes, $($field),* })
            }
        }
    };
}

messages! {
    title, about_you, age, age_unit, years, months, sex, female, male, pregnancy, not_pregnant,
    pregnant, breastfeeding, infant_feeding, feeding_unknown, breast_fed, formula_fed, standard,
    standards_in_region, enter_age, food_heading, search_foods, search_hint, food_table_loading,
    food_table_failed, try_again, loader_loading, loader_failed, no_foods_found, portion, grams, how_many, add, cancel,
    quick_picks, usda_names_note, supplement_heading, supplement_kind, supplement, medicine,
    amount_given_as, label_says, compound_weight, elemental_mg, compound_mg, salt_form,
    name_optional, mg_label_states, form_note, conversion, your_log, day_n, add_day,
    nothing_logged, remove, undo, results, total, from_food, from_supplements, average_of_days,
    gap_line, kidney_caution, disclaimer, sources, daily_value, percent_of, chart_title,
    chart_nonfood_caption, chart_text, chart_text_ear, chart_text_upper, summary, rda_long,
    rda_short, ai_long, ai_short, rni_long, rni_short, source_verdict, source_foods,
    source_quick_picks, printed_for, pregnancy_word, breastfeeding_word, age_years, age_months,
    age_years_months, no_ref_age, no_ref_condition, no_ref_feeding, no_ref_needs_female,
    verdict_nothing, verdict_below_ear, verdict_between, verdict_at_rda,
    verdict_at_ai, verdict_below_ai, verdict_at_rni, verdict_below_rni, few_days,
    no_extra_in_pregnancy, upper_warning, err_enter_number, err_digits_only, err_age_not_number,
    err_age_negative, err_age_too_old, err_amount_positive, err_amount_too_large, link_not_ours,
    link_newer, link_too_long, link_damaged, crashed, restore_left_out, restore_foods_failed,
    restoring, dismiss, copy_link, link_copied, link_label, link_note, remember, remember_note,
    load_network, load_status, load_interrupted, load_damaged, mg_amount, mg_per_100g,
    amount_preview, portion_option, times_portion, portion_weight, compound_unit, form_option,
    portion_of, amount_of, remove_named, add_named, removed_named, pick_serving, reference_line,
    reference_line_ear, suggestion_one, suggestion_many, source_line, verdict_few_days, chart_ear,
    chart_upper, list_separator, percent, chart_text_end, ways_in, mode_estimate, mode_log,
    questionnaire_heading, questionnaire_intro, serving_is, questions_left, water_heading,
    water_litres, water_kind, tap_water, bottled_water, water_mg_per_litre, water_hint,
    water_examples, bottled_example, water_ul_counts, water_ul_not_counted, your_supplements,
    estimate_range, estimate_note, estimate_nothing, chance_short, chance_short_few, chance_short_most, chance_reach, chance_reach_few, chance_reach_most, estimate_short_unlikely, estimate_short_open, estimate_short_likely, estimate_reach_likely, estimate_reach_open, estimate_reach_unlikely_ai, estimate_reach_unlikely_rni, source_background, unusual_low, unusual_high, population_female, population_male, log_a_few_days,
    sources_heading, source_water, source_supplements, share_of_total, raise_heading, raise_line,
    chart_estimate_text, upper_warning_water,
    chart_nonfood_water_caption, scale_entry, scale_separator,
    water_where, food_added, upper_level_line, upper_level_line_water, daily_value_note,
    empty_days_left_out, chart_value, standards_help, water_not_entered, water_summary,
    questionnaire_done, questionnaire_folded, change_answers, more_contributions, save_file,
    save_csv, open_file, file_note, file_opened, file_too_large, file_not_ours, file_newer,
    file_damaged, csv_header, csv_food, csv_day_total,
}

/// Puts values into a template: `fill("{n} mg", &[("n", "5")])` = "5 mg".
/// One pass over the template (no search per placeholder: this runs for
/// every line of every render). A `{name}` not among `values` stays as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Milligrams rounded for display; the totals use the unrounded figures.
pub fn mg(value: f64) -> String {
    decimal(value, 0)
}

/// A filled template cut around one placeholder, so that the value can be
/// put in its own element (e.g. `<strong>`): ("Your RDA: ", " mg a day.").
pub fn around(filled: &str, placeholder: &str) -> (String, String) {
    let marker = format!("{{{placeholder}}}");
    match filled.split_once(&marker) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (filled.to_string(), String::new()),
    }
}

impl Messages {
    /// A number as this language writes it, to at most three decimals: 1.5 → "1,5" in es, de and fr.
    pub fn number(&self, value: f64) -> String {
        let text = decimal(value, 3);
        match self.lang {
            Lang::En => text,
            _ => text.replace('.', ","),
        }
    }

    /// A whole percentage: "198%" in English, "198 %" in es, de and fr.
    pub fn percent(&self, value: f64) -> String {
        fill(self.percent, &[("n", &mg(value))])
    }

    /// Rounded milligrams with their unit: "156 mg".
    pub fn mg(&self, value: f64) -> String {
        fill(self.mg_amount, &[("mg", &mg(value))])
    }

    /// Why the food table did not load, as a sentence.
    pub fn food_table_error(&self, error: &FoodTableError) -> String {
        let why = match error {
            FoodTableError::Network => self.load_network.to_string(),
            FoodTableError::Status(status) => {
                fill(self.load_status, &[("status", &status.to_string())])
            }
            FoodTableError::Interrupted => self.load_interrupted.to_string(),
            FoodTableError::Damaged(_) => self.load_damaged.to_string(),
        };
        fill(self.food_table_failed, &[("why", &why)])
    }

    pub fn standard_name(&self, standard: Standard) -> &'static str {
        self.standard_names[standard]
    }

    pub fn standard_note(&self, standard: Standard) -> &'static str {
        self.standard_notes[standard]
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
    pub fn chart_description(&self, a: &Assessment) -> String {
        let r = &a.reference;
        let (food, nonfood) = (a.totals.food_mg, a.totals.nonfood_mg);
        let text = fill(
            self.chart_text,
            &[
                ("total", &mg(food + nonfood)),
                ("food", &mg(food)),
                ("nonfood", &mg(nonfood)),
                ("kind", self.kind_name(r.kind).1),
                ("reference", &mg(r.reference_mg)),
            ],
        );
        let ear = match r.kind {
            ValueKind::Rda { ear_mg } => fill(self.chart_text_ear, &[("ear", &mg(ear_mg))]),
            _ => String::new(),
        };
        let upper = match r.upper_level_nonfood_mg {
            Some(upper) => {
                let highest = a.upper_level.map_or(nonfood, |u| u.highest_day_nonfood_mg);
                fill(self.chart_text_upper, &[("upper", &mg(upper)), ("highest", &mg(highest))])
            }
            None => String::new(),
        };
        fill(self.chart_text_end, &[("text", &text), ("ear", &ear), ("upper", &upper)])
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
        fill(self.printed_for, &[("who", &who.join(self.list_separator))])
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
            fill(self.verdict_few_days, &[("verdict", text), ("few_days", self.few_days)])
        } else {
            text.to_string()
        }
    }

    /// The upper-level warning; it names water when the standard counts it.
    pub fn upper_level_warning(&self, ul: &UpperLevelCheck) -> String {
        let template =
            if ul.includes_water { self.upper_warning_water } else { self.upper_warning };
        fill(
            template,
            &[("highest", &mg(ul.highest_day_nonfood_mg)), ("upper", &mg(ul.upper_level_mg))],
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

/// Lines composed from a template and values. Components call these and
/// never `fill` or `format!` reader-visible text themselves, so the test
/// `every_composed_line_is_filled_in_every_language` sees every template.
impl Messages {
    /// "Day 2"
    pub fn day_n(&self, n: usize) -> String {
        fill(self.day_n, &[("n", &n.to_string())])
    }

    pub fn average_of_days(&self, days: usize) -> String {
        fill(self.average_of_days, &[("days", &days.to_string())])
    }

    pub fn gap_line(&self, gap_mg: f64) -> String {
        fill(self.gap_line, &[("gap", &mg(gap_mg))])
    }

    /// "% of RDA"
    pub fn percent_of(&self, kind: ValueKind) -> String {
        fill(self.percent_of, &[("kind", self.kind_name(kind).1)])
    }

    pub fn daily_value(&self, daily_value_mg: f64) -> String {
        fill(self.daily_value, &[("dv", &mg(daily_value_mg))])
    }

    pub fn no_extra_in_pregnancy(&self, source: &str) -> String {
        fill(self.no_extra_in_pregnancy, &[("source", source)])
    }

    /// The reference sentence cut around the number, which the results show in bold.
    pub fn reference_line(&self, r: &ReferenceValue) -> (String, String, String) {
        let (long, short) = self.kind_name(r.kind);
        let (template, ear) = match r.kind {
            ValueKind::Rda { ear_mg } => (self.reference_line_ear, mg(ear_mg)),
            _ => (self.reference_line, String::new()),
        };
        let filled = fill(
            template,
            &[
                ("long", long),
                ("short", short),
                ("standard", self.standard_name(r.standard)),
                ("ear", &ear),
            ],
        );
        let (before, after) = around(&filled, "mg");
        (before, mg(r.reference_mg), after)
    }

    /// "270 mg per 100 g"
    pub fn mg_per_100g(&self, mg_per_100g: u32) -> String {
        fill(self.mg_per_100g, &[("mg", &mg_per_100g.to_string())])
    }

    /// "= 157 mg", before a food is added.
    pub fn amount_preview(&self, magnesium_mg: f64) -> String {
        fill(self.amount_preview, &[("mg", &mg(magnesium_mg))])
    }

    /// "1 cup (180 g)"
    pub fn portion_option(&self, label: &str, grams: f64) -> String {
        fill(self.portion_option, &[("portion", label), ("grams", &self.number(grams))])
    }

    /// "× 1 cup"
    pub fn times_portion(&self, label: &str) -> String {
        fill(self.times_portion, &[("portion", label)])
    }

    /// "(180 g)"
    pub fn portion_weight(&self, grams: f64) -> String {
        fill(self.portion_weight, &[("grams", &mg(grams))])
    }

    /// What a compound amount is: "mg magnesium oxide (MgO, 60.3 % Mg)".
    pub fn compound_unit(&self, form: &SupplementForm) -> String {
        fill(
            self.compound_unit,
            &[
                ("form", form.name_in(self.lang)),
                ("formula", &form.formula),
                ("percent", &self.number(form.elemental_percent)),
            ],
        )
    }

    /// A salt form to choose: "magnesium oxide (60.3 % Mg)".
    pub fn form_option(&self, form: &SupplementForm) -> String {
        fill(
            self.form_option,
            &[("form", form.name_in(self.lang)), ("percent", &self.number(form.elemental_percent))],
        )
    }

    pub fn form_note(&self, form: &SupplementForm) -> String {
        fill(self.form_note, &[("note", form.notes_in(self.lang))])
    }

    /// Labels that name the entry they belong to, for screen readers.
    pub fn portion_of(&self, name: &str) -> String {
        fill(self.portion_of, &[("name", name)])
    }

    pub fn amount_of(&self, name: &str) -> String {
        fill(self.amount_of, &[("name", name)])
    }

    pub fn remove_named(&self, name: &str) -> String {
        fill(self.remove_named, &[("name", name)])
    }

    pub fn add_named(&self, name: &str) -> String {
        fill(self.add_named, &[("name", name)])
    }

    /// "Add " and "" around a quick pick's visible name, so that its
    /// accessible name starts with the visible text's verb (label in name).
    pub fn add_around_name(&self) -> (String, String) {
        around(self.add_named, "name")
    }

    /// "Removed: Spinach, cooked."
    pub fn removed_named(&self, name: &str) -> String {
        fill(self.removed_named, &[("name", name)])
    }

    /// A quick pick's serving: "1 ounce · 156 mg".
    pub fn pick_serving(&self, serving: &str, magnesium_mg: f64) -> String {
        fill(self.pick_serving, &[("serving", serving), ("mg", &mg(magnesium_mg))])
    }

    /// "2 × 1 oz Almonds: 161 mg"
    pub fn suggestion(&self, s: &Suggestion) -> String {
        let template = if s.portions > 1 { self.suggestion_many } else { self.suggestion_one };
        fill(
            template,
            &[
                ("count", &s.portions.to_string()),
                ("portion", &s.candidate.portion),
                ("name", &s.candidate.name),
                ("mg", &mg(s.magnesium_mg)),
            ],
        )
    }

    /// A line of the sources list: "Magnesium oxide: Molecules 2020".
    pub fn source_line(&self, name: &str, source: &str) -> String {
        fill(self.source_line, &[("name", name), ("source", source)])
    }

    pub fn restore_left_out(&self, count: usize) -> String {
        fill(self.restore_left_out, &[("count", &count.to_string())])
    }

    pub fn restore_foods_failed(&self, count: usize) -> String {
        fill(self.restore_foods_failed, &[("count", &count.to_string())])
    }

    /// "A serving: a small handful (28 g)"
    pub fn serving_is(&self, serving: &str) -> String {
        fill(self.serving_is, &[("serving", serving)])
    }

    pub fn questions_left(&self, answered: usize, total: usize) -> String {
        fill(
            self.questions_left,
            &[("count", &answered.to_string()), ("total", &total.to_string())],
        )
    }

    /// A bottled water to choose: "Evian, 24 mg/L".
    pub fn bottled_example(&self, name: &str, mg_per_litre: f64) -> String {
        fill(self.bottled_example, &[("name", name), ("mg", &self.number(mg_per_litre))])
    }

    /// Whether drinking water counts toward this standard's upper level.
    pub fn water_and_upper_level(&self, standard: Standard, water_counts: bool) -> String {
        let template = if water_counts { self.water_ul_counts } else { self.water_ul_not_counted };
        fill(template, &[("standard", self.standard_name(standard))])
    }

    /// "Your usual intake is probably around 280 mg a day: 8 in 10 people
    /// who answer like you get between 190 and 410 mg."
    pub fn estimate_range(&self, total: Spread) -> String {
        let in_ten = usual_intake::model().interval_in_ten().to_string();
        fill(
            self.estimate_range,
            &[
                ("typical", &mg(total.typical)),
                ("low", &mg(total.low)),
                ("high", &mg(total.high)),
                ("in_ten", &in_ten),
            ],
        )
    }

    /// The chance behind a quick estimate, as "n in 10 people who answer like you".
    pub fn estimate_chance(&self, chance: Chance, reference: &ReferenceValue) -> String {
        let n = chance.in_ten();
        let (few, some, most) = match chance {
            Chance::BelowRequirement(_) => {
                (self.chance_short_few, self.chance_short, self.chance_short_most)
            }
            Chance::ReachesReference(_) => {
                (self.chance_reach_few, self.chance_reach, self.chance_reach_most)
            }
        };
        let template = match n {
            0 => few,
            10 => most,
            _ => some,
        };
        fill(
            template,
            &[
                ("n", &n.to_string()),
                ("reference", &mg(reference.reference_mg)),
                ("kind", self.kind_name(reference.kind).1),
            ],
        )
    }

    /// What a quick estimate means, in the words the sources allow.
    pub fn estimate_verdict(&self, verdict: EstimateVerdict, kind: ValueKind) -> &'static str {
        match verdict {
            EstimateVerdict::NothingAnswered => self.estimate_nothing,
            EstimateVerdict::ShortfallUnlikely => self.estimate_short_unlikely,
            EstimateVerdict::ShortfallOpen => self.estimate_short_open,
            EstimateVerdict::ShortfallLikely => self.estimate_short_likely,
            EstimateVerdict::ReachesLikely => self.estimate_reach_likely,
            EstimateVerdict::ReachesOpen => self.estimate_reach_open,
            EstimateVerdict::ReachesUnlikely => match kind {
                ValueKind::Rni => self.estimate_reach_unlikely_rni,
                _ => self.estimate_reach_unlikely_ai,
            },
        }
    }

    /// "Fewer than 1 in 20 US women … usually get this little …: please check your answers."
    pub fn unusual_note(&self, unusual: &Unusual) -> String {
        let p = unusual.percentiles;
        let population = match p.sex {
            Sex::Female => self.population_female,
            Sex::Male => self.population_male,
        };
        fill(
            if unusual.below { self.unusual_low } else { self.unusual_high },
            &[
                ("population", population),
                ("p5", &mg(p.p5_mg)),
                ("p95", &mg(p.p95_mg)),
                ("survey", &p.survey),
            ],
        )
    }

    /// The answers' short forms spelt out: "Never: Never or rarely · 1–2/wk: 1-2 a week · …".
    pub fn answer_scale(&self, answers: &[(&str, &str)]) -> String {
        let entries: Vec<String> = answers
            .iter()
            .map(|(short, long)| fill(self.scale_entry, &[("short", short), ("long", long)]))
            .collect();
        entries.join(self.scale_separator)
    }

    /// "Added: Spinach, boiled, 157 mg."
    pub fn food_added(&self, name: &str, magnesium_mg: f64) -> String {
        fill(self.food_added, &[("name", name), ("mg", &mg(magnesium_mg))])
    }

    /// The reader's upper level and what it covers.
    pub fn upper_level_line(&self, ul: &UpperLevelCheck) -> String {
        let template =
            if ul.includes_water { self.upper_level_line_water } else { self.upper_level_line };
        fill(template, &[("upper", &mg(ul.upper_level_mg))])
    }

    pub fn empty_days_left_out(&self, empty: usize, days: usize) -> String {
        fill(
            self.empty_days_left_out,
            &[("count", &empty.to_string()), ("days", &days.to_string())],
        )
    }

    /// A marker's label on the chart with its value: "RDA 320".
    pub fn chart_value(&self, label: &str, magnesium_mg: f64) -> String {
        fill(self.chart_value, &[("label", label), ("mg", &mg(magnesium_mg))])
    }

    /// What the upper-level bar of the chart shows.
    pub fn chart_upper_caption(&self, includes_water: bool) -> &'static str {
        if includes_water {
            self.chart_nonfood_water_caption
        } else {
            self.chart_nonfood_caption
        }
    }

    /// "23 % of the total"
    pub fn share_of_total(&self, percent: f64) -> String {
        fill(self.share_of_total, &[("percent", &self.percent(percent))])
    }

    /// The folded water section's status: "12 mg a day".
    pub fn water_summary(&self, mg_per_day: f64) -> String {
        fill(self.water_summary, &[("mg", &mg(mg_per_day))])
    }

    /// The folded questionnaire: "All 17 questions answered."
    pub fn questionnaire_folded(&self, total: usize) -> String {
        fill(self.questionnaire_folded, &[("total", &total.to_string())])
    }

    /// Why a saved file could not be opened.
    pub fn file_error(&self, error: &crate::model::saved_file::FileError) -> &'static str {
        use crate::model::saved_file::FileError;
        match error {
            FileError::TooLarge => self.file_too_large,
            FileError::NotOurs => self.file_not_ours,
            FileError::Newer => self.file_newer,
            FileError::Damaged => self.file_damaged,
        }
    }

    /// A day's total row in the spreadsheet: "Day 2 total".
    pub fn csv_day_total(&self, day: usize) -> String {
        fill(self.csv_day_total, &[("n", &day.to_string())])
    }

    /// The summary that unfolds the smaller sources: "4 more".
    pub fn more_contributions(&self, count: usize) -> String {
        fill(self.more_contributions, &[("count", &count.to_string())])
    }

    /// "Nuts and seeds, once a day: about +77 mg a day"
    pub fn raise_line(&self, name: &str, adds_mg: f64) -> String {
        fill(self.raise_line, &[("name", name), ("mg", &mg(adds_mg))])
    }

    /// The estimate chart's text equivalent.
    pub fn chart_estimate_description(&self, a: &EstimateAssessment) -> String {
        let r = &a.reference;
        let text = fill(
            self.chart_estimate_text,
            &[
                ("low", &mg(a.total_mg.low)),
                ("high", &mg(a.total_mg.high)),
                ("typical", &mg(a.total_mg.typical)),
                ("kind", self.kind_name(r.kind).1),
                ("reference", &mg(r.reference_mg)),
            ],
        );
        let ear = match r.kind {
            ValueKind::Rda { ear_mg } => fill(self.chart_text_ear, &[("ear", &mg(ear_mg))]),
            _ => String::new(),
        };
        let upper = match a.upper_level {
            Some(ul) => fill(
                self.chart_text_upper,
                &[("upper", &mg(ul.upper_level_mg)), ("highest", &mg(ul.highest_day_nonfood_mg))],
            ),
            None => String::new(),
        };
        fill(self.chart_text_end, &[("text", &text), ("ear", &ear), ("upper", &upper)])
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// The wasm has English only and reads the others from the files the
    /// build writes: every text must come back in its place.
    #[test]
    fn every_language_file_reads_back_to_the_same_table() {
        for lang in Lang::ALL {
            let file = language_file(lang.messages());
            let read = read_language_file(lang, &file).unwrap();
            assert_eq!(read.all(), lang.messages().all(), "{}", lang.code());
            assert_eq!(read.lang, lang);
        }
    }

    #[test]
    fn a_language_file_of_another_language_or_build_is_refused() {
        let file = language_file(&DE);
        assert!(read_language_file(Lang::Fr, &file).is_err(), "German texts taken as French");
        let older = file.replacen(env!("CARGO_PKG_VERSION"), "0.0.1", 1);
        assert!(read_language_file(Lang::De, &older).is_err(), "another release's file taken");
        let short: String = file.lines().take(40).map(|l| format!("{l}\n")).collect();
        assert!(read_language_file(Lang::De, &short).is_err(), "a cut file taken");
        assert!(read_language_file(Lang::De, "").is_err());
        assert!(read_language_file(Lang::De, "garbage\n\u{0}\\").is_err());
    }

    #[test]
    fn a_table_needs_every_text_and_no_more() {
        let texts: Vec<&'static str> = DE.all().into_iter().map(|(_, t)| t).collect();
        assert!(Messages::from_texts(Lang::De, &texts).is_some());
        assert!(Messages::from_texts(Lang::De, &texts[1..]).is_none(), "one text short");
        let longer = [texts.as_slice(), &["one more"]].concat();
        assert!(Messages::from_texts(Lang::De, &longer).is_none(), "one text over");
        // The standards' names and notes are the last twelve, in pairs.
        let read = Messages::from_texts(Lang::De, &texts).unwrap();
        assert_eq!(read.standard_names, DE.standard_names);
        assert_eq!(read.standard_notes, DE.standard_notes);
    }

    proptest! {
        /// Any text, line breaks and backslashes included, survives the file.
        #[test]
        fn any_text_survives_a_language_file(text in any::<String>()) {
            let text: &'static str = Box::leak(text.into_boxed_str());
            let mut texts: Vec<&'static str> = ES.all().into_iter().map(|(_, t)| t).collect();
            texts[3] = text;
            let messages = Messages::from_texts(Lang::Es, &texts).unwrap();
            let read = read_language_file(Lang::Es, &language_file(&messages)).unwrap();
            prop_assert_eq!(read.all()[3].1, text);
        }
    }

    #[test]
    fn fill_replaces_each_placeholder_and_leaves_the_rest() {
        assert_eq!(fill("{n} mg", &[("n", "5")]), "5 mg");
        assert_eq!(fill("{a}–{b} mg, {a}", &[("a", "1"), ("b", "2")]), "1–2 mg, 1");
        assert_eq!(fill("{missing} {n}", &[("n", "5")]), "{missing} 5");
        assert_eq!(fill("{ unclosed", &[("n", "5")]), "{ unclosed");
        assert_eq!(fill("{n}", &[("n", "{n}")]), "{n}", "a value is not filled again");
        assert_eq!(fill("Größe: {n} µg", &[("n", "ä")]), "Größe: ä µg");
    }

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
        "standard_names[FAO-WHO-2004]",
        // Templates made of numbers, units and names only.
        "mg_amount",
        "amount_preview",
        "portion_option",
        "times_portion",
        "portion_weight",
        "compound_unit",
        "form_option",
        "pick_serving",
        "suggestion_one",
        "suggestion_many",
        "source_line",
        "verdict_few_days",
        "chart_upper",
        "list_separator",
        "chart_text_end",
        "bottled_example",
        "scale_entry",
        "scale_separator",
        "chart_value",
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

    /// Every composing function, with every variant it has, in every
    /// language: no `{placeholder}` may be left in what a reader sees.
    #[test]
    fn every_composed_line_is_filled_in_every_language() {
        use crate::model::assessment::assess;
        use crate::model::food_table::{DecodeError, FoodId};
        use crate::model::intake::{Intake, NonFoodEntry, NonFoodKind};
        use crate::model::suggest::Candidate;
        use crate::model::supplement::bundled_forms;
        use crate::model::{reference_for, Entry, Person};

        let adult = Person::new(Age::from_whole_months(34 * 12), Sex::Female);
        let references: Vec<ReferenceValue> =
            Standard::ALL.iter().filter_map(|s| reference_for(&adult, *s).ok()).collect();
        let form = &bundled_forms()[0];
        let supplement = NonFoodEntry::elemental(NonFoodKind::Supplement, "Mg", 900.0).unwrap();
        let suggestions = [1, 2].map(|portions| Suggestion {
            candidate: Candidate {
                food_id: FoodId(12061),
                name: "Almonds".into(),
                portion: "1 oz".into(),
                mg_per_portion: 80.0,
                common: true,
            },
            portions,
            magnesium_mg: 160.0,
            percent_of_gap: 50.0,
        });
        let no_references = [
            NoReference::AgeNotCovered { standard: Standard::Efsa2015, youngest: adult.age },
            NoReference::ConditionNotCovered {
                standard: Standard::UkComa1991,
                condition: Condition::Pregnant,
            },
            NoReference::ConditionNotCovered {
                standard: Standard::UkComa1991,
                condition: Condition::Breastfeeding,
            },
            NoReference::NeedsInfantFeeding { breast_fed_mg: 26.0, formula_fed_mg: 36.0 },
            NoReference::ConditionNeedsFemale,
        ];
        let input_errors = [
            InputError::Number(NumberError::Empty),
            InputError::Number(NumberError::NotANumber),
            InputError::Age(AgeError::NotANumber),
            InputError::Age(AgeError::Negative),
            InputError::Age(AgeError::TooOld),
            InputError::Amount(AmountError::NotANumber),
            InputError::Amount(AmountError::NotPositive),
            InputError::Amount(AmountError::TooLarge { max: 10_000.0 }),
        ];
        let load_errors = [
            FoodTableError::Network,
            FoodTableError::Status(404),
            FoodTableError::Interrupted,
            FoodTableError::Damaged(DecodeError::Truncated),
        ];
        let link_errors = [
            ShareError::NotALink,
            ShareError::UnsupportedVersion,
            ShareError::TooLong,
            ShareError::Damaged("x"),
        ];
        let verdicts = [
            Verdict::NothingRecorded,
            Verdict::BelowEar,
            Verdict::BetweenEarAndRda,
            Verdict::AtOrAboveRda,
            Verdict::AtOrAboveAi,
            Verdict::BelowAiNoConclusion,
            Verdict::AtOrAboveRni,
            Verdict::BelowRni,
        ];
        for lang in Lang::ALL {
            let t = lang.messages();
            let mut lines = vec![
                t.percent(12.0),
                t.mg(12.0),
                t.day_n(2),
                t.average_of_days(3),
                t.gap_line(100.0),
                t.daily_value(420.0),
                t.no_extra_in_pregnancy("D-A-CH"),
                t.mg_per_100g(270),
                t.amount_preview(157.0),
                t.portion_option("1 cup", 180.0),
                t.times_portion("1 cup"),
                t.portion_weight(180.0),
                t.compound_unit(form),
                t.form_option(form),
                t.form_note(form),
                t.portion_of("Spinach"),
                t.amount_of("Spinach"),
                t.remove_named("Spinach"),
                t.add_named("Spinach"),
                t.add_around_name().0,
                t.add_around_name().1,
                t.removed_named("Spinach"),
                t.pick_serving("1 oz", 80.0),
                t.source_line("x", "y"),
                t.restore_left_out(2),
                t.restore_foods_failed(2),
                t.summary_line("1", "2", "RDA"),
                t.serving_is("1 oz"),
                t.questions_left(3, 17),
                t.water_summary(12.0),
                t.csv_day_total(2),
                t.questionnaire_folded(17),
                t.more_contributions(4),
                t.bottled_example("Evian", 24.0),
                t.water_and_upper_level(Standard::Efsa2015, true),
                t.water_and_upper_level(Standard::Iom1997, false),
                t.estimate_range(Spread { low: 1.0, typical: 2.0, high: 3.0 }),
                t.share_of_total(23.0),
                t.food_added("Spinach", 157.0),
                t.empty_days_left_out(1, 3),
                t.chart_value("RDA", 320.0),
                t.answer_scale(&[("1–2/wk", "1-2 a week"), ("Daily", "Once a day")]),
                t.raise_line("Nuts", 77.0),
                t.conversion(500.0, 60.3, "MgO", "302"),
                t.age_text(Age::from_whole_months(5)),
                t.age_text(Age::from_whole_months(18)),
                t.age_text(Age::from_whole_months(24)),
            ];
            for condition in [Condition::None, Condition::Pregnant, Condition::Breastfeeding] {
                lines.push(t.person_line(Sex::Male, adult.age, condition));
            }
            for r in &references {
                let (before, number, after) = t.reference_line(r);
                lines.extend([before, number, after, t.percent_of(r.kind)]);
                for intake in
                    [Intake::default(), Intake::one_day(vec![Entry::NonFood(supplement.clone())])]
                {
                    let a = assess(&intake, r);
                    lines.push(t.chart_description(&a));
                    if let Some(ul) = a.upper_level {
                        for includes_water in [false, true] {
                            let check = UpperLevelCheck { includes_water, ..ul };
                            lines.push(t.upper_level_warning(&check));
                            lines.push(t.upper_level_line(&check));
                        }
                    }
                }
                for verdict in [
                    EstimateVerdict::NothingAnswered,
                    EstimateVerdict::ShortfallUnlikely,
                    EstimateVerdict::ShortfallOpen,
                    EstimateVerdict::ShortfallLikely,
                    EstimateVerdict::ReachesLikely,
                    EstimateVerdict::ReachesOpen,
                    EstimateVerdict::ReachesUnlikely,
                ] {
                    lines.push(t.estimate_verdict(verdict, r.kind).to_string());
                }
                for p in [0.01, 0.5, 0.99] {
                    lines.push(t.estimate_chance(Chance::BelowRequirement(p), r));
                    lines.push(t.estimate_chance(Chance::ReachesReference(p), r));
                }
                let mut answers = crate::model::questionnaire::Answers::default();
                answers.set(0, 3);
                let estimate = crate::model::assessment::assess_estimate(
                    &answers, &adult, 30.0, 400.0, 400.0, r,
                );
                lines.push(t.chart_estimate_description(&estimate));
            }
            for percentiles in [Sex::Female, Sex::Male].map(|sex| {
                usual_intake::percentiles_for(&crate::model::Person::new(adult.age, sex)).unwrap()
            }) {
                for below in [true, false] {
                    lines.push(t.unusual_note(&Unusual { percentiles, below }));
                }
            }
            lines.extend(suggestions.iter().map(|s| t.suggestion(s)));
            lines.extend(no_references.iter().map(|n| t.no_reference(n)));
            lines.extend(input_errors.iter().map(|e| t.input_error(e)));
            lines.extend(load_errors.iter().map(|e| t.food_table_error(e)));
            lines.extend(link_errors.iter().map(|e| t.link_error(e)));
            for verdict in verdicts {
                lines.extend([t.verdict(verdict, 1), t.verdict(verdict, 3)]);
            }
            for line in &lines {
                assert!(!line.contains('{') && !line.contains('}'), "{lang:?}: unfilled {line:?}");
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
