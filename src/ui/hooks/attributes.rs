//! The embedding page may set or change the element's attributes after load
//! (standard, language, age, sex, mode): each change becomes an action.
//! These run before the stored inputs are read, which then win; a dispatch
//! that leaves the state as it was does not re-render (`use_reducer_eq`).

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

#[hook]
pub fn use_attributes_as_actions(props: &Attributes, dispatcher: UseReducerDispatcher<State>) {
    {
        let dispatcher = dispatcher.clone();
        use_effect_with(props.standard, move |standard| {
            dispatcher.dispatch(Action::Person(PersonEdit::Standard(*standard)))
        });
    }
    {
        let dispatcher = dispatcher.clone();
        use_effect_with(props.lang, move |lang| {
            dispatcher.dispatch(Action::SetLang(lang.unwrap_or_default()))
        });
    }
    {
        let dispatcher = dispatcher.clone();
        use_effect_with(props.age.clone(), move |age| {
            if let Some(age) = age {
                dispatcher.dispatch(Action::Person(PersonEdit::AgeUnit(age.unit)));
                dispatcher.dispatch(Action::Person(PersonEdit::AgeText(age.text.clone())));
            }
        });
    }
    {
        let dispatcher = dispatcher.clone();
        use_effect_with(props.sex, move |sex| {
            if let Some(sex) = sex {
                dispatcher.dispatch(Action::Person(PersonEdit::Sex(*sex)));
            }
        });
    }
    use_effect_with(props.mode, move |mode| {
        if let Some(mode) = mode {
            dispatcher.dispatch(Action::SetMode(*mode));
        }
    });
}
