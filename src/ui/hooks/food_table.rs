//! The food table, asked for when first needed (a search field's focus, a
//! link or stored inputs with foods) or when the page is idle.

use crate::ui::platform::request_food_table;
use crate::ui::state::{Action, State};
use yew::prelude::*;

/// A callback that asks for the food table; its states reach the reducer.
#[hook]
pub fn use_food_table_request(dispatcher: UseReducerDispatcher<State>) -> Callback<()> {
    Callback::from(move |()| {
        let dispatcher = dispatcher.clone();
        request_food_table(Callback::from(move |s| dispatcher.dispatch(Action::FoodData(s))));
    })
}
