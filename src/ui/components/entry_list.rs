//! The log: its days, the current day's entries, and undo after a removal.

use crate::ui::components::entry_row::EntryRow;
use crate::ui::hooks::headings::use_heading;
use crate::ui::i18n::Lang;
use crate::ui::state::{LogEdit, LoggedEntry, Removed};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntryListProps {
    pub lang: Lang,
    pub day_count: usize,
    pub current_day: usize,
    /// The current day's entries.
    pub entries: Vec<LoggedEntry>,
    pub removed: Option<Removed>,
    pub on_edit: Callback<LogEdit>,
    /// The quick estimate: list supplements and medicines only, without days.
    #[prop_or_default]
    pub supplements_only: bool,
    /// Shown above the days: notes about restored inputs.
    #[prop_or_default]
    pub children: Html,
}

#[function_component(EntryList)]
pub fn entry_list(props: &EntryListProps) -> Html {
    let h3 = use_heading(3);
    let t = props.lang.messages();
    let days = html! {
        <div class="mc-days" role="group" aria-label={t.your_log}>
            { for (0..props.day_count).map(|d| html! {
                <button type="button" class="mc-day" aria-pressed={(d == props.current_day).to_string()}
                    onclick={props.on_edit.reform(move |_: MouseEvent| LogEdit::SelectDay(d))}>
                    { t.day_n(d + 1) }
                </button>
            }) }
            <button type="button" class="mc-secondary" data-testid="add-day"
                onclick={props.on_edit.reform(|_: MouseEvent| LogEdit::AddDay)}>{ t.add_day }</button>
            if !props.entries.is_empty() {
                <button type="button" class="mc-secondary" data-testid="copy-day"
                    onclick={props.on_edit.reform(|_: MouseEvent| LogEdit::CopyDay)}>{ t.copy_day }</button>
            }
        </div>
    };
    let undo = props.removed.as_ref().map(|removed| {
        html! {
            <p class="mc-undo" role="status">
                <span>{ t.removed_named(removed.entry.item.shown_name(t)) }</span>
                <button type="button" onclick={props.on_edit.reform(|_: MouseEvent| LogEdit::Undo)}>
                    { t.undo }
                </button>
            </p>
        }
    });

    html! {
        <section class="mc-group" aria-labelledby="mc-log-heading">
            <@{h3} id="mc-log-heading" class="mc-legend">
                { if props.supplements_only { t.your_supplements } else { t.your_log } }
            </@>
            { props.children.clone() }
            if !props.supplements_only { { days } }
            if props.entries.is_empty() && props.supplements_only {
            } else if props.entries.is_empty() {
                <p class="mc-note">{ t.nothing_logged }</p>
            } else {
                <ul class="mc-entries">
                    { for props.entries.iter().map(|entry| html! {
                        <EntryRow key={entry.id} lang={props.lang} entry={entry.clone()}
                            on_edit={props.on_edit.clone()} />
                    }) }
                </ul>
            }
            { undo.unwrap_or_default() }
        </section>
    }
}
