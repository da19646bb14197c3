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
/// release that wrote it, how many texts follow and how many food names
/// after them (a file from another build would put texts in the wrong
/// places, so it is refused).
fn language_file_header(lang: Lang, texts: usize, food_names: usize) -> String {
    format!(
        "magnesium-calculator messages {} {} {texts} {food_names}",
        lang.code(),
        env!("CARGO_PKG_VERSION")
    )
}

/// A language's texts as a file: the header, one text per line in the
/// order of `Messages::all` with `\\`, `\\n` and `\\r` escaped, then one
/// food name per line as "id<TAB>name".
pub fn language_file(messages: &Messages) -> String {
    let texts = messages.all();
    let names = messages.food_names.0;
    let mut file = language_file_header(messages.lang, texts.len(), names.len());
    for (_, text) in texts {
        file.push('\n');
        file.push_str(&escape(text));
    }
    for (id, name) in names {
        file.push_str(&format!("\n{id}\t{}", escape(name)));
    }
    file.push('\n');
    file
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r").replace('\t', "\\t")
}

/// Reads a language file back (the inverse of `language_file`).
pub fn read_language_file(lang: Lang, file: &str) -> Result<Messages, String> {
    let refused = || format!("not this build's {} texts", lang.code());
    let header = file.lines().next().unwrap_or_default();
    let mut counts = header.rsplit(' ').take(2).map(|n| n.parse::<usize>());
    let (Some(Ok(name_count)), Some(Ok(text_count))) = (counts.next(), counts.next()) else {
        return Err(format!("{}: {header:?}", refused()));
    };
    if header != language_file_header(lang, text_count, name_count)
        || file.lines().count() != 1 + text_count + name_count
    {
        return Err(format!("{}: {header:?}", refused()));
    }
    // Kept for the page's life, as compiled-in tables are.
    let file: &'static str = Box::leak(file.to_owned().into_boxed_str());
    let texts: Vec<&'static str> = file.lines().skip(1).take(text_count).map(unescape).collect();
    let mut names = Vec::with_capacity(name_count);
    for line in file.lines().skip(1 + text_count) {
        let (id, name) = line.split_once('\t').ok_or_else(refused)?;
        names.push((id.parse::<u32>().map_err(|_| refused())?, unescape(name)));
    }
    if !names.windows(2).all(|w| w[0].0 < w[1].0) {
        return Err(format!("{} food names out of order", lang.code()));
    }
    let food_names = FoodNames(Box::leak(names.into_boxed_slice()));
    Messages::from_texts(lang, &texts, food_names)
        .ok_or_else(|| format!("{} texts incomplete", lang.code()))
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
                't' => '\t',
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
