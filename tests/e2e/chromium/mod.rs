//! Tests that need Chromium (DevTools protocol, ChromeDriver's downloads,
//! --blink-settings) or start their own engine: each file's first lines
//! say why.

mod access;
mod files;
mod first_paint;
mod offline;
mod old_browsers;
mod package;
mod report;
mod screens;
mod snippet_maker;
mod wordpress;
