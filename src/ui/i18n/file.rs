//! The language files: the build writes every table but English to a file
//! beside the wasm (`language_file`), and the loader hands the one a widget
//! needs to `load_language` before the widget renders.

use super::*;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The tables loaded from language files (kept for the page's life).
    pub(super) static LOADED: std::cell::Cell<Translated<Option<&'static Messages>>> =
        const { std::cell::Cell::new(Translated([None; Lang::COUNT])) };
}

/// The first line of a language file: what it is, the language, the
/// release that wrote it and how many texts follow (a file from another
/// build would put texts in the wrong places, so it is refused).
fn language_file_header(lang: Lang, count: usize) -> String {
    format!("magnesium-calculator messages {} {} {count}", lang.code(), env!("CARGO_PKG_VERSION"))
}

/// A language's texts as a file: the header, then one text per line in the
/// order of `Messages::all`, with `\`, `\n` and `\r` escaped.
pub fn language_file(messages: &Messages) -> String {
    let texts = messages.all();
    let mut file = language_file_header(messages.lang, texts.len());
    for (_, text) in texts {
        file.push('\n');
        file.push_str(&text.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r"));
    }
    file.push('\n');
    file
}

/// Reads a language file back (the inverse of `language_file`).
pub fn read_language_file(lang: Lang, file: &str) -> Result<Messages, String> {
    let header = file.lines().next().unwrap_or_default();
    if header != language_file_header(lang, file.lines().count().saturating_sub(1)) {
        return Err(format!("not this build's {} texts: {header:?}", lang.code()));
    }
    // Kept for the page's life, as compiled-in tables are.
    let file: &'static str = Box::leak(file.to_owned().into_boxed_str());
    let texts: Vec<&'static str> = file.lines().skip(1).map(unescape).collect();
    Messages::from_texts(lang, &texts).ok_or_else(|| format!("{} texts incomplete", lang.code()))
}

/// One line of a language file as its text (see `language_file`).
fn unescape(line: &'static str) -> &'static str {
    if !line.contains('\\') {
        return line;
    }
    let mut text = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
        } else if let Some(escaped) = chars.next() {
            text.push(match escaped {
                'n' => '\n',
                'r' => '\r',
                other => other,
            });
        }
    }
    Box::leak(text.into_boxed_str())
}

/// Makes a language file's texts the language's table in this page (wasm).
#[cfg(target_arch = "wasm32")]
pub fn load_language(lang: Lang, file: &str) -> Result<(), String> {
    if lang.is_loaded() {
        return Ok(());
    }
    let messages: &'static Messages = Box::leak(Box::new(read_language_file(lang, file)?));
    LOADED.with(|loaded| {
        let mut tables = loaded.get();
        tables[lang] = Some(messages);
        loaded.set(tables);
    });
    Ok(())
}
