//! End-to-end: the one-page report. Chromium prints widget.html to PDF
//! through the DevTools protocol (`Page.printToPDF`, as "Save as PDF"
//! does), poppler's pdftotext and pdfinfo read it back, and the figures in
//! it are checked against the widget's own and against the model's, for
//! three logged days of 15 foods, on A4 and US Letter, in the four languages.
//! Chromium only: printing to PDF is its DevTools protocol. The button's
//! "print this widget alone" on a writer's page is checked here too.

use harness::widget::{run, sel, set_age, wait_for_widget_text, wait_until};
use harness::{tap, widget_find, Page};
use magnesium_calculator::model::food_table::FoodTable;
use magnesium_calculator::model::medicine_notes::by_wire_id;
use magnesium_calculator::model::quick_picks::quick_picks;
use magnesium_calculator::model::search::SearchIndex;
use magnesium_calculator::model::share::{
    encode, AgeGiven, SharedEntry, SharedInputs, SharedWater,
};
use magnesium_calculator::model::{Condition, Sex, Standard};
use magnesium_calculator::ui::components::results::summary_line;
use magnesium_calculator::ui::i18n::{Lang, Messages};
use magnesium_calculator::ui::state::view::Figures;
use magnesium_calculator::ui::state::{Action, FoodData, FoodDataState, LoggedItem, State};
use std::path::PathBuf;
use std::process::Command;
use std::rc::Rc;
use yew::Reducible;

const MEDICINES: [u32; 4] = [1, 2, 5, 7];

/// A woman of 45: three days of 15 foods each (the NIH list's foods in their
/// servings, a different mix each day), a citrate supplement on the first
/// day, tap water, and four medicines and conditions ticked.
fn three_days() -> SharedInputs {
    let picks: Vec<_> = quick_picks().iter().filter(|p| p.portion_seq.is_some()).collect();
    assert!(picks.len() >= 20, "{} picks with a portion", picks.len());
    let days = (0..3)
        .map(|d| {
            let mut day: Vec<SharedEntry> = (0..15)
                .map(|i| {
                    let p = picks[(d * 7 + i) % picks.len()];
                    SharedEntry::FoodPortion {
                        food: p.food_id,
                        seq: p.portion_seq.unwrap(),
                        amount_milli: (p.portion_count * 1000.0).round() as u64,
                        in_grams: false,
                    }
                })
                .collect();
            if d == 0 {
                day.push(SharedEntry::Compound {
                    medicine: false,
                    form: 9,
                    compound_mg_milli: 1_000_000,
                    name: "Citrate".into(),
                });
            }
            day
        })
        .collect();
    SharedInputs {
        age_milli: Some((45_000, AgeGiven::Years)),
        sex: Sex::Female,
        condition: Condition::None,
        feeding: None,
        standard: Standard::Iom1997,
        days,
        estimate: false,
        water: Some(SharedWater {
            litres_milli: 1_500,
            mg_per_litre_milli: 20_000,
            bottled: false,
        }),
        answers: Vec::new(),
        medicines: MEDICINES.to_vec(),
    }
}

/// The same inputs restored natively, as the widget restores them.
fn restored(inputs: &SharedInputs, lang: Lang) -> Rc<State> {
    let table = FoodTable::from_csv(
        include_str!("../../../data/usda/foods.csv"),
        include_str!("../../../data/usda/portions.csv"),
    )
    .unwrap();
    let index = SearchIndex::new(&table, &[]);
    let decoded = magnesium_calculator::model::share::decode(&encode(inputs));
    Rc::new(State::starting(Standard::Iom1997, Some(lang), None, None, None))
        .reduce(Action::Loaded { stored: None, link: Some(decoded) })
        .reduce(Action::FoodData(FoodDataState::Ready(Rc::new(FoodData { table, index }))))
}

fn out_dir() -> PathBuf {
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&out).unwrap();
    out
}

fn tool(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e} (scripts/setup installs poppler-utils)"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Prints the page through the DevTools protocol on paper of this size (inches).
async fn print_to_pdf(page: &Page, (width, height): (f64, f64), path: &std::path::Path) {
    let printed = page
        .cdp(
            "Page.printToPDF",
            serde_json::json!({ "paperWidth": width, "paperHeight": height, "printBackground": false }),
        )
        .await;
    // The protocol hands the PDF over in base64: coreutils decodes it to the file.
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("base64 -d > '{}'", path.display()))
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(printed["data"].as_str().unwrap().as_bytes())?;
            child.wait()
        })
        .unwrap();
    assert!(status.success(), "base64 -d");
}

/// The PDF's text as `comparable` makes it.
fn pdf_text(path: &std::path::Path) -> String {
    comparable(&tool("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"]))
}

/// Text without white space or hyphens: the PDF breaks lines anywhere, and
/// pdftotext joins "proton-" at a line's end with "pump" as "protonpump".
fn comparable(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '-').collect()
}

fn pages(path: &std::path::Path) -> u32 {
    let info = tool("pdfinfo", &[path.to_str().unwrap()]);
    let line = info.lines().find(|l| l.starts_with("Pages:")).expect("pdfinfo gives Pages");
    line.trim_start_matches("Pages:").trim().parse().unwrap()
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the report must say, from the model (the widget must agree).
fn expected_lines(t: &'static Messages, state: &State, date: &str) -> Vec<String> {
    let view = state.view();
    let Figures::Log { assessment, .. } = &view.figures else { panic!("the log's figures") };
    let Some(Ok(reference)) = &view.reference else { panic!("a reference") };
    let (before, mg, after) = t.reference_line(reference);
    let mut lines = vec![
        t.report_title.to_string(),
        t.report_printed(date),
        t.person_line(Sex::Female, view.person.unwrap().age, Condition::None),
        format!("{before}{mg}{after}"),
        t.upper_level_line(assessment.upper_level.as_ref().unwrap()),
        t.source_line(t.standard_name(reference.standard), &reference.source),
        summary_line(t, assessment),
        t.report_upper_ok(assessment.upper_level.as_ref().unwrap()),
        t.report_status.to_string(),
    ];
    let water = view.intake.water_mg_per_day;
    for day in &state.days {
        let total: f64 = day.iter().map(|e| e.item.magnesium_mg()).sum::<f64>() + water;
        lines.push(t.mg(total));
    }
    // The supplement's salt form, converted to elemental magnesium.
    for e in state.days.iter().flatten() {
        if let LoggedItem::NonFood(n) = &e.item {
            if let magnesium_calculator::model::intake::NonFoodAmount::Compound {
                compound_mg,
                form,
            } = n.amount()
            {
                lines.push(t.conversion(
                    *compound_mg,
                    form.elemental_percent,
                    form.formula,
                    &magnesium_calculator::ui::i18n::mg(n.magnesium_mg()),
                ));
            }
        }
    }
    for id in MEDICINES {
        let note = by_wire_id(id).unwrap();
        let (label, text) = t.medicine_text(note);
        lines.push(label.to_string());
        lines.push(text.to_string());
    }
    lines.into_iter().map(|l| comparable(&l)).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_report_prints_on_one_page_with_the_widgets_figures() {
    let inputs = three_days();
    let date = flat(&tool("date", &["+%F"]));
    for lang in Lang::ALL {
        let t = lang.messages();
        let state = restored(&inputs, lang);
        assert!(state.notes.is_empty(), "{:?}", state.notes);
        assert_eq!(state.days.iter().map(Vec::len).collect::<Vec<_>>(), [16, 15, 15]);
        let expected = expected_lines(t, &state, &date);
        let path = format!("/widget.html?lang={}#{}", lang.code(), encode(&inputs));
        let page = Page::open(&path, 1280, 1400).await;
        let c = &page.client;
        // The widget shows the model's figures on screen…
        let Figures::Log { assessment, .. } = &state.view().figures else { panic!() };
        let summary = summary_line(t, assessment);
        wait_for_widget_text(c, 0, "[data-testid=summary]", |s| s == summary).await;
        // … and its printed report carries them, on one page of either paper.
        for (paper, size) in [("a4", (8.27, 11.69)), ("letter", (8.5, 11.0))] {
            let pdf = out_dir().join(format!("report-{}-{paper}.pdf", lang.code()));
            print_to_pdf(&page, size, &pdf).await;
            assert_eq!(pages(&pdf), 1, "{} on {paper}: the page count", lang.code());
            // The page as an image, to look at (pdftoppm adds ".png").
            tool(
                "pdftoppm",
                &[
                    "-r",
                    "80",
                    "-png",
                    "-singlefile",
                    pdf.to_str().unwrap(),
                    pdf.with_extension("").to_str().unwrap(),
                ],
            );
            let text = pdf_text(&pdf);
            for line in &expected {
                assert!(
                    text.contains(line.as_str()),
                    "{} {paper}: {line:?} not in\n{text}",
                    lang.code()
                );
            }
            // Nothing of the screen's forms is printed.
            assert!(!text.contains(&comparable(t.search_foods)), "the search is not printed");
            assert!(!text.contains(&comparable(t.print_report)), "the buttons are not printed");
        }
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_print_button_prints_the_widget_alone_and_puts_the_page_back() {
    // The demo article: its text, and other widgets, are hidden while the
    // report prints, then shown again as they were.
    let page = Page::open("/", 1280, 1400).await;
    let c = &page.client;
    set_age(c, "45").await;
    run(
        c,
        "window.__printed = null;
         window.print = () => {
           const widget = document.querySelector('magnesium-calculator');
           window.__printed = {
             heading: getComputedStyle(document.querySelector('h1')).display,
             widget: getComputedStyle(widget).display,
             others: [...document.querySelectorAll('magnesium-calculator')].slice(1)
               .map(w => w.offsetParent === null),
           };
         };",
    )
    .await;
    let button = widget_find(c, 0, "[data-testid=print-report]").await.unwrap();
    tap(&button).await;
    wait_until(c, "the print", "return window.__printed !== null").await;
    let printed = run(c, "return window.__printed").await;
    assert_eq!(printed["heading"], "none", "the article is hidden: {printed}");
    assert_ne!(printed["widget"], "none", "the widget prints: {printed}");
    assert!(
        printed["others"].as_array().unwrap().iter().all(|hidden| hidden == true),
        "other widgets are hidden: {printed}"
    );
    run(c, "window.dispatchEvent(new Event('afterprint'))").await;
    wait_until(
        c,
        "the article back",
        "return getComputedStyle(document.querySelector('h1')).display !== 'none'",
    )
    .await;
    let styled = run(
        c,
        "return [...document.body.querySelectorAll('*')].filter(e => e.style.display === 'none').length",
    )
    .await;
    assert_eq!(styled, 0, "no element keeps the print's style");
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_report_is_not_on_screen() {
    let page = Page::open("/widget.html?age=45", 1280, 1400).await;
    let c = &page.client;
    widget_find(c, 0, sel::RENDERED).await.unwrap();
    let shown = run(
        c,
        "const r = document.querySelector('magnesium-calculator').shadowRoot.querySelector('[data-testid=report]');
         return r && r.getClientRects().length > 0",
    )
    .await;
    assert_eq!(shown, false, "the report is for print only");
    page.close().await;
}
