//! End-to-end: share links and "remember on this device".

use harness::widget::set_age;
use harness::widget::{log_control, sel};
use harness::Page;

use fantoccini::Client;
use harness::{
    add_food, add_supplement, click_button, dist_dir, retype, wait_for_widget_text, widget_find,
    Browser, StaticServer,
};

/// What the reader sees of their inputs and results.
async fn snapshot(c: &Client) -> serde_json::Value {
    c.execute(
        r#"const r = document.querySelector('magnesium-calculator').shadowRoot;
           const text = (s) => { const e = r.querySelector(s); return e ? e.textContent : null; };
           return {
             age: r.querySelector('#mc-age').value,
             unit: r.querySelector('#mc-age-unit').value,
             days: r.querySelectorAll('.mc-day').length,
             total: text('[data-testid=total-mg]'), food: text('[data-testid=food-mg]'), nonfood: text('[data-testid=nonfood-mg]'),
             summary: text('[data-testid=summary]'),
           };"#,
        vec![],
    )
    .await
    .unwrap()
}

async fn storage_keys(c: &Client) -> Vec<String> {
    let v = c.execute("return Object.keys(localStorage)", vec![]).await.unwrap();
    serde_json::from_value(v).unwrap()
}

/// Waits (up to 10 s) until local storage holds `count` keys: a tap returns
/// before the page has handled it in some engines (seen in WebKitGTK).
async fn wait_for_storage_keys(c: &Client, count: usize) -> Vec<String> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let keys = storage_keys(c).await;
        if keys.len() == count {
            return keys;
        }
        assert!(std::time::Instant::now() < deadline, "storage keys {keys:?}, want {count}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_copied_link_restores_the_same_inputs_in_a_fresh_browser() {
    let browser = Page::open("/", 1280, 1400).await;
    let server = &browser.server;
    let c = &browser.client;
    set_age(c, "34").await;
    add_food(
        c,
        "spinach boiled",
        "Spinach, cooked, boiled, drained, without salt",
        Some("1 cup (180 g)"),
        "0.5",
    )
    .await;
    harness::tap(&log_control(c, sel::QUICK_PICKS).await.unwrap()).await;
    click_button(c, 0, sel::QUICK_PICK, "Banana").await;
    widget_find(c, 0, sel::LAST_ENTRY_UNIT).await.unwrap().select_by_value("grams").await.unwrap();
    retype(&widget_find(c, 0, sel::LAST_ENTRY_AMOUNT).await.unwrap(), "200").await;
    click_button(c, 0, sel::DAY_BUTTONS, "Add a day").await;
    widget_find(c, 0, sel::NONFOOD_KIND).await.unwrap().select_by_value("medicine").await.unwrap();
    widget_find(c, 0, sel::NONFOOD_MODE).await.unwrap().select_by_value("compound").await.unwrap();
    add_supplement(c, "500").await;
    wait_for_widget_text(c, 0, sel::NONFOOD_MG, |t| t != "0 mg").await;
    let before = snapshot(c).await;

    click_button(c, 0, sel::SHARE_BUTTON, "Copy link").await;
    let link =
        widget_find(c, 0, sel::SHARE_LINK).await.unwrap().prop("value").await.unwrap().unwrap();
    assert!(link.starts_with(&server.url("/#mc3.")), "{link}");
    assert!(link.len() < 200, "{} characters", link.len());
    assert!(storage_keys(c).await.is_empty(), "sharing stores nothing");
    browser.close().await;

    let browser = Browser::start(1280, 1400).await;
    let c = &browser.client;
    c.goto(&link).await.unwrap();
    wait_for_widget_text(c, 0, sel::NONFOOD_MG, |t| t != "0 mg").await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == before["food"].as_str().unwrap()).await;
    assert_eq!(snapshot(c).await, before);
    assert!(widget_find(c, 0, sel::RESTORE_NOTES).await.is_err(), "nothing was left out");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn remembered_inputs_come_back_after_a_reload_and_forget_erases_them() {
    let browser = Page::open("/", 1280, 1400).await;
    let c = &browser.client;
    set_age(c, "52").await;
    harness::tap(&log_control(c, sel::QUICK_PICKS).await.unwrap()).await;
    click_button(c, 0, sel::QUICK_PICK, "Almonds").await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "79 mg").await;
    assert!(storage_keys(c).await.is_empty(), "nothing stored before the reader asks");

    harness::tap(&widget_find(c, 0, sel::REMEMBER).await.unwrap()).await;
    wait_for_storage_keys(c, 1).await;
    let before = snapshot(c).await;
    c.refresh().await.unwrap();
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "79 mg").await;
    assert_eq!(snapshot(c).await, before);
    assert_eq!(
        widget_find(c, 0, sel::REMEMBER).await.unwrap().prop("checked").await.unwrap().as_deref(),
        Some("true")
    );

    harness::tap(&widget_find(c, 0, sel::REMEMBER).await.unwrap()).await;
    wait_for_storage_keys(c, 0).await; // forget erases the stored copy
    c.refresh().await.unwrap();
    wait_for_widget_text(c, 0, sel::AGE, |_| true).await; // the widget, not its placeholder
    assert_eq!(snapshot(c).await["age"], "");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_link_says_so_and_an_ordinary_anchor_is_left_alone() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start(1280, 1400).await;
    let c = &browser.client;
    c.goto(&server.url("/#mc1.%3Cscript%3Ealert(1)%3C/script%3E")).await.unwrap();
    let note = wait_for_widget_text(c, 0, sel::RESTORE_NOTES, |t| !t.is_empty()).await;
    assert!(note.contains("damaged"), "{note}");
    set_age(c, "30").await;
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |t| t == "310").await;

    c.goto(&server.url("/#section-2")).await.unwrap();
    c.refresh().await.unwrap();
    harness::wait_for_whole_widget(c, 0).await;
    assert!(widget_find(c, 0, sel::RESTORE_NOTES).await.is_err());
    browser.close().await;
}
