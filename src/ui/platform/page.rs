//! The page around the widget: its URL fragment, this device's storage and
//! the clipboard. Only used for share links and "remember on this device";
//! nothing is written to storage unless the reader asks.

#[cfg(target_arch = "wasm32")]
mod imp {
    use yew::Callback;

    fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    /// The URL fragment without '#', if any.
    pub fn fragment() -> Option<String> {
        window()?
            .location()
            .hash()
            .ok()
            .map(|h| h.trim_start_matches('#').to_string())
            .filter(|h| !h.is_empty())
    }

    /// The page's address without its fragment.
    pub fn page_url() -> String {
        let Some(location) = window().map(|w| w.location()) else { return String::new() };
        let part = |r: Result<String, _>| r.unwrap_or_default();
        format!(
            "{}{}{}",
            part(location.origin()),
            part(location.pathname()),
            part(location.search())
        )
    }

    /// The storage key of one widget: per page and per position on it.
    pub fn storage_key(instance: u32) -> String {
        let path = window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        super::storage_key_for(&path, instance)
    }

    fn storage() -> Option<web_sys::Storage> {
        window()?.local_storage().ok().flatten()
    }

    pub fn read_stored(key: &str) -> Option<String> {
        storage()?.get_item(key).ok().flatten()
    }

    pub fn store(key: &str, value: &str) {
        if let Some(storage) = storage() {
            // Storage may be full or disabled: the widget works on without it.
            let _ = storage.set_item(key, value);
        }
    }

    pub fn forget(key: &str) {
        if let Some(storage) = storage() {
            if storage.get_item(key).ok().flatten().is_some() {
                let _ = storage.remove_item(key);
            }
        }
    }

    /// Calls `changed` with the new fragment whenever the page's fragment
    /// changes (a share link opened in a tab already showing the page). The
    /// listener lives as long as the returned value.
    pub fn on_fragment_change(
        changed: Callback<Option<String>>,
    ) -> Option<gloo::events::EventListener> {
        let window = window()?;
        Some(gloo::events::EventListener::new(&window, "hashchange", move |_| {
            changed.emit(fragment())
        }))
    }

    /// Saves text as a file through the browser's download (a Blob URL: no
    /// network request is made).
    pub fn download(name: &str, mime: &str, text: &str) {
        use wasm_bindgen::JsCast;
        let Some(document) = window().and_then(|w| w.document()) else { return };
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
        if let Some(link) = document
            .create_element("a")
            .ok()
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            link.set_href(&url);
            link.set_download(name);
            link.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }

    /// Reads the file chosen in a file input as text; `done` hears the text,
    /// or None when the file is larger than `max_bytes` (it is not read) or
    /// cannot be read as text.
    pub fn read_chosen_file(
        input: &web_sys::HtmlInputElement,
        max_bytes: u64,
        done: Callback<Result<String, bool>>,
    ) {
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        if file.size() > max_bytes as f64 {
            return done.emit(Err(true));
        }
        let promise = file.text();
        wasm_bindgen_futures::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|t| t.as_string())
            {
                Some(text) => done.emit(Ok(text)),
                None => done.emit(Err(false)),
            }
        });
    }

    /// Prints the report. The widget's script hears the event (composed, so
    /// it leaves the shadow root), hides the rest of the host page for the
    /// print and prints; without that script (a test page), the page prints.
    pub fn print_report(from: &web_sys::Element) {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_cancelable(true);
        let handled = web_sys::Event::new_with_event_init_dict("magnesium-calculator-print", &init)
            .ok()
            .is_some_and(|event| !from.dispatch_event(&event).unwrap_or(true));
        if !handled {
            if let Some(window) = window() {
                let _ = window.print();
            }
        }
    }

    /// Today in the reader's time zone, as YYYY-MM-DD.
    pub fn today() -> String {
        let d = js_sys::Date::new_0();
        format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
    }

    /// Copies text to the clipboard; `done` hears whether it worked.
    pub fn copy(text: String, done: Callback<bool>) {
        let Some(window) = window() else { return done.emit(false) };
        let promise = window.navigator().clipboard().write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    }
}

/// Native builds (tests of the logic) have no page: nothing to read or write.
#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use yew::Callback;
    pub fn fragment() -> Option<String> {
        None
    }
    pub fn page_url() -> String {
        String::new()
    }
    pub fn storage_key(instance: u32) -> String {
        super::storage_key_for("", instance)
    }
    pub fn read_stored(_key: &str) -> Option<String> {
        None
    }
    pub fn store(_key: &str, _value: &str) {}
    pub fn forget(_key: &str) {}
    pub fn copy(_text: String, done: Callback<bool>) {
        done.emit(false)
    }
    pub fn download(_name: &str, _mime: &str, _text: &str) {}
    pub fn print_report(_from: &web_sys::Element) {}
    pub fn today() -> String {
        String::new()
    }
    pub fn read_chosen_file(
        _input: &web_sys::HtmlInputElement,
        _max_bytes: u64,
        _done: Callback<Result<String, bool>>,
    ) {
    }
    pub fn on_fragment_change(_changed: Callback<Option<String>>) -> Option<()> {
        None
    }
}

pub use imp::*;

/// The localStorage key for one widget: a stability boundary (see
/// ARCHITECTURE.md), so that inputs remembered by an older version are found.
/// The value stored under it is a share-link fragment (`model::share`).
pub fn storage_key_for(path: &str, instance: u32) -> String {
    format!("magnesium-calculator:v1:{path}:{instance}")
}

/// This page's address with the inputs after the `#`.
pub fn link_to_this_page(fragment: &str) -> String {
    format!("{}#{fragment}", page_url())
}
