//! End-to-end: "Medicines and conditions". In each language a reader ticks
//! two items and reads each one's note and official source, exactly as
//! data/reference/medicine_notes.csv words them; unticking takes the note
//! away; a share link carries what is ticked, and opening it shows it again.

use harness::widget::{run, sel, wait_for_widget_text, wait_until};
use harness::{click_button, tap, widget_find, Page};
use magnesium_calculator::model::medicine_notes::{by_wire_id, medicine_notes};
use magnesium_calculator::ui::i18n::Lang;

const SECTION: &str = "[data-testid=medicines] > summary";

/// The texts of the notes shown, in order.
async fn notes_shown(c: &fantoccini::Client) -> Vec<String> {
    let v = run(
        c,
        "return [...document.querySelector('magnesium-calculator').shadowRoot
            .querySelectorAll('[data-testid=medicine-note]')].map(n => n.innerText.trim())",
    )
    .await;
    serde_json::from_value(v).unwrap()
}

/// Waits until `count` notes are shown.
async fn wait_for_notes(c: &fantoccini::Client, count: usize) {
    let script = format!(
        "return document.querySelector('magnesium-calculator')?.shadowRoot
            ?.querySelectorAll('[data-testid=medicine-note]').length === {count}"
    );
    wait_until(c, &format!("{count} notes"), &script).await;
}

async fn tick(c: &fantoccini::Client, wire_id: u32) {
    tap(&widget_find(c, 0, &format!("label[for=mc-medicine-{wire_id}]")).await.unwrap()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn ticked_medicines_show_their_note_and_source_in_each_language() {
    let (ppi, kidney) = (by_wire_id(1).unwrap(), by_wire_id(7).unwrap());
    for lang in Lang::ALL {
        let t = lang.messages();
        let page =
            Page::open(&format!("/widget.html?lang={}&age=60", lang.code()), 1280, 1400).await;
        let c = &page.client;
        tap(&widget_find(c, 0, SECTION).await.unwrap()).await;
        // Every item is offered, by its label in this language.
        for note in medicine_notes() {
            let label = widget_find(c, 0, &format!("label[for=mc-medicine-{}]", note.wire_id))
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            assert_eq!(label, t.medicine_text(note).0, "{} {}", lang.code(), note.id);
        }
        assert!(notes_shown(c).await.is_empty(), "no note before a box is ticked");
        tick(c, kidney.wire_id).await;
        tick(c, ppi.wire_id).await;
        wait_for_notes(c, 2).await;
        // In the section's order (the proton-pump inhibitors first), each
        // note with its source.
        let shown = notes_shown(c).await;
        for (shown, note) in shown.iter().zip([ppi, kidney]) {
            let (_, text) = t.medicine_text(note);
            assert!(shown.starts_with(text), "{}: {shown:?}", lang.code());
            assert!(shown.ends_with(&t.medicine_source(note)), "{}: {shown:?}", lang.code());
        }
        let talk =
            wait_for_widget_text(c, 0, "[data-testid=medicines] [role=status]", |s| !s.is_empty())
                .await;
        assert_eq!(talk, t.medicines_talk);
        let href = widget_find(c, 0, "[data-testid=medicine-note] a")
            .await
            .unwrap()
            .attr("href")
            .await
            .unwrap();
        assert_eq!(href.as_deref(), Some(ppi.url));
        // Unticking takes the note away and keeps the section open.
        tick(c, ppi.wire_id).await;
        wait_for_notes(c, 1).await;
        assert!(notes_shown(c).await[0].starts_with(t.medicine_text(kidney).1));
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_share_link_carries_the_ticked_items() {
    let page = Page::open("/widget.html?age=60", 1280, 1400).await;
    let c = &page.client;
    tap(&widget_find(c, 0, SECTION).await.unwrap()).await;
    tick(c, 3).await;
    tick(c, 5).await;
    click_button(c, 0, sel::SHARE_BUTTON, "Copy link").await;
    let link =
        widget_find(c, 0, sel::SHARE_LINK).await.unwrap().prop("value").await.unwrap().unwrap();
    assert!(link.contains("#mc3."), "{link}");
    page.client.goto("about:blank").await.unwrap();
    page.client.goto(&link).await.unwrap();
    // Restored: the section is open, with the two boxes ticked and their notes.
    wait_for_notes(c, 2).await;
    let ticked = run(
        c,
        "return [...document.querySelector('magnesium-calculator').shadowRoot
            .querySelectorAll('.mc-medicines input:checked')].map(i => i.id)",
    )
    .await;
    assert_eq!(ticked, serde_json::json!(["mc-medicine-3", "mc-medicine-5"]));
    assert!(widget_find(c, 0, sel::RESTORE_NOTES).await.is_err(), "nothing was left out");
    page.close().await;
}
