//! End-to-end: the built page in real Chromium, used as a reader would.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{dist_dir, retype, wait_for_widget_text, widget_find, Browser, StaticServer};

#[tokio::test(flavor = "multi_thread")]
async fn a_reader_types_age_and_sex_and_sees_their_reference() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start(1000, 800).await;
    let c = &browser.client;
    c.goto(&server.url("/")).await.unwrap();

    // The page's default: a 34-year-old woman under IOM 1997 -> RDA 320 mg.
    let shown = wait_for_widget_text(c, 0, "[data-testid=reference-mg]", |t| !t.is_empty()).await;
    assert_eq!(shown, "320");

    // She types 70 and picks "Male": IOM RDA for men 51-70 y is 420 mg.
    let age = widget_find(c, 0, "#mc-age").await.unwrap();
    retype(&age, "70").await;
    let sex = widget_find(c, 0, "#mc-sex").await.unwrap();
    assert_eq!(age.prop("value").await.unwrap().as_deref(), Some("70"));
    sex.select_by_value("male").await.unwrap();
    wait_for_widget_text(c, 0, "[data-testid=reference-mg]", |t| t == "420").await;

    // Letters in the age field: a clear message, and the text is kept.
    retype(&age, "seventy").await;
    let message = wait_for_widget_text(c, 0, "#mc-age-error", |t| !t.is_empty()).await;
    assert!(message.contains("digits"), "message was {message:?}");
    assert_eq!(age.prop("value").await.unwrap().as_deref(), Some("seventy"));

    browser.close().await;
}
