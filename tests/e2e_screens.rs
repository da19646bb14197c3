//! End-to-end: screenshots of a filled-in widget at phone and desktop widths,
//! light and dark, written to target/screenshots/ for review; and checks
//! that nothing scrolls sideways at 320 px.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::{click_button, dist_dir, retype, wait_for_widget_text, widget_find, Browser, StaticServer};

async fn fill_in(c: &fantoccini::Client) {
    retype(&widget_find(c, 0, "#mc-age").await.unwrap(), "34").await;
    widget_find(c, 0, ".mc-quick-picks summary").await.unwrap().click().await.unwrap();
    click_button(c, 0, ".mc-pick", "Pumpkin seeds").await;
    click_button(c, 0, ".mc-pick", "Spinach, boiled").await;
    widget_find(c, 0, ".mc-quick-picks summary").await.unwrap().click().await.unwrap();
    retype(&widget_find(c, 0, "#mc-nonfood-amount").await.unwrap(), "400").await;
    widget_find(c, 0, "form.mc-group button[type=submit]").await.unwrap().click().await.unwrap();
    wait_for_widget_text(c, 0, "[data-testid=nonfood-mg]", |t| t == "400 mg").await;
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
            let browser = Browser::start_with(width, height, &[&arg]).await;
            let c = &browser.client;
            c.goto(&server.url("/")).await.unwrap();
            wait_for_widget_text(c, 0, "h2", |t| !t.is_empty()).await;
            let dark = c.execute("return matchMedia('(prefers-color-scheme: dark)').matches", vec![]).await.unwrap();
            assert_eq!(dark.as_bool(), Some(scheme == "dark"));
            let viewport = c.execute("return window.innerWidth", vec![]).await.unwrap();
            assert_eq!(viewport.as_u64(), Some(u64::from(width)), "the viewport is really {width} px wide");
            fill_in(c).await;
            let overflow = c
                .execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth", vec![])
                .await
                .unwrap();
            assert_eq!(overflow.as_i64(), Some(0), "horizontal scrolling at {width} px");
            if width != 320 {
                let png = c.screenshot().await.unwrap();
                std::fs::write(out.join(format!("widget-{width}-{scheme}.png")), png).unwrap();
            }
            browser.close().await;
        }
    }
}
