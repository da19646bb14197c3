//! End-to-end: widget.html's first paint is the calculator, before the wasm
//! arrives: its title and age field, styled, are in the DOM the first
//! contentful paint shows, on a phone-speed CPU.
//!
//! Chromium only: the CPU is slowed 4x through DevTools (CDP), which only
//! Chromium offers; the opening screen itself is tested in every engine
//! (all_engines/opening.rs).

use harness::widget::wait_until;
use harness::{Browser, StaticServer};
use magnesium_calculator::ui::i18n::Lang;
use serde_json::{json, Value};

/// Added before the page's own scripts: when the first contentful paint is
/// reported (after that paint, before anything else runs), notes what the
/// calculator's shadow root held.
const AT_FIRST_PAINT: &str = r#"
new PerformanceObserver((list, observer) => {
  if (!list.getEntriesByName('first-contentful-paint').length) return;
  observer.disconnect();
  const root = document.querySelector('magnesium-calculator')?.shadowRoot;
  const title = root?.querySelector('h1.mc-title');
  const age = root?.querySelector('#mc-age');
  const box = age?.getBoundingClientRect();
  window.__atFirstPaint = {
    title: title?.textContent ?? null,
    titleWeight: title ? getComputedStyle(title).fontWeight : null,
    ageLabel: root?.querySelector('label[for=mc-age]')?.textContent ?? null,
    ageShown: !!box && box.width > 0 && box.height > 0 && box.top < innerHeight,
    ageBorder: age ? getComputedStyle(age).borderTopStyle : null,
    wasmArrived: performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm') && e.responseEnd > 0),
  };
}).observe({ type: 'paint', buffered: true });
"#;

#[tokio::test(flavor = "multi_thread")]
async fn the_first_paint_shows_the_title_and_the_age_field_before_the_wasm() {
    for (lang, width) in [(Lang::En, 360), (Lang::De, 1280)] {
        let (server, held) = StaticServer::start_holding_wasm();
        let browser = Browser::start(width, 800).await;
        browser.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 })).await;
        browser
            .cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": AT_FIRST_PAINT }))
            .await;
        let c = &browser.client;
        c.goto(&server.url(&format!("/widget.html?lang={}", lang.code()))).await.unwrap();
        wait_until(c, "the first contentful paint", "return !!window.__atFirstPaint").await;
        let painted = c.execute("return window.__atFirstPaint", vec![]).await.unwrap();
        let t = lang.messages();
        assert_eq!(painted["title"], Value::from(t.title), "{painted}");
        assert_eq!(painted["ageLabel"], Value::from(t.age), "{painted}");
        assert_eq!(painted["ageShown"], Value::Bool(true), "{painted}");
        // The widget's own stylesheet was there: its title weight and its
        // fields' solid border, not the browser's defaults (700, inset).
        assert_eq!(painted["titleWeight"], Value::from("750"), "{painted}");
        assert_eq!(painted["ageBorder"], Value::from("solid"), "{painted}");
        assert_eq!(painted["wasmArrived"], Value::Bool(false), "{painted}");
        held.release();
        browser.close().await;
    }
}
