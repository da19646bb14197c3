//! "Save my log" and "Open a saved log": the reader's inputs as a small,
//! versioned JSON file that stays readable by every later version.
//!
//! The file wraps the share-link payload (`model::share`, itself versioned
//! and covered by golden tests), so a file and a link carry exactly the same
//! inputs and go through the same validation:
//!
//! `{"format": "magnesium-calculator-log", "version": 1, "inputs": "mc3.…"}`
//!
//! Reading is strict about what it accepts and never panics: anything else
//! (another file, a damaged or newer one, a huge one) is a `FileError`, and
//! nothing is restored. Pure Rust, tested natively (with a fuzz property test).

use super::share::{decode, encode, Decoded, ShareError, SharedInputs};

pub const FORMAT: &str = "magnesium-calculator-log";
pub const VERSION: u64 = 1;
/// Far above any real log (a link is at most 6,000 characters): a larger file
/// is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

/// Why a file could not be opened. Nothing is restored in any of these cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    /// Not a file this calculator saved (another JSON, a spreadsheet, a picture…).
    NotOurs,
    /// Saved by a newer version of the calculator.
    Newer,
    /// Ours, but damaged: its inputs cannot be read.
    Damaged,
}

/// The file's text for these inputs.
pub fn to_json(inputs: &SharedInputs) -> String {
    format!(
        "{{\"format\": \"{FORMAT}\", \"version\": {VERSION}, \"inputs\": \"{}\"}}\n",
        encode(inputs)
    )
}

/// Reads a saved file: its inputs and what in them was left out.
pub fn from_json(text: &str) -> Result<Decoded, FileError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::TooLarge);
    }
    let fields =
        parse_flat_object(text.trim_start_matches('\u{feff}')).ok_or(FileError::NotOurs)?;
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v);
    match get("format") {
        Some(Value::Text(format)) if format == FORMAT => {}
        _ => return Err(FileError::NotOurs),
    }
    match get("version") {
        Some(Value::Number(v)) if *v == VERSION => {}
        Some(Value::Number(v)) if *v > VERSION => return Err(FileError::Newer),
        _ => return Err(FileError::Damaged),
    }
    let Some(Value::Text(inputs)) = get("inputs") else { return Err(FileError::Damaged) };
    decode(inputs).map_err(|e| match e {
        ShareError::UnsupportedVersion => FileError::Newer,
        _ => FileError::Damaged,
    })
}

#[derive(Debug, PartialEq)]
enum Value {
    Text(String),
    Number(u64),
}

/// A JSON object whose values are strings or whole numbers, nothing nested:
/// all this format needs. None for anything else.
fn parse_flat_object(text: &str) -> Option<Vec<(String, Value)>> {
    let mut p = Parser { chars: text.chars().peekable() };
    p.space();
    p.expect('{')?;
    let mut fields = Vec::new();
    p.space();
    if p.eat('}') {
        return p.at_end().then_some(fields);
    }
    loop {
        p.space();
        let key = p.string()?;
        p.space();
        p.expect(':')?;
        p.space();
        let value = match p.chars.peek()? {
            '"' => Value::Text(p.string()?),
            '0'..='9' => Value::Number(p.number()?),
            _ => return None,
        };
        if fields.len() >= 16 || fields.iter().any(|(k, _)| *k == key) {
            return None;
        }
        fields.push((key, value));
        p.space();
        if p.eat(',') {
            continue;
        }
        p.expect('}')?;
        return p.at_end().then_some(fields);
    }
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Parser<'_> {
    fn space(&mut self) {
        while self.chars.next_if(|c| matches!(c, ' ' | '\t' | '\n' | '\r')).is_some() {}
    }
    fn eat(&mut self, c: char) -> bool {
        self.chars.next_if_eq(&c).is_some()
    }
    fn expect(&mut self, c: char) -> Option<()> {
        self.eat(c).then_some(())
    }
    fn at_end(&mut self) -> bool {
        self.space();
        self.chars.peek().is_none()
    }
    fn number(&mut self) -> Option<u64> {
        let mut n: u64 = 0;
        while let Some(d) = self.chars.next_if(char::is_ascii_digit) {
            n = n.checked_mul(10)?.checked_add(u64::from(d.to_digit(10)?))?;
        }
        Some(n)
    }
    fn string(&mut self) -> Option<String> {
        self.expect('"')?;
        let mut out = String::new();
        loop {
            match self.chars.next()? {
                '"' => return Some(out),
                '\\' => match self.chars.next()? {
                    '"' => out.push('"'),
                    '\\' => out.push('\\'),
                    '/' => out.push('/'),
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'u' => {
                        let hex: String =
                            (0..4).map(|_| self.chars.next()).collect::<Option<_>>()?;
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    _ => return None,
                },
                c if (c as u32) < 0x20 => return None,
                c => out.push(c),
            }
            if out.len() > MAX_FILE_BYTES as usize {
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::food_table::FoodId;
    use crate::model::share::{AgeGiven, SharedEntry};

    fn inputs() -> SharedInputs {
        SharedInputs {
            age_milli: Some((34_000, AgeGiven::Years)),
            days: vec![
                vec![SharedEntry::FoodGrams { food: FoodId(12061), grams_milli: 28_350 }],
                vec![SharedEntry::Elemental {
                    medicine: false,
                    mg_milli: 250_000,
                    name: "Mag \"B\" 250".into(),
                }],
            ],
            answers: vec![(0, 2), (3, 4)],
            ..SharedInputs::default()
        }
    }

    #[test]
    fn a_saved_file_opens_to_the_same_inputs() {
        let decoded = from_json(&to_json(&inputs())).unwrap();
        assert_eq!(decoded.inputs, inputs());
        assert!(decoded.ignored.is_empty());
    }

    /// Made by version 0.1.0 (file version 1, link format mc2), 2026-11.
    const GOLDEN_V1: &str = "{\"format\": \"magnesium-calculator-log\", \"version\": 1, \"inputs\": \"mc2.AdCJAgAAAAABBQHQRqCNBgHkYaCNBgGPfaCNBgHBWaCNBgGdXqCNBgAAAA\"}\n";

    #[test]
    fn a_file_saved_by_version_one_still_opens() {
        let decoded = from_json(GOLDEN_V1).unwrap();
        assert_eq!(decoded.inputs.days[0].len(), 5);
        assert_eq!(decoded.inputs.age_milli, Some((34_000, AgeGiven::Years)));
    }

    #[test]
    fn other_files_damaged_newer_and_huge_ones_are_refused() {
        let ours = to_json(&inputs());
        assert_eq!(from_json("").unwrap_err(), FileError::NotOurs);
        assert_eq!(from_json("ndb_id,description\n01001,Butter").unwrap_err(), FileError::NotOurs);
        assert_eq!(
            from_json("{\"format\": \"something-else\", \"version\": 1}").unwrap_err(),
            FileError::NotOurs
        );
        assert_eq!(
            from_json(&ours.replace("\"version\": 1", "\"version\": 2")).unwrap_err(),
            FileError::Newer
        );
        assert_eq!(from_json(&ours.replace("mc3.", "mc9.")).unwrap_err(), FileError::Newer);
        assert_eq!(from_json(&ours.replace("mc3.", "mc3.@")).unwrap_err(), FileError::Damaged);
        assert_eq!(from_json(&ours[..ours.len() - 10]).unwrap_err(), FileError::NotOurs);
        assert_eq!(from_json(&" ".repeat(70_000)).unwrap_err(), FileError::TooLarge);
        assert_eq!(
            from_json(&format!("\u{feff}{ours}")).unwrap().inputs,
            inputs(),
            "a byte-order mark is fine"
        );
        assert_eq!(
            from_json(
                "{\"format\": \"magnesium-calculator-log\", \"format\": \"x\", \"version\": 1}"
            )
            .unwrap_err(),
            FileError::NotOurs,
            "a repeated key"
        );
    }

    #[test]
    fn json_strings_with_escapes_are_read() {
        let fields = parse_flat_object(r#"{"a": "x\"y\\z\u00e9\n", "b": 12}"#).unwrap();
        assert_eq!(fields[0], ("a".to_string(), Value::Text("x\"y\\zé\n".into())));
        assert_eq!(fields[1], ("b".to_string(), Value::Number(12)));
        assert!(parse_flat_object(r#"{"a": {"b": 1}}"#).is_none());
        assert!(parse_flat_object(r#"{"a": 99999999999999999999999}"#).is_none());
    }
}
