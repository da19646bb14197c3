//! End-to-end: "Make your snippet" (snippet-maker.html). A writer picks
//! options and colours, sees the contrast check and the live widget, copies
//! the code, and pastes it into a fresh page on another origin: that page
//! shows the same widget. The iframe and CDN choices write their code.
//! Chromium only: the page is a writer's tool, and the widget it shows runs
//! in every engine through the other tests.

use harness::widget::{run, sel, wait_for_all_widgets, wait_for_widget_text, wait_until};
use harness::{dist_dir, Browser, Serve, StaticServer};
use magnesium_calculator::model::reference::reference_for;
use magnesium_calculator::model::{Age, Person, Sex, Standard};
use magnesium_calculator::ui::i18n::{mg, Lang};

async fn choose(c: &fantoccini::Client, id: &str, value: &str) {
    let select = c.find(fantoccini::Locator::Id(id)).await.unwrap();
    select.select_by_value(value).await.unwrap();
}

async fn click(c: &fantoccini::Client, id: &str) {
    c.find(fantoccini::Locator::Id(id)).await.unwrap().click().await.unwrap();
}

/// Sets a colour input's value as its picker would (an input event).
async fn pick_colour(c: &fantoccini::Client, id: &str, hex: &str) {
    run(
        c,
        &format!(
            "const f = document.getElementById('{id}'); f.value = '{hex}';
             f.dispatchEvent(new Event('input', {{ bubbles: true }}));"
        ),
    )
    .await;
}

async fn code(c: &fantoccini::Client) -> String {
    run(c, "return document.getElementById('code').value").await.as_str().unwrap().to_string()
}

async fn text_of(c: &fantoccini::Client, id: &str) -> String {
    c.find(fantoccini::Locator::Id(id)).await.unwrap().text().await.unwrap()
}

/// The widget's attributes and what it shows, to compare two pages.
const WIDGET_STATE: &str = "const w = document.querySelector('magnesium-calculator');
    return { attributes: Object.fromEntries([...w.attributes].filter(a => a.name !== 'loading' && a.name !== 'style')
               .map(a => [a.name, a.value])),
             accent: getComputedStyle(w).getPropertyValue('--mc-accent').trim(),
             title: w.shadowRoot.querySelector('#mc-title').textContent }";

#[tokio::test(flavor = "multi_thread")]
async fn a_snippet_made_here_shows_the_same_widget_on_a_fresh_page() {
    // The folder answers other origins, as the README asks of a host.
    let dist = StaticServer::start_serving(
        dist_dir(),
        Serve { headers: vec!["Access-Control-Allow-Origin: *".into()], ..Serve::default() },
    );
    let browser = Browser::open_page_at(&dist, "/snippet-maker.html", 1280, 1400, &[]).await;
    let c = &browser.client;
    wait_until(
        c,
        "the maker",
        "return document.getElementById('code').value.includes('<magnesium-calculator')",
    )
    .await;
    choose(c, "standard", "EFSA-2015").await;
    choose(c, "lang", "de").await;
    choose(c, "mode", "log").await;
    choose(c, "sex", "male").await;
    let age = c.find(fantoccini::Locator::Id("age")).await.unwrap();
    age.send_keys("3x").await.unwrap();
    let error = text_of(c, "age-error").await;
    assert!(error.starts_with("Write an age"), "{error}");
    assert!(!code(c).await.contains("age="), "a bad age is left out of the code");
    age.clear().await.unwrap();
    age.send_keys("34").await.unwrap();
    click(c, "compact").await;
    // Colours: a grey text just below AA on white is flagged, a darker one passes.
    click(c, "use-accent").await;
    click(c, "use-text").await;
    pick_colour(c, "text", "#777777").await;
    let warning = text_of(c, "contrast").await;
    assert!(
        warning.starts_with("Below WCAG AA") && warning.contains("text on the background is 4.4:1"),
        "{warning}"
    );
    pick_colour(c, "text", "#222222").await;
    let fine = text_of(c, "contrast").await;
    assert!(fine.starts_with("Contrast meets WCAG AA"), "{fine}");

    let snippet = code(c).await;
    for part in [
        r#"<magnesium-calculator standard="EFSA-2015" lang="de" mode="log" age="34" sex="male" compact>"#,
        "--mc-accent: #8b1e3f;",
        "--mc-text: #222222;",
        &format!(r#"<script src="{}"#, dist.url("/magnesium-calculator.js")),
    ] {
        assert!(snippet.contains(part), "{part} not in\n{snippet}");
    }
    // The live preview is the widget with those settings.
    let reference = mg(reference_for(
        &Person::new(Age::from_years(34.0).unwrap(), Sex::Male),
        Standard::Efsa2015,
    )
    .unwrap()
    .reference_mg);
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |t| t == reference).await;
    let preview = run(c, WIDGET_STATE).await;
    assert_eq!(preview["title"], Lang::De.messages().title);
    click(c, "copy").await;
    wait_until(
        c,
        "the copy's status",
        "return document.getElementById('copied').textContent !== ''",
    )
    .await;

    // Pasted into a writer's page on another origin.
    let folder = std::env::temp_dir().join(format!("mc-pasted-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("page.html"),
        format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>A writer's page</title></head>\n\
             <body><h1>Magnesium and sleep</h1>\n{snippet}</body></html>\n"
        ),
    )
    .unwrap();
    let writer = StaticServer::start(folder.clone());
    c.goto(&writer.url("/page.html")).await.unwrap();
    wait_for_all_widgets(c).await;
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |t| t == reference).await;
    assert_eq!(run(c, WIDGET_STATE).await, preview, "the pasted widget is the previewed one");

    // The other choices write their own code.
    c.goto(&dist.url("/snippet-maker.html")).await.unwrap();
    wait_until(c, "the maker", "return document.getElementById('code').value !== ''").await;
    choose(c, "standard", "DACH-2021").await;
    click(c, "from-cdn").await;
    let version = magnesium_calculator::VERSION;
    assert!(
        code(c).await.contains(&format!(
            "https://cdn.jsdelivr.net/npm/magnesium-calculator@{version}/magnesium-calculator.js"
        )),
        "{}",
        code(c).await
    );
    click(c, "from-own").await;
    assert!(!text_of(c, "own-error").await.is_empty(), "an empty address is explained");
    let own = c.find(fantoccini::Locator::Id("own-url")).await.unwrap();
    own.send_keys("https://blog.example.org/mg").await.unwrap();
    assert!(code(c).await.contains("https://blog.example.org/mg/magnesium-calculator.js"));
    click(c, "kind-iframe").await;
    let frame = code(c).await;
    assert!(
        frame.contains(
            r#"<iframe src="https://blog.example.org/mg/widget.html?standard=DACH-2021""#
        ),
        "{frame}"
    );
    assert!(frame.contains("magnesium-calculator-resizer.js"), "{frame}");
    let colours_off = run(c, "return document.getElementById('colours').disabled").await;
    assert_eq!(colours_off, true, "an iframe takes no custom colours");
    // The preview is widget.html in a frame, from this folder.
    wait_until(
        c,
        "the framed preview",
        "const f = document.querySelector('#preview iframe'); return !!f && f.getAttribute('src') === 'widget.html?standard=DACH-2021'",
    )
    .await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(&folder);
}
