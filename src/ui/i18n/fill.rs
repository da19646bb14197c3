//! Putting values into templates, and writing figures.

use super::*;

/// Puts values into a template: `fill("{n} mg", &[("n", "5")])` = "5 mg".
/// One pass over the template (no search per placeholder: this runs for
/// every line of every render). A `{name}` not among `values` stays as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Milligrams rounded for display; the totals use the unrounded figures.
pub fn mg(value: f64) -> String {
    decimal(value, 0)
}

/// A filled template cut around one placeholder, so that the value can be
/// put in its own element (e.g. `<strong>`): ("Your RDA: ", " mg a day.").
pub fn around(filled: &str, placeholder: &str) -> (String, String) {
    let marker = format!("{{{placeholder}}}");
    match filled.split_once(&marker) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (filled.to_string(), String::new()),
    }
}
