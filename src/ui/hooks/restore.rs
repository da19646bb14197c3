//! At start: inputs remembered on this device, else a share link in the
//! URL. A share link opened in a tab that already shows the page only
//! changes the fragment: that is heard too. Only the first widget on a page
//! reads links.

use crate::model::share::{decode, ShareError};
use crate::ui::platform::page;
use crate::ui::state::{Action, State};
use yew::prelude::*;

#[hook]
pub fn use_restore(
    instance: u32,
    storage_key: String,
    dispatcher: UseReducerDispatcher<State>,
    need_food_table: Callback<()>,
) {
    {
        let (dispatcher, need_food_table) = (dispatcher.clone(), need_food_table.clone());
        use_effect_with((), move |()| {
            let stored =
                page::read_stored(&storage_key).and_then(|f| decode(&f).ok()).map(|d| d.inputs);
            let link = (instance == 0)
                .then(page::fragment)
                .flatten()
                .map(|f| decode(&f))
                .filter(|r| r != &Err(ShareError::NotALink));
            if stored.is_some() || link.is_some() {
                need_food_table.emit(()); // foods in them need the table
            }
            dispatcher.dispatch(Action::Loaded { stored, link });
        });
    }
    use_effect_with((), move |()| {
        let listener = (instance == 0).then(|| {
            page::on_fragment_change(Callback::from(move |fragment: Option<String>| {
                let Some(link) = fragment.map(|f| decode(&f)) else { return };
                if link != Err(ShareError::NotALink) {
                    need_food_table.emit(());
                    dispatcher.dispatch(Action::LinkOpened(link));
                }
            }))
        });
        move || {
            let _listener = listener; // dropped when the widget goes: stops listening
        }
    });
}
