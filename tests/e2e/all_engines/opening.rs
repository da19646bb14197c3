//! End-to-end: widget.html's opening screen, rendered by the build into the
//! page (src/embed/prerender.rs), before and across the app's takeover. The
//! wasm is held back by the test server until the test releases it, as a
//! slow network would: what the reader does in the meantime is kept, nothing
//! moves when the app takes over, and the screen is the app's own first
//! screen in each language.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::Client;
use harness::widget::{expect_reference_mg, run, sel, wait_for_opening_screen, wait_until};
use harness::{layout_shift, tap, wait_for_whole_widget, wait_for_widget_text, widget_find, Page};
use magnesium_calculator::model::questionnaire::groups;
use magnesium_calculator::ui::i18n::Lang;
use serde_json::Value;

/// Where the age field is on the page.
async fn age_position(c: &Client) -> Value {
    run(c, "const r = document.querySelector('magnesium-calculator').shadowRoot.querySelector('#mc-age').getBoundingClientRect(); return [r.x, r.y];").await
}

/// The app's part of the shadow root, beside the opening screen until the swap.
const APP: &str = ".mc-host:not(.mc-prerendered)";

/// The id of an answer (a frequency's wire id) to the second question.
fn answer_id(frequency: u32) -> String {
    format!("mc-q-{}-{frequency}", groups()[1].wire_id)
}

/// On the opening screen, before the wasm: the reader types the first digit
/// of their age and taps the third answer to the second question. Returns
/// the age field.
async fn start_on_the_screen(c: &Client) -> Element {
    let age = widget_find(c, 0, sel::AGE).await.unwrap();
    tap(&age).await;
    age.send_keys("6").await.unwrap();
    tap(&widget_find(c, 0, &format!("label[for={}]", answer_id(3))).await.unwrap()).await;
    age
}

fn app_has_not_taken_over() -> String {
    format!(
        "const root = document.querySelector('magnesium-calculator').shadowRoot;
         return !!root.querySelector('.mc-prerendered') && !root.querySelector('{APP}');"
    )
}

/// Every element of a screen in order: its tag, attributes (but the ones the
/// server renderer writes for what the app sets as properties), the state
/// of its control and its own text.
const DESCRIBE: &str = r#"
    const root = document.querySelector('magnesium-calculator').shadowRoot;
    const screen = root.querySelector(arguments[0]);
    return [screen, ...screen.querySelectorAll('*')].map((e) => {
      const attributes = [...e.attributes]
        .filter((a) => !['value', 'checked', 'selected'].includes(a.name))
        .map((a) => `${a.name}=${a.value}`).sort().join(' ');
      const text = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').trim();
      const state = 'value' in e && e.tagName !== 'BUTTON' ? `${e.value}|${e.checked}` : '';
      return `${e.tagName} ${attributes} [${state}] ${text}`;
    });
"#;

async fn describe(c: &Client, selector: &str) -> Vec<String> {
    let list = c.execute(DESCRIBE, vec![Value::from(selector)]).await.unwrap();
    serde_json::from_value(list).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_opening_screen_is_the_apps_own_first_screen_in_each_language() {
    for lang in Lang::ALL {
        // A server (an origin) per language: the first page's offline
        // worker would otherwise answer the next page's wasm at once.
        let (browser, held) =
            Page::open_holding_wasm(&format!("/widget.html?lang={}", lang.code()), 1280, 1000, &[])
                .await;
        let c = &browser.client;
        wait_for_opening_screen(c).await;
        let opening = describe(c, ".mc-prerendered > section.mc").await;
        let title = widget_find(c, 0, "h1#mc-title").await.unwrap().text().await.unwrap();
        assert_eq!(title, lang.messages().title);
        held.release();
        wait_for_whole_widget(c, 0).await;
        let app = describe(c, ".mc-host > section.mc").await;
        // The app has drawn everything by now: the opening screen is its
        // beginning, element for element (the later stages only add after
        // the first questions).
        assert!(opening.len() > 100, "{lang:?}: {} elements", opening.len());
        for (i, (prerendered, drawn)) in opening.iter().zip(&app).enumerate() {
            assert_eq!(prerendered, drawn, "{lang:?}: element {i} differs");
        }
        browser.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_age_and_an_answer_given_before_the_wasm_arrives_are_kept() {
    let (browser, held) = Page::open_holding_wasm("/widget.html", 1280, 1000, &[]).await;
    let c = &browser.client;
    wait_for_opening_screen(c).await;
    // The page's own controls work without the app: the reader types the
    // first digit of their age, taps an answer, and goes back to the age.
    let age = start_on_the_screen(c).await;
    let answer = answer_id(3);
    // The reference values chosen too (the screen's select has no script:
    // setting its value is what choosing an option does to it).
    run(c, "const s = document.querySelector('magnesium-calculator').shadowRoot.querySelector('#mc-standard'); s.value = 'EFSA-2015';").await;
    tap(&age).await;
    assert_eq!(run(c, &app_has_not_taken_over()).await, Value::Bool(true), "the app came early");
    held.release();
    wait_for_whole_widget(c, 0).await;
    // The app holds both, as if they had been given to it ...
    let app_age = widget_find(c, 0, &format!("{APP} {}", sel::AGE)).await.unwrap();
    assert_eq!(app_age.prop("value").await.unwrap().as_deref(), Some("6"));
    let chosen = widget_find(c, 0, &format!("#{answer}")).await.unwrap();
    assert_eq!(chosen.prop("checked").await.unwrap().as_deref(), Some("true"));
    let total = groups().len();
    let left = Lang::En.messages().questions_left(1, total);
    wait_for_widget_text(c, 0, sel::QUESTIONS_LEFT, |t| t == left).await;
    // ... and the caret is still in the age field: the next key lands there.
    let focused = run(
        c,
        "return document.querySelector('magnesium-calculator').shadowRoot.activeElement?.id ?? ''",
    )
    .await;
    assert_eq!(focused, Value::from("mc-age"));
    // A key pressed on the keyboard, wherever focus is (not sent to an element).
    let key = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: '0' })
        .then(KeyAction::Up { value: '0' });
    c.perform_actions(key).await.unwrap();
    assert_eq!(app_age.prop("value").await.unwrap().as_deref(), Some("60"));
    // A woman of 60 under EFSA's values: the reference follows the age
    // typed and the standard chosen across the takeover (IOM's would be 320).
    let standard = widget_find(c, 0, "#mc-standard").await.unwrap();
    assert_eq!(standard.prop("value").await.unwrap().as_deref(), Some("EFSA-2015"));
    expect_reference_mg(c, "300").await;
    browser.close().await;
}

/// Runs `change` (a script body given `screen`, the opening screen) at the
/// first chance after the app is mounted: a mutation observer sees the
/// app's container added, which `mount` follows in the same task, and runs
/// after that task's script. Whether the screen was still shown and the app
/// hidden then is in `window.__between`.
async fn change_right_after_mount(c: &Client, change: &str) {
    let script = format!(
        r#"const root = document.querySelector('magnesium-calculator').shadowRoot;
           window.__between = null;
           new MutationObserver((records, observer) => {{
             const app = root.querySelector('{APP}');
             if (!app) return;
             observer.disconnect();
             const screen = root.querySelector('.mc-prerendered');
             window.__between = {{ screenShown: !!screen && screen.isConnected, appHidden: app.hidden }};
             {change}
           }}).observe(root, {{ childList: true }});"#
    );
    run(c, &script).await;
}

/// Checks that the change was made between the mount and the takeover.
async fn changed_between_mount_and_takeover(c: &Client) {
    let between = run(c, "return window.__between").await;
    assert_eq!(between, serde_json::json!({ "screenShown": true, "appHidden": true }));
}

/// Whether the app's control `id` (not the screen's) is checked.
async fn app_checked(c: &Client, id: &str) -> Option<String> {
    let control = widget_find(c, 0, &format!("{APP} #{id}")).await.unwrap();
    control.prop("checked").await.unwrap()
}

/// The app reads the screen's controls when it mounts, and takes the screen
/// over a task or more later. What the reader changes in between (a next
/// digit, another answer, the other sex) is handed to the app's controls at
/// the swap, with their events, so the app's state has it too.
#[tokio::test(flavor = "multi_thread")]
async fn what_the_reader_changes_between_the_apps_mount_and_its_takeover_is_kept() {
    let (browser, held) = Page::open_holding_wasm("/widget.html", 1280, 1000, &[]).await;
    let c = &browser.client;
    wait_for_opening_screen(c).await;
    // Before the wasm: the first digit and an answer (read at mount).
    start_on_the_screen(c).await;
    let (first, second) = (answer_id(3), answer_id(2));
    change_right_after_mount(
        c,
        &format!(
            "const age = screen.querySelector('#mc-age');
             age.value = '60';
             age.dispatchEvent(new Event('input', {{ bubbles: true }}));
             screen.querySelector('#{second}').click();
             const sex = screen.querySelector('#mc-sex');
             sex.value = 'male';
             sex.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        ),
    )
    .await;
    held.release();
    wait_for_whole_widget(c, 0).await;
    changed_between_mount_and_takeover(c).await;
    // The app has the changes, in its controls and in its figures: a man
    // of 60 under IOM (a girl of 6, what was read at mount, would be 130).
    let value = |selector: &'static str| async move {
        widget_find(c, 0, &format!("{APP} {selector}")).await.unwrap().prop("value").await.unwrap()
    };
    assert_eq!(value(sel::AGE).await.as_deref(), Some("60"));
    assert_eq!(value(sel::SEX).await.as_deref(), Some("male"));
    assert_eq!(app_checked(c, &second).await.as_deref(), Some("true"));
    assert_eq!(app_checked(c, &first).await.as_deref(), Some("false"));
    let left = Lang::En.messages().questions_left(1, groups().len());
    wait_for_widget_text(c, 0, sel::QUESTIONS_LEFT, |t| t == left).await;
    expect_reference_mg(c, "420").await;
    browser.close().await;
}

/// A reader who picks the log before the wasm and goes back to the quick
/// estimate in between: the estimate is the default choice, which the
/// screen's reading does not list, and still the app ends on it.
#[tokio::test(flavor = "multi_thread")]
async fn back_to_the_default_way_in_between_mount_and_takeover_is_kept() {
    let (browser, held) = Page::open_holding_wasm("/widget.html", 1280, 1000, &[]).await;
    let c = &browser.client;
    wait_for_opening_screen(c).await;
    tap(&widget_find(c, 0, sel::MODE_LOG_LABEL).await.unwrap()).await;
    change_right_after_mount(c, "screen.querySelector('#mc-mode-estimate').click();").await;
    held.release();
    wait_for_whole_widget(c, 0).await;
    changed_between_mount_and_takeover(c).await;
    assert_eq!(app_checked(c, "mc-mode-estimate").await.as_deref(), Some("true"));
    assert_eq!(app_checked(c, "mc-mode-log").await.as_deref(), Some("false"));
    // The estimate's questions, not the log's food search.
    let left = Lang::En.messages().questions_left(0, groups().len());
    wait_for_widget_text(c, 0, sel::QUESTIONS_LEFT, |t| t == left).await;
    assert!(widget_find(c, 0, sel::FOOD_SEARCH).await.is_err(), "the log's food search is shown");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_moves_when_the_app_takes_over_the_opening_screen() {
    for width in [1280, 360] {
        let (browser, held) = Page::open_holding_wasm("/widget.html", width, 1000, &[]).await;
        let c = &browser.client;
        wait_for_opening_screen(c).await;
        let before = age_position(c).await;
        held.release();
        wait_for_whole_widget(c, 0).await;
        let after = age_position(c).await;
        assert_eq!(before, after, "{width} px: the age field moved");
        // Where the engine reports layout shifts (Chromium): none at all.
        let shift = layout_shift(c).await;
        assert_eq!(shift["total"], serde_json::json!(0), "{width} px: {shift}");
        browser.close().await;
    }
}

/// On a writer's page (the snippets page, with its German, DACH, dark and
/// compact widget and a widget with presets): the
/// loader's placeholder becomes the opening screen of each widget's
/// language and standard while the wasm is on its way, the age typed there
/// is the app's, and a widget with presets keeps its plain placeholder.
#[tokio::test(flavor = "multi_thread")]
async fn on_a_writers_page_the_placeholder_is_the_opening_screen_until_the_app_takes_over() {
    let (browser, held) = Page::open_holding_wasm("/snippets.html", 1280, 1000, &[]).await;
    let c = &browser.client;
    let screen_of = |id: &str| {
        format!("return !!document.getElementById('{id}').shadowRoot?.querySelector('.mc-prerendered h2#mc-title')")
    };
    // Presets (age, sex): the app starts elsewhere, so the plain placeholder
    // stays while the wasm is on its way (the loader has started it).
    let efsa = "document.getElementById('example-efsa')";
    run(c, &format!("{efsa}.scrollIntoView()")).await;
    wait_until(c, "the preset widget to start", &format!("return {efsa}._starting === true")).await;
    let plain = run(
        c,
        &format!("return [!!{efsa}.shadowRoot.querySelector('.mc-placeholder'), !!{efsa}.shadowRoot.querySelector('.mc-prerendered')]"),
    )
    .await;
    assert_eq!(plain, serde_json::json!([true, false]));
    run(c, "document.getElementById('example-dach').scrollIntoView()").await;
    wait_until(c, "the German opening screen", &screen_of("example-dach")).await;
    let dach = "document.getElementById('example-dach').shadowRoot";
    let seen = run(
        c,
        &format!(
            "return [{dach}.querySelector('#mc-title').textContent, {dach}.querySelector('#mc-standard').value,
                     {dach}.querySelector('section').lang, !!{dach}.querySelector('.mc-placeholder')]"
        ),
    )
    .await;
    let t = Lang::De.messages();
    assert_eq!(seen, serde_json::json!([t.title, "DACH-2021", "de", false]));
    // The German reader types an age on the opening screen; the app keeps it.
    let host = c.find(fantoccini::Locator::Css("#example-dach")).await.unwrap();
    let field =
        host.shadow_root().await.unwrap().find(fantoccini::Locator::Css("#mc-age")).await.unwrap();
    tap(&field).await;
    field.send_keys("45").await.unwrap();
    held.release();
    wait_until(
        c,
        "the app in the German widget",
        &format!("return !!{dach}.querySelector('.mc-share') && !{dach}.querySelector('.mc-prerendered')"),
    )
    .await;
    let kept = run(c, &format!("return {dach}.querySelector('#mc-age').value")).await;
    assert_eq!(kept, Value::from("45"));
    browser.close().await;
}

/// widget.html with a preset standard and age: the app starts elsewhere, so
/// the page's own screen is dropped (before the first paint), and the
/// calculator's title is still the page's `<h1>` once the app is in.
#[tokio::test(flavor = "multi_thread")]
async fn with_presets_widget_html_drops_its_screen_and_keeps_its_level_one_title() {
    let (browser, held) =
        Page::open_holding_wasm("/widget.html?standard=EFSA-2015&age=40", 1280, 1000, &[]).await;
    let c = &browser.client;
    wait_until(
        c,
        "the loader's placeholder",
        "return !!document.querySelector('magnesium-calculator').shadowRoot?.querySelector('.mc-placeholder')",
    )
    .await;
    assert_eq!(
        run(c, "return !!document.querySelector('magnesium-calculator').shadowRoot.querySelector('.mc-prerendered')").await,
        Value::Bool(false)
    );
    held.release();
    wait_for_whole_widget(c, 0).await;
    let title = widget_find(c, 0, "h1#mc-title").await.unwrap();
    assert_eq!(title.text().await.unwrap(), Lang::En.messages().title);
    let age = widget_find(c, 0, sel::AGE).await.unwrap();
    assert_eq!(age.prop("value").await.unwrap().as_deref(), Some("40"));
    browser.close().await;
}
