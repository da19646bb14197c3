//! The widget's opening screen as static HTML, rendered natively at build
//! time (`cargo xtask post-build`) with Yew's server renderer from the same
//! `App` the wasm runs, in each language, so the two cannot drift apart:
//! - in widget.html, where it is the page's first paint;
//! - in a file per language beside the loader, which shows it in place of
//!   its plain placeholder on a writer's page once fetched.
//!
//! The loader then mounts the app over it (`ui::state::prerendered`).

use crate::model::Standard;
use crate::ui::i18n::Lang;
use crate::ui::state::prerendered::Prerendered;
use crate::ui::{App, AppProps};

/// The opening screen in `lang` with `standard` chosen, as the app's first
/// render at its opening stage draws it; the title is the page's `<h1>`
/// when `page_title` (widget.html), else an `<h2>` in a writer's article.
/// No hydration markers: the app replaces this HTML rather than hydrating it.
pub fn opening_screen_with(lang: Lang, standard: Standard, page_title: bool) -> String {
    let props = AppProps {
        standard,
        lang: Some(lang),
        prerendered: Some(Prerendered { page_title, building: true, ..Prerendered::default() }),
        ..AppProps::default()
    };
    // Nothing on the opening screen suspends or spawns a task: the render
    // completes within this one poll.
    futures::executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render(),
    )
}

/// widget.html's opening screen: the default standard, the page's title.
pub fn opening_screen(lang: Lang) -> String {
    opening_screen_with(lang, Standard::default(), true)
}

/// The loader's file for `lang` (`magnesium-calculator-opening-de.html`):
/// the screen for each standard in a `<template>` named by the standard's
/// code and short name, as the `standard` attribute may spell it; the
/// default standard's first, which the loader also takes for an unknown one
/// (as the app does).
pub fn opening_file(lang: Lang) -> String {
    let mut standards = vec![Standard::default()];
    standards.extend(Standard::ALL.into_iter().filter(|s| *s != Standard::default()));
    standards
        .into_iter()
        .map(|s| {
            format!(
                "<template data-code=\"{}\" data-short=\"{}\">{}</template>",
                s.code().to_ascii_lowercase(),
                s.short_name(),
                opening_screen_with(lang, s, false)
            )
        })
        .collect()
}
