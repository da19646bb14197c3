//! Rust source for the tables build.rs writes for `bundled!` (model/mod.rs):
//! each table's `to_rust` writes its texts through these, one way everywhere.

use std::borrow::Cow;

/// A text as a Rust expression borrowing it.
pub fn text(t: &str) -> String {
    format!("Cow::Borrowed({t:?})")
}

/// A text in each interface language (en, es, de, fr) as a Rust array.
pub fn four(texts: &[Cow<'static, str>; 4]) -> String {
    format!("[{}]", texts.iter().map(|t| text(t)).collect::<Vec<_>>().join(", "))
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
