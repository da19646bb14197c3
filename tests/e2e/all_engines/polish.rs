//! End-to-end: what a first-time reader tripped over, each fixed and held
//! by a test that the old behaviour fails: the search after adding, the
//! upper level as a number, the gap list's heading, the reader's own
//! reference first, an impossible amount, the chart's labels, a link opened
//! in the same tab, and days left out of the average.

use harness::widget::{choose_log, sel};
use harness::Page;

use fantoccini::Client;
use harness::{add_food, click_button, retype, wait_for_widget_text, widget_find};
use magnesium_calculator::model::assessment::UpperLevelCheck;
use magnesium_calculator::model::input::InputError;
use magnesium_calculator::model::intake::AmountError;
use magnesium_calculator::model::share::{encode, SharedInputs};
use magnesium_calculator::model::Standard;
use magnesium_calculator::ui::i18n::Lang;

const SEEDS: &str = "Seeds, pumpkin and squash seed kernels, roasted, with salt added";

async fn open_log(path: &str, width: u32) -> Page {
    let page = Page::open(path, width, 1400).await;
    choose_log(&page.client).await;
    page
}

async fn value(c: &Client, selector: &str) -> String {
    widget_find(c, 0, selector).await.unwrap().prop("value").await.unwrap().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn after_adding_a_food_the_search_is_cleared_and_the_addition_confirmed_there() {
    let browser = open_log("/widget.html?age=34", 1280).await;
    let c = &browser.client;
    add_food(c, "pumpkin seeds", SEEDS, Some("1 oz (28.35 g)"), "1").await;
    let t = Lang::En.messages();
    // Confirmed under its everyday name ("Pumpkin seeds, roasted, salted").
    let name = t.food_name(magnesium_calculator::model::food_table::FoodId(12516), SEEDS);
    assert_ne!(name, SEEDS, "the seeds have an everyday name");
    let confirmed = t.food_added(name, 155.925);
    wait_for_widget_text(c, 0, "[data-testid=food-added]", |s| s == confirmed).await;
    assert_eq!(value(c, sel::FOOD_SEARCH).await, "", "the query is cleared");
    assert!(widget_find(c, 0, sel::FOOD_RESULTS).await.is_err(), "the results are gone");
    let focused = c
        .execute(
            "return document.querySelector('magnesium-calculator').shadowRoot.activeElement?.id",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(focused.as_str(), Some("mc-food-search"), "the keyboard is back in the search");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_upper_level_is_a_number_that_says_what_it_covers() {
    let browser = open_log("/widget.html?age=34", 1280).await;
    let c = &browser.client;
    let t = Lang::En.messages();
    let ul = |upper_level_mg, includes_water| UpperLevelCheck {
        upper_level_mg,
        highest_day_nonfood_mg: 0.0,
        includes_water,
        exceeded: false,
    };
    // IOM, nothing taken yet: 350 mg, supplements and medicines only.
    let iom = t.upper_level_line(&ul(350.0, false));
    wait_for_widget_text(c, 0, "[data-testid=upper-level]", |s| s == iom).await;
    widget_find(c, 0, "#mc-standard").await.unwrap().select_by_value("EFSA-2015").await.unwrap();
    let efsa = t.upper_level_line(&ul(250.0, true));
    wait_for_widget_text(c, 0, "[data-testid=upper-level]", |s| s == efsa).await;
    assert!(efsa.contains("water"));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_gap_list_says_what_it_is_and_the_own_reference_leads() {
    let browser = open_log("/widget.html?age=34", 1280).await;
    let c = &browser.client;
    let t = Lang::En.messages();
    // Nothing logged: 320 mg to go, and the list is of foods that help, not foods that close it.
    let heading = t.gap_line(320.0);
    wait_for_widget_text(c, 0, ".mc-gap p", |s| s == heading).await;
    assert!(heading.contains("help"));
    // Total first, then the reader's own reference; the Daily Value last, explained.
    let labels = c
        .execute(
            "return [...document.querySelector('magnesium-calculator').shadowRoot.querySelectorAll('.mc-totals dt')].map(d => d.textContent)",
            vec![],
        )
        .await
        .unwrap();
    let labels: Vec<String> = serde_json::from_value(labels).unwrap();
    assert_eq!(
        labels[1],
        t.percent_of(magnesium_calculator::model::ValueKind::Rda { ear_mg: 265.0 })
    );
    assert!(labels.last().unwrap().contains("Daily Value"), "{labels:?}");
    wait_for_widget_text(c, 0, "[data-testid=daily-value-note]", |s| s == t.daily_value_note).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_impossible_amount_shows_its_message_before_add_not_a_figure() {
    let browser = open_log("/widget.html", 1280).await;
    let c = &browser.client;
    retype(&widget_find(c, 0, sel::FOOD_SEARCH).await.unwrap(), "pumpkin seeds").await;
    click_button(c, 0, sel::FOOD_CHOICE, SEEDS).await;
    widget_find(c, 0, sel::FOOD_PORTION).await.unwrap().select_by_value("grams").await.unwrap();
    retype(&widget_find(c, 0, sel::FOOD_AMOUNT).await.unwrap(), "1000000000").await;
    let t = Lang::En.messages();
    let message = t.input_error(&InputError::Amount(AmountError::TooLarge { max: 10_000.0 }));
    wait_for_widget_text(c, 0, sel::FOOD_AMOUNT_ERROR, |s| s == message).await;
    let preview = widget_find(c, 0, ".mc-preview").await.unwrap().text().await.unwrap();
    assert!(preview.is_empty(), "no figure for an impossible amount: {preview:?}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn at_320_px_the_chart_labels_are_legible_translated_and_show_their_values() {
    let browser = open_log("/widget.html?age=34&lang=de", 320).await;
    let c = &browser.client;
    let t = Lang::De.messages();
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |s| s == "320").await;
    let labels = c
        .execute(
            "return [...document.querySelector('magnesium-calculator').shadowRoot.querySelectorAll('.mc-chart .mc-marker text')].map(e => [e.textContent, e.getBoundingClientRect().height])",
            vec![],
        )
        .await
        .unwrap();
    let labels: Vec<(String, f64)> = serde_json::from_value(labels).unwrap();
    let texts: Vec<&str> = labels.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        texts,
        [
            t.chart_value(t.chart_ear, 265.0),
            t.chart_value(t.rda_short, 320.0),
            t.chart_value(t.chart_upper, 350.0)
        ]
    );
    for (text, height) in &labels {
        assert!(*height >= 11.0, "{text} is {height} px tall");
    }
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_link_opened_in_a_tab_already_showing_the_page_is_restored() {
    let browser = Page::open("/widget.html", 1280, 1400).await;
    let c = &browser.client;
    let inputs = SharedInputs {
        age_milli: Some((61_000, magnesium_calculator::model::share::AgeGiven::Years)),
        standard: Standard::Nnr2023,
        ..SharedInputs::default()
    };
    c.execute(&format!("location.hash = '{}'", encode(&inputs)), vec![]).await.unwrap();
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |s| s == "300").await; // NNR 2023, women: 300 mg
    assert_eq!(value(c, sel::AGE).await, "61");
    // A damaged one says so.
    c.execute("location.hash = 'mc2.@@@'", vec![]).await.unwrap();
    wait_for_widget_text(c, 0, sel::RESTORE_NOTES, |s| s.contains("damaged")).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn days_with_nothing_logged_are_said_to_be_left_out_of_the_average() {
    let browser = open_log("/widget.html?age=34", 1280).await;
    let c = &browser.client;
    add_food(c, "pumpkin seeds", SEEDS, Some("1 oz (28.35 g)"), "1").await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |s| s == "156 mg").await;
    click_button(c, 0, sel::DAY_BUTTONS, "Add a day").await;
    let t = Lang::En.messages();
    let note = t.empty_days_left_out(1, 2);
    wait_for_widget_text(c, 0, "[data-testid=empty-days]", |s| s == note).await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |s| s == "156 mg").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reader_can_search_in_their_own_language() {
    for (lang, query) in
        [("de", "Kürbiskerne"), ("es", "pipas de calabaza"), ("fr", "graines de courge")]
    {
        let browser = open_log(&format!("/widget.html?lang={lang}"), 1280).await;
        let c = &browser.client;
        retype(&widget_find(c, 0, sel::FOOD_SEARCH).await.unwrap(), query).await;
        let results = wait_for_widget_text(c, 0, sel::FOOD_RESULTS, |s| !s.is_empty()).await;
        assert!(results.contains("pumpkin"), "{lang} {query}: {results}");
        browser.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_banana_is_offered_as_one_medium_banana_and_its_label_is_whole() {
    let browser = open_log("/widget.html?age=34", 360).await;
    let c = &browser.client;
    retype(&widget_find(c, 0, sel::FOOD_SEARCH).await.unwrap(), "banana").await;
    click_button(c, 0, sel::FOOD_CHOICE, "Bananas, raw").await;
    let selected = c
        .execute(
            "const s = document.querySelector('magnesium-calculator').shadowRoot.querySelector('#mc-food-portion'); return s.options[s.selectedIndex].text",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(selected.as_str(), Some("1 medium (7\" to 7-7/8\" long) (118 g)"));
    harness::tap(&widget_find(c, 0, sel::FOOD_ADD).await.unwrap()).await;
    // 118 g at 27 mg/100 g.
    wait_for_widget_text(c, 0, sel::FOOD_MG, |s| s == "32 mg").await;
    // In the log, the portion's label is shown whole: its select is as wide as its text.
    let fits = c
        .execute(
            "const s = document.querySelector('magnesium-calculator').shadowRoot.querySelector('.mc-entries li select'); \
             const c = document.createElement('canvas').getContext('2d'); c.font = getComputedStyle(s).font; \
             return c.measureText(s.options[s.selectedIndex].text).width <= s.clientWidth",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(fits.as_bool(), Some(true), "the portion label is cut");
    browser.close().await;
}

/// How far below the widget's top its results start, in px.
async fn results_offset(c: &Client) -> f64 {
    c.execute(
        "const root = document.querySelector('magnesium-calculator').shadowRoot;
         return root.querySelector('.mc-results').getBoundingClientRect().top
              - root.querySelector('.mc').getBoundingClientRect().top;",
        vec![],
    )
    .await
    .unwrap()
    .as_f64()
    .unwrap()
}

/// The `data-testid` of the element focused inside the first widget.
async fn focused_testid(c: &Client) -> String {
    c.execute(
        "const el = document.querySelector('magnesium-calculator').shadowRoot.activeElement;
         return el ? (el.dataset.testid || el.id) : '';",
        vec![],
    )
    .await
    .unwrap()
    .as_str()
    .unwrap_or_default()
    .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_phone_the_answered_questions_fold_and_the_estimate_follows_them() {
    use magnesium_calculator::model::questionnaire::{frequencies, groups};
    let browser = Page::open("/widget.html?age=34", 360, 800).await;
    let c = &browser.client;
    let t = Lang::En.messages();
    // Before: the whole questionnaire stands between the reader and the answer.
    assert!(results_offset(c).await > 2_000.0, "{}", results_offset(c).await);
    for group in groups() {
        let label = format!("label[for=mc-q-{}-{}]", group.wire_id, frequencies()[2].wire_id);
        harness::tap(&widget_find(c, 0, &label).await.unwrap()).await;
    }
    // The last answer leaves the questions in view (a slip stays visible);
    // Done folds them into one line, focus goes to "Change answers", and
    // the estimate starts about a screen down.
    let left = t.questions_left(groups().len(), groups().len());
    wait_for_widget_text(c, 0, sel::QUESTIONS_LEFT, |s| s == left).await;
    assert!(widget_find(c, 0, sel::CHANGE_ANSWERS).await.is_err());
    click_button(c, 0, ".mc-questionnaire > button", t.questionnaire_done).await;
    let folded = t.questionnaire_folded(groups().len());
    wait_for_widget_text(c, 0, sel::QUESTIONS_LEFT, |s| s == folded).await;
    assert_eq!(focused_testid(c).await, "change-answers");
    wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |s| !s.is_empty()).await;
    let offset = results_offset(c).await;
    assert!(offset < 1_400.0, "the estimate starts {offset} px down");
    // Opening them again keeps every answer; Done folds them again.
    harness::tap(&widget_find(c, 0, sel::CHANGE_ANSWERS).await.unwrap()).await;
    let first = format!("#mc-q-{}-{}", groups()[0].wire_id, frequencies()[2].wire_id);
    let chosen = widget_find(c, 0, &first).await.unwrap();
    assert_eq!(chosen.prop("checked").await.unwrap().as_deref(), Some("true"));
    click_button(c, 0, ".mc-questionnaire > button", t.questionnaire_done).await;
    wait_for_widget_text(c, 0, sel::QUESTIONS_LEFT, |s| s == folded).await;
    assert_eq!(focused_testid(c).await, "change-answers");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn on_a_phone_water_is_folded_with_its_status_and_a_log_of_five_foods_leads_to_the_results() {
    use magnesium_calculator::model::food_table::FoodId;
    use magnesium_calculator::model::share::{AgeGiven, SharedEntry};
    let five_foods = ["09040", "12516", "16015", "11457", "12061"].map(|id| {
        SharedEntry::FoodGrams { food: FoodId(id.parse().unwrap()), grams_milli: 100_000 }
    });
    let log = SharedInputs {
        age_milli: Some((34_000, AgeGiven::Years)),
        days: vec![five_foods.to_vec()],
        ..SharedInputs::default()
    };
    let path = format!("/widget.html#{}", encode(&log));
    let browser = Page::open(&path, 360, 800).await;
    let c = &browser.client;
    let t = Lang::En.messages();
    wait_for_widget_text(c, 0, sel::TOTAL_MG, |s| s == "996 mg").await;
    // The results follow the log, not the sharing and the water's fields.
    // (Each food's line carries its USDA name beneath its everyday name.)
    let offset = results_offset(c).await;
    assert!(offset < 2_200.0, "the results start {offset} px down");
    // Water: folded, saying so; opened, its fields; filled in, its figure in the summary.
    wait_for_widget_text(c, 0, sel::WATER_STATUS, |s| s == t.water_not_entered).await;
    // Folded: the section is one line tall (engines differ in whether the
    // hidden fields keep boxes, so the section's height is the check).
    let water_height = || async {
        c.execute(
            "return document.querySelector('magnesium-calculator').shadowRoot.querySelector('details.mc-water').getBoundingClientRect().height",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap()
    };
    let folded = water_height().await;
    assert!(folded < 60.0, "the folded water section is {folded} px tall");
    harness::widget::open_water(c).await;
    let open = water_height().await;
    assert!(open > folded + 60.0, "opened, the water section is {open} px tall");
    retype(&widget_find(c, 0, sel::WATER_LITRES).await.unwrap(), "2").await;
    retype(&widget_find(c, 0, sel::WATER_MG).await.unwrap(), "15").await;
    wait_for_widget_text(c, 0, sel::WATER_STATUS, |s| s == t.water_summary(30.0)).await;
    wait_for_widget_text(c, 0, sel::TOTAL_MG, |s| s == "1026 mg").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_result_card_leads_with_the_verdict_its_figures_and_a_chart_with_a_scale() {
    let browser = open_log("/widget.html?age=34", 1280).await;
    let c = &browser.client;
    add_food(c, "pumpkin seeds", SEEDS, Some("1 oz (28.35 g)"), "1").await;
    wait_for_widget_text(c, 0, sel::TOTAL_MG, |s| s != "0 mg").await;
    let card = c
        .execute(
            "const root = document.querySelector('magnesium-calculator').shadowRoot;
             const results = root.querySelector('.mc-results');
             const card = root.querySelector('[data-testid=result-card]');
             const heading = results.querySelector('#mc-results-heading');
             // The first thing after the heading a reader sees (the live summary is hidden).
             let first = heading.nextElementSibling;
             while (first && (first.classList.contains('mc-visually-hidden') || first.classList.contains('mc-print-only'))) first = first.nextElementSibling;
             return {
               first_is_card: first === card,
               first_in_card: card.firstElementChild.dataset.testid,
               has_totals: !!card.querySelector('[data-testid=total-mg]'),
               has_chart: !!card.querySelector('svg.mc-chart'),
               reference_after: !!(card.compareDocumentPosition(root.querySelector('.mc-reference')) & Node.DOCUMENT_POSITION_FOLLOWING),
               tone: [...card.classList].find(c => c.startsWith('mc-tone-')),
               ticks: [...card.querySelectorAll('.mc-axis text')].map(e => e.textContent),
               edge: getComputedStyle(card).borderInlineStartColor,
             };",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(card["first_is_card"], true, "{card}");
    assert_eq!(card["first_in_card"], "verdict", "{card}");
    assert_eq!(card["has_totals"], true, "{card}");
    assert_eq!(card["has_chart"], true, "{card}");
    assert_eq!(card["reference_after"], true, "{card}");
    // 156 mg of 320: short of the RDA.
    assert_eq!(card["tone"], "mc-tone-short", "{card}");
    let ticks: Vec<String> = serde_json::from_value(card["ticks"].clone()).unwrap();
    assert_eq!(ticks.first().map(String::as_str), Some("0"), "{ticks:?}");
    assert!(ticks.last().unwrap().ends_with(" mg") && ticks.len() >= 3, "{ticks:?}");
    // The edge follows the documented theme property.
    c.execute(
        "document.querySelector('magnesium-calculator').style.setProperty('--mc-warning', 'rgb(1, 2, 3)')",
        vec![],
    )
    .await
    .unwrap();
    let edge = c
        .execute(
            "return getComputedStyle(document.querySelector('magnesium-calculator').shadowRoot.querySelector('[data-testid=result-card]')).borderInlineStartColor",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(edge, "rgb(1, 2, 3)", "before: {}", card["edge"]);
    browser.close().await;
}
