//! Who the reader is: age, sex, pregnancy or breastfeeding, and the reference standard.

use crate::model::{Condition, InfantFeeding, Sex, Standard};
use crate::ui::components::fields::{Choice, Choices, NumberField, Select};
use crate::ui::i18n::Lang;
use crate::ui::state::{AgeUnit, PersonEdit, PersonInputs};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonFormProps {
    pub lang: Lang,
    pub person: PersonInputs,
    pub on_edit: Callback<PersonEdit>,
}

#[function_component(PersonForm)]
pub fn person_form(props: &PersonFormProps) -> Html {
    let t = props.lang.messages();
    let person = &props.person;
    let edit = &props.on_edit;
    let age_error = person.age().and_then(Result::err).map(|e| t.input_error(&e));

    html! {
        <fieldset class="mc-group">
            <legend>{ t.about_you }</legend>
            <div class="mc-row">
                <NumberField id="mc-age" label={t.age} value={person.age_text.clone()}
                    error={age_error} on_input={edit.reform(PersonEdit::AgeText)} />
                <Select id="mc-age-unit" label={t.age_unit}
                    choices={Choices::new(vec![
                        Choice::new(AgeUnit::Years, "years", t.years),
                        Choice::new(AgeUnit::Months, "months", t.months),
                    ], &person.age_unit, edit.reform(PersonEdit::AgeUnit))} />
                <Select id="mc-sex" label={t.sex}
                    choices={Choices::new(vec![
                        Choice::new(Sex::Female, "female", t.female),
                        Choice::new(Sex::Male, "male", t.male),
                    ], &person.sex, edit.reform(PersonEdit::Sex))} />
            </div>
            if person.offers_condition() {
                <Select id="mc-condition" label={t.pregnancy}
                    choices={Choices::new(vec![
                        Choice::new(Condition::None, "none", t.not_pregnant),
                        Choice::new(Condition::Pregnant, "pregnant", t.pregnant),
                        Choice::new(Condition::Breastfeeding, "breastfeeding", t.breastfeeding),
                    ], &person.condition, edit.reform(PersonEdit::Condition))} />
            }
            if person.asks_infant_feeding() {
                <Select id="mc-feeding" label={t.infant_feeding}
                    choices={Choices::new(vec![
                        Choice::new(None, "", t.feeding_unknown),
                        Choice::new(Some(InfantFeeding::BreastFed), "breast", t.breast_fed),
                        Choice::new(Some(InfantFeeding::FormulaFed), "formula", t.formula_fed),
                    ], &person.infant_feeding, edit.reform(PersonEdit::InfantFeeding))} />
            }
            <Select id="mc-standard" label={t.standard} describedby="mc-standard-note"
                choices={Choices::new(
                    Standard::ALL.iter().map(|s| Choice::new(*s, s.code(), t.standard_name(*s))).collect(),
                    &person.standard, edit.reform(PersonEdit::Standard))}>
                <p id="mc-standard-note" class="mc-note">{ t.standard_note(person.standard) }</p>
                // Which standard applies where, folded away until asked for.
                <details class="mc-help">
                    <summary>{ t.standards_help }</summary>
                    <p class="mc-note">{ t.standards_in_region }</p>
                </details>
            </Select>
        </fieldset>
    }
}
