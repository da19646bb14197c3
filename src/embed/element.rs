//! Glue between the custom element (element.js) and the Yew app.

use super::attributes::props_from_attributes;
use crate::ui::{App, AppProps};
use wasm_bindgen::prelude::*;
use yew::AppHandle;

const WIDGET_CSS: &str = include_str!("../../styles/widget.css");

#[wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(mount: &Closure<dyn Fn(web_sys::Element, Option<String>, u32) -> JsValue>, css: &str);
}

/// One mounted instance, owned by its element; `destroy` runs when the element leaves the page.
#[wasm_bindgen]
pub struct MountedWidget {
    handle: Option<AppHandle<App>>,
    instance: u32,
}

#[wasm_bindgen]
impl MountedWidget {
    /// Called when an observed attribute changes.
    pub fn update(&mut self, standard: Option<String>) {
        let (props, warnings) = props_from_attributes(standard.as_deref());
        warnings.iter().for_each(|w| gloo::console::warn!(w));
        if let Some(handle) = self.handle.as_mut() {
            handle.update(AppProps { instance: self.instance, ..props });
        }
    }

    /// Unmounts the Yew app and releases its memory.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

fn mount(container: web_sys::Element, standard: Option<String>, instance: u32) -> JsValue {
    let (props, warnings) = props_from_attributes(standard.as_deref());
    warnings.iter().for_each(|w| gloo::console::warn!(w));
    let handle = yew::Renderer::<App>::with_root_and_props(container, AppProps { instance, ..props }).render();
    MountedWidget { handle: Some(handle), instance }.into()
}

/// Defines the custom element; instances already in the page upgrade at once.
pub fn register() {
    super::panic_notice::install();
    let mount = Closure::<dyn Fn(web_sys::Element, Option<String>, u32) -> JsValue>::new(mount);
    define_element(&mount, WIDGET_CSS);
    // The element class keeps calling `mount` for the page's lifetime.
    mount.forget();
}
