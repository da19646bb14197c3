//! Browser tests: components rendered in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::TimeoutFuture;
use magnesium_calculator::model::Standard;
use magnesium_calculator::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Yew's scheduler run its pending renders.
async fn settle() {
    TimeoutFuture::new(20).await;
}

fn mount(standard: Standard) -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { standard }).render();
    root
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().and_then(|e| e.text_content()).unwrap_or_default()
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = root.query_selector(selector).unwrap().unwrap().unchecked_into();
    input.set_value(value);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn app_shows_the_reference_for_the_default_person() {
    let root = mount(Standard::Iom1997);
    settle().await;
    assert_eq!(text(&root, "[data-testid=reference-mg]"), "320");
}

#[wasm_bindgen_test]
async fn typing_an_age_updates_the_reference_and_bad_text_is_explained() {
    let root = mount(Standard::Efsa2015);
    settle().await;
    // EFSA 2015: women 18 y and over, AI 300 mg; girls 10 to under 18 y, 250 mg.
    assert_eq!(text(&root, "[data-testid=reference-mg]"), "300");
    type_into(&root, "#mc-age", "12");
    settle().await;
    assert_eq!(text(&root, "[data-testid=reference-mg]"), "250");
    type_into(&root, "#mc-age", "-4");
    settle().await;
    assert_eq!(text(&root, "#mc-age-error"), "an age cannot be negative");
    assert_eq!(text(&root, "[data-testid=reference-mg]"), "");
}

#[wasm_bindgen_test]
async fn the_custom_element_mounts_in_an_open_shadow_root_and_follows_its_attribute() {
    magnesium_calculator::embed::register();
    let host = document().create_element("magnesium-calculator").unwrap();
    host.set_attribute("standard", "dach").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    settle().await;
    let shadow = host.shadow_root().expect("an open shadow root");
    let reference = || shadow.query_selector("[data-testid=reference-mg]").unwrap().and_then(|e| e.text_content());
    // D-A-CH 2021: women 19 y and over, 300 mg.
    assert_eq!(reference().as_deref(), Some("300"));
    assert!(shadow.adopted_style_sheets().length() == 1, "the widget's stylesheet is adopted");

    host.set_attribute("standard", "FAO-WHO-2004").unwrap();
    settle().await;
    // FAO/WHO 2004: women 19-65 y, RNI 220 mg.
    assert_eq!(reference().as_deref(), Some("220"));

    host.remove();
    settle().await;
    assert_eq!(shadow.child_element_count(), 1, "the container stays, the app inside is gone");
    assert_eq!(shadow.first_element_child().unwrap().child_element_count(), 0);
}
