//! "Copy link" (the inputs in the URL fragment), "Remember on this device",
//! and the reader's log as a file: saved (JSON, to open again here), for a
//! spreadsheet (CSV), and opened again. No network: a download and a file input.

use crate::model::saved_file::{from_json, to_json, FileError, MAX_FILE_BYTES};
use crate::model::share::{encode, Decoded, SharedInputs};
use crate::ui::hooks::share_actions::use_share_actions;
use crate::ui::i18n::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub lang: Lang,
    /// The reader's inputs as a link carries them.
    pub inputs: SharedInputs,
    pub remember: bool,
    pub on_remember: Callback<bool>,
    /// Downloads the log as CSV (the app builds it from the log).
    pub on_save_csv: Callback<()>,
    /// A saved file was opened and read: restore its inputs.
    pub on_open: Callback<Decoded>,
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let t = props.lang.messages();
    let page = use_share_actions();
    let link = use_state(|| None::<String>);
    let copied = use_state(|| false);
    let on_copy = {
        let (fragment, link, copied) = (encode(&props.inputs), link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let url = page.link_to_this_page(&fragment);
            link.set(Some(url.clone()));
            let copied = copied.clone();
            page.copy(url, Callback::from(move |ok| copied.set(ok)));
        })
    };
    let on_remember = props
        .on_remember
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    // What became of the last file opened: read, or why not (nothing changed).
    let file_status = use_state(|| None::<Result<(), FileError>>);
    let on_save_file = {
        let inputs = props.inputs.clone();
        Callback::from(move |_: MouseEvent| {
            page.download("magnesium-log.json", "application/json", &to_json(&inputs))
        })
    };
    let on_file = {
        let (on_open, file_status) = (props.on_open.clone(), file_status.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let (on_open, file_status, field) =
                (on_open.clone(), file_status.clone(), input.clone());
            page.read_chosen_file(
                &input,
                MAX_FILE_BYTES,
                Callback::from(move |text: Result<String, bool>| {
                    let opened = match text {
                        Ok(text) => from_json(&text),
                        Err(true) => Err(FileError::TooLarge),
                        Err(false) => Err(FileError::NotOurs),
                    };
                    file_status.set(Some(opened.as_ref().map(|_| ()).map_err(Clone::clone)));
                    if let Ok(decoded) = opened {
                        on_open.emit(decoded);
                    }
                    field.set_value(""); // the same file can be chosen again
                }),
            );
        })
    };
    let on_print = Callback::from(move |e: MouseEvent| {
        if let Some(button) = e.target_dyn_into::<web_sys::Element>() {
            page.print_report(&button);
        }
    });
    let status = match &*file_status {
        None => String::new(),
        Some(Ok(())) => t.file_opened.to_string(),
        Some(Err(e)) => t.file_error(e).to_string(),
    };
    html! {
        <div class="mc-share">
            <button type="button" class="mc-secondary" onclick={on_copy}>{ t.copy_link }</button>
            if let Some(url) = (*link).clone() {
                <div class="mc-field">
                    <label for="mc-share-link">{ t.link_label }</label>
                    <input id="mc-share-link" type="text" readonly=true value={url} aria-describedby="mc-share-note" />
                    <p id="mc-share-note" class="mc-note" role="status">
                        if *copied { <span class="mc-copied">{ t.link_copied }</span> }
                        { t.link_note }
                    </p>
                </div>
            }
            <div class="mc-check">
                <input id="mc-remember" type="checkbox" checked={props.remember} onchange={on_remember}
                    aria-describedby="mc-remember-note" />
                <label for="mc-remember">{ t.remember }</label>
            </div>
            <p id="mc-remember-note" class="mc-note">{ t.remember_note }</p>
            <div class="mc-print">
                <button type="button" class="mc-secondary" onclick={on_print} aria-describedby="mc-print-note"
                    data-testid="print-report">{ t.print_report }</button>
                <p id="mc-print-note" class="mc-note">{ t.print_note }</p>
            </div>
            <div class="mc-files">
                <button type="button" class="mc-secondary" onclick={on_save_file}>{ t.save_file }</button>
                <button type="button" class="mc-secondary" onclick={props.on_save_csv.reform(|_: MouseEvent| ())}>
                    { t.save_csv }
                </button>
                <div class="mc-field">
                    <label for="mc-open-file">{ t.open_file }</label>
                    <input id="mc-open-file" type="file" accept=".json,application/json" onchange={on_file}
                        aria-describedby="mc-file-note" />
                </div>
                <p class="mc-note" role="status" data-testid="file-status">{ status }</p>
                <p id="mc-file-note" class="mc-note">{ t.file_note }</p>
            </div>
        </div>
    }
}
