//! The embedding page may set or change the element's attributes after load
//! (standard, language, age, sex, mode): each change becomes an action.
//! These run before the stored inputs are read, which then win. Not at the
//! first render: the state starts with the attributes in it
//! (`State::starting`), and what a reader chose on a prerendered opening
//! screen (a standard) must not be undone by them.

use crate::model::{Sex, Standard};
use crate::ui::i18n::Lang;
use crate::ui::state::{Action, AgePreset, Mode, PersonEdit, State};
use yew::prelude::*;

/// The element's attributes as the app's props carry them.
#[derive(Clone, Debug, PartialEq)]
pub struct Attributes {
    pub standard: Standard,
    pub lang: Option<Lang>,
    pub age: Option<AgePreset>,
    pub sex: Option<Sex>,
    pub mode: Option<Mode>,
}

/// `use_effect_with`, but only when `deps` change after the first render.
#[hook]
fn use_change_effect<T: PartialEq + 'static>(deps: T, f: impl FnOnce(&T) + 'static) {
    let first = use_mut_ref(|| true);
    use_effect_with(deps, move |deps| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            f(deps);
        }
    });
}

#[hook]
pub fn use_attributes_as_actions(props: &Attributes, dispatcher: UseReducerDispatcher<State>) {
    {
        let dispatcher = dispatcher.clone();
        use_change_effect(props.standard, move |standard| {
            dispatcher.dispatch(Action::Person(PersonEdit::Standard(*standard)))
        });
    }
    {
        let dispatcher = dispatcher.clone();
        use_change_effect(props.lang, move |lang| {
            dispatcher.dispatch(Action::SetLang(lang.unwrap_or_default()))
        });
    }
    {
        let dispatcher = dispatcher.clone();
        use_change_effect(props.age.clone(), move |age| {
            if let Some(age) = age {
                dispatcher.dispatch(Action::Person(PersonEdit::AgeUnit(age.unit)));
                dispatcher.dispatch(Action::Person(PersonEdit::AgeText(age.text.clone())));
            }
        });
    }
    {
        let dispatcher = dispatcher.clone();
        use_change_effect(props.sex, move |sex| {
            if let Some(sex) = sex {
                dispatcher.dispatch(Action::Person(PersonEdit::Sex(*sex)));
            }
        });
    }
    use_change_effect(props.mode, move |mode| {
        if let Some(mode) = mode {
            dispatcher.dispatch(Action::SetMode(*mode));
        }
    });
}
