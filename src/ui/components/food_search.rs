//! Searching the USDA food table and adding a food in household portions or grams.
//! The table downloads on first focus (or when the page is idle).

use crate::model::food_table::{Food, FoodId};
use crate::model::input::InputError;
use crate::model::number::parse_number;
use crate::model::synonyms::to_english;
use crate::ui::components::fields::{Choice, Choices, NumberField, Select};
use crate::ui::components::food_name::FoodName;
use crate::ui::i18n::Lang;
use crate::ui::state::{FoodDataState, LoggedFood};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Results shown for a query: one screen.
const RESULTS_SHOWN: usize = 10;

#[derive(Properties, PartialEq)]
pub struct FoodSearchProps {
    pub lang: Lang,
    pub food_data: FoodDataState,
    /// Asks for the food table (first focus, or "Try again").
    pub on_need_food_data: Callback<()>,
    pub on_add: Callback<LoggedFood>,
}

/// The chosen food in `portion` (an index into its portions; None = grams),
/// or the message for the amount.
fn logged_food(
    food: &Food,
    portion: Option<usize>,
    amount: &str,
) -> Result<LoggedFood, InputError> {
    Ok(LoggedFood::of_food(food, portion, parse_number(amount)?)?)
}

#[function_component(FoodSearch)]
pub fn food_search(props: &FoodSearchProps) -> Html {
    let t = props.lang.messages();
    let query = use_state(String::new);
    let chosen = use_state(|| None::<FoodId>);
    // Index into the chosen food's portions; None means grams.
    let portion = use_state(|| Some(0usize));
    let amount = use_state(|| "1".to_string());
    // Shown once the reader tries to add an amount that cannot be used.
    let amount_error = use_state(|| None::<InputError>);
    // The last food added, confirmed where the reader is looking (the search).
    let added = use_state(|| None::<(String, f64)>);
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

    // Whether the reader has asked for the table here, by focusing the search.
    // A failure of the quiet idle-time fetch is said only then: appearing
    // above the quick picks on its own, it would move them under the reader's
    // finger.
    let asked = use_state(|| false);
    let on_focus = {
        let (need, asked) = (props.on_need_food_data.clone(), asked.clone());
        Callback::from(move |_: FocusEvent| {
            asked.set(true);
            need.emit(());
        })
    };
    let on_query = {
        let (query, chosen, added) = (query.clone(), chosen.clone(), added.clone());
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value());
            chosen.set(None);
            added.set(None);
        })
    };

    let data = match &props.food_data {
        FoodDataState::Ready(data) => Some(data.clone()),
        _ => None,
    };
    // The table is fetched quietly when the page is idle: "loading" is only
    // worth saying (and taking space for) once the reader is waiting for it,
    // and a failure once they have asked for it.
    let status = match &props.food_data {
        FoodDataState::Loading if query.trim().is_empty() => html! {},
        FoodDataState::Loading => {
            html! { <p class="mc-status" role="status">{ t.food_table_loading }</p> }
        }
        FoodDataState::Failed(why) if *asked => {
            let retry = props.on_need_food_data.reform(|_: MouseEvent| ());
            html! {
                <div class="mc-status mc-failed" role="alert">
                    <p>{ t.food_table_error(why) }</p>
                    <button type="button" onclick={retry}>{ t.try_again }</button>
                </div>
            }
        }
        _ => html! {},
    };

    let chosen_food: Option<Food> =
        data.as_ref().zip(*chosen).and_then(|(d, id)| d.table.food(id).cloned());
    // Searched only when the query or the table changes, not on every re-render of the widget.
    let hits =
        // Words in the reader's language are searched as SR28's English ones.
        use_memo(
            ((*query).clone(), props.food_data.clone(), props.lang),
            |(query, food_data, lang)| match food_data {
                FoodDataState::Ready(data) => {
                    data.index.search(&to_english(lang.code(), query), RESULTS_SHOWN)
                }
                _ => Vec::new(),
            },
        );
    let results = match (&data, chosen_food.is_none() && !query.trim().is_empty()) {
        (Some(_), true) if hits.is_empty() => {
            html! { <p class="mc-note" role="status">{ t.no_foods_found }</p> }
        }
        (Some(data), true) => html! {
            <ul class="mc-results-list" aria-label={t.search_foods}>
                { for hits.iter().map(|hit| {
                    let food = &data.table.foods()[hit.food_index];
                    let pick = {
                        let (chosen, portion, amount, amount_error) =
                            (chosen.clone(), portion.clone(), amount.clone(), amount_error.clone());
                        let (id, default_portion) = (food.id, food.default_portion());
                        Callback::from(move |_: MouseEvent| {
                            chosen.set(Some(id));
                            // The portion a person most likely means; grams when there is none.
                            portion.set(default_portion);
                            amount.set("1".into());
                            amount_error.set(None);
                        })
                    };
                    html! {
                        <li>
                            <button type="button" class="mc-food-choice" onclick={pick}>
                                <FoodName lang={props.lang} id={food.id} usda={food.description.clone()} />
                                <span class="mc-food-mg">{ t.mg_per_100g(food.mg_per_100g) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        },
        _ => html! {},
    };

    let portion_form = chosen_food.map(|food| {
        // A food without household portions is measured in grams.
        let selected = (*portion).filter(|i| *i < food.portions.len());
        let on_portion = {
            let portion = portion.clone();
            Callback::from(move |choice: Option<usize>| portion.set(choice))
        };
        let on_amount = {
            let amount = amount.clone();
            Callback::from(move |text: String| amount.set(text))
        };
        // The amount is checked as it is typed: an impossible one gets its
        // message at once, in place of the magnesium it would add.
        let checked = logged_food(&food, selected, &amount);
        let preview = checked.as_ref().ok().map(|f| f.food.magnesium_mg());
        let live_error = checked.err().filter(|_| !amount.trim().is_empty());
        let on_add = {
            let (on_add, chosen, amount, amount_error, focus_search) = (
                props.on_add.clone(),
                chosen.clone(),
                amount.clone(),
                amount_error.clone(),
                focus_search.clone(),
            );
            let (query, added) = (query.clone(), added.clone());
            let food = food.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                match logged_food(&food, selected, &amount) {
                    Ok(logged) => {
                        // The search is cleared and the addition confirmed beside it.
                        let name = t.food_name(logged.food.food_id, &logged.food.description).to_string();
                        added.set(Some((name, logged.food.magnesium_mg())));
                        on_add.emit(logged);
                        amount_error.set(None);
                        chosen.set(None);
                        query.set(String::new());
                        focus_search.set(true);
                    }
                    Err(error) => amount_error.set(Some(error)),
                }
            })
        };
        let on_cancel = {
            let (chosen, focus_search) = (chosen.clone(), focus_search.clone());
            Callback::from(move |_: MouseEvent| {
                chosen.set(None);
                focus_search.set(true);
            })
        };
        let mut portions: Vec<Choice<Option<usize>>> = food
            .portions
            .iter()
            .enumerate()
            .map(|(i, p)| Choice::new(Some(i), i.to_string(), t.portion_option(&p.label(), p.grams)))
            .collect();
        portions.push(Choice::new(None, "grams", t.grams));
        html! {
            <form class="mc-portion-form" onsubmit={on_add} aria-label={t.food_name(food.id, &food.description).to_string()}>
                <p class="mc-chosen"><FoodName lang={props.lang} id={food.id} usda={food.description.clone()} /></p>
                <div class="mc-row">
                    <NumberField id="mc-food-amount" label={t.how_many} value={(*amount).clone()}
                        error={amount_error.as_ref().or(live_error.as_ref()).map(|e| t.input_error(e))}
                        on_input={on_amount} input_ref={amount_field.clone()} />
                    <Select id="mc-food-portion" label={t.portion}
                        choices={Choices::new(portions, &selected, on_portion)} />
                </div>
                <p class="mc-preview">{ preview.map(|mg| t.amount_preview(mg)).unwrap_or_default() }</p>
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
                <input id="mc-food-search" ref={search_field.clone()} type="search" autocomplete="off"
                    placeholder={t.search_hint} value={(*query).clone()} onfocus={on_focus}
                    oninput={on_query} />
            </div>
            if let Some((name, magnesium_mg)) = &*added {
                <p class="mc-added" role="status" data-testid="food-added">{ t.food_added(name, *magnesium_mg) }</p>
            }
            { status }
            { results }
            { portion_form.unwrap_or_default() }
            <p class="mc-note">{ t.usda_names_note }</p>
        </fieldset>
    }
}
