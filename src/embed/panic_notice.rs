//! The last line of defence. No input should be able to panic the widget
//! (everything the reader types is validated), but if a bug ever does, every
//! widget on the page shows a short notice instead of freezing.
//!
//! Why every widget: all instances on a page share one WebAssembly instance,
//! and release builds abort on panic (`panic = "abort"`), so after a panic none
//! of them can run again; the notice says so and how to recover (reload).
//! Nothing the reader entered was sent anywhere, so nothing leaks.

use crate::ui::messages::Lang;
use wasm_bindgen::JsCast;

/// Installs the hook (before any widget renders, so Yew keeps it).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("magnesium-calculator stopped: {info}"));
        show();
    }));
}

/// Replaces the content of every widget's shadow root with the notice. Plain
/// DOM calls only: after a panic the Yew apps cannot render any more.
pub fn show() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(hosts) = document.query_selector_all("magnesium-calculator") else { return };
    for i in 0..hosts.length() {
        let Some(root) = hosts
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.shadow_root())
        else {
            continue;
        };
        let Ok(notice) = document.create_element("p") else { continue };
        notice.set_class_name("mc-crashed");
        let _ = notice.set_attribute("role", "alert");
        // The widget's own language is in the `lang` of its root; else the page's.
        let lang =
            root.query_selector("[lang]").ok().flatten().and_then(|e| e.get_attribute("lang"));
        let lang = lang.or_else(|| {
            hosts
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("[lang]").ok().flatten())
                .and_then(|e| e.get_attribute("lang"))
        });
        notice.set_text_content(Some(Lang::resolve(lang.as_deref(), []).messages().crashed));
        root.replace_children_with_node_1(&notice);
    }
}
