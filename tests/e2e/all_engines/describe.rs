//! "Describe a day": a reader pastes a day in their own words, in each of
//! the four languages, at 1280 and 360 px; the review list shows each line's
//! food and magnesium, a weak match and an unknown line stay visible, "Add
//! all" logs the day and one undo takes it back.

use harness::widget::{choose_log, run, sel, set_age};
use harness::{tap, wait_for_widget_text, widget_find, Page};
use magnesium_calculator::model::food_table::{FoodId, FoodTable};
use std::time::{Duration, Instant};

/// The magnesium in `grams` of an SR28 food, from data/usda (the test's own
/// reading of the table, not the widget's).
fn sr28_mg(id: u32, grams: f64) -> f64 {
    let table = FoodTable::from_csv(
        include_str!("../../../data/usda/foods.csv"),
        include_str!("../../../data/usda/portions.csv"),
    )
    .unwrap();
    table.food(FoodId(id)).unwrap().magnesium_mg(grams)
}

/// A day in each language: three everyday lines (whole-wheat bread 32 g a
/// slice, a medium banana 118 g, a handful of almonds 28 g), a line with a
/// word no food has, and a line that is no food at all.
const DAYS: [(&str, &str); 4] = [
    ("en", "2 slices of wholemeal bread\na banana, a handful of almonds\nbanana with grandmas xqzzv\nqwxyz blorf"),
    ("es", "dos rebanadas de pan integral\nun plátano; un puñado de almendras\nplátano con xqzzv de la abuela\nqwxyz blorf"),
    ("de", "zwei Scheiben Vollkornbrot\neine Banane, eine Handvoll Mandeln\nBanane mit Omas xqzzv\nqwxyz blorf"),
    ("fr", "deux tranches de pain complet\nune banane, une poignée d'amandes\nbanane avec xqzzv de mamie\nqwxyz blorf"),
];

const REVIEW_LINES: &str = "[data-testid=describe-review] > li";

/// Pastes `text` into the day's text box, as a paste does: the whole value
/// at once and one input event (geckodriver types no newline from "\n").
async fn paste(c: &fantoccini::Client, text: &str) {
    widget_find(c, 0, "#mc-describe-text").await.unwrap();
    c.execute(
        "const box = document.querySelector('magnesium-calculator').shadowRoot.querySelector('#mc-describe-text');
         box.focus();
         box.value = arguments[0];
         box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));",
        vec![text.into()],
    )
    .await
    .unwrap();
}

async fn strengths(c: &fantoccini::Client) -> Vec<String> {
    let script = format!(
        "const root = document.querySelector('magnesium-calculator').shadowRoot;
         return [...root.querySelectorAll('{REVIEW_LINES}')].map(li => li.dataset.strength)"
    );
    serde_json::from_value(run(c, &script).await).unwrap()
}

/// The magnesium each review line shows, as numbers.
async fn line_mg(c: &fantoccini::Client) -> Vec<f64> {
    let script = format!(
        "const root = document.querySelector('magnesium-calculator').shadowRoot;
         return [...root.querySelectorAll('{REVIEW_LINES}')].map(li => li.querySelector('.mc-review-mg')?.textContent ?? '')"
    );
    let texts: Vec<String> = serde_json::from_value(run(c, &script).await).unwrap();
    texts
        .iter()
        .filter_map(|t| t.split_whitespace().next()?.replace(',', ".").parse().ok())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_day_pasted_in_each_language_is_reviewed_logged_and_undone() {
    let bread = sr28_mg(18075, 64.0);
    let banana = sr28_mg(9040, 118.0);
    let almonds = sr28_mg(12061, 28.0);
    for width in [1280, 360] {
        for (lang, day) in DAYS {
            let page = Page::open(&format!("/widget.html?lang={lang}"), width, 1400).await;
            let c = &page.client;
            set_age(c, "34").await;
            choose_log(c).await;
            tap(&widget_find(c, 0, "[data-testid=describe] > summary").await.unwrap()).await;
            paste(c, day).await;
            tap(&widget_find(c, 0, "[data-testid=describe-read]").await.unwrap()).await;
            let summary =
                wait_for_widget_text(c, 0, "[data-testid=describe-summary]", |t| !t.is_empty())
                    .await;
            assert!(summary.contains('4') && summary.contains('5'), "{lang} {width}: {summary}");
            assert_eq!(
                strengths(c).await,
                ["strong", "strong", "strong", "weak", "none"],
                "{lang} at {width} px"
            );
            // The three everyday lines carry SR28's figures (shown to the mg).
            let shown = line_mg(c).await;
            assert_eq!(shown.len(), 4, "{lang}: {shown:?}");
            for (got, want) in shown.iter().zip([bread, banana, almonds]) {
                assert!(
                    (got - want).abs() <= 0.5,
                    "{lang} {width}: {got} mg shown, SR28 {want:.1}"
                );
            }
            let unknown = wait_for_widget_text(c, 0, &format!("{REVIEW_LINES}:last-child"), |t| {
                !t.is_empty()
            })
            .await;
            assert!(unknown.contains("qwxyz"), "{unknown}");

            tap(&widget_find(c, 0, "[data-testid=describe-add-all]").await.unwrap()).await;
            wait_for_widget_text(c, 0, "[data-testid=describe-added]", |t| t.contains('4')).await;
            // Only the unknown line is left to look at, never dropped.
            let left = strengths(c).await;
            assert_eq!(left, ["none"], "{lang}: what was not added stays");
            let expected = (bread + banana + almonds + shown[3]).round();
            let food = wait_for_widget_text(c, 0, sel::FOOD_MG, |t| !t.is_empty()).await;
            let logged: f64 =
                food.split_whitespace().next().unwrap().replace(',', ".").parse().unwrap();
            assert!(
                (logged - expected).abs() <= 1.0,
                "{lang} {width}: logged {food}, lines {expected}"
            );
            assert_eq!(
                run(c, "return document.querySelector('magnesium-calculator').shadowRoot.querySelectorAll('.mc-entries > li').length").await,
                serde_json::json!(4)
            );

            // One undo takes the whole day back.
            tap(&widget_find(c, 0, "[data-testid=describe-added] button").await.unwrap()).await;
            let deadline = Instant::now() + Duration::from_secs(10);
            while widget_find(c, 0, ".mc-entries").await.is_ok() {
                assert!(Instant::now() < deadline, "{lang}: undo left entries in the log");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            page.close().await;
        }
    }
}
