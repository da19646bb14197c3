//! "Recently logged": the foods of the reader's other days, each a button
//! that adds it to the current day as it was last logged (one tap for the
//! bread and coffee of every morning).

use crate::ui::hooks::headings::use_heading;
use crate::ui::i18n::Lang;
use crate::ui::state::{FoodMeasure, LoggedFood};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecentFoodsProps {
    pub lang: Lang,
    /// Newest first (`State::recent_foods`).
    pub foods: Vec<LoggedFood>,
    pub on_add: Callback<LoggedFood>,
}

#[function_component(RecentFoods)]
pub fn recent_foods(props: &RecentFoodsProps) -> Html {
    let h4 = use_heading(4);
    let t = props.lang.messages();
    if props.foods.is_empty() {
        return html! {};
    }
    let (before_name, after_name) = t.add_around_name();
    html! {
        <section class="mc-group mc-recent" aria-labelledby="mc-recent-heading" data-testid="recent-foods">
            <@{h4} id="mc-recent-heading">{ t.recent_foods }</@>
            <ul class="mc-recent-list">
                { for props.foods.iter().map(|logged| {
                    let name = t.food_name(logged.food.food_id, &logged.food.description);
                    let amount = match &logged.measure {
                        FoodMeasure::Portions(portion) => format!(
                            "{} {}",
                            t.number(logged.measure.typed_amount(logged.food.grams())),
                            t.times_portion(&portion.label())
                        ),
                        FoodMeasure::Grams { .. } => t.grams_weight(logged.food.grams()),
                    };
                    let add = {
                        let (on_add, logged) = (props.on_add.clone(), logged.clone());
                        Callback::from(move |_: MouseEvent| on_add.emit(logged.clone()))
                    };
                    html! {
                        <li>
                            <button type="button" class="mc-secondary mc-recent-food" onclick={add}>
                                <span class="mc-visually-hidden">{ before_name.clone() }</span>
                                <span class="mc-recent-name">{ name }</span>
                                <span class="mc-recent-amount">{ format!("{amount} · {}", t.mg(logged.food.magnesium_mg())) }</span>
                                <span class="mc-visually-hidden">{ after_name.clone() }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
