//! What happened when inputs were restored from a link or this device: what
//! was left out, a damaged link, or that foods wait for the food table.

use crate::ui::i18n::{Lang, Messages};
use crate::ui::state::Note;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RestoreNotesProps {
    pub lang: Lang,
    pub notes: Vec<Note>,
    /// Foods from a link wait for the food table.
    pub restoring: bool,
    pub on_dismiss: Callback<()>,
}

#[function_component(RestoreNotes)]
pub fn restore_notes(props: &RestoreNotesProps) -> Html {
    let t = props.lang.messages();
    html! {
        <>
            if !props.notes.is_empty() {
                <div class="mc-notes" role="status" data-testid="restore-notes">
                    { for props.notes.iter().map(|n| html! { <p>{ note_text(t, n) }</p> }) }
                    <button type="button" class="mc-secondary"
                        onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>{ t.dismiss }</button>
                </div>
            }
            if props.restoring {
                <p class="mc-status" role="status">{ t.restoring }</p>
            }
        </>
    }
}

/// A note about restoring inputs, in the reader's language.
fn note_text(t: &Messages, note: &Note) -> String {
    match note {
        Note::LeftOut(count) => t.restore_left_out(*count),
        Note::FoodsFailed(count) => t.restore_foods_failed(*count),
        Note::Link(why) => t.link_error(why),
    }
}
