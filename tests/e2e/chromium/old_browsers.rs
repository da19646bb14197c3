//! End-to-end: browsers that lack what the widget normally relies on get a
//! working widget through a fallback, or the element's own content: never a
//! blank box. WPE WebKit 2.38 is of the Safari 16.0 class (no constructable
//! stylesheets, no `light-dark()`, no `requestIdleCallback`); a page without
//! WebAssembly stands for a browser that cannot run the widget at all.
//!
//! Chromium only: and WPE WebKit, which it starts itself.

use harness::widget::sel;
use harness::{dist_dir, wait_for_whole_widget, widget_find, Browser, Engine, StaticServer};

#[tokio::test(flavor = "multi_thread")]
async fn in_a_safari_16_class_engine_the_widget_is_styled_and_works() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start_in(Engine::Wpe, 1280, 1400).await;
    let c = &browser.client;
    c.goto(&server.url("/test-pages/plain.html")).await.unwrap();
    // It is that engine: no constructable stylesheets, no light-dark().
    let features = c
        .execute(
            "let constructable = true; try { new CSSStyleSheet(); } catch (e) { constructable = false; }
             return [constructable, CSS.supports('color', 'light-dark(#000, #fff)')];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(features, serde_json::json!([false, false]), "not the old engine this test is for");
    // The widget renders, takes its reader's age, and shows the RDA.
    wait_for_whole_widget(c, 0).await;
    // Typed straight into the field: this engine's driver does not click
    // inside shadow roots.
    widget_find(c, 0, sel::AGE).await.unwrap().send_keys("34").await.unwrap();
    harness::widget::expect_reference_mg(c, "320").await;
    // Styled by the linked stylesheet, with the fallback palette: the card
    // has its surface colour and border, not the browser's defaults.
    let look = c
        .execute(
            "const root = document.querySelector('magnesium-calculator').shadowRoot;
             const s = getComputedStyle(root.querySelector('.mc'));
             return [s.backgroundColor, s.borderTopStyle, !!root.querySelector('link[rel=stylesheet]')];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(look, serde_json::json!(["rgb(255, 255, 255)", "solid", true]), "{look}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_webassembly_the_reader_gets_the_elements_own_message_and_link() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start(1280, 900).await;
    let c = &browser.client;
    c.goto(&server.url("/test-pages/no-wasm.html")).await.unwrap();
    // The shadow root shows the element's own content through a slot.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while widget_find(c, 0, "slot").await.is_err() {
        assert!(std::time::Instant::now() < deadline, "no slot for the element's own content");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let fallback = c.find(fantoccini::Locator::Css("#fallback")).await.unwrap();
    assert!(fallback.is_displayed().await.unwrap());
    let height = c
        .execute(
            "return document.querySelector('#fallback').getBoundingClientRect().height",
            vec![],
        )
        .await
        .unwrap();
    assert!(height.as_f64().unwrap() > 10.0, "the message takes space: {height}");
    let link = c.find(fantoccini::Locator::Css("#fallback a")).await.unwrap();
    assert!(link.attr("href").await.unwrap().unwrap().ends_with("widget.html"));
    browser.close().await;
}
