//! A Yew counter: one button, one number.

use yew::prelude::*;

#[function_component(Counter)]
fn counter() -> Html {
    let count = use_state(|| 0);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    use_effect_with((), |()| {
        // The same mark the widget sets, read by benches/browser.rs.
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("magnesium-calculator:interactive");
        }
    });
    html! { <button {onclick}>{ format!("Clicked {} times", *count) }</button> }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
