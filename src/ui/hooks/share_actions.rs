//! What "Copy link" and the log's files ask of the browser: a link to this
//! page, the clipboard, a download and a chosen file, through `platform`.

use crate::ui::platform::page;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The browser actions of the share panel (stand-ins off the web).
#[derive(Clone, Copy, PartialEq)]
pub struct ShareActions;

impl ShareActions {
    /// This page's address with `fragment` after the `#`.
    pub fn link_to_this_page(self, fragment: &str) -> String {
        page::link_to_this_page(fragment)
    }

    /// Puts `text` on the clipboard; `done` hears whether it worked.
    pub fn copy(self, text: String, done: Callback<bool>) {
        page::copy(text, done)
    }

    /// Saves `text` as a file named `name` (a download made in the page).
    pub fn download(self, name: &str, mime: &str, text: &str) {
        page::download(name, mime, text)
    }

    /// Prints the one-page report, starting from the button pressed.
    pub fn print_report(self, from: &web_sys::Element) {
        page::print_report(from)
    }

    /// Today, for the report's date.
    pub fn today(self) -> String {
        page::today()
    }

    /// Reads the file chosen in `input`, up to `max_bytes`: its text, or
    /// whether it was refused for its size (true) or could not be read.
    pub fn read_chosen_file(
        self,
        input: &HtmlInputElement,
        max_bytes: u64,
        done: Callback<Result<String, bool>>,
    ) {
        page::read_chosen_file(input, max_bytes, done)
    }
}

/// The share panel's browser actions.
#[hook]
pub fn use_share_actions() -> ShareActions {
    ShareActions
}
