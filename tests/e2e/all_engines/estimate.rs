//! End-to-end: the quick estimate as a reader uses it, keyboard only and at
//! 360 px, in each language; the range, the contributions and the water
//! rules against figures computed from the data files; the two ways in keep
//! their inputs; a share link brings the answers and the water back.

use harness::widget::set_age;
use harness::widget::{choose_log, sel};
use harness::Page;

use fantoccini::key::Key;
use fantoccini::Client;
use harness::{add_food, retype, tap, wait_for_widget_text, widget_find, Browser};
use magnesium_calculator::model::assessment::{assess_estimate, EstimateVerdict};
use magnesium_calculator::model::contributions::{from_estimate, Source};
use magnesium_calculator::model::questionnaire::{estimate, frequencies, groups, Answers};
use magnesium_calculator::model::{reference_for, Age, Person, Sex, Standard};
use magnesium_calculator::ui::i18n::{Lang, Messages};

/// A reader's answers by group key and frequency key.
const ANSWERS: &[(&str, &str)] = &[
    ("nuts_seeds", "weekly_3_6"),
    ("leafy_greens", "weekly_1_2"),
    ("legumes", "weekly_1_2"),
    ("wholegrain_bread", "daily_1"),
    ("whole_grains", "weekly_3_6"),
    ("refined_grains", "daily_1"),
    ("potatoes", "weekly_3_6"),
    ("fruit", "daily_2_plus"),
    ("other_vegetables", "daily_1"),
    ("milk_yogurt", "daily_1"),
    ("fish", "weekly_1_2"),
    ("meat_eggs", "daily_1"),
    ("chocolate", "weekly_1_2"),
    ("coffee_tea", "daily_2_plus"),
    ("breakfast_cereal", "weekly_3_6"),
    ("mixed_dishes", "weekly_3_6"),
    ("snacks_sweets", "weekly_3_6"),
];

fn wire(group: &str, frequency: &str) -> (u32, u32) {
    let g = groups().iter().find(|g| g.key == group).unwrap().wire_id;
    let f = frequencies().iter().find(|f| f.key == frequency).unwrap().wire_id;
    (g, f)
}

fn answers() -> Answers {
    let mut answers = Answers::default();
    for (group, frequency) in ANSWERS {
        let (g, f) = wire(group, frequency);
        answers.set(g, f);
    }
    answers
}

fn woman() -> Person {
    Person::new(Age::from_years_and_months(34, 0).unwrap(), Sex::Female)
}

/// The sentence the widget must show for these answers, water and standard.
fn expected_range(t: &Messages, water_mg: f64, standard: Standard) -> String {
    let reference = reference_for(&woman(), standard).unwrap();
    let a = assess_estimate(&answers(), &woman(), water_mg, 0.0, 0.0, &reference);
    t.estimate_range(a.total_mg)
}

/// Taps every answer of `ANSWERS`, as a reader does.
async fn answer_by_tapping(c: &Client) {
    for (group, frequency) in ANSWERS {
        let (g, f) = wire(group, frequency);
        tap(&widget_find(c, 0, &format!("label[for=mc-q-{g}-{f}]")).await.unwrap()).await;
    }
}

/// Keys pressed as a reader presses them, wherever focus is (WebDriver
/// actions: Firefox refuses to type "into" the shadow host).
async fn press(c: &Client, keys: &str) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let mut actions = KeyActions::new("keyboard".into());
    for key in keys.chars() {
        actions = actions.then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    }
    c.perform_actions(actions).await.unwrap();
}

/// The id inside the shadow root that has focus.
async fn focused(c: &Client) -> String {
    c.execute(
        "return document.querySelector('magnesium-calculator').shadowRoot.activeElement?.id ?? ''",
        vec![],
    )
    .await
    .unwrap()
    .as_str()
    .unwrap()
    .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn at_360_px_each_language_gives_the_range_the_data_gives() {
    for lang in Lang::ALL {
        let t = lang.messages();
        let path = format!("/widget.html?lang={}", lang.code());
        let browser = Page::open(&path, 360, 800).await;
        let c = &browser.client;
        set_age(c, "34").await;
        answer_by_tapping(c).await;
        let expected = expected_range(t, 0.0, Standard::Iom1997);
        wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |s| s == expected).await;
        let left = t.questions_left(ANSWERS.len(), groups().len());
        wait_for_widget_text(c, 0, sel::QUESTIONS_LEFT, |s| s == left).await;
        // The largest contribution comes first, named in the reader's language.
        let background = assess_estimate(
            &answers(),
            &woman(),
            0.0,
            0.0,
            0.0,
            &reference_for(&woman(), Standard::Iom1997).unwrap(),
        )
        .background_mg;
        let lines = from_estimate(&estimate(&answers()), background, 0.0, 0.0);
        let Source::Group(first) = lines[0].source else { panic!("{:?}", lines[0]) };
        let first = groups().iter().find(|g| g.wire_id == first).unwrap();
        let shown = wait_for_widget_text(c, 0, sel::CONTRIBUTIONS, |s| !s.is_empty()).await;
        assert!(shown.starts_with(first.names[lang]), "{lang:?}: {shown}");
        // No sideways scrolling at 360 px.
        let overflow = c
            .execute("return document.documentElement.scrollWidth - window.innerWidth", vec![])
            .await
            .unwrap();
        assert!(overflow.as_f64().unwrap() <= 0.0, "{lang:?} scrolls sideways by {overflow}");
        browser.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_questionnaire_works_by_keyboard_alone() {
    let browser = Page::open("/widget.html", 1280, 1400).await;
    let c = &browser.client;
    press(c, &char::from(Key::Tab).to_string()).await;
    assert_eq!(focused(c).await, "mc-age");
    press(c, "34").await;
    // Tab to the first question (past unit, sex, pregnancy, standard and the way in).
    let mut steps = 0;
    while !focused(c).await.starts_with("mc-q-") {
        press(c, &char::from(Key::Tab).to_string()).await;
        steps += 1;
        assert!(steps < 12, "the questionnaire is not reachable by Tab");
    }
    // In each question, Right arrows choose the answer and Tab moves on.
    for (group, frequency) in ANSWERS {
        let (g, f) = wire(group, frequency);
        assert!(focused(c).await.starts_with(&format!("mc-q-{g}-")), "{}", focused(c).await);
        // Arrow keys on a radio group with nothing chosen start at the first answer.
        press(c, " ").await;
        for _ in 0..f {
            press(c, &char::from(Key::Right).to_string()).await;
        }
        assert_eq!(focused(c).await, format!("mc-q-{g}-{f}"));
        press(c, &char::from(Key::Tab).to_string()).await;
    }
    let expected = expected_range(Lang::En.messages(), 0.0, Standard::Iom1997);
    wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |s| s == expected).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn water_counts_toward_the_upper_level_under_efsa_but_not_under_iom() {
    let browser = Page::open("/widget.html", 1280, 1400).await;
    let c = &browser.client;
    let t = Lang::En.messages();
    set_age(c, "34").await;
    answer_by_tapping(c).await;
    // 2.5 L a day of water with 126 mg/L (Apollinaris, 1998 analysis): 315 mg.
    harness::widget::open_water(c).await;
    retype(&widget_find(c, 0, sel::WATER_LITRES).await.unwrap(), "2.5").await;
    tap(&widget_find(c, 0, ".mc-water-help summary").await.unwrap()).await;
    harness::click_button(c, 0, ".mc-waters button", "Apollinaris").await;
    let iom = expected_range(t, 315.0, Standard::Iom1997);
    wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |s| s == iom).await;
    let note = t.water_and_upper_level(Standard::Iom1997, false);
    wait_for_widget_text(c, 0, sel::WATER_UPPER_LEVEL, |s| s == note).await;
    assert!(
        widget_find(c, 0, sel::UPPER_LEVEL_WARNING).await.is_err(),
        "IOM: water is not counted"
    );

    widget_find(c, 0, "#mc-standard").await.unwrap().select_by_value("EFSA-2015").await.unwrap();
    let efsa = expected_range(t, 315.0, Standard::Efsa2015);
    wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |s| s == efsa).await;
    let note = t.water_and_upper_level(Standard::Efsa2015, true);
    wait_for_widget_text(c, 0, sel::WATER_UPPER_LEVEL, |s| s == note).await;
    // EFSA's 250 mg covers magnesium in water: 315 mg is above it.
    let warning = wait_for_widget_text(c, 0, sel::UPPER_LEVEL_WARNING, |s| !s.is_empty()).await;
    assert!(
        warning.contains("315") && warning.contains("250") && warning.contains("water"),
        "{warning}"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn both_ways_in_keep_their_inputs_and_a_link_brings_them_back() {
    let browser = Page::open("/widget.html", 1280, 1400).await;
    let c = &browser.client;
    set_age(c, "34").await;
    answer_by_tapping(c).await;
    harness::widget::open_water(c).await;
    retype(&widget_find(c, 0, sel::WATER_LITRES).await.unwrap(), "1,5").await;
    retype(&widget_find(c, 0, sel::WATER_MG).await.unwrap(), "20").await;
    let expected = expected_range(Lang::En.messages(), 30.0, Standard::Iom1997);
    wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |s| s == expected).await;

    // To the log and back: the food logged there stays, and so do the answers.
    choose_log(c).await;
    add_food(c, "almonds", "Nuts, almonds", None, "1").await;
    let food_mg = wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t != "0 mg").await;
    tap(&widget_find(c, 0, sel::MODE_ESTIMATE_LABEL).await.unwrap()).await;
    wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |s| s == expected).await;
    // Every question was answered: they come back folded, and open again.
    tap(&widget_find(c, 0, sel::CHANGE_ANSWERS).await.unwrap()).await;
    let (g, f) = wire("fruit", "daily_2_plus");
    let chosen = widget_find(c, 0, &format!("#mc-q-{g}-{f}")).await.unwrap();
    assert_eq!(chosen.prop("checked").await.unwrap().as_deref(), Some("true"));

    // A link carries the answers, the water and the way in.
    harness::click_button(c, 0, sel::SHARE_BUTTON, "Copy link").await;
    let link =
        widget_find(c, 0, sel::SHARE_LINK).await.unwrap().prop("value").await.unwrap().unwrap();
    browser.close().await;
    let browser = Browser::start(1280, 1400).await;
    let c = &browser.client;
    c.goto(&link).await.unwrap();
    wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |s| s == expected).await;
    let water = widget_find(c, 0, sel::WATER_LITRES).await.unwrap();
    assert_eq!(water.prop("value").await.unwrap().as_deref(), Some("1.5"));
    choose_log(c).await;
    wait_for_widget_text(c, 0, sel::FOOD_MG, |t| t == food_mg).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_writer_can_open_the_log_first_with_the_mode_attribute() {
    let browser = Page::open("/widget.html?mode=log", 1280, 1400).await;
    let c = &browser.client;
    assert!(widget_find(c, 0, sel::FOOD_SEARCH).await.is_ok(), "the log is shown");
    let log = widget_find(c, 0, sel::MODE_LOG).await.unwrap();
    assert_eq!(log.prop("checked").await.unwrap().as_deref(), Some("true"));
    assert!(widget_find(c, 0, "#mc-q-0-0").await.is_err(), "no questionnaire in the log");
    browser.close().await;
}

/// A case: its name, the answer to most questions, the exceptions, the
/// standard, and the band the model puts it in.
type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)], Standard, EstimateVerdict);

/// Answers every question with one frequency except those named.
async fn answer_all(c: &Client, frequency: &str, except: &[(&str, &str)]) {
    for group in groups() {
        let f = except.iter().find(|(g, _)| *g == group.key).map_or(frequency, |(_, f)| *f);
        let (g, f) = wire(group.key, f);
        tap(&widget_find(c, 0, &format!("label[for=mc-q-{g}-{f}]")).await.unwrap()).await;
    }
}

/// Each band of the answer in each language, as a reader meets them: all
/// "never" (a low intake from the foods no question covers, a likely
/// shortfall and a note to check the answers), an ordinary diet (open:
/// log three days), a plant-rich one (probably enough), and under EFSA's
/// adequate intake the chance of reaching it. Every sentence is the one
/// the model and the language's table give for the same answers.
#[tokio::test(flavor = "multi_thread")]
async fn each_band_of_the_answer_reads_as_the_model_says_in_each_language() {
    let rich: &[(&str, &str)] = &[
        ("nuts_seeds", "daily_1"),
        ("leafy_greens", "daily_1"),
        ("legumes", "daily_1"),
        ("wholegrain_bread", "daily_2_plus"),
        ("whole_grains", "daily_1"),
        ("fruit", "daily_2_plus"),
        ("milk_yogurt", "daily_1"),
    ];
    let ordinary: &[(&str, &str)] = &[
        ("refined_grains", "daily_1"),
        ("fruit", "daily_1"),
        ("milk_yogurt", "daily_1"),
        ("meat_eggs", "daily_1"),
        ("coffee_tea", "daily_2_plus"),
    ];
    let cases: [Case; 4] = [
        ("all never", "never", &[], Standard::Iom1997, EstimateVerdict::ShortfallLikely),
        ("ordinary", "weekly_1_2", ordinary, Standard::Iom1997, EstimateVerdict::ShortfallOpen),
        ("plant-rich", "weekly_3_6", rich, Standard::Iom1997, EstimateVerdict::ShortfallUnlikely),
        (
            "plant-rich, EFSA",
            "weekly_3_6",
            rich,
            Standard::Efsa2015,
            EstimateVerdict::ReachesLikely,
        ),
    ];
    for lang in Lang::ALL {
        let t = lang.messages();
        let path = format!("/widget.html?lang={}", lang.code());
        let browser = Page::open(&path, 1280, 1400).await;
        let c = &browser.client;
        set_age(c, "34").await;
        for (name, frequency, except, standard, verdict) in cases {
            widget_find(c, 0, "#mc-standard")
                .await
                .unwrap()
                .select_by_value(standard.code())
                .await
                .unwrap();
            answer_all(c, frequency, except).await;
            let mut pairs: Vec<(&str, &str)> =
                groups().iter().map(|g| (g.key, frequency)).collect();
            for (g, f) in except {
                pairs.retain(|(k, _)| k != g);
                pairs.push((g, f));
            }
            let mut given = Answers::default();
            for (g, f) in &pairs {
                let (g, f) = wire(g, f);
                given.set(g, f);
            }
            let reference = reference_for(&woman(), standard).unwrap();
            let a = assess_estimate(&given, &woman(), 0.0, 0.0, 0.0, &reference);
            assert_eq!(a.verdict, verdict, "{name}: the model's band changed: {:?}", a.chance);
            let range = t.estimate_range(a.total_mg);
            wait_for_widget_text(c, 0, sel::ESTIMATE_RANGE, |s| s == range).await;
            let chance = t.estimate_chance(a.chance.unwrap(), &reference);
            wait_for_widget_text(c, 0, "[data-testid=estimate-chance]", |s| s == chance).await;
            let said = t.estimate_verdict(verdict, reference.kind);
            wait_for_widget_text(c, 0, sel::ESTIMATE_VERDICT, |s| s == said).await;
            let note = widget_find(c, 0, "[data-testid=estimate-unusual]").await;
            match &a.unusual {
                Some(unusual) => {
                    let expected = t.unusual_note(unusual);
                    wait_for_widget_text(c, 0, "[data-testid=estimate-unusual]", |s| s == expected)
                        .await;
                }
                None => assert!(note.is_err(), "{lang:?} {name}: a note for a plausible answer"),
            }
            // The foods no question covers are a line of their own: all of
            // it when every answer is "never" (elsewhere it is small and may
            // sit among the lines folded under "more").
            if frequency == "never" {
                let lines = wait_for_widget_text(c, 0, sel::CONTRIBUTIONS, |s| !s.is_empty()).await;
                assert!(lines.starts_with(t.source_background), "{lang:?} {name}: {lines}");
            }
        }
        browser.close().await;
    }
}
