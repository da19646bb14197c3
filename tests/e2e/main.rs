//! End-to-end: the built page in real browsers through WebDriver, used as a
//! reader and a writer would. One binary (the harness, tests/harness, is
//! compiled once); where a test sits says where it runs:
//! - `all_engines`: Chromium, Firefox ESR and WebKitGTK (scripts/test runs
//!   `cargo test --test e2e -- all_engines::` again with `MC_ENGINE` set);
//! - `chromium`: Chromium only, each file saying why.
#![cfg(not(target_arch = "wasm32"))]

mod all_engines;
mod chromium;
