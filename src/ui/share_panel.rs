//! "Copy link" (the inputs in the URL fragment) and "Remember on this device".

use super::page;
use super::state::{Action, State};
use crate::model::share::encode;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub state: UseReducerHandle<State>,
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let t = props.state.t();
    let link = use_state(|| None::<String>);
    let copied = use_state(|| false);
    let on_copy = {
        let (state, link, copied) = (props.state.clone(), link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let url = format!("{}#{}", page::page_url(), encode(&state.to_shared()));
            link.set(Some(url.clone()));
            let copied = copied.clone();
            page::copy(url, Callback::from(move |ok| copied.set(ok)));
        })
    };
    let on_remember = {
        let d = props.state.dispatcher();
        Callback::from(move |e: Event| {
            d.dispatch(Action::SetRemember(e.target_unchecked_into::<HtmlInputElement>().checked()))
        })
    };
    html! {
        <div class="mc-share">
            <button type="button" class="mc-secondary" onclick={on_copy}>{ t.copy_link }</button>
            if let Some(url) = (*link).clone() {
                <div class="mc-field">
                    <label for="mc-share-link">{ t.link_label }</label>
                    <input id="mc-share-link" type="text" readonly=true value={url} aria-describedby="mc-share-note" />
                    <p id="mc-share-note" class="mc-note" role="status">
                        { if *copied { format!("{} {}", t.link_copied, t.link_note) } else { t.link_note.to_string() } }
                    </p>
                </div>
            }
            <div class="mc-check">
                <input id="mc-remember" type="checkbox" checked={props.state.remember} onchange={on_remember} aria-describedby="mc-remember-note" />
                <label for="mc-remember">{ t.remember }</label>
            </div>
            <p id="mc-remember-note" class="mc-note">{ t.remember_note }</p>
        </div>
    }
}
