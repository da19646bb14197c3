//! Loads the on-demand food table once per page and shares it with every
//! widget instance. The file sits beside the widget's own script and is
//! fetched from there (never from a third party).

use crate::model::food_table::FoodTableDecoder;
use crate::model::quick_picks::quick_picks;
use crate::model::search::SearchIndexBuilder;
use crate::ui::platform::schedule::run_for;
use crate::ui::state::{FoodData, FoodDataState, FoodTableError};
use std::cell::RefCell;
use std::convert::Infallible;
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
    // Copy, decode and index in slices of a few milliseconds with the
    // browser's turn between them: no task long enough to delay the page's
    // input or paint, on a laptop or a phone (CHANGELOG 0.2.0, "no long task").
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    yield_to_browser().await;
    let mut decoder = FoodTableDecoder::new(&bytes).map_err(FoodTableError::Damaged)?;
    in_slices(|| decoder.step(ITEMS_PER_STEP)).await.map_err(FoodTableError::Damaged)?;
    let table = decoder.finish().map_err(FoodTableError::Damaged)?;
    drop(bytes);
    let favourites: Vec<_> = quick_picks().iter().map(|p| p.food_id).collect();
    let mut index = SearchIndexBuilder::new(&favourites);
    let Ok(()) = in_slices(|| Ok::<_, Infallible>(index.step(&table, FOODS_PER_STEP))).await;
    yield_to_browser().await;
    Ok(FoodData { index: index.finish(), table })
}

/// How long one slice of the food table's work may run before the browser
/// gets its turn. It is timed on the device's own clock, so it is 5 ms on a
/// slow phone too; Lighthouse, which multiplies a laptop's times by four,
/// sees 20 ms, well under its 50 ms long task.
const SLICE_MS: f64 = 5.0;

/// Items decoded in one step (the table is about 32,000 texts, portion
/// counts and foods, and a food with its portions is the largest): well
/// under a millisecond, so that a slice ends close to its budget.
const ITEMS_PER_STEP: usize = 32;

/// Foods indexed in one step, for the same reason.
const FOODS_PER_STEP: usize = 4;

/// Steps in one slice at most, whatever the clock says: a slice here is
/// about 45 steps at full speed, so the cap binds only on a fast desktop
/// (slices a little shorter than 5 ms) or where the clock is too coarse to
/// time a slice, where it keeps one under about 45 ms on a phone four
/// times slower than this machine.
const MAX_STEPS_PER_SLICE: usize = 100;

/// Runs `step` in slices of `SLICE_MS`, each in a task of its own, until
/// it reports the work done or fails.
async fn in_slices<E>(mut step: impl FnMut() -> Result<bool, E>) -> Result<(), E> {
    loop {
        yield_to_browser().await;
        if run_for(SLICE_MS, MAX_STEPS_PER_SLICE, js_sys::Date::now, &mut step)? {
            return Ok(());
        }
    }
}

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
