//! End-to-end: a reader saves their log as a file and opens it in another
//! browser (same inputs, same figures), downloads it for a spreadsheet, and a
//! file that is not a saved log changes nothing and says why.
//!
//! Chromium only: it saves files through ChromeDriver's download folder.

use harness::widget::{add_food, add_supplement, sel};
use harness::Page;
use harness::{dist_dir, wait_for_widget_text, widget_find, Browser, StaticServer};

use fantoccini::Client;
use magnesium_calculator::ui::i18n::Lang;
use std::path::{Path, PathBuf};

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mc-files-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Waits (up to 15 s) until the browser has finished writing a download.
async fn downloaded(path: &Path) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        if let Ok(text) = std::fs::read_to_string(path) {
            if !text.is_empty() {
                return text;
            }
        }
        assert!(std::time::Instant::now() < deadline, "{} was not downloaded", path.display());
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

async fn figures(c: &Client) -> Vec<String> {
    let mut out =
        vec![widget_find(c, 0, sel::AGE).await.unwrap().prop("value").await.unwrap().unwrap()];
    for s in [sel::TOTAL_MG, sel::FOOD_MG, sel::NONFOOD_MG, sel::REFERENCE_MG] {
        out.push(widget_find(c, 0, s).await.unwrap().text().await.unwrap());
    }
    out
}

async fn open_file(c: &Client, path: &Path) {
    widget_find(c, 0, "#mc-open-file")
        .await
        .unwrap()
        .send_keys(&path.display().to_string())
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_saved_log_opens_with_the_same_inputs_and_figures_in_a_fresh_browser() {
    let server = StaticServer::start(dist_dir());
    let downloads = folder("save");
    let t = Lang::En.messages();
    let browser = Browser::start_with_downloads(1280, 1400, &downloads).await;
    let c = &browser.client;
    c.goto(&server.url("/widget.html?age=34")).await.unwrap();
    add_food(c, "almonds", "Nuts, almonds", None, "1").await;
    add_supplement(c, "250").await;
    wait_for_widget_text(c, 0, sel::NONFOOD_MG, |s| s == "250 mg").await;
    let before = figures(c).await;
    harness::click_button(c, 0, ".mc-files button", t.save_file).await;
    let saved = downloaded(&downloads.join("magnesium-log.json")).await;
    assert!(saved.contains("\"format\": \"magnesium-calculator-log\""), "{saved}");
    harness::click_button(c, 0, ".mc-files button", "CSV").await;
    let csv = downloaded(&downloads.join("magnesium-log.csv")).await;
    assert!(csv.contains("Nuts, almonds") && csv.contains(&t.csv_day_total(1)), "{csv}");
    browser.close().await;

    // Another browser, nothing remembered: open the file.
    let browser = Page::open("/widget.html", 1280, 1400).await;
    let c = &browser.client;
    open_file(c, &downloads.join("magnesium-log.json")).await;
    wait_for_widget_text(c, 0, "[data-testid=file-status]", |s| s == t.file_opened).await;
    wait_for_widget_text(c, 0, sel::NONFOOD_MG, |s| s == "250 mg").await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |s| s == before[2]).await;
    assert_eq!(figures(c).await, before);
    browser.close().await;
    let _ = std::fs::remove_dir_all(&downloads);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_that_is_not_a_saved_log_changes_nothing_and_says_why() {
    let files = folder("bad");
    let t = Lang::En.messages();
    let browser = Page::open("/widget.html?age=34", 1280, 1400).await;
    let c = &browser.client;
    harness::widget::choose_log(c).await;
    add_supplement(c, "250").await;
    wait_for_widget_text(c, 0, sel::NONFOOD_MG, |s| s == "250 mg").await;
    let before = figures(c).await;
    let cases = [
        ("spreadsheet.csv", "ndb_id,description\n09040,Bananas\n".to_string(), t.file_not_ours),
        (
            "newer.json",
            "{\"format\": \"magnesium-calculator-log\", \"version\": 7, \"inputs\": \"mc7.AA\"}"
                .into(),
            t.file_newer,
        ),
        (
            "damaged.json",
            "{\"format\": \"magnesium-calculator-log\", \"version\": 1, \"inputs\": \"mc2.@@@\"}"
                .into(),
            t.file_damaged,
        ),
        ("huge.json", " ".repeat(200_000), t.file_too_large),
    ];
    for (name, text, message) in cases {
        let path = files.join(name);
        std::fs::write(&path, text).unwrap();
        open_file(c, &path).await;
        wait_for_widget_text(c, 0, "[data-testid=file-status]", |s| s == message).await;
        assert_eq!(figures(c).await, before, "{name} changed the inputs");
    }
    browser.close().await;
    let _ = std::fs::remove_dir_all(&files);
}
