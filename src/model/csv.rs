//! A small RFC 4180 CSV reader for the project's own data files.
//!
//! The files in `data/` are UTF-8, comma separated, `"`-quoted where needed,
//! with a header row. This reader is strict: a stray quote or a row with the
//! wrong number of fields is an error naming the line, never a guess.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub problem: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

/// A parsed table: the header names and the rows, each as many fields as the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The index of a named column, or an error naming the missing column.
    pub fn column(&self, name: &str) -> Result<usize, CsvError> {
        self.header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| CsvError { line: 1, problem: format!("no column named {name:?}") })
    }
}

/// Parses a whole CSV text. Line numbers in errors count from 1.
pub fn parse(text: &str) -> Result<Table, CsvError> {
    let mut records = Vec::new();
    let mut field = String::new();
    let mut record: Vec<String> = Vec::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut record_line = 1;
    let mut chars = text.chars().peekable();
    let mut field_started_quoted = false;

    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !field_started_quoted => {
                in_quotes = true;
                field_started_quoted = true;
            }
            '"' => {
                return Err(CsvError { line, problem: "a quote inside an unquoted field".into() })
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                field_started_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                field_started_quoted = false;
                records.push((record_line, std::mem::take(&mut record)));
                line += 1;
                record_line = line;
            }
            _ if field_started_quoted => {
                return Err(CsvError { line, problem: "text after a closing quote".into() })
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError { line, problem: "a quoted field is not closed".into() });
    }
    if !field.is_empty() || !record.is_empty() || field_started_quoted {
        record.push(field);
        records.push((record_line, record));
    }

    let mut records = records.into_iter();
    let (_, header) =
        records.next().ok_or(CsvError { line: 1, problem: "the file is empty".into() })?;
    let mut rows = Vec::new();
    for (line, record) in records {
        if record.len() == 1 && record[0].is_empty() {
            continue; // blank line
        }
        if record.len() != header.len() {
            return Err(CsvError {
                line,
                problem: format!("{} fields where the header has {}", record.len(), header.len()),
            });
        }
        rows.push(record);
    }
    Ok(Table { header, rows })
}

/// `x` to 0.01, as the data files write figures (rounded as `{:.2}` writes).
pub fn hundredths(x: f64) -> f64 {
    format!("{x:.2}").parse().unwrap_or(x)
}

/// A text read from a data file, held for the rest of the process as the
/// `'static` text the model's tables carry. The tables' readers run in the
/// code generator (`cargo xtask codegen`) and in tests, once per file; the
/// widget itself reads no file: its tables are literals (`model::generated`).
pub fn keep(text: &str) -> &'static str {
    Box::leak(text.into())
}

/// A cell that must be a finite number, zero or more; the error names `what`.
pub fn number(text: &str, what: &str) -> Result<f64, String> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n >= 0.0)
        .ok_or_else(|| format!("{what}: {text:?} is not a number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_fields_with_commas_and_doubled_quotes() {
        let t = parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n1,\n").unwrap();
        assert_eq!(t.header, ["a", "b"]);
        assert_eq!(
            t.rows,
            vec![vec!["x, y".to_string(), "say \"hi\"".into()], vec!["1".into(), "".into()]]
        );
    }

    #[test]
    fn last_line_without_newline_is_kept() {
        let t = parse("a\r\n1\r\n2").unwrap();
        assert_eq!(t.rows, vec![vec!["1".to_string()], vec!["2".to_string()]]);
    }

    #[test]
    fn wrong_field_count_names_the_line() {
        let e = parse("a,b\n1,2\n3\n").unwrap_err();
        assert_eq!(e.line, 3);
    }

    #[test]
    fn unclosed_quote_and_stray_quote_are_errors() {
        assert!(parse("a\n\"open\n").is_err());
        assert!(parse("a\nx\"y\n").is_err());
        assert!(parse("a\n\"x\"y\n").is_err());
        assert!(parse("").is_err());
    }
}
