//! End-to-end: the calculator on its own page (widget.html) keeps working
//! without a network once visited, a new build replaces the offline copy on
//! the next visit, and a writer's page gets no service worker.
//!
//! Chromium only: it asks Chromium over CDP about the manifest and installability.

use harness::widget::{log_control, run, sel, wait_for_opening_screen};
use harness::Page;
use harness::{dist_dir, retype, wait_for_widget_text, Browser, Serve, StaticServer};

use fantoccini::Client;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// A copy of dist/ that a test may change, as a new build would.
fn copy_of_dist(name: &str) -> PathBuf {
    let to = std::env::temp_dir().join(format!("mc-offline-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&to);
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(dist_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
    to
}

/// Waits until the page is controlled by the calculator's service worker,
/// which has then cached every file it keeps.
async fn controlled(c: &Client) {
    c.execute_async(
        r#"const done = arguments[0];
           navigator.serviceWorker.ready.then(() => {
             if (navigator.serviceWorker.controller) done(true);
             else navigator.serviceWorker.addEventListener('controllerchange', () => done(true));
           });"#,
        vec![],
    )
    .await
    .unwrap();
}

async fn cache_names(c: &Client) -> Vec<String> {
    let names = c
        .execute_async("const done = arguments[0]; caches.keys().then(done);", vec![])
        .await
        .unwrap();
    serde_json::from_value(names).unwrap()
}

/// How many service workers this origin has registered.
async fn registrations(c: &Client) -> u64 {
    c.execute_async(
        "const done = arguments[0]; navigator.serviceWorker.getRegistrations().then(r => done(r.length));",
        vec![],
    )
    .await
    .unwrap()
    .as_u64()
    .unwrap()
}

fn replace_in(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn once_visited_the_calculator_works_with_the_network_gone() {
    let down = Arc::new(AtomicBool::new(false));
    let server =
        StaticServer::start_serving(dist_dir(), Serve { down: down.clone(), ..Serve::default() });
    let browser = Browser::open_page_at(&server, "/widget.html?age=34", 1280, 1200, &[]).await;
    let c = &browser.client;
    controlled(c).await;

    down.store(true, Ordering::SeqCst);
    // The server is really gone: a file the worker does not keep fails.
    let gone = c
        .execute_async(
            "const done = arguments[0]; fetch('/snippets.html').then(() => done('answered'), () => done('failed'));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(gone, "failed");
    c.refresh().await.unwrap();
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |t| t == "320").await;
    // The food search works: the food table came from the offline copy.
    retype(&log_control(c, sel::FOOD_SEARCH).await.unwrap(), "almonds").await;
    wait_for_widget_text(c, 0, sel::FOOD_RESULTS, |t| t.contains("Nuts, almonds")).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_build_replaces_the_offline_copy_on_the_next_visit() {
    let folder = copy_of_dist("update");
    let server = StaticServer::start(folder.clone());
    let browser = Browser::open_page_at(&server, "/widget.html", 1280, 1200, &[]).await;
    let c = &browser.client;
    controlled(c).await;
    let first = cache_names(c).await;
    assert_eq!(first.len(), 1, "{first:?}");

    // A new build: another page, and a service worker with another version.
    replace_in(
        &folder.join("widget.html"),
        "<title>Magnesium calculator</title>",
        "<title>Magnesium calculator, new build</title>",
    );
    let sw = std::fs::read_to_string(folder.join("magnesium-calculator-sw.js")).unwrap();
    let version =
        sw.split("const VERSION = '").nth(1).unwrap().split('\'').next().unwrap().to_string();
    replace_in(&folder.join("magnesium-calculator-sw.js"), &version, "0123456789abcdef");

    c.goto(&server.url("/widget.html")).await.unwrap();
    assert_eq!(c.title().await.unwrap(), "Magnesium calculator, new build");
    // The new worker takes over and keeps only its own cache.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let names = cache_names(c).await;
        if names == ["magnesium-calculator-0123456789abcdef"] {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "caches: {names:?} (first {first:?})");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // The offline copy is the new page.
    let cached = c
        .execute_async(
            "const done = arguments[0]; caches.match(new URL('widget.html', location.href).href).then(r => r.text()).then(done);",
            vec![],
        )
        .await
        .unwrap();
    assert!(cached.as_str().unwrap().contains("new build"));
    browser.close().await;
    let _ = std::fs::remove_dir_all(&folder);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_writers_page_gets_no_service_worker() {
    let browser = Page::open("/", 1280, 900).await;
    let c = &browser.client;
    wait_for_widget_text(c, 0, sel::AGE, |_| true).await;
    harness::page_settled(c).await;
    assert_eq!(registrations(c).await, 0, "the demo article registered a service worker");
    // widget.html inside a frame (as a writer embeds it) registers none either.
    c.execute(
        "const f = document.createElement('iframe'); f.id = 'frame'; f.src = 'widget.html'; document.body.append(f);",
        vec![],
    )
    .await
    .unwrap();
    // Until the framed widget has rendered (its page's scripts have all run),
    // then until the page has settled (a registration would have been made).
    c.execute_async(
        r#"const done = arguments[0];
           const poll = () => {
             const doc = document.getElementById('frame').contentDocument;
             const host = doc && doc.querySelector('magnesium-calculator');
             if (host && host.shadowRoot && host.shadowRoot.querySelector('#mc-age')) done(true);
             else setTimeout(poll, 20);
           };
           poll();"#,
        vec![],
    )
    .await
    .unwrap();
    harness::page_settled(c).await;
    assert_eq!(registrations(c).await, 0, "widget.html in a frame registered a service worker");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_calculators_own_page_is_installable_as_an_app() {
    let browser = Page::open("/widget.html", 1280, 1200).await;
    let c = &browser.client;
    controlled(c).await;
    // Chromium's own installability check (what its install prompt uses).
    let result = browser.cdp("Page.getInstallabilityErrors", serde_json::json!({})).await;
    assert_eq!(result["installabilityErrors"], serde_json::json!([]), "{result}");
    let manifest = browser.cdp("Page.getAppManifest", serde_json::json!({})).await;
    assert!(manifest["errors"].as_array().is_none_or(|e| e.is_empty()), "{manifest}");
    browser.close().await;
}

/// The worker's first download of every file would compete with the
/// calculator's start for the reader's CPU, so widget.html registers it only
/// once the app is interactive. With the wasm held back, the page loads and
/// goes idle, and no registration is made; once the app is in, exactly one
/// is, after the app's "interactive" mark, and the worker takes control.
#[tokio::test(flavor = "multi_thread")]
async fn the_offline_worker_is_registered_only_once_the_calculator_has_started() {
    let (browser, held) = Page::open_holding_wasm("/widget.html", 1280, 1000, &[]).await;
    let c = &browser.client;
    wait_for_opening_screen(c).await;
    // From now on, each registration notes whether the app had started.
    run(
        c,
        "window.__registered = [];
         const register = ServiceWorkerContainer.prototype.register;
         ServiceWorkerContainer.prototype.register = function (...args) {
           window.__registered.push(performance.getEntriesByName('magnesium-calculator:interactive').length > 0);
           return register.apply(this, args);
         };",
    )
    .await;
    // Loaded and idle (when the worker used to be registered), the wasm still held.
    c.execute_async(
        "const done = arguments[0];
         const idle = () => requestIdleCallback(() => requestIdleCallback(() => done(true)));
         if (document.readyState === 'complete') idle(); else addEventListener('load', idle, { once: true });",
        vec![],
    )
    .await
    .unwrap();
    assert_eq!(run(c, "return window.__registered").await, serde_json::json!([]));
    assert_eq!(registrations(c).await, 0, "a worker was registered before the app started");
    held.release();
    controlled(c).await;
    assert_eq!(run(c, "return window.__registered").await, serde_json::json!([true]));
    browser.close().await;
}
