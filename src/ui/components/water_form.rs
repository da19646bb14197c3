//! Drinking water, in both modes: litres a day and its magnesium per litre,
//! with a few bottled waters' published analyses, and what the reader's
//! standard says about water and the upper level.

use crate::model::water::{bottled_waters, water_counts_toward_upper_level};
use crate::model::Standard;
use crate::ui::components::fields::{Choice, Choices, NumberField, Select};
use crate::ui::hooks::headings::use_heading;
use crate::ui::i18n::Lang;
use crate::ui::state::water::{WaterEdit, WaterInputs, WaterKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WaterFormProps {
    pub lang: Lang,
    pub water: WaterInputs,
    pub standard: Standard,
    pub on_edit: Callback<WaterEdit>,
}

#[function_component(WaterForm)]
pub fn water_form(props: &WaterFormProps) -> Html {
    let h3 = use_heading(3);
    let t = props.lang.messages();
    let water = &props.water;
    let error = |e: Option<crate::model::input::InputError>| e.map(|e| t.input_error(&e));
    // Folded until the reader opens it: most tap water adds little, and the
    // summary says what is counted, so a folded section hides nothing.
    let status = match water.water() {
        Some(Ok(w)) => t.water_summary(w.mg_per_day()),
        Some(Err(e)) => t.input_error(&e),
        None => t.water_not_entered.to_string(),
    };
    html! {
        <details class="mc-group mc-water mc-fold">
            <summary>
                <@{h3} class="mc-legend">{ t.water_heading }</@>
                <span class="mc-fold-status" data-testid="water-status">{ status }</span>
            </summary>
            <div class="mc-row">
                <NumberField id="mc-water-litres" label={t.water_litres} value={water.litres_text.clone()}
                    error={error(water.litres_error())} on_input={props.on_edit.reform(WaterEdit::Litres)} />
                <Select id="mc-water-kind" label={t.water_kind}
                    choices={Choices::new(vec![
                        Choice::new(WaterKind::Tap, "tap", t.tap_water),
                        Choice::new(WaterKind::Bottled, "bottled", t.bottled_water),
                    ], &water.kind, props.on_edit.reform(WaterEdit::Kind))} />
                <NumberField id="mc-water-mg" label={t.water_mg_per_litre} value={water.mg_per_litre_text.clone()}
                    error={error(water.mg_per_litre_error())} on_input={props.on_edit.reform(WaterEdit::MgPerLitre)} />
            </div>
            // Where to find the value, folded away until asked for.
            <details class="mc-water-help">
                <summary>{ t.water_where }</summary>
                <p class="mc-note">{ t.water_hint }</p>
                <p class="mc-note">{ t.water_examples }</p>
                <ul class="mc-waters">
                    { for bottled_waters().iter().enumerate().map(|(i, bottled)| html! {
                        <li>
                            <button type="button" class="mc-secondary"
                                onclick={props.on_edit.reform(move |_: MouseEvent| WaterEdit::Bottled(i))}>
                                { t.bottled_example(bottled.name, bottled.mg_per_litre) }
                            </button>
                        </li>
                    }) }
                </ul>
            </details>
            // What the reader's standard says about water and the upper level, once water is entered.
            if !water.is_empty() {
                <p class="mc-note" data-testid="water-upper-level">
                    { t.water_and_upper_level(props.standard, water_counts_toward_upper_level(props.standard)) }
                </p>
            }
        </details>
    }
}
