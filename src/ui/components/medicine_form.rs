//! "Medicines and conditions (optional)": the few that the evidence says
//! change magnesium status or must be kept apart from magnesium, each with
//! its note and official source once ticked (`model::medicine_notes`). It
//! sends the reader to their doctor or pharmacist, never to "take more", and
//! offers no symptom checklist.

use crate::model::medicine_notes::{medicine_notes, MedicineNote};
use crate::ui::hooks::headings::use_heading;
use crate::ui::i18n::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MedicineFormProps {
    pub lang: Lang,
    /// The `wire_id`s ticked.
    pub ticked: Vec<u32>,
    /// (wire_id, ticked)
    pub on_toggle: Callback<(u32, bool)>,
}

#[function_component(MedicineForm)]
pub fn medicine_form(props: &MedicineFormProps) -> Html {
    let h3 = use_heading(3);
    let t = props.lang.messages();
    // Opened once something is ticked (a restored choice is seen), and then
    // never closed by a render: unticking the last box must not fold the
    // section under the reader's pointer.
    let opened = use_mut_ref(|| false);
    if !props.ticked.is_empty() {
        *opened.borrow_mut() = true;
    }
    let open = *opened.borrow();
    let item = |note: &'static MedicineNote| {
        let (label, text) = t.medicine_text(note);
        let ticked = props.ticked.contains(&note.wire_id);
        let id = format!("mc-medicine-{}", note.wire_id);
        let note_id = format!("{id}-note");
        let wire_id = note.wire_id;
        let on_change = props.on_toggle.reform(move |e: Event| {
            (wire_id, e.target_unchecked_into::<HtmlInputElement>().checked())
        });
        html! {
            <li class="mc-medicine" data-testid={format!("medicine-{}", note.id)}>
                <div class="mc-check">
                    <input id={id.clone()} type="checkbox" checked={ticked} onchange={on_change}
                        aria-describedby={ticked.then(|| note_id.clone())} />
                    <label for={id}>{ label }</label>
                </div>
                if ticked {
                    <div id={note_id} class="mc-medicine-note" data-testid="medicine-note">
                        <p>{ text }</p>
                        <p class="mc-note">
                            <a href={note.url} target="_blank" rel="noopener noreferrer">{ t.medicine_source(note) }</a>
                        </p>
                    </div>
                }
            </li>
        }
    };
    html! {
        <details class="mc-group mc-medicines mc-fold" {open}
            data-testid="medicines">
            <summary><@{h3} class="mc-legend">{ t.medicines_heading }</@></summary>
            <p class="mc-note">{ t.medicines_intro }</p>
            <p class="mc-note">{ t.medicines_no_checklist }</p>
            <ul class="mc-medicine-list">{ for medicine_notes().iter().map(item) }</ul>
            <p class="mc-note" role="status">
                if !props.ticked.is_empty() { { t.medicines_talk } }
            </p>
        </details>
    }
}
