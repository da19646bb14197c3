//! The app, one task after its mount. The first task of a widget's start
//! then holds only the mount and Yew's own start (compiled on first call,
//! like all the module's code), and the app's first render runs in the
//! next one: two shorter tasks on a phone instead of one long one.

use crate::ui::platform::schedule::next_task;
use crate::ui::{App, AppProps};
use yew::prelude::*;

#[function_component(AppInNextTask)]
pub fn app_in_next_task(props: &AppProps) -> Html {
    let started = use_state(|| false);
    {
        let setter = started.setter();
        use_effect_with((), move |()| next_task(move || setter.set(true)));
    }
    if *started {
        html! { <App ..props.clone() /> }
    } else {
        Html::default()
    }
}
