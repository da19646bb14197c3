//! A served page open in a browser, in one line: the built folder on a
//! loopback port and a browser of this run's engine on one of its pages,
//! once the widget has rendered. Dropping it stops the browser (and its
//! driver) even when a test fails; `close` ends the session politely first.

use crate::drivers::Browser;
use crate::server::{dist_dir, Held, StaticServer};
use std::ops::Deref;

pub struct Page {
    /// Declared first, so the browser goes before the server it reads from.
    pub browser: Browser,
    pub server: StaticServer,
}

impl Page {
    /// `path` of `dist/` (e.g. "/" for the demo article, "/widget.html?age=34")
    /// in a window `width` × `height`.
    pub async fn open(path: &str, width: u32, height: u32) -> Page {
        Page::open_with(path, width, height, &[]).await
    }

    /// With extra browser arguments (e.g. a colour scheme).
    pub async fn open_with(path: &str, width: u32, height: u32, extra_args: &[&str]) -> Page {
        let server = StaticServer::start(dist_dir());
        let browser = Browser::open_page_at(&server, path, width, height, extra_args).await;
        Page { browser, server }
    }

    /// `path` with the wasm held back by the server until the returned
    /// `Held` is released, as on a slow network: the page as a reader has it
    /// before the app is in (this does not wait for the widget).
    pub async fn open_holding_wasm(
        path: &str,
        width: u32,
        height: u32,
        extra_args: &[&str],
    ) -> (Page, Held) {
        let (server, held) = StaticServer::start_holding_wasm();
        let browser = Browser::start_with(width, height, extra_args).await;
        browser.client.goto(&server.url(path)).await.unwrap();
        (Page { browser, server }, held)
    }

    /// Ends the session politely; dropping then stops the browser.
    pub async fn close(self) {
        self.browser.close().await;
    }
}

impl Deref for Page {
    type Target = Browser;
    fn deref(&self) -> &Browser {
        &self.browser
    }
}
