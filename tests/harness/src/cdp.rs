//! Chromium's DevTools protocol and performance log, through ChromeDriver:
//! CPU throttling, scripts added before a page's own, traces.

use crate::drivers::{engine, Browser, Engine};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

impl Browser {
    /// Sends a Chrome DevTools Protocol command through ChromeDriver's
    /// `goog/cdp/execute` endpoint (Chromium only: CPU throttling, scripts
    /// added before a page's own) and returns its result.
    pub async fn cdp(&self, cmd: &str, params: serde_json::Value) -> serde_json::Value {
        assert_eq!(engine(), Engine::Chromium, "{cmd}: the DevTools protocol is Chromium's");
        let body = serde_json::json!({ "cmd": cmd, "params": params });
        self.post_to_driver("goog/cdp/execute", body, cmd).await
    }

    /// The trace events recorded so far by a browser from `start_traced`.
    /// ChromeDriver hands over a trace's events only once the page that
    /// recorded them is left: navigate away (to `about:blank`) first.
    pub async fn trace_events(&self) -> Vec<serde_json::Value> {
        let body = serde_json::json!({ "type": "performance" });
        let log = self.post_to_driver("se/log", body, "the performance log").await;
        log.as_array()
            .into_iter()
            .flatten()
            .filter_map(|entry| {
                serde_json::from_str::<serde_json::Value>(entry["message"].as_str()?).ok()
            })
            .filter(|m| m["message"]["method"] == "Tracing.dataCollected")
            .map(|m| m["message"]["params"].clone())
            .collect()
    }

    /// Posts `body` to a ChromeDriver endpoint of this session that
    /// fantoccini does not know, and returns the answer's value (`what`
    /// names the request in a failure).
    async fn post_to_driver(
        &self,
        endpoint: &str,
        body: serde_json::Value,
        what: &str,
    ) -> serde_json::Value {
        let endpoint = endpoint.to_string();
        let session = self.client.session_id().await.unwrap().expect("a WebDriver session");
        let body = body.to_string();
        let port = self.port;
        let response = tokio::task::spawn_blocking(move || {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("reach ChromeDriver");
            write!(
                stream,
                "POST /session/{session}/{endpoint} HTTP/1.1\r\nHost: 127.0.0.1\r\n\
                 Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            )
            .unwrap();
            // ChromeDriver answers with a Content-Length (it ignores HTTP/1.0).
            let mut reader = BufReader::new(stream);
            let mut length = 0;
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap() > 2 {
                if let Some((name, value)) = line.split_once(':') {
                    if name.eq_ignore_ascii_case("content-length") {
                        length = value.trim().parse().unwrap_or(0);
                    }
                }
                line.clear();
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            String::from_utf8_lossy(&body).into_owned()
        })
        .await
        .unwrap();
        let json = response.as_str();
        let value: serde_json::Value = serde_json::from_str(json)
            .unwrap_or_else(|e| panic!("{what}: unreadable answer ({e}): {response}"));
        assert!(value["value"]["error"].is_null(), "{what}: {value}");
        value["value"].clone()
    }
}
