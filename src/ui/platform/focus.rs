//! WCAG 2.2 "focus not obscured": when keyboard focus lands on a control
//! under the sticky summary bar, scroll it to the middle of the screen.

use wasm_bindgen::JsCast;
use yew::FocusEvent;

/// Only for keyboard focus (:focus-visible): scrolling during a mouse click
/// would move the button away before the click completes.
pub fn keep_focus_clear_of_the_summary_bar(e: FocusEvent) {
    let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    if !target.matches(":focus-visible").unwrap_or(false) {
        return;
    }
    let Some(section) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(Some(bar)) = section.query_selector(".mc-summary-bar") else { return };
    let (bar, focused) = (bar.get_bounding_client_rect(), target.get_bounding_client_rect());
    if bar.height() > 0.0 && focused.bottom() > bar.top() && focused.top() < bar.bottom() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        target.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
