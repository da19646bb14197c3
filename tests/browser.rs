//! Browser tests: components rendered in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use magnesium_calculator::model::Standard;
use magnesium_calculator::ui::state::Mode;
use magnesium_calculator::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits until Yew's scheduler has run every pending render and effect
/// (woken when its queues are empty, not after a fixed time).
async fn settle() {
    yew::scheduler::flush().await;
}

/// Waits for something outside Yew (a download) until `ready` says so,
/// polling every 20 ms for at most 10 s; returns the last value seen.
async fn wait_for<T>(mut read: impl FnMut() -> T, ready: impl Fn(&T) -> bool) -> T {
    for _ in 0..500 {
        settle().await;
        let value = read();
        if ready(&value) {
            return value;
        }
        gloo::timers::future::TimeoutFuture::new(20).await;
    }
    read()
}

/// The widget, opened on the log (most tests here are of the log's parts).
async fn mount(standard: Standard) -> Element {
    mount_with(AppProps { standard, mode: Some(Mode::Log), ..Default::default() }).await
}

/// Mounts the app and waits for its whole first render, which comes in
/// stages (tasks of their own): the sharing panel is the last part.
async fn mount_with(props: AppProps) -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    whole_widget(&root).await;
    root
}

async fn whole_widget(root: &Element) {
    let rendered = wait_for(|| find(root, ".mc-share"), Option::is_some).await;
    assert!(rendered.is_some(), "the widget's first render never completed");
}

/// Focuses the food search, which asks for the table, and waits for the
/// failure it then says (no food table is served under the test runner).
async fn focus_the_search_until_it_fails(root: &Element) -> String {
    let search: HtmlElement = find(root, "#mc-food-search").unwrap().unchecked_into();
    search.focus().unwrap();
    wait_for(|| text(root, ".mc-failed"), |s| !s.is_empty()).await
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).and_then(|e| e.text_content()).unwrap_or_default()
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).expect(selector).unchecked_into();
    input.set_value(value);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
}

fn button_with_text(root: &Element, wanted: &str) -> Element {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<Element>())
        .find(|b| b.text_content().unwrap_or_default().contains(wanted))
        .unwrap_or_else(|| panic!("no button with text {wanted:?}"))
}

#[wasm_bindgen_test]
async fn asks_for_the_age_then_shows_the_reference() {
    let root = mount(Standard::Iom1997).await;
    assert!(text(&root, ".mc-results").contains("Enter your age"));
    type_into(&root, "#mc-age", "34");
    settle().await;
    assert_eq!(text(&root, "[data-testid=reference-mg]"), "320");
}

#[wasm_bindgen_test]
async fn bad_age_text_is_explained_and_kept() {
    let root = mount(Standard::Efsa2015).await;
    type_into(&root, "#mc-age", "12");
    settle().await;
    // EFSA 2015: girls 10 to under 18 y, AI 250 mg.
    assert_eq!(text(&root, "[data-testid=reference-mg]"), "250");
    type_into(&root, "#mc-age", "-4");
    settle().await;
    assert_eq!(text(&root, "#mc-age-error"), "an age cannot be negative");
    assert_eq!(find(&root, "#mc-age").unwrap().unchecked_into::<HtmlInputElement>().value(), "-4");
    assert_eq!(
        find(&root, "#mc-age").unwrap().get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn quick_picks_and_a_supplement_give_totals_and_the_upper_level_warning() {
    let root = mount(Standard::Iom1997).await;
    type_into(&root, "#mc-age", "34");
    settle().await;
    click(&button_with_text(&root, "Pumpkin seeds, roasted"));
    settle().await;
    assert_eq!(text(&root, "[data-testid=food-mg]"), "156 mg");
    assert!(find(&root, "[data-testid=upper-level-warning]").is_none());
    type_into(&root, "#mc-nonfood-amount", "400");
    settle().await;
    let submit = find(&root, "form.mc-group button[type=submit]").unwrap();
    click(&submit);
    settle().await;
    assert_eq!(text(&root, "[data-testid=nonfood-mg]"), "400 mg");
    assert!(text(&root, "[data-testid=upper-level-warning]").contains("350 mg"));
    // Remove the supplement: the warning goes; undo brings it back.
    let remove = find(&root, ".mc-entries li:last-child button").unwrap();
    click(&remove);
    settle().await;
    assert!(find(&root, "[data-testid=upper-level-warning]").is_none());
    click(&button_with_text(&root, "Undo"));
    settle().await;
    assert_eq!(text(&root, "[data-testid=nonfood-mg]"), "400 mg");
}

#[wasm_bindgen_test]
async fn a_missing_food_table_shows_a_clear_failure_and_quick_picks_still_work() {
    // Under the test runner there is no food table beside the script.
    let root = mount(Standard::Iom1997).await;
    let status = focus_the_search_until_it_fails(&root).await;
    assert!(status.contains("could not be loaded"), "status was {status:?}");
    assert!(status.contains("Try again"));
    click(&button_with_text(&root, "Banana"));
    settle().await;
    type_into(&root, "#mc-age", "30");
    settle().await;
    assert_eq!(text(&root, "[data-testid=food-mg]"), "32 mg");
}

#[wasm_bindgen_test]
async fn a_failed_quiet_fetch_is_said_only_once_the_reader_asks_for_the_search() {
    use magnesium_calculator::ui::platform::request_food_table;
    use magnesium_calculator::ui::state::FoodDataState;
    use std::{cell::Cell, rc::Rc};
    let root = mount(Standard::Iom1997).await;
    // The app asks for the table when the page is idle after its first
    // render; an idle callback queued now runs after that one, and its
    // request joins the app's download, which fails under the test runner
    // (no food table is served).
    let idle = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_idle_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(idle).await.unwrap();
    let failed = Rc::new(Cell::new(false));
    let seen = failed.clone();
    request_food_table(yew::Callback::from(move |state| {
        seen.set(matches!(state, FoodDataState::Failed(_)));
    }));
    assert!(wait_for(|| failed.get(), |f| *f).await, "the fetch never failed");
    let picks_top =
        |root: &Element| find(root, ".mc-quick-picks").map(|e| e.get_bounding_client_rect().top());
    let before = picks_top(&root);
    settle().await;
    assert!(find(&root, ".mc-failed").is_none(), "a failure nobody asked about was shown");
    assert_eq!(picks_top(&root), before, "the quick picks moved");
    let status = focus_the_search_until_it_fails(&root).await;
    assert!(status.contains("could not be loaded"), "status was {status:?}");
}

/// A host element with an open shadow root, as magnesium-calculator.js makes one.
fn shadow_host() -> (Element, web_sys::ShadowRoot, Element) {
    let host = document().create_element("magnesium-calculator").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let shadow =
        host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let container = document().create_element("div").unwrap();
    shadow.append_child(&container).unwrap();
    (host, shadow, container)
}

fn attributes(pairs: &[(&str, &str)]) -> wasm_bindgen::JsValue {
    let object = js_sys::Object::new();
    for (name, value) in pairs {
        js_sys::Reflect::set(&object, &(*name).into(), &(*value).into()).unwrap();
    }
    object.into()
}

#[wasm_bindgen_test]
async fn the_loader_interface_mounts_updates_and_destroys_a_widget() {
    use magnesium_calculator::embed::element::mount;
    let (host, shadow, container) = shadow_host();
    let mut widget = mount(
        container,
        attributes(&[("standard", "dach"), ("age", "40"), ("colour", "red")]),
        0,
        wasm_bindgen::JsValue::NULL,
    );
    // With Yew's pending work all run, nothing is drawn yet: the app's
    // first render is a task of its own (embed::later).
    settle().await;
    let container = shadow.first_element_child().unwrap();
    assert_eq!(container.child_element_count(), 0, "the app draws in the next task");
    whole_widget(&container).await;
    let age: HtmlInputElement = shadow.query_selector("#mc-age").unwrap().unwrap().unchecked_into();
    assert_eq!(age.value(), "40", "the age attribute presets the age");
    let reference = || {
        shadow.query_selector("[data-testid=reference-mg]").unwrap().and_then(|e| e.text_content())
    };
    // D-A-CH 2021: women 19 y and over, 300 mg.
    assert_eq!(reference().as_deref(), Some("300"));

    widget.update(attributes(&[("standard", "FAO-WHO-2004"), ("age", "40")]));
    settle().await;
    // FAO/WHO 2004: women 19-65 y, RNI 220 mg; the age survives the change.
    assert_eq!(reference().as_deref(), Some("220"));
    widget.update(attributes(&[("standard", "FAO-WHO-2004"), ("age", "40"), ("sex", "male")]));
    settle().await;
    // FAO/WHO 2004: men 19-65 y, RNI 260 mg.
    assert_eq!(reference().as_deref(), Some("260"));

    widget.destroy();
    settle().await;
    assert_eq!(
        shadow.first_element_child().unwrap().child_element_count(),
        0,
        "the app is unmounted"
    );
    host.remove();
}

/// What the loader hands `mount` when the app takes over an opening screen
/// (magnesium-calculator.js, doneOn): the controls the reader changed there
/// are in the app's first render, and its title stays the page's `<h1>`
/// through an update.
#[wasm_bindgen_test]
async fn mount_takes_over_what_the_reader_did_on_the_opening_screen() {
    use magnesium_calculator::embed::element::mount;
    let (host, shadow, container) = shadow_host();
    let done = js_sys::Object::new();
    js_sys::Reflect::set(&done, &"pageTitle".into(), &true.into()).unwrap();
    let controls = js_sys::Array::new();
    for (id, value) in [("mc-age", "60"), ("mc-standard", "EFSA-2015"), ("mc-nothing", "1")] {
        controls.push(&js_sys::Array::of2(&id.into(), &value.into()));
    }
    js_sys::Reflect::set(&done, &"controls".into(), &controls).unwrap();
    // The screen is on the page meanwhile: the app starts with its title alone.
    js_sys::Reflect::set(&done, &"screen".into(), &true.into()).unwrap();
    let mut widget = mount(container, attributes(&[]), 0, done.into());
    whole_widget(&shadow.first_element_child().unwrap()).await;
    let age: HtmlInputElement = shadow.query_selector("#mc-age").unwrap().unwrap().unchecked_into();
    assert_eq!(age.value(), "60");
    let reference = || {
        shadow.query_selector("[data-testid=reference-mg]").unwrap().and_then(|e| e.text_content())
    };
    // EFSA 2015: women 18 y and over, AI 300 mg (IOM's would be 320).
    assert_eq!(reference().as_deref(), Some("300"));
    assert!(shadow.query_selector("h1#mc-title").unwrap().is_some(), "the page's title");
    widget.update(attributes(&[("theme", "dark")]));
    settle().await;
    assert!(shadow.query_selector("h1#mc-title").unwrap().is_some(), "still after an update");
    assert_eq!(reference().as_deref(), Some("300"), "an update keeps the reader's standard");
    widget.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_suggested_food_closes_the_gap_when_added() {
    let root = mount(Standard::Iom1997).await;
    type_into(&root, "#mc-age", "34");
    settle().await;
    // Nothing logged: the gap is the whole RDA (320 mg); two ounces of pumpkin seeds (2 × 155.9 mg) come first.
    let first = text(&root, "[data-testid=suggestions] li:first-child");
    assert!(first.starts_with("2 × 1 ounce Pumpkin seeds, roasted, salted: 312 mg"), "{first}");
    click(&find(&root, "[data-testid=suggestions] li:first-child button").unwrap());
    settle().await;
    assert_eq!(text(&root, "[data-testid=food-mg]"), "312 mg");
    let count: HtmlInputElement =
        find(&root, ".mc-entries li:first-child input").unwrap().unchecked_into();
    assert_eq!(count.value(), "2", "two 1-oz portions");
}

#[wasm_bindgen_test]
async fn the_quick_estimate_comes_first_and_an_answer_gives_a_chance() {
    let root = mount_with(AppProps::default()).await;
    assert!(find(&root, "#mc-food-search").is_none(), "the log is not shown first");
    type_into(&root, "#mc-age", "34");
    settle().await;
    assert!(text(&root, "[data-testid=estimate-verdict]").starts_with("Answer the questions"));
    // Nuts and seeds once a day, the rest never: a low intake, said as a
    // chance of falling short, with a note to check the answers.
    click(&find(&root, "#mc-q-0-3").unwrap());
    settle().await;
    let range = text(&root, "[data-testid=estimate-range]");
    assert!(range.starts_with("Your usual intake is probably around"), "{range}");
    let chance = text(&root, "[data-testid=estimate-chance]");
    assert!(chance.ends_with("get less magnesium than they need."), "{chance}");
    assert_eq!(
        text(&root, "[data-testid=questions-left]"),
        "1 of 17 answered; the others count as never."
    );
    click(&button_with_text(&root, "Log a few days"));
    settle().await;
    assert!(find(&root, "#mc-food-search").is_some(), "Log a few days opens the log");
}

/// The results' figures are computed once per change of the state: one
/// tapped answer, one view (`State::view`, which runs the assessment).
#[wasm_bindgen_test]
async fn one_change_computes_the_figures_once() {
    use magnesium_calculator::ui::state::view::views_computed;
    let root = mount_with(AppProps::default()).await;
    type_into(&root, "#mc-age", "34");
    settle().await;
    let before = views_computed();
    click(&find(&root, "#mc-q-0-3").unwrap());
    settle().await;
    assert_eq!(views_computed() - before, 1, "one tap, one view");
    let before = views_computed();
    type_into(&root, "#mc-age", "35");
    settle().await;
    assert_eq!(views_computed() - before, 1, "one edit, one view");
}

#[wasm_bindgen_test]
async fn the_food_tables_download_computes_no_figures() {
    use magnesium_calculator::ui::state::view::views_computed;
    let root = mount(Standard::Iom1997).await;
    type_into(&root, "#mc-age", "34");
    settle().await;
    let before = views_computed();
    // Focus asks for the table: "loading", then (no table is served here)
    // "failed" reach the app's state; the figures do not depend on them.
    let status = focus_the_search_until_it_fails(&root).await;
    assert!(status.contains("could not be loaded"), "status was {status:?}");
    assert_eq!(views_computed() - before, 0, "the download recomputed the figures");
}
