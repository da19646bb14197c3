//! One-click foods from the NIH list of magnesium sources; they travel inside
//! the widget, so they work before the food table has downloaded.

use crate::model::quick_picks::quick_picks;
use crate::ui::i18n::Lang;
use crate::ui::state::LoggedFood;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuickPicksProps {
    pub lang: Lang,
    pub on_add: Callback<LoggedFood>,
}

#[function_component(QuickPicks)]
pub fn quick_picks_view(props: &QuickPicksProps) -> Html {
    let t = props.lang.messages();
    // Spoken as "Add Pumpkin seeds, roasted, 1 ounce, 156 mg"; the visible
    // text stays part of the name.
    let (before_name, after_name) = t.add_around_name();
    html! {
        <details class="mc-group mc-quick-picks">
            <summary>{ t.quick_picks }</summary>
            <ul>
                { for quick_picks().iter().map(|pick| {
                    let logged = LoggedFood::of_quick_pick(pick, 1.0);
                    let on_add = props.on_add.clone();
                    let add = Callback::from(move |_: MouseEvent| {
                        if let Some(logged) = logged.clone() {
                            on_add.emit(logged);
                        }
                    });
                    html! {
                        <li>
                            <button type="button" class="mc-pick" onclick={add}>
                                <span class="mc-food-name">
                                    <span class="mc-visually-hidden">{ before_name.clone() }</span>
                                    { t.food_name(pick.food_id, pick.name) }
                                    <span class="mc-visually-hidden">{ after_name.clone() }</span>
                                </span>
                                <span class="mc-food-mg">{ t.pick_serving(pick.ods_serving, pick.magnesium_mg()) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_quick_pick_logs_its_ods_serving() {
        for pick in quick_picks() {
            let logged = LoggedFood::of_quick_pick(pick, 1.0).expect("a valid quick pick");
            assert!((logged.food.magnesium_mg() - pick.magnesium_mg()).abs() < 1e-9);
            let typed = logged.measure.typed_amount(logged.food.grams());
            let expected =
                if pick.portion_seq.is_some() { pick.portion_count } else { pick.grams() };
            assert!((typed - expected).abs() < 1e-9, "{}: typed {typed}", pick.name);
        }
    }
}
