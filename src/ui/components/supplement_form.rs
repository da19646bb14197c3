//! Supplements and medicines: the label's elemental magnesium, or a compound
//! weight converted by its salt form (the assumption is shown).

use crate::model::input::InputError;
use crate::model::intake::NonFoodEntry;
use crate::model::number::parse_number;
use crate::model::supplement::{self, bundled_forms};
use crate::model::NonFoodKind;
use crate::ui::components::fields::{Choice, Choices, NumberField, Select};
use crate::ui::hooks::headings::use_heading;
use crate::ui::i18n::{mg, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SupplementFormProps {
    pub lang: Lang,
    pub on_add: Callback<NonFoodEntry>,
}

/// How the reader gives the amount.
#[derive(Clone, Copy, PartialEq)]
enum AmountGiven {
    /// The label's "Magnesium … mg" (elemental magnesium).
    Label,
    /// The weight of a magnesium compound, converted by its salt form.
    Compound,
}

/// A callback that sets a piece of the form's state.
fn setter<T: 'static>(state: &UseStateHandle<T>) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.set(value))
}

#[function_component(SupplementForm)]
pub fn supplement_form(props: &SupplementFormProps) -> Html {
    let h3 = use_heading(3);
    let t = props.lang.messages();
    let kind = use_state(|| NonFoodKind::Supplement);
    let given = use_state(|| AmountGiven::Label);
    let amount = use_state(String::new);
    let form_index = use_state(|| 0usize);
    let name = use_state(String::new);
    let error = use_state(|| None::<InputError>);

    let forms = bundled_forms();
    let form = (*given == AmountGiven::Compound).then(|| forms.get(*form_index)).flatten();
    let build = {
        let (kind, amount, name, form) = (*kind, (*amount).clone(), (*name).clone(), form.cloned());
        move || -> Result<NonFoodEntry, InputError> {
            let value = parse_number(&amount)?;
            let label = match name.trim() {
                "" if kind == NonFoodKind::Medicine => t.medicine,
                "" => t.supplement,
                typed => typed,
            };
            Ok(match &form {
                Some(form) => NonFoodEntry::compound(kind, label, value, form),
                None => NonFoodEntry::elemental(kind, label, value),
            }?)
        }
    };
    let conversion = match (form, parse_number(&amount)) {
        (Some(form), Ok(n)) if n > 0.0 => {
            t.conversion(n, form.elemental_percent, form.formula, &mg(form.elemental_mg(n)))
        }
        _ => String::new(),
    };
    let on_add = {
        let (on_add, amount, error) = (props.on_add.clone(), amount.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match build() {
                Ok(entry) => {
                    on_add.emit(entry);
                    amount.set(String::new());
                    error.set(None);
                }
                Err(message) => error.set(Some(message)),
            }
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    // Only offered for a compound weight: not built on every render otherwise.
    let form_choices = || -> Vec<Choice<usize>> {
        forms
            .iter()
            .enumerate()
            .map(|(i, f): (usize, &supplement::SupplementForm)| {
                Choice::new(i, i.to_string(), t.form_option(f))
            })
            .collect()
    };

    html! {
        <form class="mc-group" onsubmit={on_add} aria-labelledby="mc-supplement-heading">
            <@{h3} id="mc-supplement-heading" class="mc-legend">{ t.supplement_heading }</@>
            <div class="mc-row">
                <Select id="mc-nonfood-kind" label={t.supplement_kind}
                    choices={Choices::new(vec![
                        Choice::new(NonFoodKind::Supplement, "supplement", t.supplement),
                        Choice::new(NonFoodKind::Medicine, "medicine", t.medicine),
                    ], &*kind, setter(&kind))} />
                <Select id="mc-nonfood-mode" label={t.amount_given_as}
                    choices={Choices::new(vec![
                        Choice::new(AmountGiven::Label, "label", t.label_says),
                        Choice::new(AmountGiven::Compound, "compound", t.compound_weight),
                    ], &*given, setter(&given))} />
            </div>
            <div class="mc-row">
                <NumberField id="mc-nonfood-amount" size={8} value={(*amount).clone()}
                    label={if form.is_some() { t.compound_mg } else { t.elemental_mg }}
                    error={error.as_ref().map(|e| t.input_error(e))} on_input={setter(&amount)} />
                if *given == AmountGiven::Compound {
                    <Select id="mc-nonfood-form" label={t.salt_form}
                        choices={Choices::new(form_choices(), &*form_index, setter(&form_index))} />
                }
                <div class="mc-field">
                    <label for="mc-nonfood-name">{ t.name_optional }</label>
                    <input id="mc-nonfood-name" type="text" size="14" value={(*name).clone()} oninput={on_name} />
                </div>
            </div>
            if let Some(form) = form {
                <p class="mc-note" id="mc-conversion">
                    { conversion }
                    if !form.notes.is_empty() { <span class="mc-form-note">{ t.form_note(form) }</span> }
                </p>
            }
            <button type="submit">{ t.add }</button>
        </form>
    }
}
