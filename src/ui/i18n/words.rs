//! Words for values and errors: numbers, standards, kinds of value, ages,
//! verdicts, and why an input, a link or the food table was refused.

use super::*;

impl Messages {
    /// A food's name for the reader: its everyday name in this language,
    /// or the USDA name it was logged under when it has none.
    pub fn food_name<'a>(&self, id: FoodId, usda: &'a str) -> &'a str {
        self.food_names.get(id).unwrap_or(usda)
    }

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
