//! End-to-end: "where you stand". A reader's daily average from food, in
//! the log, and the quick estimate's typical intake are placed among the US
//! survey's usual intakes for their sex (CSFII 1994, IOM 1997 p.195), in
//! each language, with the figure the model computes from the table.

use harness::widget::{sel, wait_for_widget_text};
use harness::{click_button, tap, widget_find, Page};
use magnesium_calculator::model::assessment::assess_estimate;
use magnesium_calculator::model::food_table::FoodId;
use magnesium_calculator::model::questionnaire::{frequencies, groups, Answers};
use magnesium_calculator::model::reference::reference_for;
use magnesium_calculator::model::usual_intake::standing;
use magnesium_calculator::model::Standard;
use magnesium_calculator::model::{Age, Person, Sex};
use magnesium_calculator::ui::i18n::Lang;

#[tokio::test(flavor = "multi_thread")]
async fn the_log_says_where_the_readers_average_stands_in_each_language() {
    let woman = Person::new(Age::from_years(34.0).unwrap(), Sex::Female);
    // One ounce of salted roasted pumpkin seeds: 28.35 g at 550 mg/100 g.
    let at = standing(&woman, 155.925).unwrap();
    for lang in Lang::ALL {
        let t = lang.messages();
        let page =
            Page::open(&format!("/widget.html?lang={}&age=34&mode=log", lang.code()), 1280, 1400)
                .await;
        let c = &page.client;
        assert!(widget_find(c, 0, "[data-testid=standing]").await.is_err(), "nothing eaten yet");
        tap(&widget_find(c, 0, sel::QUICK_PICKS).await.unwrap()).await;
        click_button(c, 0, sel::QUICK_PICK, t.food_name(FoodId(12516), "")).await;
        let expected = t.standing_line(&at, t.standing_log);
        let shown = wait_for_widget_text(c, 0, "[data-testid=standing]", |s| !s.is_empty()).await;
        assert_eq!(shown, expected, "{}", lang.code());
        assert!(shown.contains("1994"), "the survey is named: {shown}");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_estimate_says_where_its_typical_intake_stands() {
    // Every group at the same frequency: the first frequency whose typical
    // intake is within the survey's middle nine tenths, as the model judges
    // it natively (outside them the answers are questioned instead).
    let woman = Person::new(Age::from_years(34.0).unwrap(), Sex::Female);
    let reference = reference_for(&woman, Standard::Iom1997).unwrap();
    let (frequency, expected) = frequencies()
        .iter()
        .find_map(|f| {
            let mut answers = Answers::default();
            for g in groups() {
                answers.set(g.wire_id, f.wire_id);
            }
            let a = assess_estimate(&answers, &woman, 0.0, 0.0, 0.0, &reference);
            a.standing.map(|s| (f.wire_id, s))
        })
        .expect("some frequency stands in the table");
    let t = Lang::En.messages();
    let page = Page::open("/widget.html?age=34", 1280, 1400).await;
    let c = &page.client;
    for g in groups() {
        tap(&widget_find(c, 0, &format!("label[for=mc-q-{}-{frequency}]", g.wire_id))
            .await
            .unwrap())
        .await;
    }
    let line = t.standing_line(&expected, t.standing_estimate);
    wait_for_widget_text(c, 0, "[data-testid=standing]", |s| s == line).await;
    page.close().await;
}
