//! Rust source for values, one way everywhere: texts and floats exactly as
//! `{:?}` writes them (a float read back is the same float), lists one item
//! per line so that a changed row is a changed line in review.

use magnesium_calculator::model::lang::Texts;
use magnesium_calculator::model::{Sex, Standard};

/// A text as a Rust string literal.
pub fn text(t: &str) -> String {
    format!("{t:?}")
}

/// A float as a Rust literal that reads back as the same float.
pub fn float(x: f64) -> String {
    format!("{x:?}")
}

pub fn option<T>(value: Option<T>, write: impl Fn(T) -> String) -> String {
    match value {
        Some(v) => format!("Some({})", write(v)),
        None => "None".to_string(),
    }
}

/// A text in each interface language as a `Translated` (in `Lang::ALL` order).
pub fn translated(texts: &Texts) -> String {
    let each: Vec<String> = texts.iter().map(|(_, t)| text(t)).collect();
    format!("Translated([{}])", each.join(", "))
}

/// A slice expression of `items`, each written by `item`, one per line,
/// indented for a `static` at the top of a file.
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

/// `Standard::Iom1997`: the variant's own name, which `Debug` writes.
pub fn standard(s: Standard) -> String {
    format!("Standard::{s:?}")
}

pub fn sex(s: Sex) -> String {
    format!("Sex::{s:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_and_floats_are_written_so_that_rust_reads_them_back_the_same() {
        assert_eq!(text("a \"b\"\n\\ é"), r#""a \"b\"\n\\ é""#);
        assert_eq!(float(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float(420.0), "420.0");
        assert_eq!(standard(Standard::Efsa2015), "Standard::Efsa2015");
        assert_eq!(option(Some(3), |m| m.to_string()), "Some(3)");
        assert_eq!(slice(&[1, 2], |n| n.to_string()), "&[\n    1,\n    2,\n]");
    }
}
