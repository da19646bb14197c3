//! The widget's heading levels. On a writer's page its title is an `<h2>`
//! under the article's own `<h1>`, and its sections' headings come below
//! it; where the calculator is the page (widget.html) its title is the
//! page's `<h1>` and every heading moves one level up, so that the outline
//! has no gap (axe's heading-order rule).

use yew::prelude::*;

/// Given by `app` to every component below it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Headings {
    /// The title's level: 1 or 2.
    pub title: u8,
}

/// The tag of a heading that is at `level` on a writer's page (the title 2,
/// the sections 3, their parts 4).
#[hook]
pub fn use_heading(level: u8) -> &'static str {
    let title = use_context::<Headings>().map_or(2, |h| h.title);
    match (level + title).saturating_sub(2) {
        0 | 1 => "h1",
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    }
}
