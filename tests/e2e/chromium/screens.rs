//! End-to-end: screenshots of a filled-in widget at phone and desktop widths,
//! light and dark, written to target/screenshots/ for review; and checks
//! that nothing scrolls sideways at 320 px.
//!
//! Chromium only: screenshots for review, the colour scheme set through --blink-settings.

use harness::widget::set_age;
use harness::widget::{log_control, sel};
use harness::Page;

use harness::{
    add_supplement, click_button, dist_dir, retype, tap, wait_for_widget_text, widget_find,
    Browser, StaticServer,
};

async fn fill_in(c: &fantoccini::Client) {
    set_age(c, "34").await;
    harness::tap(&log_control(c, sel::QUICK_PICKS).await.unwrap()).await;
    click_button(c, 0, sel::QUICK_PICK, "Pumpkin seeds").await;
    click_button(c, 0, sel::QUICK_PICK, "Spinach, cooked").await;
    assert_no_sideways_scroll(c, "with the quick picks open").await;
    harness::tap(&log_control(c, sel::QUICK_PICKS).await.unwrap()).await;
    add_supplement(c, "400").await;
    wait_for_widget_text(c, 0, sel::NONFOOD_MG, |t| t == "400 mg").await;
}

/// Fails naming the widget's elements that stick out past the viewport. On an
/// emulated phone, content that is too wide also widens the layout viewport
/// past the device width, so that is checked too.
async fn assert_no_sideways_scroll(c: &fantoccini::Client, when: &str) {
    let v = c
        .execute(
            "const w = document.documentElement.clientWidth;
             const r = document.querySelector('magnesium-calculator').shadowRoot;
             return [w, screen.width, document.documentElement.scrollWidth - w,
                     [...r.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > w + 0.5).map(e => e.tagName + '.' + e.className)];",
            vec![],
        )
        .await
        .unwrap();
    let (layout_width, device_width, scroll, sticking_out): (f64, f64, f64, Vec<String>) =
        serde_json::from_value(v).unwrap();
    let widened = device_width < 500.0 && layout_width > device_width;
    assert!(!widened && scroll == 0.0 && sticking_out.is_empty(), "sideways scrolling {when}: layout {layout_width} px on a {device_width} px screen, {sticking_out:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn screenshots_at_360_and_1280_light_and_dark_and_no_sideways_scroll_at_320() {
    let server = StaticServer::start(dist_dir());
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&out).unwrap();
    for (width, height) in [(320, 2600), (360, 2600), (1280, 1500)] {
        // Chromium's preferredColorScheme: 0 = dark, 1 = light.
        for (scheme, setting) in [("light", "1"), ("dark", "0")] {
            let arg = format!("--blink-settings=preferredColorScheme={setting}");
            let browser = Browser::open_page(&server, width, height, &[&arg]).await;
            let c = &browser.client;
            let dark = c
                .execute("return matchMedia('(prefers-color-scheme: dark)').matches", vec![])
                .await
                .unwrap();
            assert_eq!(dark.as_bool(), Some(scheme == "dark"));
            let viewport = c.execute("return window.innerWidth", vec![]).await.unwrap();
            assert_eq!(
                viewport.as_u64(),
                Some(u64::from(width)),
                "the viewport is really {width} px wide"
            );
            fill_in(c).await;
            assert_no_sideways_scroll(c, &format!("at {width} px")).await;
            if width != 320 {
                let png = c.screenshot().await.unwrap();
                std::fs::write(out.join(format!("widget-{width}-{scheme}.png")), png).unwrap();
            }
            browser.close().await;
        }
    }
}

/// Where an element inside the widget is: (top, bottom, display) in viewport pixels.
async fn place(c: &fantoccini::Client, selector: &str) -> (f64, f64, String) {
    let v = c
        .execute(
            "const el = document.querySelector('magnesium-calculator').shadowRoot.querySelector(arguments[0]);
             const r = el.getBoundingClientRect();
             return [r.top, r.bottom, getComputedStyle(el).display];",
            vec![selector.into()],
        )
        .await
        .unwrap();
    serde_json::from_value(v).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_phone_the_total_stays_in_view_while_the_reader_is_at_the_inputs() {
    let browser = Page::open("/", 360, 740).await;
    let c = &browser.client;
    fill_in(c).await;
    // Back up to the age field, far above the results.
    c.execute("document.querySelector('magnesium-calculator').shadowRoot.querySelector('#mc-age').scrollIntoView({block: 'center'})", vec![])
        .await
        .unwrap();
    let (results_top, _, _) = place(c, sel::RESULTS).await;
    assert!(results_top > 740.0, "the results are below the fold here ({results_top})");
    let (top, bottom, display) = place(c, sel::SUMMARY_BAR).await;
    assert_eq!(display, "block");
    assert!(top >= 0.0 && bottom <= 740.5, "summary bar at {top}..{bottom}");
    let text = wait_for_widget_text(c, 0, sel::SUMMARY_BAR, |t| !t.is_empty()).await;
    assert_eq!(text, "Total 634 mg, 198% of your RDA.");

    // Tabbing through the whole widget, no focused control hides under the bar.
    let mut seen = 0;
    for _ in 0..60 {
        let tab = fantoccini::actions::KeyActions::new("keyboard".into());
        use fantoccini::actions::InputSource;
        let key = char::from(fantoccini::key::Key::Tab);
        c.perform_actions(
            tab.then(fantoccini::actions::KeyAction::Down { value: key })
                .then(fantoccini::actions::KeyAction::Up { value: key }),
        )
        .await
        .unwrap();
        let overlap = c
            .execute(
                "const root = document.querySelector('magnesium-calculator').shadowRoot;
                 const el = root.activeElement; if (!el) return null;
                 const f = el.getBoundingClientRect(), b = root.querySelector('.mc-summary-bar').getBoundingClientRect();
                 return [el.id || el.textContent.trim().slice(0, 40), f.bottom > b.top && f.top < b.bottom];",
                vec![],
            )
            .await
            .unwrap();
        if let Ok((what, hidden)) = serde_json::from_value::<(String, bool)>(overlap) {
            assert!(!hidden, "focus on {what:?} is under the summary bar");
            seen += 1;
        }
    }
    assert!(seen > 20, "tabbed through {seen} controls");
    browser.close().await;

    let browser = Page::open("/", 1280, 1400).await;
    let c = &browser.client;
    fill_in(c).await;
    assert_eq!(
        place(c, sel::SUMMARY_BAR).await.2,
        "none",
        "desktop shows the results beside the inputs"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn printing_gives_a_one_page_summary() {
    // The calculator on its own page (the demo article around it prints too).
    let browser = Page::open("/widget.html", 1280, 1400).await;
    let c = &browser.client;
    fill_in(c).await;
    let pdf = c.print(fantoccini::wd::PrintConfiguration::default()).await.unwrap();
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("print.pdf"), &pdf).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    assert_eq!(pages, 1, "the printed page count");
    browser.close().await;
}

/// The quick estimate answered, in English and German: the questions and the
/// results, at phone and desktop widths, light and dark, for review; and no
/// sideways scrolling at 320 px.
#[tokio::test(flavor = "multi_thread")]
async fn estimate_screenshots_in_english_and_german_and_no_sideways_scroll_at_320() {
    let server = StaticServer::start(dist_dir());
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&out).unwrap();
    for lang in ["en", "de"] {
        for (width, height) in [(320, 1800), (360, 1800), (1280, 1500)] {
            for (scheme, setting) in [("light", "1"), ("dark", "0")] {
                let arg = format!("--blink-settings=preferredColorScheme={setting}");
                let path = format!("/widget.html?lang={lang}&age=34");
                let browser = Browser::open_page_at(&server, &path, width, height, &[&arg]).await;
                let c = &browser.client;
                for (group, frequency) in [(0, 2), (2, 1), (3, 3), (5, 3), (7, 4), (9, 3), (13, 4)]
                {
                    let label = format!("label[for=mc-q-{group}-{frequency}]");
                    harness::tap(&widget_find(c, 0, &label).await.unwrap()).await;
                }
                harness::widget::open_water(c).await;
                retype(&widget_find(c, 0, sel::WATER_LITRES).await.unwrap(), "1,5").await;
                retype(&widget_find(c, 0, sel::WATER_MG).await.unwrap(), "20").await;
                wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |t| !t.is_empty()).await;
                assert_no_sideways_scroll(c, &format!("in the estimate at {width} px ({lang})"))
                    .await;
                if width != 320 {
                    let name = format!("estimate-{lang}-{width}-{scheme}");
                    let results = widget_find(c, 0, sel::RESULTS).await.unwrap();
                    std::fs::write(
                        out.join(format!("{name}-results.png")),
                        results.screenshot().await.unwrap(),
                    )
                    .unwrap();
                    c.execute("window.scrollTo(0, 0)", vec![]).await.unwrap();
                    std::fs::write(
                        out.join(format!("{name}-top.png")),
                        c.screenshot().await.unwrap(),
                    )
                    .unwrap();
                }
                browser.close().await;
            }
        }
    }
}

/// The review list of "describe a day", for review: at 360 and 1280 px,
/// light and dark, in the four languages, with no sideways scrolling; then
/// the logged day with its everyday names and, on a new day, the recently
/// logged foods.
#[tokio::test(flavor = "multi_thread")]
async fn describe_a_day_review_and_recent_foods_screenshots_in_four_languages() {
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&out).unwrap();
    let days = [
        ("en", "2 slices of wholemeal bread, a banana\na handful of almonds\nbanana with grandmas xqzzv\nqwxyz"),
        ("es", "dos rebanadas de pan integral, un plátano\nun puñado de almendras\nplátano con xqzzv de la abuela\nqwxyz"),
        ("fr", "deux tranches de pain complet, une banane\nune poignée d'amandes\nbanane avec xqzzv de mamie\nqwxyz"),
        ("de", "zwei Scheiben Vollkornbrot, eine Banane\neine Handvoll Mandeln\nBanane mit Omas xqzzv\nqwxyz"),
    ];
    for (width, height) in [(360, 2200), (1280, 1500)] {
        for (scheme, setting) in [("light", "1"), ("dark", "0")] {
            for (lang, day) in days {
                let arg = format!("--blink-settings=preferredColorScheme={setting}");
                let page = Page::open_with(
                    &format!("/widget.html?lang={lang}&age=34&mode=log"),
                    width,
                    height,
                    &[&arg],
                )
                .await;
                let c = &page.client;
                harness::tap(&widget_find(c, 0, "[data-testid=describe] > summary").await.unwrap())
                    .await;
                widget_find(c, 0, "#mc-describe-text").await.unwrap().send_keys(day).await.unwrap();
                // (Chromium types "\n" as a new line; tests/e2e/all_engines/describe.rs pastes.)
                harness::tap(&widget_find(c, 0, "[data-testid=describe-read]").await.unwrap())
                    .await;
                wait_for_widget_text(c, 0, "[data-testid=describe-summary]", |t| !t.is_empty())
                    .await;
                c.execute(
                    "document.querySelector('magnesium-calculator').shadowRoot.querySelector('[data-testid=describe-review]').scrollIntoView({block: 'start'})",
                    vec![],
                )
                .await
                .unwrap();
                assert_no_sideways_scroll(c, &format!("review at {width} px, {lang}")).await;
                let png = c.screenshot().await.unwrap();
                std::fs::write(out.join(format!("describe-{lang}-{width}-{scheme}.png")), png)
                    .unwrap();
                // Logged, then a new day: the log in everyday names, the recent foods.
                harness::tap(&widget_find(c, 0, "[data-testid=describe-add-all]").await.unwrap())
                    .await;
                harness::tap(&widget_find(c, 0, "[data-testid=add-day]").await.unwrap()).await;
                wait_for_widget_text(c, 0, "[data-testid=recent-foods]", |t| !t.is_empty()).await;
                c.execute(
                    "document.querySelector('magnesium-calculator').shadowRoot.querySelector('[data-testid=recent-foods]').scrollIntoView({block: 'start'})",
                    vec![],
                )
                .await
                .unwrap();
                assert_no_sideways_scroll(c, &format!("recent foods at {width} px, {lang}")).await;
                let png = c.screenshot().await.unwrap();
                std::fs::write(out.join(format!("recent-{lang}-{width}-{scheme}.png")), png)
                    .unwrap();
                page.close().await;
            }
        }
    }
}

/// "Medicines and conditions" open with two notes, in English and Spanish,
/// at phone and desktop widths, light and dark, for review; and no sideways
/// scrolling at 320 px with the notes open.
#[tokio::test(flavor = "multi_thread")]
async fn medicines_screenshots_in_english_and_spanish() {
    let server = StaticServer::start(dist_dir());
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&out).unwrap();
    for lang in ["en", "es"] {
        for (width, height) in [(320, 2400), (360, 2400), (1280, 1600)] {
            for (scheme, setting) in [("light", "1"), ("dark", "0")] {
                if width == 320 && scheme == "dark" {
                    continue;
                }
                let arg = format!("--blink-settings=preferredColorScheme={setting}");
                let path = format!("/widget.html?lang={lang}&age=60&mode=log");
                let browser = Browser::open_page_at(&server, &path, width, height, &[&arg]).await;
                let c = &browser.client;
                tap(&widget_find(c, 0, "[data-testid=medicines] > summary").await.unwrap()).await;
                for id in [1, 3] {
                    let label = format!("label[for=mc-medicine-{id}]");
                    tap(&widget_find(c, 0, &label).await.unwrap()).await;
                }
                wait_for_widget_text(c, 0, "[data-testid=medicines] [role=status]", |t| {
                    !t.is_empty()
                })
                .await;
                assert_no_sideways_scroll(c, &format!("with the medicines open at {width} px"))
                    .await;
                if width != 320 {
                    let section = widget_find(c, 0, "[data-testid=medicines]").await.unwrap();
                    std::fs::write(
                        out.join(format!("medicines-{lang}-{width}-{scheme}.png")),
                        section.screenshot().await.unwrap(),
                    )
                    .unwrap();
                }
                browser.close().await;
            }
        }
    }
}

/// widget.html's opening screen before the wasm arrives and the app after
/// it, in English and German, light and dark, at 360 and 1280 px: two
/// pictures that should look alike (`opening-{lang}-{width}-{scheme}-{before,after}.png`).
#[tokio::test(flavor = "multi_thread")]
async fn opening_screen_screenshots_before_and_after_the_takeover() {
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&out).unwrap();
    for lang in ["en", "de"] {
        for width in [360, 1280] {
            for (scheme, setting) in [("light", "1"), ("dark", "0")] {
                let arg = format!("--blink-settings=preferredColorScheme={setting}");
                let path = format!("/widget.html?lang={lang}");
                let (browser, held) = Page::open_holding_wasm(&path, width, 1000, &[&arg]).await;
                let c = &browser.client;
                harness::widget::wait_for_opening_screen(c).await;
                assert_no_sideways_scroll(c, &format!("on the opening screen at {width} px")).await;
                let name = format!("opening-{lang}-{width}-{scheme}");
                std::fs::write(
                    out.join(format!("{name}-before.png")),
                    c.screenshot().await.unwrap(),
                )
                .unwrap();
                held.release();
                harness::wait_for_whole_widget(c, 0).await;
                std::fs::write(
                    out.join(format!("{name}-after.png")),
                    c.screenshot().await.unwrap(),
                )
                .unwrap();
                browser.close().await;
            }
        }
    }
}
