//! The opening screen the build renders into widget.html (Yew's server
//! renderer, `embed::prerender`), and what the reader did there before the
//! wasm arrived. The page's own controls work without any script: a reader
//! can type an age and tap answers at once. When the app takes over, the
//! loader reads the controls the reader changed, by id, and the app starts
//! with them, through the same actions their typing would have sent.

use crate::model::{Sex, Standard};
use crate::ui::state::{Action, AgeUnit, Mode, PersonEdit};

/// How the app takes over a prerendered opening screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prerendered {
    /// The calculator is its page's content (widget.html): its title is the
    /// page's level-one heading. Also set, with no controls, when widget.html
    /// starts without its opening screen (a preset, a link).
    pub page_title: bool,
    /// The controls the reader changed, in the page's order: (id, value),
    /// where the value is a text field's text, a select's option value, or
    /// anything for a radio button that is now chosen.
    pub controls: Vec<(String, String)>,
    /// The opening screen is on the page while the app starts (not so when
    /// widget.html starts without it): the app's first stages are hidden
    /// until the swap, so they can be smaller than the visible start's.
    pub behind_screen: bool,
    /// The build is rendering the screen itself (`embed::prerender`): the
    /// app draws its opening stage at once. In the browser the app starts
    /// in stages as always, and the loader swaps it in for the screen once
    /// it has drawn that stage (the section's `data-opened`).
    pub building: bool,
}

impl Prerendered {
    /// What the reader did, as the actions the app's own controls send.
    /// A control this version does not have, or a value it does not offer,
    /// is left out: the opening screen is this build's, so neither happens
    /// but through a bug, and then the reader types it again.
    pub fn actions(&self) -> Vec<Action> {
        self.controls.iter().filter_map(|(id, value)| action(id, value)).collect()
    }
}

/// The action for one control (the ids are those of `person_form`,
/// `mode_switch` and `questionnaire_form`; tests/prerender.rs checks that
/// every control of the opening screen has one).
fn action(id: &str, value: &str) -> Option<Action> {
    let person = |edit| Some(Action::Person(edit));
    match id {
        "mc-age" => person(PersonEdit::AgeText(value.to_string())),
        "mc-age-unit" => match value {
            "years" => person(PersonEdit::AgeUnit(AgeUnit::Years)),
            "months" => person(PersonEdit::AgeUnit(AgeUnit::Months)),
            _ => None,
        },
        "mc-sex" => match value {
            "female" => person(PersonEdit::Sex(Sex::Female)),
            "male" => person(PersonEdit::Sex(Sex::Male)),
            _ => None,
        },
        "mc-standard" => Standard::from_code(value).and_then(|s| person(PersonEdit::Standard(s))),
        "mc-mode-estimate" => Some(Action::SetMode(Mode::Estimate)),
        "mc-mode-log" => Some(Action::SetMode(Mode::Log)),
        _ => {
            // "mc-q-{group}-{frequency}": an answer to a question.
            let (group, frequency) = id.strip_prefix("mc-q-")?.split_once('-')?;
            Some(Action::Answer { group: group.parse().ok()?, frequency: frequency.parse().ok()? })
        }
    }
}
