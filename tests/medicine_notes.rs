//! The medicines and conditions section: every item shown has its wording
//! in the four languages and an official source, and the language files
//! carry the wording to the wasm unchanged.

use magnesium_calculator::model::medicine_notes::{medicine_notes, NoteKind};
use magnesium_calculator::ui::i18n::{language_file, read_language_file, Lang};

#[test]
fn every_item_has_a_text_in_four_languages_and_a_source() {
    let notes = medicine_notes();
    // The FDA's PPI communication, the diuretics, the three kinds of
    // medicine to keep apart, the quinolones' own label, kidney disease.
    assert_eq!(notes.len(), 7);
    for note in notes {
        assert!(!note.source.is_empty() && note.url.starts_with("https://"), "{}", note.id);
        let english = Lang::En.messages().medicine_text(note);
        for lang in Lang::ALL {
            let (label, text) = lang.messages().medicine_text(note);
            assert!(!label.is_empty() && !text.is_empty(), "{} in {}", note.id, lang.code());
            if lang != Lang::En {
                assert_ne!(text, english.1, "{} is left in English in {}", note.id, lang.code());
            }
        }
    }
    assert!(notes.iter().any(|n| n.kind == NoteKind::Condition && n.id == "kidney_disease"));
}

#[test]
fn the_wording_sends_readers_to_a_professional_and_never_to_more_magnesium() {
    let t = Lang::En.messages();
    for note in medicine_notes() {
        let (_, text) = t.medicine_text(note);
        let lower = text.to_lowercase();
        for forbidden in
            ["take more", "increase your dose", "symptom checklist", "you are deficient"]
        {
            assert!(!lower.contains(forbidden), "{}: {text}", note.id);
        }
    }
    // The intervals are the labels' own.
    let text = |id: &str| {
        let note = medicine_notes().iter().find(|n| n.id == id).unwrap();
        t.medicine_text(note).1
    };
    assert!(text("tetracycline").contains("2 to 3 hours"));
    assert!(text("bisphosphonate").contains("3 to 4 hours"));
    assert!(text("iron").contains("3 to 4 hours"));
    assert!(text("quinolone").contains("2 hours before or 6 hours after"));
    assert!(text("proton_pump_inhibitor").contains("quarter"));
    assert!(t.medicines_talk.contains("doctor or pharmacist"));
}

#[test]
fn language_files_carry_the_wording() {
    for lang in [Lang::Es, Lang::De, Lang::Fr] {
        let messages = lang.messages();
        let read = read_language_file(lang, &language_file(messages)).unwrap();
        assert_eq!(read.medicine_texts, messages.medicine_texts, "{}", lang.code());
        assert_eq!(read.medicine_texts.len(), medicine_notes().len());
    }
}
