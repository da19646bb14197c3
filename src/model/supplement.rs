//! Supplement salt forms: the share of elemental magnesium by weight.
//!
//! Read from `data/reference/supplement_forms.csv`. US labels already state
//! elemental magnesium, which is the primary input; converting a compound
//! weight is a helper whose assumption (which salt, which hydrate) is kept
//! with the entry and shown to the reader.

use super::csv::{self, keep};
use super::lang::{Lang, Texts, Translated};

#[derive(Debug, Clone, PartialEq)]
pub struct SupplementForm {
    /// The form's code in share links and stored inputs (`wire_id` column):
    /// never renumbered, so reordering the table changes no old link.
    pub wire_id: u32,
    /// e.g. "magnesium citrate (trimagnesium dicitrate anhydrous)"
    pub name: &'static str,
    /// e.g. "Mg3(C6H5O7)2"
    pub formula: &'static str,
    pub elemental_percent: f64,
    pub notes: &'static str,
    pub source: &'static str,
    /// Name and notes in each interface language.
    pub names: Texts,
    pub notes_by_language: Texts,
}

impl SupplementForm {
    /// Elemental magnesium in a given weight of the compound.
    pub fn elemental_mg(&self, compound_mg: f64) -> f64 {
        compound_mg * self.elemental_percent / 100.0
    }

    /// The name in `lang`.
    pub fn name_in(&self, lang: Lang) -> &str {
        self.names[lang]
    }

    pub fn notes_in(&self, lang: Lang) -> &str {
        self.notes_by_language[lang]
    }
}

/// Parses the forms table (`supplement_forms.csv`) and joins its
/// translations (`supplement_form_names.csv`, keyed by the English name); every form must have
/// a name in every language (notes only where the English has one).
pub fn parse_forms_with_names(forms: &str, names: &str) -> Result<Vec<SupplementForm>, String> {
    let mut forms = parse_forms(forms)?;
    let table = csv::parse(names).map_err(|e| e.to_string())?;
    let col = |name: &str| table.column(name).map_err(|e| e.to_string());
    // English is the forms table's own; the others by their code.
    let others: Vec<Lang> = Lang::ALL.into_iter().filter(|l| *l != Lang::En).collect();
    let name_cols: Vec<usize> =
        others.iter().map(|l| col(&format!("name_{}", l.code()))).collect::<Result<_, _>>()?;
    let note_cols: Vec<usize> =
        others.iter().map(|l| col(&format!("notes_{}", l.code()))).collect::<Result<_, _>>()?;
    let c_form = col("form")?;
    for form in &mut forms {
        let row = table
            .rows
            .iter()
            .find(|r| r[c_form] == form.name)
            .ok_or_else(|| format!("no translations for {:?}", form.name))?;
        for ((&lang, &n), &c) in others.iter().zip(&name_cols).zip(&note_cols) {
            if row[n].is_empty() || row[c].is_empty() != form.notes.is_empty() {
                return Err(format!(
                    "translations of {:?}: name or note missing in {}",
                    form.name,
                    lang.code()
                ));
            }
            form.names[lang] = keep(&row[n]);
            form.notes_by_language[lang] = keep(&row[c]);
        }
    }
    Ok(forms)
}

/// Parses the forms table; errors name the line. Names in other languages
/// are the English ones until `parse_forms_with_names` fills them in.
pub fn parse_forms(text: &str) -> Result<Vec<SupplementForm>, String> {
    let table = csv::parse(text).map_err(|e| e.to_string())?;
    let col = |name: &str| table.column(name).map_err(|e| e.to_string());
    let (c_wire, c_form, c_formula, c_percent, c_notes, c_source) = (
        col("wire_id")?,
        col("form")?,
        col("formula_basis")?,
        col("elemental_mg_percent")?,
        col("notes")?,
        col("source")?,
    );
    let forms: Vec<SupplementForm> = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let wire_id: u32 = r[c_wire].parse().map_err(|_| {
                format!("supplement forms line {}: wire_id {:?} is not a number", i + 2, r[c_wire])
            })?;
            let percent: f64 = r[c_percent].parse().map_err(|_| {
                format!("supplement forms line {}: {:?} is not a number", i + 2, r[c_percent])
            })?;
            if !(percent > 0.0 && percent <= 100.0) {
                return Err(format!(
                    "supplement forms line {}: {percent} % is out of range",
                    i + 2
                ));
            }
            Ok(SupplementForm {
                wire_id,
                names: Translated::from_fn(|_| keep(&r[c_form])),
                notes_by_language: Translated::from_fn(|_| keep(&r[c_notes])),
                name: keep(&r[c_form]),
                formula: keep(&r[c_formula]),
                elemental_percent: percent,
                notes: keep(&r[c_notes]),
                source: keep(&r[c_source]),
            })
        })
        .collect::<Result<_, _>>()?;
    // A link names a form by its wire id, so two forms may never share one.
    for (i, form) in forms.iter().enumerate() {
        if forms[..i].iter().any(|f| f.wire_id == form.wire_id) {
            return Err(format!("supplement forms: wire_id {} is used twice", form.wire_id));
        }
    }
    Ok(forms)
}

/// The forms bundled with the calculator, in the table's order: read and
/// checked by `cargo xtask codegen` (a bad row stops it) and written as
/// Rust (`model/generated/supplement_forms.rs`).
pub fn bundled_forms() -> &'static [SupplementForm] {
    super::generated::supplement_forms::FORMS
}

/// The form a share link or stored input names by its wire id.
pub fn form_by_wire_id(forms: &[SupplementForm], wire_id: u32) -> Option<&SupplementForm> {
    forms.iter().find(|f| f.wire_id == wire_id)
}

/// Finds a form by its exact name.
pub fn form_named(name: &str) -> Option<&'static SupplementForm> {
    bundled_forms().iter().find(|f| f.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORMS_CSV: &str = include_str!("../../data/reference/supplement_forms.csv");
    const NAMES_CSV: &str = include_str!("../../data/reference/supplement_form_names.csv");

    /// The forms the generator wrote are the files read again, value for value.
    #[test]
    fn the_generated_forms_are_the_files_read_again() {
        assert_eq!(bundled_forms(), parse_forms_with_names(FORMS_CSV, NAMES_CSV).unwrap());
    }

    #[test]
    fn bundled_forms_all_parse() {
        let forms = parse_forms(FORMS_CSV).expect("supplement_forms.csv parses");
        assert_eq!(forms.len(), 22);
        assert_eq!(bundled_forms().len(), 22);
        let forms =
            parse_forms_with_names(FORMS_CSV, NAMES_CSV).expect("every form has its translations");
        assert_eq!(forms[0].names[Lang::En], "magnesium oxide");
        assert_eq!(forms[0].names[Lang::Es], "óxido de magnesio");
        assert_eq!(forms[0].names[Lang::De], "Magnesiumoxid");
        assert_eq!(forms[0].names[Lang::Fr], "oxyde de magnésium");
        assert!(forms.iter().all(|f| f.names.iter().all(|(_, n)| !n.is_empty())));
    }

    #[test]
    fn oxide_and_citrate_convert_by_their_fractions() {
        let oxide = form_named("magnesium oxide").unwrap();
        assert!((oxide.elemental_mg(500.0) - 301.5).abs() < 1e-9);
        let citrate = form_named("magnesium citrate (magnesium hydrogen citrate 1:1)").unwrap();
        assert!((citrate.elemental_mg(1000.0) - 113.0).abs() < 1e-9);
    }

    #[test]
    fn reordering_the_rows_keeps_every_forms_wire_id() {
        // A data-only edit this project invites: the table sorted another way.
        let mut lines: Vec<&str> = FORMS_CSV.lines().collect();
        lines[1..].reverse();
        let reordered = parse_forms(&lines.join("\n")).unwrap();
        let original = parse_forms(FORMS_CSV).unwrap();
        assert_ne!(reordered[0].name, original[0].name);
        for form in &original {
            assert_eq!(
                form_by_wire_id(&reordered, form.wire_id).map(|f| &f.name),
                Some(&form.name)
            );
        }
    }

    #[test]
    fn a_wire_id_used_twice_is_refused() {
        let header =
            "wire_id,form,formula_basis,molar_mass_g_per_mol,elemental_mg_percent,notes,source";
        assert!(parse_forms(&format!("{header}\n0,a,A,1,10,,s\n0,b,B,1,20,,s\n")).is_err());
    }

    #[test]
    fn bad_percentages_are_refused() {
        assert!(parse_forms("wire_id,form,formula_basis,molar_mass_g_per_mol,elemental_mg_percent,notes,source\n0,x,X,1,abc,,s\n").is_err());
        assert!(parse_forms("wire_id,form,formula_basis,molar_mass_g_per_mol,elemental_mg_percent,notes,source\n0,x,X,1,120,,s\n").is_err());
    }
}
