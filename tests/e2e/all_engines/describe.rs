//! "Describe a day": a reader pastes a day in their own words, in each of
//! the four languages, at 1280 and 360 px; the review list shows each line's
//! food under its everyday name in the reader's language (the USDA name
//! beneath), its amount, portion and magnesium; a weak match and an unknown
//! line stay visible, "Add all" logs the day and one undo takes it back.
//! A line's portion and amount can be changed, and a food of an earlier
//! day is added to a new one with one tap.

use harness::widget::{choose_log, run, sel, set_age, wait_until};
use harness::{retype, tap, wait_for_widget_text, widget_find, Page};
use magnesium_calculator::model::food_table::{FoodId, FoodTable};
use magnesium_calculator::ui::i18n::Lang;
use std::time::{Duration, Instant};

/// The magnesium in `grams` of an SR28 food, from data/usda (the test's own
/// reading of the table, not the widget's).
fn sr28_mg(id: u32, grams: f64) -> f64 {
    // Read once: the checks below ask for figures inside their waits.
    static TABLE: std::sync::OnceLock<FoodTable> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        FoodTable::from_csv(
            include_str!("../../../data/usda/foods.csv"),
            include_str!("../../../data/usda/portions.csv"),
        )
        .unwrap()
    });
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

/// Each review line's chosen food as shown (the option's text), the USDA
/// name beneath it, its amount and its portion's text.
async fn review_foods(c: &fantoccini::Client) -> Vec<[String; 4]> {
    let script = format!(
        "const root = document.querySelector('magnesium-calculator').shadowRoot;
         return [...root.querySelectorAll('{REVIEW_LINES}')].filter(li => li.querySelector('select')).map(li => {{
           const [food, portion] = li.querySelectorAll('select');
           return [food.selectedOptions[0].textContent, li.querySelector('.mc-usda-name')?.textContent ?? '',
                   li.querySelector('input').value, portion.selectedOptions[0].textContent];
         }})"
    );
    serde_json::from_value(run(c, &script).await).unwrap()
}

/// The log's lines: each food's everyday name and the USDA name beneath.
async fn logged_names(c: &fantoccini::Client) -> Vec<[String; 2]> {
    let script = "const root = document.querySelector('magnesium-calculator').shadowRoot;
         return [...root.querySelectorAll('.mc-entries > li')].map(li =>
           [li.querySelector('.mc-food-name')?.textContent ?? '', li.querySelector('.mc-usda-name')?.textContent ?? ''])";
    serde_json::from_value(run(c, script).await).unwrap()
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
            // The foods under the reader's own names, USDA's beneath; the
            // bread counted in its own portion, two slices.
            let t = Lang::ALL.into_iter().find(|l| l.code() == lang).unwrap().messages();
            let foods = review_foods(c).await;
            let expected = [
                (18075, "Bread, whole-wheat, commercially prepared"),
                (9040, "Bananas, raw"),
                (12061, "Nuts, almonds"),
            ];
            for (line, (id, usda)) in foods.iter().zip(expected) {
                let name = t.food_name(FoodId(id), usda);
                assert_ne!(name, usda, "{lang}: {id} has an everyday name");
                assert_eq!((line[0].as_str(), line[1].as_str()), (name, usda), "{lang} {width}");
            }
            assert_eq!(foods[0][2], "2", "{lang}: {foods:?}");
            assert!(foods[0][3].contains("slice"), "{lang}: {foods:?}");
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

            let names = logged_names(c).await;
            assert_eq!(
                names[1],
                [t.food_name(FoodId(9040), "").to_string(), "Bananas, raw".to_string()],
                "{lang}: the log shows the reader's name"
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

/// A line's portion and amount are the reader's to change: two slices
/// become their 64 g, then 96 g; the line's magnesium follows SR28. On a
/// new day the bread is offered among the recent foods and one tap logs it
/// as it was last logged.
#[tokio::test(flavor = "multi_thread")]
async fn a_lines_portion_and_amount_change_and_a_recent_food_is_added_with_one_tap() {
    let page = Page::open("/widget.html?lang=en&age=34&mode=log", 360, 1400).await;
    let c = &page.client;
    tap(&widget_find(c, 0, "[data-testid=describe] > summary").await.unwrap()).await;
    paste(c, "2 slices of wholemeal bread").await;
    tap(&widget_find(c, 0, "[data-testid=describe-read]").await.unwrap()).await;
    wait_for_widget_text(c, 0, "[data-testid=describe-summary]", |t| !t.is_empty()).await;
    let mg = |grams: f64| format!("{:.0} mg", sr28_mg(18075, grams));
    wait_for_widget_text(c, 0, ".mc-review-mg", |t| t == mg(64.0)).await;

    // To grams: the same bread, 64 g.
    widget_find(c, 0, "#mc-describe-portion-0")
        .await
        .unwrap()
        .select_by_value("grams")
        .await
        .unwrap();
    wait_until(
        c,
        "the amount in grams",
        "return document.querySelector('magnesium-calculator').shadowRoot.querySelector('#mc-describe-amount-0').value === '64'",
    )
    .await;
    let amount = widget_find(c, 0, "#mc-describe-amount-0").await.unwrap();
    wait_for_widget_text(c, 0, ".mc-review-mg", |t| t == mg(64.0)).await;
    retype(&amount, "96").await;
    wait_for_widget_text(c, 0, ".mc-review-mg", |t| t == mg(96.0)).await;
    tap(&widget_find(c, 0, "[data-testid=describe-add-all]").await.unwrap()).await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == mg(96.0)).await;

    // A new day: the bread is one tap away, as last logged.
    tap(&widget_find(c, 0, "[data-testid=add-day]").await.unwrap()).await;
    let recent =
        wait_for_widget_text(c, 0, "[data-testid=recent-foods]", |t| t.contains("96 g")).await;
    assert!(recent.contains("Wholemeal bread"), "{recent}");
    tap(&widget_find(c, 0, ".mc-recent-food").await.unwrap()).await;
    // Both days now hold 96 g of bread: the average is the same.
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == mg(96.0)).await;
    let entries = run(
        c,
        "return document.querySelector('magnesium-calculator').shadowRoot.querySelectorAll('.mc-entries > li').length",
    )
    .await;
    assert_eq!(entries, serde_json::json!(1), "one line on the new day");
    assert!(
        widget_find(c, 0, "[data-testid=recent-foods]").await.is_err(),
        "a food already in the day is not offered again"
    );
    page.close().await;
}
