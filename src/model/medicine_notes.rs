//! Medicines and conditions that change magnesium status
//! (`data/reference/medicine_notes.csv`): long use of proton-pump
//! inhibitors, loop and thiazide diuretics, the antibiotics, bisphosphonates
//! and iron that magnesium must be kept apart from, and kidney disease.
//!
//! Each item carries the wording shown to the reader in the four languages
//! and the official text it comes from (an FDA communication, a product's
//! prescribing information or SmPC, the NIH fact sheet). The wording sends
//! the reader to their doctor or pharmacist; it never says "take more", and
//! there is no symptom checklist (low magnesium is often silent).
//!
//! `cargo xtask codegen` reads the file with `parse` and writes the items
//! (`generated::medicine_notes::NOTES`) and one table of texts per language:
//! English is compiled into the wasm, the others travel in the language
//! files, as the food names do. `wire_id` is the item's code in share links
//! and stored inputs: it never changes and is never reused.

use super::csv::{self, keep};
use super::lang::{Lang, Translated};

/// Whether the reader takes it or has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    Medicine,
    Condition,
}

/// One item of the section, without its texts (those are per language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MedicineNote {
    /// Its code in links and stored inputs (never reused).
    pub wire_id: u32,
    /// A readable name for tests and the data file ("proton_pump_inhibitor").
    pub id: &'static str,
    pub kind: NoteKind,
    /// The official text the wording comes from.
    pub source: &'static str,
    pub url: &'static str,
}

/// What the reader reads for one item: the box's label and the note shown
/// when it is ticked.
pub type NoteText = (&'static str, &'static str);

/// A row of the file: the item and its texts in each language.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedNote {
    pub note: MedicineNote,
    pub texts: Translated<NoteText>,
}

/// The items the widget carries, in the order they are shown.
pub fn medicine_notes() -> &'static [MedicineNote] {
    super::generated::medicine_notes::NOTES
}

/// The item with this wire code, if this version knows it.
pub fn by_wire_id(wire_id: u32) -> Option<&'static MedicineNote> {
    medicine_notes().iter().find(|n| n.wire_id == wire_id)
}

/// Reads `medicine_notes.csv`: every text present, a source and an https
/// address for each item, wire codes and ids unique.
pub fn parse(text: &str) -> Result<Vec<ParsedNote>, String> {
    let t = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |n: &str| t.column(n).map_err(|e| e.to_string());
    let (c_wire, c_id, c_kind, c_source, c_url) =
        (col("wire_id")?, col("id")?, col("kind")?, col("source")?, col("url")?);
    let mut c_texts = Translated([(0, 0); Lang::COUNT]);
    for lang in Lang::ALL {
        c_texts[lang] =
            (col(&format!("label_{}", lang.code()))?, col(&format!("note_{}", lang.code()))?);
    }
    let mut rows = Vec::new();
    for r in &t.rows {
        let id = keep(r[c_id].trim());
        let wire_id: u32 = r[c_wire]
            .parse()
            .map_err(|_| format!("medicine notes: bad wire_id {:?}", r[c_wire]))?;
        let kind = match r[c_kind].as_str() {
            "medicine" => NoteKind::Medicine,
            "condition" => NoteKind::Condition,
            other => return Err(format!("medicine notes: {id}: unknown kind {other:?}")),
        };
        let texts = Translated::from_fn(|lang| {
            let (label, note) = c_texts[lang];
            (keep(r[label].trim()), keep(r[note].trim()))
        });
        if let Some((lang, _)) = texts.iter().find(|(_, (l, n))| l.is_empty() || n.is_empty()) {
            return Err(format!("medicine notes: {id} has no {} text", lang.code()));
        }
        let (source, url) = (keep(r[c_source].trim()), keep(r[c_url].trim()));
        if source.is_empty() || !url.starts_with("https://") {
            return Err(format!("medicine notes: {id} needs a source and its https address"));
        }
        if rows.iter().any(|p: &ParsedNote| p.note.wire_id == wire_id || p.note.id == id) {
            return Err(format!("medicine notes: {id} or wire_id {wire_id} is used twice"));
        }
        rows.push(ParsedNote { note: MedicineNote { wire_id, id, kind, source, url }, texts });
    }
    Ok(rows)
}

/// One language's texts from the parsed rows, in the rows' order.
pub fn in_language(rows: &[ParsedNote], lang: Lang) -> Vec<NoteText> {
    rows.iter().map(|r| r.texts[lang]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "wire_id,id,kind,label_en,note_en,label_es,note_es,label_de,note_de,label_fr,note_fr,source,url\n\
        3,tetracycline,medicine,Tetracycline,2-3 h apart,Tetraciclina,2-3 h,Tetracyclin,2-3 Std.,Tétracycline,2-3 h,SmPC,https://example.org/smpc\n\
        7,kidney_disease,condition,Kidney disease,Ask,Enfermedad renal,Consulte,Nierenerkrankung,Fragen,Maladie rénale,Demandez,NIH,https://example.org/nih\n";

    #[test]
    fn items_keep_their_order_codes_and_texts() {
        let rows = parse(FILE).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].note.wire_id, rows[0].note.kind), (3, NoteKind::Medicine));
        assert_eq!(rows[1].note.kind, NoteKind::Condition);
        assert_eq!(in_language(&rows, Lang::De)[1], ("Nierenerkrankung", "Fragen"));
    }

    #[test]
    fn a_missing_text_source_or_a_reused_code_is_refused() {
        assert!(parse(&FILE.replace("Tétracycline", "")).unwrap_err().contains("no fr text"));
        assert!(parse(&FILE.replace("https://example.org/nih", ""))
            .unwrap_err()
            .contains("source"));
        let reused = format!("{FILE}3,other,medicine,a,b,c,d,e,f,g,h,S,https://x.org\n");
        assert!(parse(&reused).unwrap_err().contains("used twice"));
        assert!(parse(&FILE.replace("condition", "symptom")).unwrap_err().contains("unknown kind"));
    }

    #[test]
    fn the_bundled_items_are_found_by_their_wire_code() {
        assert!(!medicine_notes().is_empty());
        for note in medicine_notes() {
            assert_eq!(by_wire_id(note.wire_id), Some(note));
        }
        assert_eq!(by_wire_id(0), None);
    }
}
