//! Supplements and medicines: the label's elemental magnesium, or a compound
//! weight converted by its salt form (the assumption is shown).

use super::messages::{fill, mg};
use super::state::{Action, State};
use crate::model::intake::NonFoodEntry;
use crate::model::number::parse_number;
use crate::model::supplement::bundled_forms;
use crate::model::NonFoodKind;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SupplementFormProps {
    pub state: UseReducerHandle<State>,
}

#[function_component(SupplementForm)]
pub fn supplement_form(props: &SupplementFormProps) -> Html {
    let t = props.state.t();
    let medicine = use_state(|| false);
    let compound = use_state(|| false);
    let amount = use_state(String::new);
    let form_index = use_state(|| 0usize);
    let name = use_state(String::new);
    let error = use_state(|| None::<String>);

    let on_kind = {
        let medicine = medicine.clone();
        Callback::from(move |e: Event| {
            medicine.set(e.target_unchecked_into::<HtmlSelectElement>().value() == "medicine")
        })
    };
    let on_mode = {
        let compound = compound.clone();
        Callback::from(move |e: Event| {
            compound.set(e.target_unchecked_into::<HtmlSelectElement>().value() == "compound")
        })
    };
    let on_amount = {
        let amount = amount.clone();
        Callback::from(move |e: InputEvent| {
            amount.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_form = {
        let form_index = form_index.clone();
        Callback::from(move |e: Event| {
            form_index
                .set(e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(0))
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };

    let forms = bundled_forms();
    let form = forms.get(*form_index);
    let build = {
        let (medicine, compound, amount, name) =
            (*medicine, *compound, (*amount).clone(), (*name).clone());
        let form = form.cloned();
        move || -> Result<NonFoodEntry, String> {
            let kind = if medicine { NonFoodKind::Medicine } else { NonFoodKind::Supplement };
            let value = parse_number(&amount).map_err(|e| t.input_error(&e.into()))?;
            let label = if name.trim().is_empty() {
                if medicine { t.medicine } else { t.supplement }.to_string()
            } else {
                name.trim().to_string()
            };
            match (compound, &form) {
                (true, Some(form)) => NonFoodEntry::compound(kind, &label, value, form),
                _ => NonFoodEntry::elemental(kind, &label, value),
            }
            .map_err(|e| t.input_error(&e.into()))
        }
    };
    let conversion = match (*compound, form, parse_number(&amount)) {
        (true, Some(form), Ok(n)) if n > 0.0 => {
            t.conversion(n, form.elemental_percent, &form.formula, &mg(form.elemental_mg(n)))
        }
        _ => String::new(),
    };
    let on_add = {
        let (state, amount, error) = (props.state.clone(), amount.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match build() {
                Ok(entry) => {
                    state.dispatch(Action::AddNonFood(entry));
                    amount.set(String::new());
                    error.set(None);
                }
                Err(message) => error.set(Some(message)),
            }
        })
    };

    html! {
        <form class="mc-group" onsubmit={on_add} aria-labelledby="mc-supplement-heading">
            <h3 id="mc-supplement-heading" class="mc-legend">{ t.supplement_heading }</h3>
            <div class="mc-row">
                <div class="mc-field">
                    <label for="mc-nonfood-kind">{ t.supplement_kind }</label>
                    <select id="mc-nonfood-kind" onchange={on_kind}>
                        <option value="supplement" selected={!*medicine}>{ t.supplement }</option>
                        <option value="medicine" selected={*medicine}>{ t.medicine }</option>
                    </select>
                </div>
                <div class="mc-field">
                    <label for="mc-nonfood-mode">{ t.amount_given_as }</label>
                    <select id="mc-nonfood-mode" onchange={on_mode}>
                        <option value="label" selected={!*compound}>{ t.label_says }</option>
                        <option value="compound" selected={*compound}>{ t.compound_weight }</option>
                    </select>
                </div>
            </div>
            <div class="mc-row">
                <div class="mc-field">
                    <label for="mc-nonfood-amount">{ if *compound { t.compound_mg } else { t.elemental_mg } }</label>
                    <input id="mc-nonfood-amount" type="text" inputmode="decimal" size="8" value={(*amount).clone()} oninput={on_amount}
                        aria-invalid={error.is_some().to_string()} aria-describedby="mc-nonfood-error" />
                </div>
                if *compound {
                    <div class="mc-field">
                        <label for="mc-nonfood-form">{ t.salt_form }</label>
                        <select id="mc-nonfood-form" onchange={on_form}>
                            { for forms.iter().enumerate().map(|(i, f)| html! {
                                <option value={i.to_string()} selected={i == *form_index}>{ format!("{} ({} % Mg)", f.name_in(t.lang.index()), t.number(f.elemental_percent)) }</option>
                            }) }
                        </select>
                    </div>
                }
                <div class="mc-field">
                    <label for="mc-nonfood-name">{ t.name_optional }</label>
                    <input id="mc-nonfood-name" type="text" size="14" value={(*name).clone()} oninput={on_name} />
                </div>
            </div>
            if *compound {
                <p class="mc-note" id="mc-conversion">{ conversion }
                    { form.filter(|f| !f.notes.is_empty()).map(|f| html! { <span>{ format!(" {}", fill(t.form_note, &[("note", f.notes_in(t.lang.index()))])) }</span> }).unwrap_or_default() }
                </p>
            }
            <p id="mc-nonfood-error" class="mc-error">{ (*error).clone().unwrap_or_default() }</p>
            <button type="submit">{ t.add }</button>
        </form>
    }
}
