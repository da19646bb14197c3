//! A food as the reader sees it: its everyday name in their language and,
//! beneath it, the USDA name it comes from (in English, marked so). A food
//! without an everyday name is shown by its USDA name alone.

use crate::model::food_table::FoodId;
use crate::ui::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FoodNameProps {
    pub lang: Lang,
    pub id: FoodId,
    /// SR28's description.
    pub usda: AttrValue,
}

#[function_component(FoodName)]
pub fn food_name(props: &FoodNameProps) -> Html {
    let shown = props.lang.messages().food_name(props.id, &props.usda);
    html! {
        <span class="mc-food-names">
            <span class="mc-food-name">{ shown }</span>
            if shown != props.usda.as_str() {
                <span class="mc-usda-name" lang="en">{ props.usda.clone() }</span>
            }
        </span>
    }
}
