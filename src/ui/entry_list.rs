//! The log: days, their entries with editable amounts, remove and undo.

use super::messages::{mg, EN};
use super::state::{Action, State};
use crate::model::intake::NonFoodAmount;
use crate::model::Entry;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntryListProps {
    pub state: UseReducerHandle<State>,
}

#[function_component(EntryList)]
pub fn entry_list(props: &EntryListProps) -> Html {
    let state = &props.state;
    let days = html! {
        <div class="mc-days" role="group" aria-label={EN.your_log}>
            { for (0..state.days.len()).map(|d| {
                let select = state.dispatcher();
                html! {
                    <button type="button" class="mc-day" aria-pressed={(d == state.current_day).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| select.dispatch(Action::SelectDay(d)))}>
                        { format!("{} {}", EN.day, d + 1) }
                    </button>
                }
            }) }
            <button type="button" class="mc-secondary" onclick={state.dispatcher().to_callback().reform(|_: MouseEvent| Action::AddDay)}>{ EN.add_day }</button>
        </div>
    };

    let rows = state.entries().iter().map(|logged| {
        let id = logged.id;
        let remove = state.dispatcher().to_callback().reform(move |_: MouseEvent| Action::Remove { id });
        let input_id = format!("mc-entry-{id}");
        let error = logged.amount_error();
        // What the typed number means, after the field: a portion or grams (a
        // choice, for foods logged with a portion), or mg of magnesium or of the compound.
        let unit = match (&logged.entry, &logged.portion) {
            (Entry::Food(food), Some((label, _))) => {
                let unit_id = format!("{input_id}-unit");
                let switch = state.dispatcher().to_callback().reform(move |e: Event| Action::SetInGrams {
                    id,
                    in_grams: e.target_unchecked_into::<HtmlSelectElement>().value() == "grams",
                });
                html! {
                    <>
                        <label class="mc-visually-hidden" for={unit_id.clone()}>{ format!("{} {}", EN.portion, food.description) }</label>
                        <select id={unit_id} onchange={switch}>
                            <option value="portion" selected={!logged.in_grams}>{ format!("× {label}") }</option>
                            <option value="grams" selected={logged.in_grams}>{ EN.grams }</option>
                        </select>
                        if !logged.in_grams { <span>{ format!("({} g)", mg(food.grams())) }</span> }
                    </>
                }
            }
            (Entry::Food(_), None) => html! { <span>{ EN.grams }</span> },
            (Entry::NonFood(nonfood), _) => html! {
                <span>{ match nonfood.amount() {
                    NonFoodAmount::Elemental { .. } => format!("mg ({})", EN.label_says.to_lowercase()),
                    NonFoodAmount::Compound { form, .. } => format!("mg {} ({}, {} % Mg)", form.name, form.formula, form.elemental_percent),
                } }</span>
            },
        };
        let edit = state.dispatcher().to_callback().reform(move |e: InputEvent| Action::EditCount {
            id,
            text: e.target_unchecked_into::<HtmlInputElement>().value(),
        });
        let amount = html! {
            <span class="mc-entry-amount">
                <label class="mc-visually-hidden" for={input_id.clone()}>{ format!("{} {}", EN.how_many, entry_name(&logged.entry)) }</label>
                <input id={input_id.clone()} type="text" inputmode="decimal" size="4" value={logged.amount_text.clone()} oninput={edit}
                    aria-invalid={error.is_some().to_string()} aria-describedby={format!("{input_id}-error")} />
                { unit }
                <span id={format!("{input_id}-error")} class="mc-error">{ error.unwrap_or_default() }</span>
            </span>
        };
        let what = entry_name(&logged.entry);
        html! {
            <li class="mc-entry" key={id}>
                <span class="mc-entry-what">{ what }</span>
                { amount }
                <span class="mc-entry-mg">{ format!("{} mg", mg(logged.entry.magnesium_mg())) }</span>
                <button type="button" class="mc-secondary" onclick={remove} aria-label={format!("{} {}", EN.remove, entry_name(&logged.entry))}>{ EN.remove }</button>
            </li>
        }
    });

    let undo = state.removed.as_ref().map(|(_, _, logged)| {
        html! {
            <p class="mc-undo" role="status">
                { format!("{}: {}. ", EN.removed, entry_name(&logged.entry)) }
                <button type="button" onclick={state.dispatcher().to_callback().reform(|_: MouseEvent| Action::Undo)}>{ EN.undo }</button>
            </p>
        }
    });

    html! {
        <section class="mc-group" aria-labelledby="mc-log-heading">
            <h3 id="mc-log-heading" class="mc-legend">{ EN.your_log }</h3>
            if !state.notes.is_empty() {
                <div class="mc-notes" role="status" data-testid="restore-notes">
                    { for state.notes.iter().map(|n| html! { <p>{ n.clone() }</p> }) }
                    <button type="button" class="mc-secondary" onclick={state.dispatcher().to_callback().reform(|_: MouseEvent| Action::DismissNotes)}>{ EN.dismiss }</button>
                </div>
            }
            if state.is_restoring() {
                <p class="mc-status" role="status">{ EN.restoring }</p>
            }
            { days }
            if state.entries().is_empty() {
                <p class="mc-note">{ EN.nothing_logged }</p>
            } else {
                <ul class="mc-entries">{ for rows }</ul>
            }
            { undo.unwrap_or_default() }
        </section>
    }
}

fn entry_name(entry: &Entry) -> String {
    match entry {
        Entry::Food(food) => food.description.clone(),
        Entry::NonFood(nonfood) => nonfood.name.clone(),
    }
}
