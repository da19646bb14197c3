//! The interface languages, declared once. A translated value in the
//! tables (a group's name, a form's note) is a `Translated`, found by its
//! `Lang`; a data file's translations are found by column name
//! (`name_es`…), never by position.

use std::ops::Index;

/// The interface languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    De,
    Fr,
}

impl Lang {
    /// Every language, English first (it is the fallback).
    pub const ALL: [Lang; Lang::COUNT] = [Lang::En, Lang::Es, Lang::De, Lang::Fr];
    /// How many there are.
    pub const COUNT: usize = 4;

    /// "de", "de-AT", "DE_ch" → German; a language without a table → None.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first supported language among, in order: the element's `lang`
    /// (or the nearest ancestor's, i.e. the page's), then the browser's
    /// languages; English if none is supported.
    pub fn resolve<'a>(
        element_or_page: Option<&'a str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        element_or_page.into_iter().chain(browser).find_map(Lang::from_tag).unwrap_or_default()
    }

    /// The language's code: in attributes, file names and data columns.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    /// Its place in `ALL`, and so in a `Translated`.
    fn slot(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Es => 1,
            Lang::De => 2,
            Lang::Fr => 3,
        }
    }
}

/// One value for each language, read by language: `names[lang]`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Translated<T>(
    /// In `Lang::ALL` order (the generated tables spell it out).
    pub [T; Lang::COUNT],
);

impl<T> Translated<T> {
    /// A value for each language from `value(lang)`.
    pub fn from_fn(mut value: impl FnMut(Lang) -> T) -> Translated<T> {
        Translated(Lang::ALL.map(&mut value))
    }

    /// (language, value) pairs, in `Lang::ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        Lang::ALL.into_iter().map(move |lang| (lang, &self[lang]))
    }
}

impl<T> Index<Lang> for Translated<T> {
    type Output = T;
    fn index(&self, lang: Lang) -> &T {
        &self.0[lang.slot()]
    }
}

impl<T> std::ops::IndexMut<Lang> for Translated<T> {
    fn index_mut(&mut self, lang: Lang) -> &mut T {
        &mut self.0[lang.slot()]
    }
}

/// Texts in each language, as the tables carry them.
pub type Texts = Translated<&'static str>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_slot_in_the_order_of_all() {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.slot(), i);
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
        let t = Translated::from_fn(|lang| lang.code());
        assert_eq!(t[Lang::De], "de");
        assert_eq!(t.iter().map(|(l, _)| l).collect::<Vec<_>>(), Lang::ALL);
    }
}
