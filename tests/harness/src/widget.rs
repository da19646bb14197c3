//! The widget as a page object (as Leptos's end-to-end fixtures keep theirs):
//! every selector of its controls and figures lives here, so a change of
//! markup is one edit, and tests read as what a reader does.

use crate::drivers::{engine, Engine};
use fantoccini::{Client, Locator};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// Selectors inside a widget's shadow root.
pub mod sel {
    pub const TITLE: &str = "#mc-title";
    /// Present once the whole widget has rendered: the sharing panel comes last.
    pub const RENDERED: &str = ".mc-share";
    // The two ways in
    pub const MODE_ESTIMATE: &str = "#mc-mode-estimate";
    pub const MODE_LOG: &str = "#mc-mode-log";
    pub const MODE_LOG_LABEL: &str = "label[for=mc-mode-log]";
    pub const MODE_ESTIMATE_LABEL: &str = "label[for=mc-mode-estimate]";
    // The quick estimate
    pub const QUESTIONS_LEFT: &str = "[data-testid=questions-left]";
    pub const CHANGE_ANSWERS: &str = "[data-testid=change-answers]";
    pub const RESULT_CARD: &str = "[data-testid=result-card]";
    pub const ESTIMATE_RANGE: &str = "[data-testid=estimate-range]";
    pub const ESTIMATE_VERDICT: &str = "[data-testid=estimate-verdict]";
    pub const CONTRIBUTIONS: &str = "[data-testid=contributions]";
    pub const RAISE: &str = "[data-testid=raise]";
    pub const WATER: &str = "details.mc-water";
    pub const WATER_SUMMARY: &str = "details.mc-water > summary";
    pub const WATER_STATUS: &str = "[data-testid=water-status]";
    pub const WATER_LITRES: &str = "#mc-water-litres";
    pub const WATER_MG: &str = "#mc-water-mg";
    pub const WATER_UPPER_LEVEL: &str = "[data-testid=water-upper-level]";
    // About you
    pub const AGE: &str = "#mc-age";
    pub const AGE_ERROR: &str = "#mc-age-error";
    pub const SEX: &str = "#mc-sex";
    pub const CONDITION: &str = "#mc-condition";
    // Foods
    pub const FOOD_SEARCH: &str = "#mc-food-search";
    pub const FOOD_RESULTS: &str = ".mc-results-list";
    pub const FOOD_CHOICE: &str = ".mc-food-choice";
    pub const FOOD_CHOSEN: &str = ".mc-chosen";
    pub const FOOD_AMOUNT: &str = "#mc-food-amount";
    pub const FOOD_AMOUNT_ERROR: &str = "#mc-food-amount-error";
    pub const FOOD_PORTION: &str = "#mc-food-portion";
    pub const FOOD_ADD: &str = ".mc-portion-form button[type=submit]";
    pub const FOOD_TABLE_FAILED: &str = ".mc-failed";
    pub const QUICK_PICKS: &str = ".mc-quick-picks summary";
    pub const QUICK_PICK: &str = ".mc-pick";
    // Supplements and medicines
    pub const NONFOOD_KIND: &str = "#mc-nonfood-kind";
    pub const NONFOOD_MODE: &str = "#mc-nonfood-mode";
    pub const NONFOOD_AMOUNT: &str = "#mc-nonfood-amount";
    pub const NONFOOD_ADD: &str = "form.mc-group button[type=submit]";
    // The log
    pub const DAY_BUTTONS: &str = ".mc-days button";
    pub const CURRENT_DAY: &str = ".mc-days button[aria-pressed=true]";
    pub const COPY_DAY: &str = "[data-testid=copy-day]";
    pub const ENTRIES: &str = ".mc-entries";
    pub const FIRST_ENTRY_AMOUNT: &str = ".mc-entries li:first-child input";
    pub const FIRST_ENTRY_UNIT: &str = ".mc-entries li:first-child select";
    pub const FIRST_ENTRY_ERROR: &str = ".mc-entries li:first-child .mc-error";
    pub const LAST_ENTRY_AMOUNT: &str = ".mc-entries li:last-child input";
    pub const LAST_ENTRY_UNIT: &str = ".mc-entries li:last-child select";
    pub const RESTORE_NOTES: &str = "[data-testid=restore-notes]";
    pub const SHARE_BUTTON: &str = ".mc-share button";
    pub const SHARE_LINK: &str = "#mc-share-link";
    pub const REMEMBER: &str = "#mc-remember";
    // Results
    pub const RESULTS: &str = ".mc-results";
    pub const REFERENCE_LINE: &str = ".mc-reference";
    pub const REFERENCE_MG: &str = "[data-testid=reference-mg]";
    pub const TOTAL_MG: &str = "[data-testid=total-mg]";
    pub const FOOD_MG: &str = "[data-testid=food-mg]";
    pub const NONFOOD_MG: &str = "[data-testid=nonfood-mg]";
    pub const VERDICT: &str = "[data-testid=verdict]";
    pub const UPPER_LEVEL_WARNING: &str = "[data-testid=upper-level-warning]";
    pub const SUMMARY_BAR: &str = "[data-testid=summary-bar]";
}

/// Chooses "Log what I ate" in the first widget (the quick estimate is the
/// default way in), as a reader taps it; does nothing if the log is shown.
pub async fn choose_log(c: &Client) {
    let log = widget_find(c, 0, sel::MODE_LOG).await.unwrap();
    if log.prop("checked").await.unwrap().as_deref() != Some("true") {
        tap(&widget_find(c, 0, sel::MODE_LOG_LABEL).await.unwrap()).await;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while widget_find(c, 0, sel::FOOD_SEARCH).await.is_err() {
            assert!(std::time::Instant::now() < deadline, "the log did not open");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
}

/// A control of the log (the food search, the quick picks), once the log is shown.
pub async fn log_control(
    c: &Client,
    selector: &str,
) -> Result<fantoccini::elements::Element, fantoccini::error::CmdError> {
    choose_log(c).await;
    widget_find(c, 0, selector).await
}

/// Searches the USDA table, picks the result whose text contains `description`,
/// a portion (None = the first offered) and a count, and adds it.
pub async fn add_food(
    c: &Client,
    query: &str,
    description: &str,
    portion_label: Option<&str>,
    count: &str,
) {
    choose_log(c).await;
    retype(&widget_find(c, 0, sel::FOOD_SEARCH).await.unwrap(), query).await;
    click_button(c, 0, sel::FOOD_CHOICE, description).await;
    if let Some(label) = portion_label {
        widget_find(c, 0, sel::FOOD_PORTION).await.unwrap().select_by_label(label).await.unwrap();
    }
    retype(&widget_find(c, 0, sel::FOOD_AMOUNT).await.unwrap(), count).await;
    tap(&widget_find(c, 0, sel::FOOD_ADD).await.unwrap()).await;
}

/// Opens the drinking-water section (folded until the reader opens it).
pub async fn open_water(c: &Client) {
    let section = widget_find(c, 0, sel::WATER).await.unwrap();
    if section.prop("open").await.unwrap().as_deref() != Some("true") {
        tap(&widget_find(c, 0, sel::WATER_SUMMARY).await.unwrap()).await;
    }
}

/// Types an amount into the supplement form (as it is set up) and adds it.
pub async fn add_supplement(c: &Client, mg: &str) {
    retype(&widget_find(c, 0, sel::NONFOOD_AMOUNT).await.unwrap(), mg).await;
    tap(&widget_find(c, 0, sel::NONFOOD_ADD).await.unwrap()).await;
}

/// Types an age into the first widget, as a reader does.
pub async fn set_age(c: &Client, age: &str) {
    retype(&widget_find(c, 0, sel::AGE).await.unwrap(), age).await;
}

/// Waits until the first widget shows this reference value (mg a day).
pub async fn expect_reference_mg(c: &Client, mg: &str) {
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |t| t == mg).await;
}

// ---- finding, acting and waiting inside a widget's shadow root ----

/// Waits (up to 10 s) until a CSS selector inside the n-th widget's shadow root
/// has text that satisfies `ok`, and returns that text.
pub async fn wait_for_widget_text(
    client: &Client,
    widget: usize,
    selector: &str,
    ok: impl Fn(&str) -> bool,
) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut last = String::from("<not found>");
    loop {
        if let Ok(el) = widget_find(client, widget, selector).await {
            if let Ok(text) = el.text().await {
                if ok(&text) {
                    return text;
                }
                last = text;
            }
        }
        assert!(Instant::now() < deadline, "widget {widget} {selector}: last text {last:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the n-th widget's first render is complete, and returns its
/// title. The render comes in stages (the questions, the forms, then the
/// results and sharing), after an opening screen drawn before the wasm: a
/// test must neither see it half-drawn nor hold an element of the opening
/// screen, which the app replaces.
pub async fn wait_for_whole_widget(client: &Client, widget: usize) -> String {
    wait_for_widget_text(client, widget, sel::RENDERED, |_| true).await;
    wait_for_widget_text(client, widget, sel::TITLE, |t| !t.is_empty()).await
}

/// Finds an element inside the n-th `<magnesium-calculator>`'s shadow root.
pub async fn widget_find(
    client: &Client,
    widget: usize,
    selector: &str,
) -> Result<fantoccini::elements::Element, fantoccini::error::CmdError> {
    let hosts = client.find_all(Locator::Css("magnesium-calculator")).await?;
    let host = hosts.get(widget).ok_or_else(|| {
        fantoccini::error::CmdError::InvalidArgument(
            "widget".into(),
            format!("no widget #{widget}"),
        )
    })?;
    host.shadow_root().await?.find(Locator::Css(selector)).await
}

/// Replaces a text field's content the way a reader does: click, go to the
/// end, backspace over what is there, type the new text.
pub async fn retype(field: &fantoccini::elements::Element, text: &str) {
    use fantoccini::key::Key;
    tap(field).await;
    let old = field.prop("value").await.unwrap().unwrap_or_default();
    let mut keys = String::from(char::from(Key::End));
    keys.extend(std::iter::repeat_n(char::from(Key::Backspace), old.chars().count()));
    keys.push_str(text);
    field.send_keys(&keys).await.unwrap();
}

/// Clicks an element as a reader taps it: scrolled into the middle of the
/// screen first (so clear of the sticky summary bar on narrow layouts), and
/// two frames later, once the page has laid itself out again: a driver that
/// clicks a point (WebKit's) would otherwise hit whatever a late re-render
/// moved there.
pub async fn tap(element: &fantoccini::elements::Element) {
    element
        .clone()
        .client()
        .execute_async(
            "const [target, done] = arguments;
             target.scrollIntoView({block: 'center'});
             requestAnimationFrame(() => requestAnimationFrame(() => done()));",
            vec![serde_json::to_value(element).unwrap()],
        )
        .await
        .unwrap();
    match element.click().await {
        Ok(()) => {}
        // WebKit's driver hit-tests a point and finds the shadow host, not
        // the control inside its shadow root, and calls that intercepted:
        // there, the reader's tap is the element's own focus and click.
        Err(fantoccini::error::CmdError::Standard(e))
            if e.error == fantoccini::error::ErrorStatus::ElementClickIntercepted
                && engine() != Engine::Chromium =>
        {
            element
                .clone()
                .client()
                .execute(
                    "arguments[0].focus(); arguments[0].click();",
                    vec![serde_json::to_value(element).unwrap()],
                )
                .await
                .unwrap();
        }
        Err(e) => panic!("click: {e}"),
    }
}

/// Clicks the first button inside the n-th widget whose text contains `text`, waiting up to 10 s for it.
pub async fn click_button(client: &Client, widget: usize, selector: &str, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let hosts = client.find_all(Locator::Css("magnesium-calculator")).await.unwrap();
        // WebKitGTK's driver can fail to hand over the shadow root while the
        // widget redraws ("Could not parse shadow root information"): that
        // is one more try, like a button not there yet.
        let buttons = match hosts[widget].shadow_root().await {
            Ok(root) => root.find_all(Locator::Css(selector)).await.unwrap_or_default(),
            Err(_) => Vec::new(),
        };
        for button in buttons {
            if button.text().await.unwrap_or_default().contains(text) {
                tap(&button).await;
                return;
            }
        }
        assert!(Instant::now() < deadline, "no {selector} with text {text:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the page has painted twice and gone idle: whatever it had
/// queued by then (observer callbacks, messages, loads that had finished)
/// has run. For checking that something did *not* happen.
pub async fn page_settled(c: &Client) {
    c.execute_async(
        r#"const done = arguments[0];
           requestAnimationFrame(() => requestAnimationFrame(() => {
             if (window.requestIdleCallback) requestIdleCallback(() => done(), { timeout: 2000 });
             else setTimeout(done, 0);
           }));"#,
        vec![],
    )
    .await
    .unwrap();
}

/// The sum of the page's layout shifts not caused by input (`total`), and
/// what moved (`moved`). Used by tests/e2e/all_engines/embed.rs and benches/browser.rs.
pub async fn layout_shift(c: &Client) -> serde_json::Value {
    c.execute_async(
        r#"const done = arguments[0];
           new PerformanceObserver((list) => {
             const shifts = list.getEntries().filter(e => !e.hadRecentInput);
             done({
               total: shifts.reduce((sum, e) => sum + e.value, 0),
               moved: shifts.flatMap(e => e.sources.map(s => (s.node && (s.node.id || s.node.nodeName)) + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect))),
             });
           }).observe({ type: 'layout-shift', buffered: true });
           // No entry at all means no shift: the observer then never calls back.
           setTimeout(() => done({ total: 0, moved: [] }), 500);"#,
        vec![],
    )
    .await
    .unwrap()
}

// ---- page scripts: every widget on a page ----

/// Runs a script in the page and returns its result (a failure names the script).
pub async fn run(c: &Client, script: &str) -> Value {
    c.execute(script, vec![]).await.unwrap_or_else(|e| panic!("{script}: {e}"))
}

/// Waits (10 s at most) until a page script returns true.
pub async fn wait_until(c: &Client, what: &str, script: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while run(c, script).await != json!(true) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the first widget's opening screen (the build's render) is on
/// the page and the app has not taken it over.
pub async fn wait_for_opening_screen(c: &Client) {
    wait_until(
        c,
        "the opening screen",
        "const root = document.querySelector('magnesium-calculator').shadowRoot;
         return !!root && !!root.querySelector('.mc-prerendered #mc-age') && !root.querySelector('.mc-share');",
    )
    .await;
}

/// Brings each widget near the screen in turn (they load lazily, and a page
/// of tall widgets is taller than the window), then waits until every widget
/// on the page has rendered all of its app (the sharing panel comes last).
pub async fn wait_for_all_widgets(c: &Client) {
    let count = run(c, "return document.querySelectorAll('magnesium-calculator').length").await;
    for i in 0..count.as_u64().unwrap() {
        let widget = format!("document.querySelectorAll('magnesium-calculator')[{i}]");
        run(c, &format!("{widget}.scrollIntoView()")).await;
        let mounted = format!("return !!{widget}.shadowRoot?.querySelector('{}')", sel::RENDERED);
        wait_until(c, "the widget to mount", &mounted).await;
    }
    run(c, "window.scrollTo(0, 0)").await;
    wait_until(
        c,
        "every widget to mount",
        &format!("return [...document.querySelectorAll('magnesium-calculator')].every(w => w.shadowRoot && w.shadowRoot.querySelector('{}'))", sel::RENDERED),
    )
    .await;
}
