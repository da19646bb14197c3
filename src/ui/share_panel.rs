//! "Copy link" (the inputs in the URL fragment) and "Remember on this device".

use super::messages::Lang;
use super::page;
use crate::model::share::{encode, SharedInputs};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub lang: Lang,
    /// The reader's inputs as a link carries them.
    pub inputs: SharedInputs,
    pub remember: bool,
    pub on_remember: Callback<bool>,
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let t = props.lang.messages();
    let link = use_state(|| None::<String>);
    let copied = use_state(|| false);
    let on_copy = {
        let (fragment, link, copied) = (encode(&props.inputs), link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let url = page::link_to_this_page(&fragment);
            link.set(Some(url.clone()));
            let copied = copied.clone();
            page::copy(url, Callback::from(move |ok| copied.set(ok)));
        })
    };
    let on_remember = props
        .on_remember
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="mc-share">
            <button type="button" class="mc-secondary" onclick={on_copy}>{ t.copy_link }</button>
            if let Some(url) = (*link).clone() {
                <div class="mc-field">
                    <label for="mc-share-link">{ t.link_label }</label>
                    <input id="mc-share-link" type="text" readonly=true value={url} aria-describedby="mc-share-note" />
                    <p id="mc-share-note" class="mc-note" role="status">
                        if *copied { <span class="mc-copied">{ t.link_copied }</span> }
                        { t.link_note }
                    </p>
                </div>
            }
            <div class="mc-check">
                <input id="mc-remember" type="checkbox" checked={props.remember} onchange={on_remember}
                    aria-describedby="mc-remember-note" />
                <label for="mc-remember">{ t.remember }</label>
            </div>
            <p id="mc-remember-note" class="mc-note">{ t.remember_note }</p>
        </div>
    }
}
