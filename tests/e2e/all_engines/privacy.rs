//! End-to-end privacy: after a full session of use, no cookie, nothing in any
//! browser storage, and no request to anyone but the widget's own origin.

use harness::widget::sel;
use harness::widget::set_age;
use harness::Page;

use harness::{add_food, add_supplement, wait_for_widget_text};

#[tokio::test(flavor = "multi_thread")]
async fn using_the_widget_leaves_no_cookie_no_storage_and_no_foreign_request() {
    let browser = Page::open("/", 1280, 1200).await;
    let server = &browser.server;
    let c = &browser.client;
    set_age(c, "41").await;
    add_food(c, "almonds", "Nuts, almonds", None, "1").await;
    add_supplement(c, "250").await;
    wait_for_widget_text(c, 0, sel::NONFOOD_MG, |t| t == "250 mg").await;

    let state = c
        .execute_async(
            // An async function of its own: only Chromium's driver allows a top-level await.
            r#"const done = arguments[0];
               (async () => {
                 const dbs = indexedDB.databases ? await indexedDB.databases() : [];
                 done({
                   cookie: document.cookie,
                   local: localStorage.length,
                   session: sessionStorage.length,
                   indexeddb: dbs.length,
                   caches: window.caches ? (await caches.keys()).length : 0,
                   requests: performance.getEntriesByType('resource').map(e => e.name),
                 });
               })();"#,
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(state["cookie"], "", "cookies: {state}");
    assert_eq!(state["local"], 0, "localStorage: {state}");
    assert_eq!(state["session"], 0, "sessionStorage: {state}");
    assert_eq!(state["indexeddb"], 0, "IndexedDB: {state}");
    assert_eq!(state["caches"], 0, "Cache Storage: {state}");
    let requests: Vec<String> = serde_json::from_value(state["requests"].clone()).unwrap();
    let origin = server.url("/");
    assert!(!requests.is_empty());
    assert!(requests.iter().all(|r| r.starts_with(&origin)), "requests elsewhere: {requests:?}");
    browser.close().await;
}
