//! The log: days, their entries with editable amounts, remove and undo.

use super::food_search::mg;
use super::messages::EN;
use super::state::{Action, State};
use crate::model::intake::NonFoodAmount;
use crate::model::Entry;
use web_sys::HtmlInputElement;
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
        let (what, amount) = match &logged.entry {
            Entry::Food(food) => {
                let amount = logged.food_amount.as_ref().map(|amount| {
                    let edit = state.dispatcher().to_callback().reform(move |e: InputEvent| Action::EditCount {
                        id,
                        text: e.target_unchecked_into::<HtmlInputElement>().value(),
                    });
                    let error = logged.amount_error();
                    let input_id = format!("mc-entry-{id}");
                    let unit = amount.portion.as_ref().map_or(EN.grams.to_string(), |(label, _)| format!("× {label}"));
                    html! {
                        <span class="mc-entry-amount">
                            <label class="mc-visually-hidden" for={input_id.clone()}>{ format!("{} {}", EN.how_many, food.description) }</label>
                            <input id={input_id.clone()} type="text" inputmode="decimal" size="4" value={amount.count_text.clone()} oninput={edit}
                                aria-invalid={error.is_some().to_string()} aria-describedby={format!("{input_id}-error")} />
                            { format!(" {unit} ({} g)", mg(food.grams())) }
                            <span id={format!("{input_id}-error")} class="mc-error">{ error.unwrap_or_default() }</span>
                        </span>
                    }
                });
                (food.description.clone(), amount.unwrap_or_default())
            }
            Entry::NonFood(nonfood) => {
                let how = match nonfood.amount() {
                    NonFoodAmount::Elemental { .. } => EN.label_says.to_string(),
                    NonFoodAmount::Compound { compound_mg, form } => {
                        format!("{compound_mg} mg {} ({}, {} % Mg)", form.name, form.formula, form.elemental_percent)
                    }
                };
                (nonfood.name.clone(), html! { <span class="mc-entry-amount">{ how }</span> })
            }
        };
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
