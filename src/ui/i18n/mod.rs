//! Every piece of interface text, one table per language (en.rs, es.rs,
//! de.rs, fr.rs), and the functions that put figures into it.
//!
//! Only English is compiled into the wasm: the build writes the other
//! tables to language files beside it (`language_file`, by xtask/src/loader.rs),
//! the loader fetches the one a widget needs with the wasm and hands it over
//! (`load_language`, through `embed::element::add_language`) before the
//! widget renders, so a reader never sees another language first. A language
//! whose file is missing or from another build falls back to English.
//!
//! The parts: this file declares the table (`messages!`, the key list) and
//! which language a widget reads; `file` writes and reads the language
//! files; `fill` puts values into templates; `words` names values and
//! errors; `compose` writes every line made of a template and values.
//!
//! A table is a `Messages` value: leaving a message out of a language is a
//! compile error, and `tests` checks that none is empty or left in
//! English by mistake and that every language's templates take the same
//! `{placeholders}`. Foods are shown by their everyday name in the
//! language (`food_name`), with the USDA name beneath.

mod compose;
#[cfg(not(target_arch = "wasm32"))]
mod de;
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod es;
mod file;
mod fill;
#[cfg(not(target_arch = "wasm32"))]
mod fr;
#[cfg(test)]
mod tests;
mod words;

use crate::model::assessment::{
    Assessment, EstimateAssessment, EstimateVerdict, Unusual, UpperLevelCheck, Verdict,
};
use crate::model::food_names::FoodNames;
use crate::model::food_table::{FoodId, FoodTableError};
use crate::model::input::InputError;
use crate::model::intake::AmountError;
use crate::model::medicine_notes::{medicine_notes, MedicineNote, NoteText};
use crate::model::number::{decimal, NumberError};
use crate::model::questionnaire::Spread;
use crate::model::reference::PerStandard;
use crate::model::share::ShareError;
use crate::model::suggest::Suggestion;
use crate::model::supplement::SupplementForm;
use crate::model::usual_intake::{self, Chance, Standing};
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
#[cfg(target_arch = "wasm32")]
pub use file::load_language;
#[cfg(target_arch = "wasm32")]
use file::LOADED;
pub use file::{language_file, read_language_file};
pub use fill::{around, fill, mg};

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

macro_rules! messages {
    ($($field:ident),* $(,)?) => {
        /// One language's interface text. Texts with `{name}` are templates (see `fill`).
        pub struct Messages {
            pub lang: Lang,
            /// Names of the standards.
            pub standard_names: PerStandard<&'static str>,
            /// One line on each standard.
            pub standard_notes: PerStandard<&'static str>,
            /// Everyday names of foods (`model::food_names`); a food without
            /// one is shown by its USDA name.
            pub food_names: FoodNames,
            /// Each medicine note's label and text (`model::medicine_notes`),
            /// in the order of `medicine_notes()`.
            pub medicine_texts: &'static [NoteText],
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
                for (note, (label, text)) in medicine_notes().iter().zip(self.medicine_texts) {
                    all.push((format!("medicine_labels[{}]", note.id), *label));
                    all.push((format!("medicine_notes[{}]", note.id), *text));
                }
                all
            }

            /// The inverse of `all`: a table from its texts in that order.
            pub fn from_texts(
                lang: Lang,
                texts: &[&'static str],
                food_names: FoodNames,
            ) -> Option<Messages> {
                const FIELDS: usize = [$(stringify!($field)),*].len();
                // One length check, then loads at fixed places: far less
                // code than a checked `next()` for each of some 300 fields.
                const STANDARDS: usize = Standard::ALL.len();
                const MEDICINES: usize = crate::model::generated::medicine_notes::COUNT;
                let texts: &[&'static str; FIELDS + 2 * STANDARDS + 2 * MEDICINES] =
                    texts.try_into().ok()?;
                let mut at = 0;
                $(let $field = texts[at]; at += 1;)*
                // After the fields, each standard's name and note, in `Standard::ALL` order.
                let at_standard = |s: Standard| {
                    FIELDS + 2 * Standard::ALL.iter().position(|x| *x == s).unwrap_or(0)
                };
                let standard_names = PerStandard::from_fn(|s| texts[at_standard(s)]);
                let standard_notes = PerStandard::from_fn(|s| texts[at_standard(s) + 1]);
                debug_assert_eq!(at, FIELDS);
                // Then each medicine note's label and text, in `medicine_notes()` order.
                let medicine_texts: Vec<NoteText> = texts[FIELDS + 2 * STANDARDS..]
                    .chunks_exact(2)
                    .map(|pair| (pair[0], pair[1]))
                    .collect();
                let medicine_texts = Box::leak(medicine_texts.into_boxed_slice());
                Some(Messages {
                    lang,
                    standard_names,
                    standard_notes,
                    food_names,
                    medicine_texts,
                    $($field),*
                })
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
    name_optional, mg_label_states, form_note, conversion, your_log, day_n, add_day, copy_day, recent_foods,
    describe_title, describe_hint, describe_text, describe_read, describe_food,
    describe_weak,
    describe_none, describe_needs_grams, describe_add_all, describe_summary, describe_added,
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
    estimate_range, estimate_note, estimate_nothing, chance_short, chance_short_few, chance_short_most, chance_reach, chance_reach_few, chance_reach_most, estimate_short_unlikely, estimate_short_open, estimate_short_likely, estimate_reach_likely, estimate_reach_open, estimate_reach_unlikely_ai, estimate_reach_unlikely_rni, source_background, unusual_low, unusual_high, standing_about, standing_few, standing_most, standing_estimate, standing_log,
    population_female, population_male, log_a_few_days,
    sources_heading, source_water, source_supplements, share_of_total, raise_heading, raise_line,
    chart_estimate_text, upper_warning_water,
    chart_nonfood_water_caption, scale_entry, scale_separator,
    water_where, food_added, upper_level_line, upper_level_line_water, daily_value_note,
    empty_days_left_out, chart_value, standards_help, water_not_entered, water_summary,
    questionnaire_done, questionnaire_folded, change_answers, more_contributions, save_file,
    save_csv, open_file, file_note, file_opened, file_too_large, file_not_ours, file_newer,
    file_damaged, csv_header, csv_food, csv_day_total,
    medicines_heading, medicines_intro, medicines_no_checklist, medicines_talk, medicine_source, print_report, print_note, report_title, report_printed, report_reference, report_result, report_days, report_day, report_water, report_items, report_medicines, report_no_medicines, report_status, report_upper_ok, report_estimate,
}
