//! Who the reader is: age, sex, pregnancy or breastfeeding, and the reference standard.

use super::fields::{Choice, NumberField, Select};
use super::messages::Lang;
use super::state::{AgeUnit, PersonEdit, PersonInputs};
use crate::model::{Condition, InfantFeeding, Sex, Standard};
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
                <Select<AgeUnit> id="mc-age-unit" label={t.age_unit} selected={person.age_unit}
                    on_change={edit.reform(PersonEdit::AgeUnit)}
                    options={vec![
                        Choice::new(AgeUnit::Years, "years", t.years),
                        Choice::new(AgeUnit::Months, "months", t.months),
                    ]} />
                <Select<Sex> id="mc-sex" label={t.sex} selected={person.sex}
                    on_change={edit.reform(PersonEdit::Sex)}
                    options={vec![
                        Choice::new(Sex::Female, "female", t.female),
                        Choice::new(Sex::Male, "male", t.male),
                    ]} />
            </div>
            if person.offers_condition() {
                <Select<Condition> id="mc-condition" label={t.pregnancy} selected={person.condition}
                    on_change={edit.reform(PersonEdit::Condition)}
                    options={vec![
                        Choice::new(Condition::None, "none", t.not_pregnant),
                        Choice::new(Condition::Pregnant, "pregnant", t.pregnant),
                        Choice::new(Condition::Breastfeeding, "breastfeeding", t.breastfeeding),
                    ]} />
            }
            if person.asks_infant_feeding() {
                <Select<Option<InfantFeeding>> id="mc-feeding" label={t.infant_feeding}
                    selected={person.infant_feeding} on_change={edit.reform(PersonEdit::InfantFeeding)}
                    options={vec![
                        Choice::new(None, "", t.feeding_unknown),
                        Choice::new(Some(InfantFeeding::BreastFed), "breast", t.breast_fed),
                        Choice::new(Some(InfantFeeding::FormulaFed), "formula", t.formula_fed),
                    ]} />
            }
            <Select<Standard> id="mc-standard" label={t.standard} selected={person.standard}
                on_change={edit.reform(PersonEdit::Standard)} describedby="mc-standard-note"
                options={Standard::ALL.iter().map(|s| Choice::new(*s, s.code(), t.standard_name(*s))).collect::<Vec<_>>()}>
                <p id="mc-standard-note" class="mc-note">{ t.standard_note(person.standard) }</p>
                // Which standard applies where, folded away until asked for.
                <details class="mc-help">
                    <summary>{ t.standards_help }</summary>
                    <p class="mc-note">{ t.standards_in_region }</p>
                </details>
            </Select<Standard>>
        </fieldset>
    }
}
