//! The widget's start in stages. The first render shows who the reader is
//! (only the title, behind an opening screen the build rendered); the first
//! questions, the other questions, the forms below them, then the results
//! and sharing follow in tasks of their own, so that the start is several
//! shorter tasks on a phone rather than one long one (each task also
//! compiles the code it runs for the first time, which is much of its
//! time). Each stage only adds below what is shown and the space is
//! reserved (the sections' min-height), so nothing moves. Once everything
//! is drawn, the complete render is marked and the food table is fetched
//! when the page is idle.

use crate::ui::platform::schedule::{mark_interactive, next_task, when_idle};
use yew::prelude::*;

/// How much of the widget has been rendered since it started, in order.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub enum Stage {
    /// The title alone: the first stage behind an opening screen the build
    /// rendered, where nothing of the app shows before the opening stage.
    /// The app's first render, which compiles its hooks and Yew's rendering
    /// as they first run, then does not also draw and compile the first form.
    Title,
    /// The title and who the reader is.
    Who,
    FirstQuestions,
    Questions,
    Forms,
    Everything,
}

impl Stage {
    fn next(self) -> Option<Stage> {
        match self {
            Stage::Title => Some(Stage::Who),
            Stage::Who => Some(Stage::FirstQuestions),
            Stage::FirstQuestions => Some(Stage::Questions),
            Stage::Questions => Some(Stage::Forms),
            Stage::Forms => Some(Stage::Everything),
            Stage::Everything => None,
        }
    }
}

/// The stage drawn now, from `first` on; `when_settled` runs once the page
/// is idle after the last stage (the food table's prefetch).
#[hook]
pub fn use_stages(first: Stage, when_settled: Callback<()>) -> Stage {
    let stage = use_state(|| first);
    {
        let setter = stage.setter();
        use_effect_with(*stage, move |now| {
            if let Some(next) = now.next() {
                next_task(move || setter.set(next));
            }
        });
    }
    use_effect_with(*stage == Stage::Everything, move |settled| {
        if *settled {
            mark_interactive();
            when_idle(move || when_settled.emit(()));
        }
    });
    *stage
}
