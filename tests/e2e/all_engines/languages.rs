//! End-to-end: the whole reader's flow in English, Spanish, German and French,
//! with no English left over in the others, the language taken from the
//! page when the element has none, and German decimals ("1,5").

use harness::widget::sel;
use harness::widget::set_age;
use harness::Page;

use fantoccini::Client;
use harness::{
    add_food, add_supplement, dist_dir, retype, wait_for_whole_widget, wait_for_widget_text,
    widget_find, Browser, StaticServer,
};
use magnesium_calculator::model::assessment::UpperLevelCheck;
use magnesium_calculator::model::input::InputError;
use magnesium_calculator::model::number::NumberError;
use magnesium_calculator::ui::i18n::{Lang, Messages, EN};

async fn widget_text(c: &Client) -> String {
    c.execute(
        "return document.querySelector('magnesium-calculator').shadowRoot.textContent",
        vec![],
    )
    .await
    .unwrap()
    .as_str()
    .unwrap()
    .to_string()
}

/// English messages long enough to be unmistakable, without placeholders,
/// and not rightly the same in `t` (like "Magnesium (mg)" in German).
fn english_sentences(t: &Messages) -> Vec<&'static str> {
    EN.all()
        .into_iter()
        .zip(t.all())
        .filter(|((_, english), (_, own))| {
            english != own && english.len() > 12 && !english.contains('{') && !english.contains(':')
        })
        .map(|((_, english), _)| english)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn each_language_renders_the_whole_flow() {
    let server = StaticServer::start(dist_dir());
    for lang in Lang::ALL {
        let t: &Messages = lang.messages();
        let browser = Browser::open_page_at(
            &server,
            &format!("/widget.html?lang={}", lang.code()),
            1280,
            1400,
            &[],
        )
        .await;
        let c = &browser.client;
        assert_eq!(wait_for_whole_widget(c, 0).await, t.title);
        let section_lang =
            widget_find(c, 0, "section.mc").await.unwrap().attr("lang").await.unwrap();
        assert_eq!(section_lang.as_deref(), Some(lang.code()));

        // A typing mistake gets the message in the reader's language.
        set_age(c, "abc").await;
        wait_for_widget_text(c, 0, sel::AGE_ERROR, |s| {
            s == t.input_error(&InputError::Number(NumberError::NotANumber))
        })
        .await;
        set_age(c, "34").await;
        wait_for_widget_text(c, 0, sel::REFERENCE_MG, |s| s == "320").await; // IOM women 31-50 y

        add_food(c, "almonds", "Nuts, almonds", None, "1").await;
        add_supplement(c, "400").await;
        // IOM's upper level for supplements, 350 mg, is exceeded on the day.
        wait_for_widget_text(c, 0, sel::UPPER_LEVEL_WARNING, |s| {
            let iom = UpperLevelCheck {
                upper_level_mg: 350.0,
                highest_day_nonfood_mg: 400.0,
                includes_water: false,
                exceeded: true,
            };
            s == t.upper_level_warning(&iom)
        })
        .await;
        let verdict = widget_find(c, 0, sel::VERDICT).await.unwrap().text().await.unwrap();
        assert!(verdict.starts_with(t.verdict_at_rda), "{lang:?} verdict: {verdict}");

        let text = widget_text(c).await;
        for needed in [
            t.about_you,
            t.food_heading,
            t.supplement_heading,
            t.your_log,
            t.results,
            t.kidney_caution,
            t.usda_names_note,
        ] {
            assert!(text.contains(needed), "{lang:?}: {needed:?} missing");
        }
        if lang != Lang::En {
            for english in english_sentences(t) {
                assert!(
                    !text.contains(english),
                    "{lang:?}: English left in the widget: {english:?}"
                );
            }
        }
        browser.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn german_takes_one_and_a_half_portions_as_1_comma_5() {
    let browser = Page::open("/widget.html?lang=de", 1280, 1400).await;
    let c = &browser.client;
    set_age(c, "34").await;
    add_food(c, "almonds", "Nuts, almonds", None, "1,5").await;
    let one_and_a_half: f64 = wait_for_widget_text(c, 0, sel::FOOD_MG, |s| s != "0 mg")
        .await
        .trim_end_matches(" mg")
        .parse()
        .unwrap();
    let amount = widget_find(c, 0, sel::FIRST_ENTRY_AMOUNT).await.unwrap();
    assert_eq!(amount.prop("value").await.unwrap().as_deref(), Some("1,5"));
    retype(&amount, "1").await;
    let one: f64 =
        wait_for_widget_text(c, 0, sel::FOOD_MG, |s| s != format!("{one_and_a_half} mg"))
            .await
            .trim_end_matches(" mg")
            .parse()
            .unwrap();
    assert!(
        (one_and_a_half - 1.5 * one).abs() <= 1.0,
        "1,5 portions = {one_and_a_half} mg, 1 portion = {one} mg"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_lang_attribute_the_page_language_is_used() {
    let server = StaticServer::start(dist_dir());
    let browser = Browser::start(1280, 1400).await;
    let c = &browser.client;
    c.goto(&server.url("/test-pages/french-article.html")).await.unwrap();
    assert_eq!(
        wait_for_widget_text(c, 0, sel::TITLE, |s| !s.is_empty()).await,
        Lang::Fr.messages().title
    );
    browser.close().await;
}

/// The files this page has fetched whose names contain `part`.
async fn requests_for(c: &Client, part: &str) -> Vec<String> {
    let names = c
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes(arguments[0]))",
            vec![part.into()],
        )
        .await
        .unwrap();
    serde_json::from_value(names).unwrap()
}

/// Only English is in the wasm: another language's texts come from a file
/// beside it, fetched when a widget first needs them, also when `lang`
/// changes after load, and without losing what the reader entered.
#[tokio::test(flavor = "multi_thread")]
async fn a_language_is_fetched_when_needed_also_after_a_lang_change() {
    let browser = Page::open("/widget.html?lang=en", 1280, 1400).await;
    let c = &browser.client;
    assert_eq!(wait_for_whole_widget(c, 0).await, EN.title);
    set_age(c, "34").await;
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |s| s == "320").await;
    assert_eq!(requests_for(c, ".txt").await, Vec::<String>::new(), "English fetches no texts");

    for lang in [Lang::De, Lang::Fr, Lang::De] {
        c.execute(
            "document.querySelector('magnesium-calculator').setAttribute('lang', arguments[0])",
            vec![lang.code().into()],
        )
        .await
        .unwrap();
        wait_for_widget_text(c, 0, sel::TITLE, |s| s == lang.messages().title).await;
        let age = widget_find(c, 0, sel::AGE).await.unwrap().prop("value").await.unwrap();
        assert_eq!(age.as_deref(), Some("34"), "the age entered is kept in {}", lang.code());
        wait_for_widget_text(c, 0, sel::REFERENCE_MG, |s| s == "320").await;
    }
    let fetched = requests_for(c, ".txt").await;
    assert_eq!(fetched.len(), 2, "each language once: {fetched:?}");
    assert!(fetched[0].ends_with("/magnesium-calculator-de.txt"), "{fetched:?}");
    assert!(fetched[1].ends_with("/magnesium-calculator-fr.txt"), "{fetched:?}");
    browser.close().await;
}

/// A host that lacks a language file still gets a working calculator, in
/// English, marked as English.
#[tokio::test(flavor = "multi_thread")]
async fn without_its_language_file_the_widget_works_in_english() {
    let server = StaticServer::start_hiding(dist_dir(), &["magnesium-calculator-de.txt"]);
    let browser = Browser::open_page_at(&server, "/widget.html?lang=de", 1280, 1400, &[]).await;
    let c = &browser.client;
    assert_eq!(wait_for_whole_widget(c, 0).await, EN.title);
    let section_lang = widget_find(c, 0, "section.mc").await.unwrap().attr("lang").await.unwrap();
    assert_eq!(section_lang.as_deref(), Some("en"));
    set_age(c, "34").await;
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |s| s == "320").await;
    browser.close().await;
}
