//! End-to-end accessibility: an axe-core scan (WCAG 2.2 A/AA rules) of the
//! built page in several states, and a keyboard-only flow with visible focus.
//!
//! Chromium only: it sets the colour scheme through Chromium's --blink-settings.

use harness::widget::set_age;
use harness::widget::{log_control, sel};
use harness::Page;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::Client;
use harness::{
    add_food, add_supplement, click_button, dist_dir, retype, tap, wait_for_widget_text,
    widget_find, Browser, StaticServer,
};
use magnesium_calculator::model::food_table::FoodId;
use magnesium_calculator::ui::i18n::Lang;

/// Presses keys one after another, as a keyboard would.
async fn press(c: &Client, keys: &str) {
    let mut actions = KeyActions::new("keyboard".into());
    for key in keys.chars() {
        actions = actions.then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    }
    c.perform_actions(actions).await.unwrap();
}

fn tab() -> String {
    char::from(Key::Tab).to_string()
}

/// The id of the focused element inside the widget, and whether its focus is visible (an outline).
async fn focused(c: &Client) -> (String, bool) {
    let v = c
        .execute(
            r#"const el = document.querySelector('magnesium-calculator').shadowRoot.activeElement;
               if (!el) return ['', false];
               const s = getComputedStyle(el);
               return [el.id || el.textContent.trim(), s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2];"#,
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(v).unwrap()
}

async fn axe_violations(c: &Client) -> Vec<String> {
    axe_violations_of(c, WCAG).await
}

/// The WCAG 2.2 A and AA rules.
const WCAG: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async fn axe_violations_of(c: &Client, tags: &[&str]) -> Vec<String> {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/node_modules/axe-core/axe.min.js"
    ))
    .expect("node_modules/axe-core: run scripts/setup");
    let result = c
        .execute_async(
            r#"const [source, tags, done] = arguments;
               if (!window.axe) { const s = document.createElement('script'); s.textContent = source; document.head.appendChild(s); }
               axe.run(document, { runOnly: { type: 'tag', values: tags } })
                 .then(r => done(r.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${n.target.join(' > ')}: ${n.failureSummary}`))));"#,
            vec![source.into(), serde_json::json!(tags)],
        )
        .await
        .unwrap();
    serde_json::from_value(result).unwrap()
}

/// widget.html as a page: with the page-level rules too (one main landmark,
/// a level-one heading, …: axe's best practices), on the opening screen
/// before the wasm is in and once the app has taken over, in English and
/// in German.
#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_violations_on_widget_html_page_level_rules_included() {
    let tags: Vec<&str> = WCAG.iter().copied().chain(["best-practice"]).collect();
    for lang in [Lang::En, Lang::De] {
        let path = format!("/widget.html?lang={}", lang.code());
        let (browser, held) = Page::open_holding_wasm(&path, 1280, 1000, &[]).await;
        let c = &browser.client;
        harness::widget::wait_for_opening_screen(c).await;
        let opening = axe_violations_of(c, &tags).await;
        assert!(opening.is_empty(), "{lang:?} opening screen:\n{}", opening.join("\n"));
        held.release();
        harness::wait_for_whole_widget(c, 0).await;
        let app = axe_violations_of(c, &tags).await;
        assert!(app.is_empty(), "{lang:?} app:\n{}", app.join("\n"));
        browser.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_violations_empty_filled_and_mid_search() {
    let server = StaticServer::start(dist_dir());
    scan_states(&server, "/", Lang::En, "1").await; // light
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_violations_in_german_on_the_widgets_own_page() {
    let server = StaticServer::start(dist_dir());
    scan_states(&server, "/widget.html?lang=de", Lang::De, "1").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_violations_in_the_dark_scheme() {
    let server = StaticServer::start(dist_dir());
    scan_states(&server, "/", Lang::En, "0").await; // dark
}

/// Scans the widget empty, filled (with an error and the warning shown) and
/// mid-search, on the page at `path`, in Chromium's colour scheme `scheme`
/// (0 = dark, 1 = light).
async fn scan_states(server: &StaticServer, path: &str, lang: Lang, scheme: &str) {
    let browser = Browser::open_page_at(
        server,
        path,
        1280,
        1400,
        &[&format!("--blink-settings=preferredColorScheme={scheme}")],
    )
    .await;
    let c = &browser.client;
    let empty = axe_violations(c).await;
    assert!(empty.is_empty(), "empty widget:\n{}", empty.join("\n"));

    set_age(c, "34").await;
    // The quick estimate answered in part, with water: its results and notes.
    for (group, frequency) in [(0, 2), (1, 3), (5, 4)] {
        tap(&widget_find(c, 0, &format!("label[for=mc-q-{group}-{frequency}]")).await.unwrap())
            .await;
    }
    harness::widget::open_water(c).await;
    retype(&widget_find(c, 0, sel::WATER_LITRES).await.unwrap(), "2").await;
    retype(&widget_find(c, 0, sel::WATER_MG).await.unwrap(), "x").await; // refused, with its message
    wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |t| !t.is_empty()).await;
    let estimate = axe_violations(c).await;
    assert!(
        estimate.is_empty(),
        "quick estimate:
{}",
        estimate.join(
            "
"
        )
    );

    harness::tap(&log_control(c, sel::QUICK_PICKS).await.unwrap()).await;
    // The quick picks carry the language's everyday names.
    let seeds = lang.messages().food_name(FoodId(12516), "");
    click_button(c, 0, sel::QUICK_PICK, seeds).await;
    widget_find(c, 0, sel::NONFOOD_MODE).await.unwrap().select_by_value("compound").await.unwrap();
    add_supplement(c, "700").await;
    wait_for_widget_text(c, 0, sel::UPPER_LEVEL_WARNING, |t| !t.is_empty()).await;
    add_food(c, "spinach", "Spinach", None, "x").await; // refused: the form stays open with its message
    wait_for_widget_text(c, 0, sel::FOOD_AMOUNT_ERROR, |t| !t.is_empty()).await;
    // Medicines and conditions, open, with two notes shown.
    tap(&widget_find(c, 0, "[data-testid=medicines] > summary").await.unwrap()).await;
    tap(&widget_find(c, 0, "label[for=mc-medicine-1]").await.unwrap()).await;
    tap(&widget_find(c, 0, "label[for=mc-medicine-7]").await.unwrap()).await;
    wait_for_widget_text(c, 0, "[data-testid=medicines] [role=status]", |t| !t.is_empty()).await;
    let filled = axe_violations(c).await;
    assert!(filled.is_empty(), "filled widget:\n{}", filled.join("\n"));

    retype(&log_control(c, sel::FOOD_SEARCH).await.unwrap(), "almonds").await;
    wait_for_widget_text(c, 0, sel::FOOD_RESULTS, |t| t.contains("almonds")).await;
    let searching = axe_violations(c).await;
    assert!(searching.is_empty(), "while searching:\n{}", searching.join("\n"));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_whole_flow_works_by_keyboard_with_visible_focus() {
    let browser = Page::open("/", 1280, 1400).await;
    let c = &browser.client;

    press(c, &tab()).await;
    assert_eq!(focused(c).await, ("mc-age".into(), true));
    press(c, "34").await;
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |t| t == "320").await;
    // Unit, sex, pregnancy, standard and its folded help, then the two ways
    // in (the quick estimate first).
    let help = Lang::En.messages().standards_help;
    for expected in
        ["mc-age-unit", "mc-sex", "mc-condition", "mc-standard", help, "mc-mode-estimate"]
    {
        press(c, &tab()).await;
        assert_eq!(focused(c).await, (expected.to_string(), true));
    }
    // The arrow key chooses the log, and Tab goes on to its food search.
    press(c, &char::from(Key::Right).to_string()).await;
    assert_eq!(focused(c).await, ("mc-mode-log".into(), true));
    press(c, &tab()).await;
    assert_eq!(focused(c).await, ("mc-food-search".into(), true));
    press(c, "banana").await;
    wait_for_widget_text(c, 0, sel::FOOD_RESULTS, |t| t.contains("Bananas, raw")).await;
    press(c, &tab()).await;
    let (first_result, visible) = focused(c).await;
    // The everyday name first, the USDA name beneath it.
    assert!(
        first_result.starts_with("Banana") && first_result.contains("Bananas, raw") && visible,
        "{first_result:?} {visible}"
    );
    press(c, &char::from(Key::Enter).to_string()).await;
    // Choosing a food moves focus to its amount; Enter adds it and returns to the search.
    wait_for_widget_text(c, 0, sel::FOOD_CHOSEN, |t| t == "Banana\nBananas, raw").await;
    assert_eq!(focused(c).await.0, "mc-food-amount");
    press(c, &char::from(Key::Enter).to_string()).await;
    // Default portion: the one a person means, 1 medium (118 g) at 27 mg/100 g = 31.86 mg.
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "32 mg").await;
    assert_eq!(focused(c).await.0, "mc-food-search");

    // The supplement form by keyboard: Tab to its amount, type, Enter.
    let mut steps = 0;
    while focused(c).await.0 != "mc-nonfood-amount" {
        press(c, &tab()).await;
        steps += 1;
        assert!(steps < 40, "the supplement amount is not reachable by Tab");
        assert!(focused(c).await.1, "focus not visible on {:?}", focused(c).await.0);
    }
    press(c, &format!("400{}", char::from(Key::Enter))).await;
    wait_for_widget_text(c, 0, sel::NONFOOD_MG, |t| t == "400 mg").await;
    browser.close().await;
}

/// Tabs until the focused element's id (or text) satisfies `wanted`, with
/// visible focus at every step.
async fn tab_to(c: &Client, what: &str, wanted: impl Fn(&str) -> bool) {
    for _ in 0..80 {
        press(c, &tab()).await;
        let (now, visible) = focused(c).await;
        assert!(visible, "focus not visible on {now:?}");
        if wanted(&now) {
            return;
        }
    }
    panic!("{what} is not reachable by Tab");
}

/// "Describe a day" by keyboard alone: open it, type the day, read it,
/// review each line's food, amount and portion, add all, and on a new day
/// add a recently logged food; axe finds nothing in the review list, the
/// logged day and the recent foods.
#[tokio::test(flavor = "multi_thread")]
async fn a_day_is_described_reviewed_and_added_by_keyboard_and_axe_finds_nothing() {
    let page = Page::open("/widget.html?age=34&mode=log", 1280, 1400).await;
    let c = &page.client;
    let t = Lang::En.messages();
    widget_find(c, 0, sel::FOOD_SEARCH).await.unwrap();
    tab_to(c, "the describe fold", |f| f == t.describe_title).await;
    press(c, &char::from(Key::Enter).to_string()).await;
    tab_to(c, "the day's text box", |f| f == "mc-describe-text").await;
    press(c, "2 slices of wholemeal bread, a banana, a handful of almonds").await;
    tab_to(c, "Read my day", |f| f == t.describe_read).await;
    press(c, &char::from(Key::Enter).to_string()).await;
    let summary =
        wait_for_widget_text(c, 0, "[data-testid=describe-summary]", |t| !t.is_empty()).await;
    assert!(summary.starts_with("3 of 3"), "{summary}");
    let review = axe_violations(c).await;
    assert!(review.is_empty(), "review list:\n{}", review.join("\n"));

    // Each line: its food, then its amount, then its portion, in that order.
    press(c, &tab()).await;
    for i in 0..3 {
        for control in ["food", "amount", "portion"] {
            let (now, _) = focused(c).await;
            assert_eq!(now, format!("mc-describe-{control}-{i}"));
            press(c, &tab()).await;
        }
    }
    assert_eq!(focused(c).await.0, t.describe_add_all);
    press(c, &char::from(Key::Enter).to_string()).await;
    wait_for_widget_text(c, 0, "[data-testid=describe-added]", |t| t.starts_with('3')).await;
    let logged = axe_violations(c).await;
    assert!(logged.is_empty(), "logged day:\n{}", logged.join("\n"));

    tab_to(c, "Add a day", |f| f == t.add_day).await;
    press(c, &char::from(Key::Enter).to_string()).await;
    wait_for_widget_text(c, 0, "[data-testid=recent-foods]", |t| t.contains("Almonds")).await;
    let recent = axe_violations(c).await;
    assert!(recent.is_empty(), "recent foods:\n{}", recent.join("\n"));
    // Shift+Tab back up to the recent foods, and Enter adds one.
    let mut steps = 0;
    while !focused(c).await.0.contains("Almonds") {
        let shift_tab = format!("{}{}", char::from(Key::Shift), char::from(Key::Tab));
        let mut actions = KeyActions::new("keyboard".into());
        for key in shift_tab.chars() {
            actions = actions.then(KeyAction::Down { value: key });
        }
        for key in shift_tab.chars().rev() {
            actions = actions.then(KeyAction::Up { value: key });
        }
        c.perform_actions(actions).await.unwrap();
        steps += 1;
        assert!(steps < 60, "the recent foods are not reachable by Shift+Tab");
    }
    press(c, &char::from(Key::Enter).to_string()).await;
    wait_for_widget_text(c, 0, ".mc-entries", |t| t.starts_with("Almonds\nNuts, almonds")).await;
    page.close().await;
}

/// Medicines and conditions by keyboard alone, in Spanish: open the fold,
/// tick a box with Space, read its note and reach its source, then print
/// the report with Enter; axe finds nothing with the notes open.
#[tokio::test(flavor = "multi_thread")]
async fn medicines_are_ticked_and_the_report_printed_by_keyboard() {
    use magnesium_calculator::model::medicine_notes::by_wire_id;
    let page = Page::open("/widget.html?lang=es&age=60&mode=log", 1280, 1400).await;
    let c = &page.client;
    let t = Lang::Es.messages();
    let ppi = by_wire_id(1).unwrap();
    widget_find(c, 0, sel::FOOD_SEARCH).await.unwrap();
    tab_to(c, "the medicines fold", |f| f == t.medicines_heading).await;
    press(c, &char::from(Key::Enter).to_string()).await;
    tab_to(c, "the first box", |f| f == "mc-medicine-1").await;
    press(c, " ").await;
    let note = wait_for_widget_text(c, 0, "[data-testid=medicine-note]", |s| !s.is_empty()).await;
    assert!(note.starts_with(t.medicine_text(ppi).1), "{note}");
    // Its source is the next stop, then the next box.
    press(c, &tab()).await;
    assert_eq!(focused(c).await, (t.medicine_source(ppi), true));
    press(c, &tab()).await;
    assert_eq!(focused(c).await.0, "mc-medicine-2");
    let violations = axe_violations(c).await;
    assert!(violations.is_empty(), "medicines:\n{}", violations.join("\n"));
    harness::widget::run(
        c,
        "window.__printed = false; window.print = () => { window.__printed = true; };",
    )
    .await;
    tab_to(c, "Print or save as PDF", |f| f == t.print_report).await;
    press(c, &char::from(Key::Enter).to_string()).await;
    harness::widget::wait_until(c, "the print", "return window.__printed === true").await;
    page.close().await;
}

/// "Make your snippet", a writer's page: axe finds nothing, with a chosen
/// text colour, its contrast line and an age error showing. (With a colour
/// below AA the preview fails axe too, as the page's warning says it will.)
#[tokio::test(flavor = "multi_thread")]
async fn the_snippet_maker_has_no_violations() {
    let page = Page::open("/snippet-maker.html", 1280, 1400).await;
    let c = &page.client;
    harness::widget::wait_until(
        c,
        "the maker",
        "return document.getElementById('code').value !== ''",
    )
    .await;
    harness::widget::run(
        c,
        "document.getElementById('use-text').click();
         const f = document.getElementById('text'); f.value = '#222222';
         f.dispatchEvent(new Event('input', { bubbles: true }));
         const a = document.getElementById('age'); a.value = 'x';
         a.dispatchEvent(new Event('input', { bubbles: true }));",
    )
    .await;
    harness::widget::wait_until(
        c,
        "the contrast line",
        "return document.getElementById('contrast').textContent.startsWith('Contrast meets')",
    )
    .await;
    let violations = axe_violations(c).await;
    assert!(violations.is_empty(), "snippet maker:\n{}", violations.join("\n"));
    page.close().await;
}
