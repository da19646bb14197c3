//! The widget's root: holds the one reducer and lays out the parts.

use super::entry_list::EntryList;
use super::food_search::FoodSearch;
use super::messages::EN;
use super::person_form::PersonForm;
use super::quick_picks::QuickPicks;
use super::results::Results;
use super::state::{Action, State};
use super::supplement_form::SupplementForm;
use crate::model::Standard;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The reference standard chosen by the page that embeds the widget.
    #[prop_or_default]
    pub standard: Standard,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| State::new(props.standard));

    // The embedding page may change the standard after load.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.standard, move |standard| dispatcher.dispatch(Action::SetStandard(*standard)));
    }

    let need_food_data = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| request_food_data(dispatcher.clone()))
    };
    // Fetch the food table when the page is idle, so it is usually there before the reader searches.
    // Also mark the first render in the Performance timeline (read by scripts/bench).
    {
        let need_food_data = need_food_data.clone();
        use_effect_with((), move |()| {
            mark_interactive();
            when_idle(move || need_food_data.emit(()))
        });
    }

    html! {
        <section class="mc" aria-labelledby="mc-title">
            <h2 id="mc-title" class="mc-title">{ EN.title }</h2>
            <div class="mc-layout">
                <div class="mc-inputs">
                    <PersonForm state={state.clone()} />
                    <FoodSearch state={state.clone()} on_need_food_data={need_food_data} />
                    <QuickPicks state={state.clone()} />
                    <SupplementForm state={state.clone()} />
                    <EntryList state={state.clone()} />
                </div>
                <Results state={state} />
            </div>
        </section>
    }
}

#[cfg(target_arch = "wasm32")]
fn request_food_data(dispatcher: UseReducerDispatcher<State>) {
    super::food_loader::request(Callback::from(move |s| dispatcher.dispatch(Action::FoodData(s))));
}

#[cfg(not(target_arch = "wasm32"))]
fn request_food_data(_dispatcher: UseReducerDispatcher<State>) {}

#[cfg(target_arch = "wasm32")]
fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::prelude::*;
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::once_into_js(f);
    // requestIdleCallback is missing in some browsers (Safari): fall back to a short timeout.
    let has_idle = js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback")).unwrap_or(false);
    if has_idle {
        let _ = window.request_idle_callback(callback.unchecked_ref());
    } else {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 2000);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn when_idle(_f: impl FnOnce() + 'static) {}

#[cfg(target_arch = "wasm32")]
fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("magnesium-calculator:interactive");
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn mark_interactive() {}
