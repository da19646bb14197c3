//! End-to-end: the built page in real Chromium, used as a reader would.

use harness::widget::{log_control, sel};
use harness::Page;

use fantoccini::Client;
use harness::{
    add_food, add_supplement, click_button, dist_dir, retype, wait_for_widget_text, widget_find,
    Browser, StaticServer,
};

async fn open() -> Page {
    Page::open("/", 1200, 1000).await
}

async fn type_age(c: &Client, age: &str) {
    let field = widget_find(c, 0, sel::AGE).await.unwrap();
    retype(&field, age).await;
}

const SEEDS: &str = "Seeds, pumpkin and squash seed kernels, roasted, with salt added";
const SPINACH: &str = "Spinach, cooked, boiled, drained, without salt";

#[tokio::test(flavor = "multi_thread")]
async fn a_woman_of_34_logs_seeds_spinach_and_a_400_mg_supplement() {
    let browser = open().await;
    let c = &browser.client;
    type_age(c, "34").await;
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |t| t == "320").await;

    add_food(c, "pumpkin seeds", SEEDS, Some("1 oz (28.35 g)"), "1").await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "156 mg").await;
    add_food(c, "spinach boiled", SPINACH, Some("1 cup (180 g)"), "1").await;
    // 155.9 + 156.6 mg, from USDA SR28 (data/usda/SOURCE.md spot checks).
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "313 mg").await;
    assert!(widget_find(c, 0, sel::UPPER_LEVEL_WARNING).await.is_err(), "no warning for food");

    add_supplement(c, "400").await;
    wait_for_widget_text(c, 0, sel::TOTAL_MG, |t| t == "713 mg").await;
    wait_for_widget_text(c, 0, sel::NONFOOD_MG, |t| t == "400 mg").await;
    let verdict = wait_for_widget_text(c, 0, sel::VERDICT, |t| !t.is_empty()).await;
    assert!(verdict.contains("meets the recommended amount"), "{verdict}");
    let warning = wait_for_widget_text(c, 0, sel::UPPER_LEVEL_WARNING, |t| !t.is_empty()).await;
    assert!(warning.contains("400 mg") && warning.contains("350 mg"), "{warning}");

    // Editing the supplement down to 300 mg (under the 350 mg upper level) removes the warning.
    let supplement_amount = widget_find(c, 0, sel::LAST_ENTRY_AMOUNT).await.unwrap();
    retype(&supplement_amount, "300").await;
    wait_for_widget_text(c, 0, sel::NONFOOD_MG, |t| t == "300 mg").await;
    assert!(widget_find(c, 0, sel::UPPER_LEVEL_WARNING).await.is_err());
    retype(&supplement_amount, "400").await;
    wait_for_widget_text(c, 0, sel::UPPER_LEVEL_WARNING, |t| !t.is_empty()).await;

    // A typo in an amount is explained next to it and the last valid total stays.
    let first_amount = widget_find(c, 0, sel::FIRST_ENTRY_AMOUNT).await.unwrap();
    retype(&first_amount, "two").await;
    wait_for_widget_text(c, 0, sel::FIRST_ENTRY_ERROR, |t| !t.is_empty()).await;
    wait_for_widget_text(c, 0, sel::TOTAL_MG, |t| t == "713 mg").await;
    assert_eq!(first_amount.prop("value").await.unwrap().as_deref(), Some("two"));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_magnesium_from_food_alone_raises_no_warning() {
    let browser = open().await;
    let c = &browser.client;
    type_age(c, "34").await;
    // 4.6 oz of pumpkin seeds: about 717 mg, all from food.
    add_food(c, "pumpkin seeds", SEEDS, Some("1 oz (28.35 g)"), "4.6").await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "717 mg").await;
    wait_for_widget_text(c, 0, sel::VERDICT, |t| t.contains("meets")).await;
    assert!(widget_find(c, 0, sel::UPPER_LEVEL_WARNING).await.is_err());
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pregnant_17_year_old_gets_the_pregnancy_rda() {
    let browser = open().await;
    let c = &browser.client;
    type_age(c, "17").await;
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |t| t == "360").await;
    widget_find(c, 0, sel::CONDITION).await.unwrap().select_by_value("pregnant").await.unwrap();
    // IOM 1997, pregnancy 14-18 y: RDA 400 mg (EAR 335).
    let line = wait_for_widget_text(c, 0, sel::REFERENCE_LINE, |t| t.contains("400")).await;
    assert!(line.contains("335"), "{line}");
    browser.close().await;
}

/// A reader who eats much the same each day copies a day and edits the copy.
#[tokio::test(flavor = "multi_thread")]
async fn a_copied_day_is_a_new_day_with_the_same_foods_to_edit() {
    let browser = open().await;
    let c = &browser.client;
    type_age(c, "34").await;
    assert!(widget_find(c, 0, sel::COPY_DAY).await.is_err(), "nothing to copy yet");
    add_food(c, "pumpkin seeds", SEEDS, Some("1 oz (28.35 g)"), "1").await;
    add_food(c, "spinach boiled", SPINACH, Some("1 cup (180 g)"), "1").await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "313 mg").await;
    let day_one = wait_for_widget_text(c, 0, sel::ENTRIES, |t| t.contains("Spinach")).await;
    harness::tap(&widget_find(c, 0, sel::COPY_DAY).await.unwrap()).await;
    wait_for_widget_text(c, 0, sel::CURRENT_DAY, |t| t == "Day 2").await;
    let day_two = wait_for_widget_text(c, 0, sel::ENTRIES, |t| !t.is_empty()).await;
    assert_eq!(day_two, day_one, "the copy holds the same foods and amounts");
    // Two days of 313 mg average 313 mg; halving the copy's spinach changes only day 2.
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "313 mg").await;
    retype(&widget_find(c, 0, sel::LAST_ENTRY_AMOUNT).await.unwrap(), "0.5").await;
    // (155.9 + 156.6 + 155.9 + 78.3) / 2 = 273.4 mg.
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "273 mg").await;
    click_button(c, 0, sel::DAY_BUTTONS, "Day 1").await;
    let back = wait_for_widget_text(c, 0, sel::ENTRIES, |t| t.contains("Spinach")).await;
    assert_eq!(back, day_one, "day 1 is unchanged");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_the_food_table_the_widget_still_works_and_says_what_failed() {
    let server = StaticServer::start_hiding(dist_dir(), &["magnesium-foods.bin"]);
    let browser = Browser::open_page(&server, 1200, 1000, &[]).await;
    let c = &browser.client;
    type_age(c, "30").await;
    harness::tap(&log_control(c, sel::QUICK_PICKS).await.unwrap()).await;
    click_button(c, 0, sel::QUICK_PICK, "Banana").await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "32 mg").await;
    harness::tap(&log_control(c, sel::FOOD_SEARCH).await.unwrap()).await;
    let failure = wait_for_widget_text(c, 0, sel::FOOD_TABLE_FAILED, |t| !t.is_empty()).await;
    assert!(failure.contains("could not be loaded") && failure.contains("404"), "{failure}");
    // The quick pick in grams instead of "1 medium": 200 g of banana at 27 mg/100 g.
    widget_find(c, 0, sel::FIRST_ENTRY_UNIT).await.unwrap().select_by_value("grams").await.unwrap();
    let amount = widget_find(c, 0, sel::FIRST_ENTRY_AMOUNT).await.unwrap();
    assert_eq!(
        amount.prop("value").await.unwrap().as_deref(),
        Some("118"),
        "1 medium banana is 118 g"
    );
    retype(&amount, "200").await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == "54 mg").await;
    add_supplement(c, "100").await;
    wait_for_widget_text(c, 0, sel::TOTAL_MG, |t| t == "154 mg").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_food_table_is_fetched_from_beside_the_widget_script_and_nothing_else_is() {
    let browser = open().await;
    let c = &browser.client;
    harness::tap(&log_control(c, sel::FOOD_SEARCH).await.unwrap()).await;
    retype(&log_control(c, sel::FOOD_SEARCH).await.unwrap(), "banana").await;
    click_button(c, 0, sel::FOOD_CHOICE, "Bananas, raw").await;
    let resources = c
        .execute("return performance.getEntriesByType('resource').map(e => e.name)", vec![])
        .await
        .unwrap();
    let names: Vec<String> = serde_json::from_value(resources).unwrap();
    let origin = browser.server.url("");
    assert!(
        names.iter().all(|n| n.starts_with(&origin)),
        "requests outside the widget's origin: {names:?}"
    );
    assert_eq!(
        names.iter().filter(|n| n.ends_with("/magnesium-foods.bin")).count(),
        1,
        "{names:?}"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_search_field_survives_choosing_a_food_and_searching_again() {
    // Regression: a flattened optional child made Yew replace the search
    // <input> when the portion form opened or closed, dropping focus mid-word.
    let browser = open().await;
    let c = &browser.client;
    let search = log_control(c, sel::FOOD_SEARCH).await.unwrap();
    retype(&search, "spinach").await;
    click_button(c, 0, sel::FOOD_CHOICE, "Spinach").await;
    retype(&search, "almonds").await; // fails with a stale element if the input was replaced
    assert_eq!(search.prop("value").await.unwrap().as_deref(), Some("almonds"));
    wait_for_widget_text(c, 0, sel::FOOD_RESULTS, |t| t.contains("almonds")).await;
    browser.close().await;
}
