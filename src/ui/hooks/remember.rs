//! "Remember on this device": the stored copy kept in step with the inputs
//! while it is ticked; unticking forgets it.

use crate::model::share::encode;
use crate::ui::platform::page;
use crate::ui::state::State;
use yew::prelude::*;

#[hook]
pub fn use_remember(state: &State, storage_key: String) {
    // The inputs are encoded only while remembering (this runs on every render).
    let encoded = (state.loaded && state.remember).then(|| encode(&state.to_shared()));
    use_effect_with((state.loaded, encoded), move |(loaded, encoded)| match (loaded, encoded) {
        (true, Some(encoded)) => page::store(&storage_key, encoded),
        (true, None) => page::forget(&storage_key),
        (false, _) => {}
    });
}
