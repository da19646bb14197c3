//! Rust source for the tables build.rs writes for `bundled!` (model/mod.rs):
//! each table's `to_rust` writes its texts through these, one way everywhere.

use super::lang::Texts;

/// A text as a Rust expression borrowing it.
pub fn text(t: &str) -> String {
    format!("Cow::Borrowed({t:?})")
}

/// A text in each interface language as a Rust `Translated` (in
/// `Lang::ALL` order, which only `model::lang` knows).
pub fn translated(texts: &Texts) -> String {
    format!(
        "super::lang::Translated([{}])",
        texts.iter().map(|(_, t)| text(t)).collect::<Vec<_>>().join(", ")
    )
}

/// A Rust slice expression of `items`, each written by `item` (a struct
/// expression), one per line.
pub fn slice<T>(items: &[T], item: impl Fn(&T) -> String) -> String {
    let mut out = String::from("&[\n");
    for x in items {
        out.push_str("    ");
        out.push_str(&item(x));
        out.push_str(",\n");
    }
    out.push(']');
    out
}
