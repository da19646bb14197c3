//! Loads the on-demand food table once per page and shares it with every
//! widget instance. The file sits beside the widget's own script and is
//! fetched from there (never from a third party).

use crate::model::food_table::FoodTableDecoder;
use crate::model::quick_picks::quick_picks;
use crate::model::search::SearchIndexBuilder;
use crate::ui::state::{FoodData, FoodDataState, FoodTableError};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// The file name Trunk's post_build hook writes (see Trunk.toml).
pub const FOOD_TABLE_FILE: &str = "magnesium-foods.bin";

#[wasm_bindgen]
extern "C" {
    type ImportMeta;
    // `import.meta` of wasm-bindgen's generated module: the widget's own script.
    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static IMPORT_META: ImportMeta;
    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;
}

#[derive(Default)]
struct Shared {
    state: FoodDataState,
    waiting: Vec<Callback<FoodDataState>>,
}

thread_local! {
    static SHARED: RefCell<Shared> = RefCell::new(Shared::default());
}

/// The food table's URL, beside the widget's script.
pub fn food_table_url() -> String {
    let base = IMPORT_META.with(ImportMeta::url);
    web_sys::Url::new_with_base(FOOD_TABLE_FILE, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| FOOD_TABLE_FILE.to_string())
}

/// Asks for the food table; `notify` hears every change of its state (at once if known).
/// A failed load is tried again on the next request.
pub fn request(notify: Callback<FoodDataState>) {
    let start = SHARED.with(|shared| {
        let mut shared = shared.borrow_mut();
        match &shared.state {
            FoodDataState::Ready(_) => {
                notify.emit(shared.state.clone());
                false
            }
            FoodDataState::Loading => {
                shared.waiting.push(notify);
                false
            }
            FoodDataState::NotRequested | FoodDataState::Failed(_) => {
                shared.state = FoodDataState::Loading;
                notify.emit(FoodDataState::Loading);
                shared.waiting.push(notify);
                true
            }
        }
    });
    if start {
        wasm_bindgen_futures::spawn_local(async {
            let state = match load(&food_table_url()).await {
                Ok(data) => FoodDataState::Ready(Rc::new(data)),
                Err(why) => FoodDataState::Failed(why),
            };
            let waiting = SHARED.with(|shared| {
                let mut shared = shared.borrow_mut();
                shared.state = state.clone();
                std::mem::take(&mut shared.waiting)
            });
            waiting.iter().for_each(|notify| notify.emit(state.clone()));
        });
    }
}

async fn load(url: &str) -> Result<FoodData, FoodTableError> {
    let window = web_sys::window().ok_or(FoodTableError::Network)?;
    let response =
        JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| FoodTableError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FoodTableError::Network)?;
    if !response.ok() {
        return Err(FoodTableError::Status(response.status()));
    }
    let buffer = response.array_buffer().map_err(|_| FoodTableError::Interrupted)?;
    let buffer = JsFuture::from(buffer).await.map_err(|_| FoodTableError::Interrupted)?;
    // Copy, decode and index in slices with the browser's turn between
    // them: no task long enough to delay the page's input or paint (a phone
    // runs this some four times slower than a laptop).
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    yield_to_browser().await;
    let mut decoder = FoodTableDecoder::new(&bytes).map_err(FoodTableError::Damaged)?;
    loop {
        yield_to_browser().await;
        if decoder.step(ITEMS_PER_SLICE).map_err(FoodTableError::Damaged)? {
            break;
        }
    }
    let table = decoder.finish().map_err(FoodTableError::Damaged)?;
    drop(bytes);
    let favourites: Vec<_> = quick_picks().iter().map(|p| p.food_id).collect();
    let mut index = SearchIndexBuilder::new(&favourites);
    loop {
        yield_to_browser().await;
        if index.step(&table, FOODS_PER_SLICE) {
            break;
        }
    }
    yield_to_browser().await;
    Ok(FoodData { index: index.finish(), table })
}

/// Items decoded between two turns of the browser (the table is about
/// 32,000 texts, portion counts and foods): small enough that no slice is a
/// long task on a slow phone (CHANGELOG 0.2.0, "no long task").
const ITEMS_PER_SLICE: usize = 4_000;

/// Foods indexed between two turns of the browser, for the same reason.
const FOODS_PER_SLICE: usize = 250;

/// Gives the browser its turn (input, paint, other scripts) and resumes in a
/// new task.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let queued = web_sys::window().is_some_and(|window| {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).is_ok()
        });
        if !queued {
            let _ = resolve.call0(&JsValue::NULL); // nowhere to yield to: go on at once
        }
    });
    let _ = JsFuture::from(promise).await;
}
