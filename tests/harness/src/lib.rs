//! The end-to-end harness, by role (the tests in tests/e2e and the benches
//! use it as a crate):
//! - `server`: the built folder on a loopback port;
//! - `drivers`: a browser of each engine through its WebDriver, stopped on
//!   drop even when a test fails;
//! - `cdp` and `trace`: Chromium's DevTools protocol and performance traces;
//! - `widget`: the widget as a page object (selectors, find, act, check);
//! - `fixture`: a served page open in a browser, in one line.

pub mod cdp;
pub mod drivers;
pub mod fixture;
pub mod server;
pub mod trace;
pub mod widget;
pub mod wordpress;

pub use drivers::{engine, kill_group, skip_outside_chromium, Browser, Engine, CHROMIUM_ARGS};
pub use fixture::Page;
pub use server::{built_folder, dist_dir, project_root, test_pages_dir, Held, Serve, StaticServer};
pub use widget::{
    add_food, add_supplement, click_button, layout_shift, page_settled, retype, sel, tap,
    wait_for_whole_widget, wait_for_widget_text, widget_find,
};
