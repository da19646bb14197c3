//! One-click foods from the NIH list of magnesium sources; they travel inside
//! the widget, so they work before the food table has downloaded.

use super::messages::mg;
use super::state::{Action, State};
use crate::model::quick_picks::{quick_picks, QuickPick};
use yew::prelude::*;

/// The action that logs `servings` of a quick pick's serving (from the list,
/// or from "what would close the gap").
pub fn add_pick(pick: &QuickPick, servings: f64) -> Action {
    let portion = pick
        .portion_seq
        .map(|_| (format!("{} {}", pick.portion_amount, pick.portion_unit), pick.portion_grams));
    let count = if portion.is_some() { pick.portion_count } else { pick.portion_grams };
    Action::AddFood {
        food_id: format!("{:05}", pick.food_id),
        description: pick.description.clone(),
        mg_per_100g: f64::from(pick.mg_per_100g),
        portion,
        seq: pick.portion_seq,
        count: count * servings,
    }
}

#[derive(Properties, PartialEq)]
pub struct QuickPicksProps {
    pub state: UseReducerHandle<State>,
}

#[function_component(QuickPicks)]
pub fn quick_picks_view(props: &QuickPicksProps) -> Html {
    let t = props.state.t();
    html! {
        <details class="mc-group mc-quick-picks">
            <summary>{ t.quick_picks }</summary>
            <ul>
                { for quick_picks().iter().map(|pick| {
                    let add = {
                        let (d, pick) = (props.state.dispatcher(), pick.clone());
                        Callback::from(move |_: MouseEvent| d.dispatch(add_pick(&pick, 1.0)))
                    };
                    html! {
                        <li>
                            <button type="button" class="mc-pick" onclick={add}>
                                // Spoken as "Add Pumpkin seeds, roasted, 1 ounce, 156 mg"; the visible text stays part of the name.
                                <span class="mc-food-name"><span class="mc-visually-hidden">{ format!("{} ", t.add) }</span>{ &pick.name }</span>
                                <span class="mc-food-mg">{ format!("{} · {} mg", pick.ods_serving, mg(pick.magnesium_mg())) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
