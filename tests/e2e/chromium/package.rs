//! End-to-end: the npm package, as a public CDN would serve it. `npm pack`
//! makes the tarball from dist/; it is unpacked at a CDN-like path
//! (`/npm/<name>@<version>/`, with CORS) on one loopback origin, and a
//! writer's page on another origin, under a strict Content Security Policy,
//! embeds the widget with one script tag.
//!
//! Chromium only: the package is packed with npm pack and served once.

use harness::widget::set_age;
use harness::widget::{add_food, sel};
use harness::{
    dist_dir, wait_for_whole_widget, wait_for_widget_text, Browser, Serve, StaticServer,
};

use serde_json::json;
use std::process::Command;

fn run(command: &mut Command) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(out.status.success(), "{command:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_packed_widget_works_from_a_cdn_path_on_another_origin_under_a_strict_csp() {
    let version = env!("CARGO_PKG_VERSION");
    let work = std::env::temp_dir().join(format!("mc-package-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let folder = work.join("cdn/npm").join(format!("magnesium-calculator@{version}"));
    std::fs::create_dir_all(&folder).unwrap();
    // npm pack writes the tarball and prints its name; no install step runs.
    let tarball = run(Command::new("npm")
        .args(["pack", "--ignore-scripts", "--pack-destination"])
        .arg(&work)
        .current_dir(dist_dir()));
    let tarball = work.join(tarball.trim().lines().last().unwrap());
    run(Command::new("tar")
        .arg("-xzf")
        .arg(&tarball)
        .arg("--strip-components=1")
        .arg("-C")
        .arg(&folder));

    let cdn = StaticServer::start_serving(
        work.join("cdn"),
        Serve { headers: vec!["Access-Control-Allow-Origin: *".into()], ..Serve::default() },
    );
    let package_url = format!("{}/npm/magnesium-calculator@{version}", cdn.origin());
    let policy = format!(
        "Content-Security-Policy: default-src 'self'; script-src 'self' {0} 'wasm-unsafe-eval'; connect-src 'self' {0}; style-src 'self' {0}",
        cdn.origin()
    );
    let article = StaticServer::start_serving(
        std::env::temp_dir(),
        Serve {
            headers: vec![policy],
            substitutions: vec![("PACKAGE_URL".into(), package_url.clone())],
            ..Serve::default()
        },
    );
    let browser = Browser::start(1280, 1200).await;
    let c = &browser.client;
    c.goto(&article.url("/test-pages/cdn.html")).await.unwrap();
    wait_for_whole_widget(c, 0).await;
    set_age(c, "34").await;
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |t| t == "320").await;
    add_food(c, "almonds", "Nuts, almonds", None, "1").await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t.ends_with(" mg") && t != "0 mg").await;

    let requests = c
        .execute("return performance.getEntriesByType('resource').map(e => e.name)", vec![])
        .await
        .unwrap();
    let requests: Vec<String> = serde_json::from_value(requests).unwrap();
    // The food table came from the package's folder, and nothing went anywhere else.
    assert!(requests.contains(&format!("{package_url}/magnesium-foods.bin")), "{requests:?}");
    assert!(
        requests.iter().all(|r| r.starts_with(&package_url) || r.starts_with(&article.origin())),
        "{requests:?}"
    );
    let loader_version = c
        .execute("return customElements.get('magnesium-calculator').version", vec![])
        .await
        .unwrap();
    assert_eq!(loader_version, json!(version));
    let violations = c.execute("return window.violations", vec![]).await.unwrap();
    assert_eq!(violations, json!([]), "CSP violations");
    browser.close().await;
    let _ = std::fs::remove_dir_all(&work);
}
