//! One line of the log: what it is, its amount (editable in place, with its
//! unit), its magnesium, and a remove button.

use crate::model::intake::NonFoodAmount;
use crate::ui::components::fields::{Choice, Choices, NumberField, Select};
use crate::ui::components::food_name::FoodName;
use crate::ui::i18n::Lang;
use crate::ui::state::{FoodMeasure, LogEdit, LoggedEntry, LoggedItem};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntryRowProps {
    pub lang: Lang,
    pub entry: LoggedEntry,
    pub on_edit: Callback<LogEdit>,
}

#[function_component(EntryRow)]
pub fn entry_row(props: &EntryRowProps) -> Html {
    let t = props.lang.messages();
    let logged = &props.entry;
    let id = logged.id;
    let name = logged.item.shown_name(t);
    let input_id = format!("mc-entry-{id}");
    // What the typed number means, after the field: a portion or grams (a
    // choice, for foods logged with a portion), or mg of magnesium or of the compound.
    let unit = match &logged.item {
        LoggedItem::Food(food) => match food.measure.portion() {
            Some(portion) => {
                let in_grams = matches!(food.measure, FoodMeasure::Grams { .. });
                html! {
                    <>
                        <Select id={format!("{input_id}-unit")} label={t.portion_of(name)} inline=true
                            choices={Choices::new(vec![
                                Choice::new(false, "portion", t.times_portion(&portion.label())),
                                Choice::new(true, "grams", t.grams),
                            ], &in_grams, props.on_edit.reform(move |in_grams| LogEdit::SetInGrams { id, in_grams }))} />
                        if !in_grams { <span>{ t.portion_weight(food.food.grams()) }</span> }
                    </>
                }
            }
            None => html! { <span>{ t.grams }</span> },
        },
        LoggedItem::NonFood(nonfood) => html! {
            <span>{ match nonfood.amount() {
                NonFoodAmount::Elemental { .. } => t.mg_label_states.to_string(),
                NonFoodAmount::Compound { form, .. } => t.compound_unit(form),
            } }</span>
        },
    };
    let on_amount = props.on_edit.reform(move |text| LogEdit::EditAmount { id, text });
    let on_remove = props.on_edit.reform(move |_: MouseEvent| LogEdit::Remove { id });
    html! {
        <li class="mc-entry">
            <span class="mc-entry-what">{ match &logged.item {
                LoggedItem::Food(food) => html! {
                    <FoodName lang={props.lang} id={food.food.food_id} usda={food.food.description.clone()} />
                },
                LoggedItem::NonFood(_) => html! { name },
            } }</span>
            <NumberField id={input_id.clone()} label={t.amount_of(name)} inline=true size={4}
                value={logged.amount_text.clone()} on_input={on_amount}
                error={logged.amount_error().map(|e| t.input_error(&e))}>
                { unit }
            </NumberField>
            <span class="mc-entry-mg">{ t.mg(logged.item.magnesium_mg()) }</span>
            <button type="button" class="mc-secondary" onclick={on_remove}
                aria-label={t.remove_named(name)}>{ t.remove }</button>
        </li>
    }
}
