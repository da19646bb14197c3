//! The browser, behind plain functions: the page's address, storage,
//! clipboard and files (`page`), scheduling (`schedule`), keyboard focus
//! (`focus`) and the food table's download (`request_food_table`). Off the
//! web each has a stand-in, so the rest compiles and is tested natively.

pub mod focus;
#[cfg(target_arch = "wasm32")]
mod food_loader;
pub mod page;
pub mod schedule;

use crate::ui::state::FoodDataState;
use yew::Callback;

/// Starts downloading the shared food table (once per page); `changed`
/// hears each state of it. Off the web nothing is downloaded.
pub fn request_food_table(changed: Callback<FoodDataState>) {
    #[cfg(target_arch = "wasm32")]
    food_loader::request(changed);
    #[cfg(not(target_arch = "wasm32"))]
    drop(changed);
}
