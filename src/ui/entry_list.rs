//! The log: days, their entries with editable amounts, remove and undo.

use super::messages::{fill, mg, Messages};
use super::state::{Action, Note, State};
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
    let t = props.state.t();
    let state = &props.state;
    let days = html! {
        <div class="mc-days" role="group" aria-label={t.your_log}>
            { for (0..state.days.len()).map(|d| {
                let select = state.dispatcher();
                html! {
                    <button type="button" class="mc-day" aria-pressed={(d == state.current_day).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| select.dispatch(Action::SelectDay(d)))}>
                        { fill(t.day_n, &[("n", &(d + 1).to_string())]) }
                    </button>
                }
            }) }
            <button type="button" class="mc-secondary" onclick={state.dispatcher().to_callback().reform(|_: MouseEvent| Action::AddDay)}>{ t.add_day }</button>
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
                        <label class="mc-visually-hidden" for={unit_id.clone()}>{ format!("{} {}", t.portion, food.description) }</label>
                        <select id={unit_id} onchange={switch}>
                            <option value="portion" selected={!logged.in_grams}>{ format!("× {label}") }</option>
                            <option value="grams" selected={logged.in_grams}>{ t.grams }</option>
                        </select>
                        if !logged.in_grams { <span>{ format!("({} g)", mg(food.grams())) }</span> }
                    </>
                }
            }
            (Entry::Food(_), None) => html! { <span>{ t.grams }</span> },
            (Entry::NonFood(nonfood), _) => html! {
                <span>{ match nonfood.amount() {
                    NonFoodAmount::Elemental { .. } => t.mg_label_states.to_string(),
                    NonFoodAmount::Compound { form, .. } => format!("mg {} ({}, {} % Mg)", form.name_in(t.lang.index()), form.formula, t.number(form.elemental_percent)),
                } }</span>
            },
        };
        let edit = state.dispatcher().to_callback().reform(move |e: InputEvent| Action::EditCount {
            id,
            text: e.target_unchecked_into::<HtmlInputElement>().value(),
        });
        let amount = html! {
            <span class="mc-entry-amount">
                <label class="mc-visually-hidden" for={input_id.clone()}>{ format!("{} {}", t.how_many, entry_name(&logged.entry)) }</label>
                <input id={input_id.clone()} type="text" inputmode="decimal" size="4" value={logged.amount_text.clone()} oninput={edit}
                    aria-invalid={error.is_some().to_string()} aria-describedby={format!("{input_id}-error")} />
                { unit }
                <span id={format!("{input_id}-error")} class="mc-error">{ error.map(|e| t.input_error(&e)).unwrap_or_default() }</span>
            </span>
        };
        let what = entry_name(&logged.entry);
        html! {
            <li class="mc-entry" key={id}>
                <span class="mc-entry-what">{ what }</span>
                { amount }
                <span class="mc-entry-mg">{ format!("{} mg", mg(logged.entry.magnesium_mg())) }</span>
                <button type="button" class="mc-secondary" onclick={remove} aria-label={format!("{} {}", t.remove, entry_name(&logged.entry))}>{ t.remove }</button>
            </li>
        }
    });

    let undo = state.removed.as_ref().map(|(_, _, logged)| {
        html! {
            <p class="mc-undo" role="status">
                { format!("{}: {}. ", t.removed, entry_name(&logged.entry)) }
                <button type="button" onclick={state.dispatcher().to_callback().reform(|_: MouseEvent| Action::Undo)}>{ t.undo }</button>
            </p>
        }
    });

    html! {
        <section class="mc-group" aria-labelledby="mc-log-heading">
            <h3 id="mc-log-heading" class="mc-legend">{ t.your_log }</h3>
            if !state.notes.is_empty() {
                <div class="mc-notes" role="status" data-testid="restore-notes">
                    { for state.notes.iter().map(|n| html! { <p>{ note_text(t, n) }</p> }) }
                    <button type="button" class="mc-secondary" onclick={state.dispatcher().to_callback().reform(|_: MouseEvent| Action::DismissNotes)}>{ t.dismiss }</button>
                </div>
            }
            if state.is_restoring() {
                <p class="mc-status" role="status">{ t.restoring }</p>
            }
            { days }
            if state.entries().is_empty() {
                <p class="mc-note">{ t.nothing_logged }</p>
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

/// A note about restoring inputs, in the reader's language.
fn note_text(t: &Messages, note: &Note) -> String {
    match note {
        Note::LeftOut(count) => fill(t.restore_left_out, &[("count", &count.to_string())]),
        Note::FoodsFailed(count) => fill(t.restore_foods_failed, &[("count", &count.to_string())]),
        Note::Link(why) => t.link_error(why),
    }
}
