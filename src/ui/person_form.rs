//! Who the reader is: age, sex, pregnancy or breastfeeding, and the reference standard.

use super::state::{Action, AgeUnit, State};
use crate::model::{Condition, InfantFeeding, NoReference, Sex, Standard};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PersonFormProps {
    pub state: UseReducerHandle<State>,
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

#[function_component(PersonForm)]
pub fn person_form(props: &PersonFormProps) -> Html {
    let t = props.state.t();
    let state = &props.state;
    let dispatch = |make: fn(String) -> Action| {
        let d = state.dispatcher();
        Callback::from(move |e: Event| d.dispatch(make(select_value(&e))))
    };
    let on_age = {
        let d = state.dispatcher();
        Callback::from(move |e: InputEvent| {
            d.dispatch(Action::SetAgeText(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let on_unit = dispatch(|v| {
        Action::SetAgeUnit(if v == "months" { AgeUnit::Months } else { AgeUnit::Years })
    });
    let on_sex = dispatch(|v| Action::SetSex(if v == "male" { Sex::Male } else { Sex::Female }));
    let on_condition = dispatch(|v| {
        Action::SetCondition(match v.as_str() {
            "pregnant" => Condition::Pregnant,
            "breastfeeding" => Condition::Breastfeeding,
            _ => Condition::None,
        })
    });
    let on_feeding = dispatch(|v| {
        Action::SetInfantFeeding(match v.as_str() {
            "breast" => Some(InfantFeeding::BreastFed),
            "formula" => Some(InfantFeeding::FormulaFed),
            _ => None,
        })
    });
    let on_standard =
        dispatch(|v| Action::SetStandard(Standard::from_code(&v).unwrap_or_default()));

    let age_error = state.age().and_then(Result::err);
    let asks_feeding =
        matches!(state.reference(), Some(Err(NoReference::NeedsInfantFeeding { .. })))
            || (state.infant_feeding.is_some()
                && state.person().is_some_and(|p| p.age.is_infant()));

    html! {
        <fieldset class="mc-group">
            <legend>{ t.about_you }</legend>
            <div class="mc-row">
                <div class="mc-field">
                    <label for="mc-age">{ t.age }</label>
                    <input id="mc-age" type="text" inputmode="decimal" autocomplete="off" size="6"
                        value={state.age_text.clone()} oninput={on_age}
                        aria-invalid={age_error.is_some().to_string()} aria-describedby="mc-age-error" />
                </div>
                <div class="mc-field">
                    <label for="mc-age-unit">{ t.age_unit }</label>
                    <select id="mc-age-unit" onchange={on_unit}>
                        <option value="years" selected={state.age_unit == AgeUnit::Years}>{ t.years }</option>
                        <option value="months" selected={state.age_unit == AgeUnit::Months}>{ t.months }</option>
                    </select>
                </div>
                <div class="mc-field">
                    <label for="mc-sex">{ t.sex }</label>
                    <select id="mc-sex" onchange={on_sex}>
                        <option value="female" selected={state.sex == Sex::Female}>{ t.female }</option>
                        <option value="male" selected={state.sex == Sex::Male}>{ t.male }</option>
                    </select>
                </div>
            </div>
            <p id="mc-age-error" class="mc-error">{ age_error.map(|e| t.input_error(&e)).unwrap_or_default() }</p>
            if state.offers_condition() {
                <div class="mc-field">
                    <label for="mc-condition">{ t.pregnancy }</label>
                    <select id="mc-condition" onchange={on_condition}>
                        <option value="none" selected={state.condition == Condition::None}>{ t.not_pregnant }</option>
                        <option value="pregnant" selected={state.condition == Condition::Pregnant}>{ t.pregnant }</option>
                        <option value="breastfeeding" selected={state.condition == Condition::Breastfeeding}>{ t.breastfeeding }</option>
                    </select>
                </div>
            }
            if asks_feeding {
                <div class="mc-field">
                    <label for="mc-feeding">{ t.infant_feeding }</label>
                    <select id="mc-feeding" onchange={on_feeding}>
                        <option value="" selected={state.infant_feeding.is_none()}>{ t.feeding_unknown }</option>
                        <option value="breast" selected={state.infant_feeding == Some(InfantFeeding::BreastFed)}>{ t.breast_fed }</option>
                        <option value="formula" selected={state.infant_feeding == Some(InfantFeeding::FormulaFed)}>{ t.formula_fed }</option>
                    </select>
                </div>
            }
            <div class="mc-field">
                <label for="mc-standard">{ t.standard }</label>
                <select id="mc-standard" onchange={on_standard} aria-describedby="mc-standard-note">
                    { for Standard::ALL.iter().map(|s| html! {
                        <option value={s.code()} selected={*s == state.standard}>{ t.standard_name(*s) }</option>
                    }) }
                </select>
                <p id="mc-standard-note" class="mc-note">{ t.standard_note(state.standard) }</p>
                <p class="mc-note">{ t.standards_in_region }</p>
            </div>
        </fieldset>
    }
}
