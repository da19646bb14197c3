//! Searching the USDA food table and adding a food in household portions or grams.
//! The table downloads on first focus (or when the page is idle).

use super::messages::{fill, mg};
use super::state::{Action, FoodDataState, State};
use crate::model::food_table::Food;
use crate::model::intake::FoodEntry;
use crate::model::number::parse_number;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Results shown for a query: one screen.
const RESULTS_SHOWN: usize = 10;

#[derive(Properties, PartialEq)]
pub struct FoodSearchProps {
    pub state: UseReducerHandle<State>,
    /// Asks for the food table (first focus, or "Try again").
    pub on_need_food_data: Callback<()>,
}

#[function_component(FoodSearch)]
pub fn food_search(props: &FoodSearchProps) -> Html {
    let t = props.state.t();
    let query = use_state(String::new);
    let chosen = use_state(|| None::<u32>);
    let portion = use_state(|| 0usize); // index into the food's portions; == len means grams
    let amount = use_state(|| "1".to_string());
    let amount_error = use_state(|| None::<String>);
    // Keyboard users keep their place: the amount field gets focus when a food
    // is chosen (the results list it was picked from goes away), and the search
    // field gets it back after adding or cancelling.
    let search_field = use_node_ref();
    let amount_field = use_node_ref();
    let focus_search = use_state(|| false);
    {
        let (amount_field, search_field, focus_search) =
            (amount_field.clone(), search_field.clone(), focus_search.clone());
        use_effect_with((*chosen, *focus_search), move |(chosen, wants_search)| {
            if chosen.is_some() {
                if let Some(input) = amount_field.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            } else if *wants_search {
                if let Some(input) = search_field.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
                focus_search.set(false);
            }
        });
    }

    let on_focus = {
        let need = props.on_need_food_data.clone();
        Callback::from(move |_: FocusEvent| need.emit(()))
    };
    let on_query = {
        let (query, chosen) = (query.clone(), chosen.clone());
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value());
            chosen.set(None);
        })
    };

    let data = match &props.state.food_data {
        FoodDataState::Ready(data) => Some(data.clone()),
        _ => None,
    };
    // The table is fetched quietly when the page is idle: "loading" is only
    // worth saying (and taking space for) once the reader is waiting for it.
    let status = match &props.state.food_data {
        FoodDataState::Loading if query.trim().is_empty() => html! {},
        FoodDataState::Loading => {
            html! { <p class="mc-status" role="status">{ t.food_table_loading }</p> }
        }
        FoodDataState::Failed(why) => {
            let retry = props.on_need_food_data.reform(|_: MouseEvent| ());
            html! {
                <div class="mc-status mc-failed" role="alert">
                    <p>{ fill(t.food_table_failed, &[("why", why)]) }{ " " }</p>
                    <button type="button" onclick={retry}>{ t.try_again }</button>
                </div>
            }
        }
        _ => html! {},
    };

    let chosen_food: Option<Food> =
        data.as_ref().zip(*chosen).and_then(|(d, id)| d.table.food(id).cloned());
    // Searched only when the query or the table changes, not on every re-render of the widget.
    let hits = use_memo(((*query).clone(), props.state.food_data.clone()), |(query, food_data)| {
        match food_data {
            FoodDataState::Ready(data) => data.index.search(query, RESULTS_SHOWN),
            _ => Vec::new(),
        }
    });
    let results = match (&data, chosen_food.is_none() && !query.trim().is_empty()) {
        (Some(data), true) => {
            if hits.is_empty() {
                html! { <p class="mc-note" role="status">{ t.no_foods_found }</p> }
            } else {
                html! {
                    <ul class="mc-results-list" aria-label={t.search_foods}>
                        { for hits.iter().map(|hit| {
                            let food = &data.table.foods()[hit.food_index];
                            let pick = {
                                let (chosen, portion, amount, amount_error) = (chosen.clone(), portion.clone(), amount.clone(), amount_error.clone());
                                let id = food.id;
                                Callback::from(move |_: MouseEvent| {
                                    chosen.set(Some(id));
                                    portion.set(0);
                                    amount.set("1".into());
                                    amount_error.set(None);
                                })
                            };
                            html! {
                                <li>
                                    <button type="button" class="mc-food-choice" onclick={pick}>
                                        <span class="mc-food-name">{ &food.description }</span>
                                        <span class="mc-food-mg">{ format!("{} mg {}", food.mg_per_100g, t.per_100g) }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            }
        }
        _ => html! {},
    };

    let portion_form = chosen_food.map(|food| {
        let grams_index = food.portions.len();
        let on_portion = {
            let portion = portion.clone();
            Callback::from(move |e: Event| {
                portion.set(e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(grams_index))
            })
        };
        let on_amount = {
            let amount = amount.clone();
            Callback::from(move |e: InputEvent| amount.set(e.target_unchecked_into::<HtmlInputElement>().value()))
        };
        let selected = (*portion).min(grams_index);
        let unit = food.portions.get(selected).map(|p| (p.label(), p.grams));
        let seq = food.portions.get(selected).map(|p| p.seq);
        let preview = parse_number(&amount).ok().map(|n| food.magnesium_mg(unit.as_ref().map_or(n, |(_, g)| n * g)));
        let on_add = {
            let (state, chosen, amount, amount_error, food) = (props.state.clone(), chosen.clone(), amount.clone(), amount_error.clone(), food.clone());
            let focus_search = focus_search.clone();
            let unit = unit.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let count = match parse_number(&amount) {
                    Ok(n) => n,
                    Err(err) => return amount_error.set(Some(t.input_error(&err.into()))),
                };
                let grams = unit.as_ref().map_or(count, |(_, g)| count * g);
                let mg_per_100g = f64::from(food.mg_per_100g);
                if let Err(err) = FoodEntry::new(&food.ndb_id(), &food.description, grams, mg_per_100g) {
                    return amount_error.set(Some(t.input_error(&err.into())));
                }
                state.dispatch(Action::AddFood {
                    food_id: food.ndb_id(),
                    description: food.description.clone(),
                    mg_per_100g,
                    portion: unit.clone(),
                    seq,
                    count,
                });
                amount_error.set(None);
                chosen.set(None);
                focus_search.set(true);
            })
        };
        let on_cancel = {
            let (chosen, focus_search) = (chosen.clone(), focus_search.clone());
            Callback::from(move |_: MouseEvent| {
                chosen.set(None);
                focus_search.set(true);
            })
        };
        html! {
            <form class="mc-portion-form" onsubmit={on_add} aria-label={food.description.clone()}>
                <p class="mc-chosen">{ &food.description }</p>
                <div class="mc-row">
                    <div class="mc-field">
                        <label for="mc-food-amount">{ t.how_many }</label>
                        <input id="mc-food-amount" ref={amount_field.clone()} type="text" inputmode="decimal" size="6" value={(*amount).clone()}
                            oninput={on_amount} aria-invalid={amount_error.is_some().to_string()} aria-describedby="mc-food-amount-error" />
                    </div>
                    <div class="mc-field">
                        <label for="mc-food-portion">{ t.portion }</label>
                        <select id="mc-food-portion" onchange={on_portion}>
                            { for food.portions.iter().enumerate().map(|(i, p)| html! {
                                <option value={i.to_string()} selected={i == selected}>{ format!("{} ({} g)", p.label(), t.number(p.grams)) }</option>
                            }) }
                            <option value={grams_index.to_string()} selected={selected == grams_index}>{ t.grams }</option>
                        </select>
                    </div>
                </div>
                <p id="mc-food-amount-error" class="mc-error">{ (*amount_error).clone().unwrap_or_default() }</p>
                <p class="mc-preview">{ preview.map(|p| format!("= {} mg", mg(p))).unwrap_or_default() }</p>
                <button type="submit">{ t.add }</button>
                <button type="button" class="mc-secondary" onclick={on_cancel}>{ t.cancel }</button>
            </form>
        }
    });

    html! {
        <fieldset class="mc-group">
            <legend>{ t.food_heading }</legend>
            <div class="mc-field">
                <label for="mc-food-search">{ t.search_foods }</label>
                <input id="mc-food-search" ref={search_field.clone()} type="search" autocomplete="off" placeholder={t.search_hint}
                    value={(*query).clone()} onfocus={on_focus} oninput={on_query} />
            </div>
            { status }
            { results }
            { portion_form.unwrap_or_default() }
            <p class="mc-note">{ t.usda_names_note }</p>
        </fieldset>
    }
}
