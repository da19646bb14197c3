//! The two ways to an answer, after "About you": the quick estimate or the
//! log. Radio buttons, so the keyboard's arrow keys move between them.

use crate::ui::i18n::Lang;
use crate::ui::state::Mode;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModeSwitchProps {
    pub lang: Lang,
    pub mode: Mode,
    pub on_change: Callback<Mode>,
}

#[function_component(ModeSwitch)]
pub fn mode_switch(props: &ModeSwitchProps) -> Html {
    let t = props.lang.messages();
    let choice = |mode: Mode, id: &'static str, label: &'static str| {
        let on_change = props.on_change.reform(move |_: Event| mode);
        html! {
            <label class="mc-mode" for={id}>
                <input type="radio" id={id} name="mc-mode" checked={props.mode == mode}
                    onchange={on_change} />
                <span>{ label }</span>
            </label>
        }
    };
    html! {
        <fieldset class="mc-modes">
            <legend class="mc-visually-hidden">{ t.ways_in }</legend>
            { choice(Mode::Estimate, "mc-mode-estimate", t.mode_estimate) }
            { choice(Mode::Log, "mc-mode-log", t.mode_log) }
        </fieldset>
    }
}
