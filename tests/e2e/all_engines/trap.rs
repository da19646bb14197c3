//! The "stopped" notice, proved with a build that traps on purpose
//! (`--features trap-test`, built by scripts/test into target/dist-trap). The
//! release build aborts at once on a panic, so no Rust can show anything: the
//! loader sees the WebAssembly trap and replaces every widget on the page with
//! a notice in its own language, whether the trap came from a call of the
//! loader's (mount) or from a handler the browser called (a click).

use harness::widget::sel;

use fantoccini::Locator;
use harness::{built_folder, tap, wait_for_widget_text, widget_find, Browser, Serve, StaticServer};
use std::path::PathBuf;

/// The trapping build; MC_TRAP_DIST points at another one.
fn trap_dist_dir() -> PathBuf {
    built_folder("MC_TRAP_DIST", "target/dist-trap", "magnesium-calculator.js")
}

/// The page of three widgets (English, German, French), the first with `trap`.
fn page(trap: &str) -> StaticServer {
    StaticServer::start_serving(
        trap_dist_dir(),
        Serve { substitutions: vec![("TRAP".into(), trap.into())], ..Serve::default() },
    )
}

/// Each widget's notice (`role=alert`) says it stopped, in its own language,
/// and nothing of the calculator is left to use.
async fn every_widget_shows_the_notice(c: &fantoccini::Client) {
    for (widget, words) in
        [(0, "Reload the page"), (1, "Laden Sie die Seite neu"), (2, "Rechargez la page")]
    {
        let notice =
            wait_for_widget_text(c, widget, ".mc-crashed[role=alert]", |t| t.contains(words)).await;
        assert!(!notice.contains('{'), "a template left unfilled: {notice}");
        assert!(
            widget_find(c, widget, sel::AGE).await.is_err(),
            "widget {widget} still shows its form after the trap"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_trap_in_a_click_handler_stops_every_widget_with_a_notice_in_its_language() {
    let server = page("click");
    let browser = Browser::start(1280, 1200).await;
    let c = &browser.client;
    c.goto(&server.url("/test-pages/trap.html")).await.unwrap();
    // Each widget scrolled to (they load when near the screen) and running.
    for widget in 0..3 {
        c.execute(
            "document.querySelectorAll('magnesium-calculator')[arguments[0]].scrollIntoView()",
            vec![widget.into()],
        )
        .await
        .unwrap();
        wait_for_widget_text(c, widget, sel::RENDERED, |_| true).await;
    }
    // Before the trap every widget works: no notice anywhere.
    let hosts = c.find_all(Locator::Css("magnesium-calculator")).await.unwrap();
    for host in &hosts {
        let root = host.shadow_root().await.unwrap();
        assert!(root.find_all(Locator::Css(".mc-crashed")).await.unwrap().is_empty());
    }
    tap(&widget_find(c, 0, sel::AGE).await.unwrap()).await;
    every_widget_shows_the_notice(c).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_trap_while_mounting_stops_every_widget_with_a_notice_in_its_language() {
    let server = page("mount");
    let browser = Browser::start(1280, 1200).await;
    let c = &browser.client;
    c.goto(&server.url("/test-pages/trap.html")).await.unwrap();
    every_widget_shows_the_notice(c).await;
    browser.close().await;
}
