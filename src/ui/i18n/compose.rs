//! Lines composed from a template and values.

use super::*;

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

    /// "28 g"
    pub fn grams_weight(&self, grams: f64) -> String {
        // "g" is the same in every language.
        format!("{} g", self.number((grams * 10.0).round() / 10.0))
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
                ("formula", form.formula),
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
    /// "3 of 5 lines found a food; 1 to check."
    pub fn describe_summary(&self, found: usize, lines: usize, check: usize) -> String {
        fill(
            self.describe_summary,
            &[
                ("found", &found.to_string()),
                ("lines", &lines.to_string()),
                ("check", &check.to_string()),
            ],
        )
    }

    pub fn describe_added(&self, n: usize) -> String {
        fill(self.describe_added, &[("n", &n.to_string())])
    }

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
                ("name", self.food_name(s.candidate.food_id, &s.candidate.name)),
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

    /// "About 6 in 10 US women and girls aged 9 and over usually get less
    /// magnesium from food than your estimate (CSFII 1994)."
    pub fn standing_line(&self, standing: &Standing, what: &str) -> String {
        let p = standing.percentiles;
        let population = match p.sex {
            Sex::Female => self.population_female,
            Sex::Male => self.population_male,
        };
        let in_ten = (standing.share_below * 10.0).round();
        let template = if in_ten < 1.0 {
            self.standing_few
        } else if in_ten > 9.0 {
            self.standing_most
        } else {
            self.standing_about
        };
        fill(
            template,
            &[("n", &mg(in_ten)), ("population", population), ("what", what), ("survey", p.survey)],
        )
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
                ("survey", p.survey),
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

/// The medicines section and the printed report.
impl Messages {
    /// A medicine note's label and text in this language (English if a
    /// language file came without it, which `read_language_file` refuses).
    pub fn medicine_text(&self, note: &MedicineNote) -> NoteText {
        let i = medicine_notes().iter().position(|n| n == note).unwrap_or(0);
        self.medicine_texts.get(i).copied().unwrap_or(("", ""))
    }

    pub fn medicine_source(&self, note: &MedicineNote) -> String {
        fill(self.medicine_source, &[("source", note.source)])
    }

    /// "Printed on 2026-12-03 by …": the date as ISO 8601, read the same in every language.
    pub fn report_printed(&self, date: &str) -> String {
        fill(self.report_printed, &[("date", date)])
    }

    pub fn report_upper_ok(&self, ul: &UpperLevelCheck) -> String {
        fill(
            self.report_upper_ok,
            &[("highest", &mg(ul.highest_day_nonfood_mg)), ("upper", &mg(ul.upper_level_mg))],
        )
    }
}
