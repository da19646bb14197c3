//! The log as files: "Download for a spreadsheet" builds the CSV from the
//! state when the reader asks, and a saved file that was opened goes the
//! way of a link (validated, foods restored once the table is there).

use crate::model::share::Decoded;
use crate::ui::platform::page;
use crate::ui::state::csv_export::log_csv;
use crate::ui::state::{Action, State};
use yew::prelude::*;

/// (save the log as CSV, restore an opened file).
#[hook]
pub fn use_log_files(
    state: UseReducerHandle<State>,
    need_food_table: Callback<()>,
) -> (Callback<()>, Callback<Decoded>) {
    let dispatcher = state.dispatcher();
    let save_csv = Callback::from(move |()| {
        let water = state.water.water().and_then(Result::ok).map(|w| w.mg_per_day());
        page::download("magnesium-log.csv", "text/csv", &log_csv(state.t(), &state.days, water));
    });
    let open = Callback::from(move |decoded| {
        need_food_table.emit(());
        dispatcher.dispatch(Action::LinkOpened(Ok(decoded)));
    });
    (save_csv, open)
}
