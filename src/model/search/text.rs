//! Reading words: folding case and accents, splitting, plural endings,
//! and how well a typed word matches a word of the table (exact, prefix,
//! one typo).

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Quality {
    None = 0,
    Typo = 1,
    Prefix = 2,
    Exact = 3,
}

/// Lower-case ASCII with accents folded away; anything else separates words.
pub(super) fn fold(c: char) -> Option<char> {
    Some(match c {
        'a'..='z' | '0'..='9' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'à'..='å' | 'À'..='Å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'Ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'į' => 'i',
        'ñ' | 'Ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'Ò'..='Ö' | 'Ø' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ß' => 's',
        'š' | 'Š' | 'ś' => 's',
        'ž' | 'Ž' | 'ź' | 'ż' => 'z',
        _ => return None,
    })
}

/// The searchable words of a text: "Entrée, 2% milk" → ["entree", "2", "milk"].
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        match fold(c) {
            Some(c) => word.push(c),
            None if !word.is_empty() => out.push(std::mem::take(&mut word)),
            None => {}
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Optimal-string-alignment distance, stopping early once it exceeds 1.
pub(super) fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() && a[i] == b[j] {
        i += 1;
        j += 1;
    }
    let (a, b) = (&a[i..], &b[j..]);
    match (a.len(), b.len()) {
        (0, _) | (_, 0) => a.len().max(b.len()) <= 1,
        _ => {
            a[1..] == b[1..]                                          // substitution
                || a[1..] == *b                                       // deletion
                || *a == b[1..]                                       // insertion
                || (a.len() >= 2 && b.len() >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
            // transposition
        }
    }
}

/// A word without its plural ending, and whether it ended in y:
/// "berries" and "berry" → ("berr", true), "potatoes" → ("potato", false).
pub(super) fn stem(word: &[u8]) -> (&[u8], bool) {
    let n = word.len();
    if n > 4 && word.ends_with(b"ies") {
        (&word[..n - 3], true)
    } else if n > 1 && word.ends_with(b"y") {
        (&word[..n - 1], true)
    } else if n > 4
        && [&b"oes"[..], b"ches", b"shes", b"xes", b"sses"].iter().any(|e| word.ends_with(e))
    {
        (&word[..n - 2], false)
    } else if n > 3 && word.ends_with(b"s") && !word.ends_with(b"ss") && !word.ends_with(b"us") {
        (&word[..n - 1], false)
    } else {
        (word, false)
    }
}

pub(super) fn quality(query: &[u8], word: &[u8]) -> Quality {
    // Singular and plural are the same word: "strawberry", "strawberries".
    if word == query || (word.len().abs_diff(query.len()) <= 2 && stem(word) == stem(query)) {
        return Quality::Exact;
    }
    if word.starts_with(query) {
        return Quality::Prefix;
    }
    // Typos only for words long enough that one edit is still a clear match,
    // and only where the first letter fits (or the first two are swapped):
    // that keeps the vocabulary pass fast and the matches sensible.
    if query.len() < 4 || word.len() + 1 < query.len() {
        return Quality::None;
    }
    let first_fits =
        word[0] == query[0] || (word.len() > 1 && word[0] == query[1] && word[1] == query[0]);
    if !first_fits {
        return Quality::None;
    }
    let typo = (query.len() - 1..=query.len() + 1)
        .filter(|&len| len <= word.len())
        .any(|len| within_one_edit(query, &word[..len]));
    if typo {
        Quality::Typo
    } else {
        Quality::None
    }
}

/// The singular of a word as text: "chops" → "chop".
pub(super) fn stem_str(word: &str) -> &str {
    std::str::from_utf8(stem(word.as_bytes()).0).unwrap_or(word)
}
