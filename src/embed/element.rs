//! What magnesium-calculator.js calls once the wasm has loaded: `mount` an
//! app into an instance's shadow root, then `update` and `destroy` it.

use super::attributes::props_from_attributes;
use super::later::AppInNextTask;
use crate::ui::i18n::Lang;
use crate::ui::state::prerendered::Prerendered;
use crate::ui::AppProps;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

/// The element's attributes as (name, value) pairs, from the plain object the loader passes.
fn read_attributes(attributes: &JsValue) -> Vec<(String, String)> {
    let Some(object) = attributes.dyn_ref::<js_sys::Object>() else { return Vec::new() };
    js_sys::Object::entries(object)
        .iter()
        .filter_map(|pair| {
            let pair = pair.dyn_into::<js_sys::Array>().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string().unwrap_or_default()))
        })
        .collect()
}

/// The language without a usable `lang` attribute: the page's (the nearest
/// `lang` above the element), else the browser's, else English.
fn page_language(container: &web_sys::Element) -> Lang {
    let host =
        container.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().map(|root| root.host());
    let page =
        host.and_then(|h| h.closest("[lang]").ok().flatten()).and_then(|e| e.get_attribute("lang"));
    let browser: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    Lang::resolve(page.as_deref(), browser.iter().map(String::as_str))
}

fn props(container: &web_sys::Element, attributes: &JsValue, instance: u32) -> AppProps {
    let (props, warnings) = props_from_attributes(&read_attributes(attributes));
    warnings.iter().for_each(|w| gloo::console::warn!(w));
    let lang = Some(props.lang.unwrap_or_else(|| page_language(container)));
    AppProps { instance, lang, ..props }
}

/// One mounted instance, owned by its element.
#[wasm_bindgen]
pub struct MountedWidget {
    handle: Option<AppHandle<AppInNextTask>>,
    container: web_sys::Element,
    instance: u32,
    /// Kept for updates: the title stays the page's heading.
    prerendered: Option<Prerendered>,
}

#[wasm_bindgen]
impl MountedWidget {
    /// Called when one of the element's attributes changes.
    pub fn update(&mut self, attributes: JsValue) {
        let props = AppProps {
            prerendered: self.prerendered.clone(),
            ..props(&self.container, &attributes, self.instance)
        };
        if let Some(handle) = self.handle.as_mut() {
            handle.update(props);
        }
    }

    /// Unmounts the Yew app and releases its memory (the element left the page).
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Hands over a language's texts, from the file the loader fetched beside
/// the wasm (`magnesium-calculator-de.txt`), before a widget in that
/// language renders. False (and English for that language) if the file is
/// not this build's.
#[wasm_bindgen]
pub fn add_language(code: &str, file: &str) -> bool {
    let Some(lang) = Lang::from_tag(code) else { return false };
    match crate::ui::i18n::load_language(lang, file) {
        Ok(()) => true,
        Err(why) => {
            gloo::console::warn!(format!("magnesium-calculator: texts in English: {why}"));
            false
        }
    }
}

/// A panic traps the module: the release build aborts at once
/// (panic=immediate-abort, scripts/setup) and the loader then shows every
/// widget's "stopped" notice (see its comment). No hook runs in that build;
/// setting one only keeps Yew from linking its default hook and the
/// formatting it uses. Debug builds log the panic's message first.
pub fn set_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|_info| {
        #[cfg(debug_assertions)]
        gloo::console::error!(format!("magnesium-calculator: {_info}"));
    }));
}

/// What the loader read off a prerendered opening screen (widget.html), as
/// `{ pageTitle, controls: [[id, value], …], screen }`; None for anything else.
fn read_prerendered(value: &JsValue) -> Option<Prerendered> {
    if !value.is_object() {
        return None;
    }
    let field = |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).ok();
    let page_title = field("pageTitle").and_then(|v| v.as_bool()).unwrap_or(false);
    let controls = field("controls")
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
        .map(|list| {
            list.iter()
                .filter_map(|pair| {
                    let pair = pair.dyn_into::<js_sys::Array>().ok()?;
                    Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
                })
                .collect()
        })
        .unwrap_or_default();
    let behind_screen = field("screen").and_then(|v| v.as_bool()).unwrap_or(false);
    Some(Prerendered { page_title, controls, behind_screen, building: false })
}

/// Renders a widget into `container` (inside the element's shadow root).
/// `instance` is the element's position among the page's widgets;
/// `prerendered` what the reader did on the opening screen it takes over
/// (null when there is none).
#[wasm_bindgen]
pub fn mount(
    container: web_sys::Element,
    attributes: JsValue,
    instance: u32,
    prerendered: JsValue,
) -> MountedWidget {
    #[cfg(feature = "trap-test")]
    trap_on_purpose(&container, &read_attributes(&attributes));
    let prerendered = read_prerendered(&prerendered);
    let props =
        AppProps { prerendered: prerendered.clone(), ..props(&container, &attributes, instance) };
    let handle =
        yew::Renderer::<AppInNextTask>::with_root_and_props(container.clone(), props).render();
    MountedWidget { handle: Some(handle), container, instance, prerendered }
}

/// Only in the test build (`--features trap-test`, tests/e2e/all_engines/trap.rs), which
/// proves that a trap shows the "stopped" notice: `trap="mount"` panics while
/// mounting (in a call from the loader), `trap="click"` at the first click
/// inside the widget (in a handler the browser calls, as Yew's are).
#[cfg(feature = "trap-test")]
fn trap_on_purpose(container: &web_sys::Element, attributes: &[(String, String)]) {
    match attributes.iter().find(|(name, _)| name == "trap").map(|(_, value)| value.as_str()) {
        Some("mount") => panic!("trap test: mount"),
        Some("click") => {
            gloo::events::EventListener::new(container, "click", |_| panic!("trap test: click"))
                .forget()
        }
        _ => {}
    }
}
