//! Shared harness for the end-to-end tests: serves the built `dist/` on a
//! loopback port and drives Debian's Chromium through ChromeDriver.
#![allow(dead_code)]

pub mod trace;
pub mod widget;

// Each test crate includes this module and uses only some of it.
#[allow(unused_imports)]
pub use widget::{add_food, add_supplement, sel};

use fantoccini::{Client, ClientBuilder, Locator};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The folder Trunk builds; scripts/test builds it before the end-to-end tests run.
/// MC_DIST points a measurement at another build (an older commit's dist/).
pub fn dist_dir() -> PathBuf {
    built_folder("MC_DIST", "dist", "index.html")
}

/// A folder that scripts/test builds, `relative` to the project unless the
/// environment variable `var` names another; it must hold `file`.
pub fn built_folder(var: &str, relative: &str, file: &str) -> PathBuf {
    let dir = std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(relative));
    assert!(
        dir.join(file).is_file(),
        "{} has no {file}: run scripts/test (it builds {relative} with Trunk first)",
        dir.display()
    );
    dir
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("txt") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

/// A static file server on 127.0.0.1 for one folder, running until the test process ends.
pub struct StaticServer {
    pub port: u16,
}

/// How a test server answers, beyond serving its folder.
#[derive(Clone, Default)]
pub struct Serve {
    /// Files answered with 404 (to test a failed download).
    pub hidden: Vec<&'static str>,
    /// Extra headers on every response (CORS, a Content Security Policy).
    pub headers: Vec<String>,
    /// `{{KEY}}` → value in the test pages (tests/pages/, served under /test-pages/).
    pub substitutions: Vec<(String, String)>,
    /// Files answered with 404 the first time only (to test a retry).
    pub fail_once: Vec<&'static str>,
    /// While true, every connection is closed unanswered: the network is gone.
    pub down: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Serve the build's precompressed copies (`.br`, else `.gz`, beside each
    /// file) to a browser that accepts them, as the README's hosts do.
    pub precompressed: bool,
}

/// Which of `Serve::fail_once` have failed already (shared by the server's threads).
type Failed = std::sync::Arc<std::sync::Mutex<Vec<&'static str>>>;

/// The test pages: host pages a blogger might have (hostile CSS, strict CSP, …).
pub fn test_pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages")
}

impl StaticServer {
    pub fn start(root: PathBuf) -> StaticServer {
        StaticServer::start_serving(root, Serve::default())
    }

    /// Like `start`, but answers 404 for the named files (to test a failed download).
    pub fn start_hiding(root: PathBuf, hidden: &'static [&'static str]) -> StaticServer {
        StaticServer::start_serving(root, Serve { hidden: hidden.to_vec(), ..Serve::default() })
    }

    pub fn start_serving(root: PathBuf, serve: Serve) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let port = listener.local_addr().unwrap().port();
        let failed = Failed::default();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, serve, failed) = (root.clone(), serve.clone(), failed.clone());
                std::thread::spawn(move || serve_one(stream, &root, &serve, &failed));
            }
        });
        StaticServer { port }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{}", self.port, path)
    }

    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

fn serve_one(mut stream: TcpStream, root: &Path, serve: &Serve, failed: &Failed) {
    if serve.down.load(std::sync::atomic::Ordering::SeqCst) {
        return; // dropped: the browser sees a network error
    }
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Read the headers: only Accept-Encoding matters here.
    let (mut line, mut accepts) = (String::new(), String::new());
    while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("accept-encoding") {
                accepts = value.to_ascii_lowercase();
            }
        }
        line.clear();
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let relative = if path.ends_with('/') { format!("{path}index.html") } else { path.to_string() };
    let (folder, relative) = match relative.strip_prefix("/test-pages/") {
        Some(page) => (test_pages_dir(), page.to_string()),
        None => (root.to_path_buf(), relative),
    };
    let file = folder.join(relative.trim_start_matches('/'));
    let fail_now = serve.fail_once.iter().find(|f| relative.ends_with(*f)).is_some_and(|f| {
        let mut failed = failed.lock().unwrap();
        let first = !failed.contains(f);
        failed.push(f);
        first
    });
    let inside = !relative.contains("..")
        && !fail_now
        && !serve.hidden.iter().any(|h| relative.ends_with(h));
    // The precompressed copy, when asked for and there (Trunk's hook writes them).
    let encoded = (serve.precompressed && folder == root && inside)
        .then(|| {
            [("br", "br"), ("gzip", "gz")].into_iter().find_map(|(encoding, extension)| {
                let copy = PathBuf::from(format!("{}.{extension}", file.display()));
                (accepts.contains(encoding) && copy.is_file()).then_some((encoding, copy))
            })
        })
        .flatten();
    let encoding_header = match &encoded {
        Some((encoding, _)) => format!("Content-Encoding: {encoding}\r\nVary: Accept-Encoding\r\n"),
        None => String::new(),
    };
    let kind_of = content_type(&file);
    let file = encoded.map_or(file, |(_, copy)| copy);
    let (status, body, kind) = match std::fs::File::open(&file) {
        Ok(mut f) if inside && file.is_file() => {
            let mut body = Vec::new();
            f.read_to_end(&mut body).unwrap();
            if folder != root && file.extension().is_some_and(|e| e == "html") {
                let mut text = String::from_utf8(body).unwrap();
                for (key, value) in &serve.substitutions {
                    text = text.replace(&format!("{{{{{key}}}}}"), value);
                }
                body = text.into_bytes();
            }
            ("200 OK", body, kind_of)
        }
        _ => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let extra: String = serve.headers.iter().map(|h| format!("{h}\r\n")).collect();
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{encoding_header}{extra}Connection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// ChromeDriver with headless Chromium. Dropping it (also when a test fails
/// and unwinds) kills the driver's whole process group, Chromium included,
/// and removes the driver's temporary folder.
pub struct Browser {
    pub client: Client,
    driver: Child,
    /// The driver's own temporary folder (its `TMPDIR`, Chromium's profile
    /// inside): a browser killed at the end leaves its scratch folders there
    /// (Chromium's scoped_dir, xvfb-run's), not in the machine's /tmp.
    scratch: PathBuf,
    /// ChromeDriver's port, for its Chromium-only endpoints (`cdp`).
    port: u16,
}

/// The Chromium flags that this machine needs: without the
/// background-networking ones Chromium floods the closed network with
/// refused connections.
pub const CHROMIUM_ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
];

/// The browser engines the end-to-end tests drive. `MC_ENGINE` chooses one
/// for a whole test run (scripts/test runs the cross-engine groups once per
/// engine); Chromium when unset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    /// Firefox ESR through geckodriver.
    Firefox,
    /// WebKitGTK, Safari's engine, under Xvfb.
    WebKit,
    /// WPE WebKit 2.38 with cog: an engine of the Safari 16 class.
    Wpe,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
            Engine::Wpe => "wpe",
        }
    }
}

/// The engine of this test run (`MC_ENGINE`).
pub fn engine() -> Engine {
    match std::env::var("MC_ENGINE").as_deref() {
        Ok("firefox") => Engine::Firefox,
        Ok("webkit") => Engine::WebKit,
        Ok("wpe") => Engine::Wpe,
        Ok("chromium") | Err(_) => Engine::Chromium,
        Ok(other) => panic!("MC_ENGINE={other}: use chromium, firefox, webkit or wpe"),
    }
}

/// For a test that needs a Chromium-only facility (DevTools protocol,
/// device emulation, the Layout Instability API): true, with the reason
/// printed, when this run is in another engine. The behaviour is covered
/// there by the tests that do run in every engine.
pub fn skip_outside_chromium(why: &str) -> bool {
    let engine = engine();
    if engine != Engine::Chromium {
        eprintln!("skipped in {}: {why}", engine.name());
    }
    engine != Engine::Chromium
}

/// Starts a WebDriver server that prints nothing useful when ready (all but
/// ChromeDriver): in a process group of its own, then waits until its port
/// accepts connections.
fn start_other_driver(engine: Engine) -> Result<(Child, u16, PathBuf), String> {
    use std::os::unix::process::CommandExt;
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let scratch = scratch_folder(port);
    let mut command = match engine {
        Engine::Firefox => {
            let gecko = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".into());
            let mut c = Command::new(gecko);
            c.args(["--port", &port.to_string(), "--host", "127.0.0.1"]);
            c
        }
        // WebKitGTK's driver starts its browser on an X display: xvfb-run
        // gives it one, in the same process group, so both end together.
        Engine::WebKit => {
            let mut c = Command::new("xvfb-run");
            c.args(["-a", "-s", "-screen 0 1600x1400x24", "/usr/bin/WebKitWebDriver"]);
            c.arg(format!("--port={port}"));
            c
        }
        Engine::Wpe => {
            let mut c = Command::new("/usr/bin/WPEWebDriver");
            c.arg(format!("--port={port}"));
            c
        }
        Engine::Chromium => unreachable!("ChromeDriver has its own start"),
    };
    let mut driver = command
        .env("TMPDIR", &scratch)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(|e| {
            format!("cannot start the {} driver: {e}; run scripts/setup", engine.name())
        })?;
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            kill_group(&mut driver);
            let _ = std::fs::remove_dir_all(&scratch);
            return Err(format!("the {} driver did not listen on port {port}", engine.name()));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((driver, port, scratch))
}

/// Kills a process group started with `process_group(0)` (its id is the leader's pid).
pub fn kill_group(leader: &mut Child) {
    // `--` so that the negative group id is not read as an option.
    if leader.id() > 1 {
        let group = format!("-{}", leader.id());
        // Quietly: the group may already be gone.
        let _ = Command::new("kill")
            .args(["-s", "KILL", "--", &group])
            .stderr(std::process::Stdio::null())
            .status();
    }
    let _ = leader.kill();
    let _ = leader.wait();
}

/// Starts ChromeDriver on a free port in a process group of its own, and
/// returns once it says it listens (it prints a line when it has bound).
fn start_driver() -> Result<(Child, u16, PathBuf), String> {
    use std::os::unix::process::CommandExt;
    let driver_path =
        std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let scratch = scratch_folder(port);
    let mut driver = Command::new(&driver_path)
        .arg(format!("--port={port}"))
        .env("TMPDIR", &scratch)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {driver_path}: {e}; run scripts/setup"));
    let stdout = driver.stdout.take().expect("piped stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains("started successfully") {
                let _ = tx.send(());
            }
        }
    });
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(()) => Ok((driver, port, scratch)),
        Err(_) => {
            kill_group(&mut driver);
            let _ = std::fs::remove_dir_all(&scratch);
            Err(format!("chromedriver did not start on port {port}"))
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        kill_group(&mut self.driver);
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

/// A fresh temporary folder for one driver and its browser, named by its port.
fn scratch_folder(port: u16) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mc-e2e-{port}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the browser's temporary folder");
    dir
}

impl Browser {
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_with(width, height, &[]).await
    }

    /// With extra Chromium arguments (e.g. a colour scheme).
    pub async fn start_with(width: u32, height: u32, extra_args: &[&str]) -> Browser {
        Browser::launch(width, height, extra_args, None, None).await
    }

    /// Chromium that records a performance trace of these categories (comma
    /// separated), read back with `trace_events`.
    pub async fn start_traced(width: u32, height: u32, categories: &str) -> Browser {
        Browser::launch(width, height, &[], None, Some(categories)).await
    }

    /// Chromium that saves downloads into `folder` without asking.
    pub async fn start_with_downloads(width: u32, height: u32, folder: &Path) -> Browser {
        let prefs = serde_json::json!({
            "download.default_directory": folder.display().to_string(),
            "download.prompt_for_download": false,
        });
        Browser::launch(width, height, &[], Some(prefs), None).await
    }

    /// With JavaScript turned off, as some readers have it.
    pub async fn start_without_javascript(width: u32, height: u32) -> Browser {
        let prefs = serde_json::json!({ "profile.managed_default_content_settings.javascript": 2 });
        Browser::launch(width, height, &[], Some(prefs), None).await
    }

    /// In a given engine, whatever this run's (for the old-browser tests).
    pub async fn start_in(engine: Engine, width: u32, height: u32) -> Browser {
        Browser::launch_in(engine, width, height, &[], None, None).await
    }

    async fn launch(
        width: u32,
        height: u32,
        extra_args: &[&str],
        prefs: Option<serde_json::Value>,
        trace: Option<&str>,
    ) -> Browser {
        Browser::launch_in(engine(), width, height, extra_args, prefs, trace).await
    }

    async fn launch_in(
        engine: Engine,
        width: u32,
        height: u32,
        extra_args: &[&str],
        prefs: Option<serde_json::Value>,
        trace: Option<&str>,
    ) -> Browser {
        if engine != Engine::Chromium {
            return Browser::launch_other(engine, width, height, prefs).await;
        }
        let mut options = serde_json::json!({ "binary": "/usr/bin/chromium" });
        if let Some(prefs) = prefs {
            options["prefs"] = prefs;
        }
        // Headless Chromium will not make a window narrower than 500 px: phone
        // widths need device-metrics emulation to get a real viewport.
        if width < 500 {
            options["mobileEmulation"] = serde_json::json!({ "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0 } });
        }
        // Two tries: on a loaded machine a driver can fail to start or to
        // open its first session, which says nothing about the widget.
        let mut last_error = String::new();
        for _ in 0..2 {
            let (mut driver, port, scratch) = match start_driver() {
                Ok(started) => started,
                Err(e) => {
                    last_error = e;
                    continue;
                }
            };
            let profile = scratch.join("profile");
            let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|s| s.to_string()).collect();
            args.push(format!("--user-data-dir={}", profile.display()));
            args.push(format!("--window-size={width},{height}"));
            args.extend(extra_args.iter().map(|a| a.to_string()));
            options["args"] = serde_json::json!(args);
            let mut caps = serde_json::Map::new();
            if let Some(categories) = trace {
                // ChromeDriver's performance log, holding the trace's events.
                options["perfLoggingPrefs"] = serde_json::json!({
                    "traceCategories": categories, "enableNetwork": false, "enablePage": false
                });
                caps.insert(
                    "goog:loggingPrefs".into(),
                    serde_json::json!({ "performance": "ALL" }),
                );
            }
            caps.insert("goog:chromeOptions".into(), options.clone());
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps)
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => return Browser { client, driver, scratch, port },
                Err(e) => {
                    last_error = format!("open a WebDriver session in Chromium: {e}");
                    kill_group(&mut driver);
                    let _ = std::fs::remove_dir_all(&scratch);
                }
            }
        }
        panic!("{last_error}");
    }

    /// Firefox, WebKitGTK or WPE: the capabilities each driver wants, the
    /// window size set through WebDriver, and the session start bounded
    /// (a WebKit driver without a display would wait for minutes).
    async fn launch_other(
        engine: Engine,
        width: u32,
        height: u32,
        prefs: Option<serde_json::Value>,
    ) -> Browser {
        let caps = match engine {
            Engine::Firefox => {
                let mut options = serde_json::json!({
                    "binary": "/usr/lib/firefox-esr/firefox-esr",
                    "args": ["-headless", format!("--width={width}"), format!("--height={height}")],
                    // No background fetches on a closed network.
                    "prefs": {
                        "app.update.enabled": false,
                        "browser.shell.checkDefaultBrowser": false,
                        "datareporting.policy.dataSubmissionEnabled": false,
                        "toolkit.telemetry.enabled": false,
                        "network.captive-portal-service.enabled": false,
                        "extensions.update.enabled": false,
                    }
                });
                // Chromium's "JavaScript off" content setting is Firefox's javascript.enabled.
                if prefs.is_some() {
                    options["prefs"]["javascript.enabled"] = serde_json::json!(false);
                }
                serde_json::json!({ "moz:firefoxOptions": options })
            }
            Engine::WebKit => serde_json::json!({}),
            Engine::Wpe => serde_json::json!({
                "browserName": "cog",
                "wpe:browserOptions": { "binary": "/usr/bin/cog", "args": ["--automation", "--platform=headless"] }
            }),
            Engine::Chromium => unreachable!(),
        };
        let serde_json::Value::Object(caps) = caps else { unreachable!() };
        let mut last_error = String::new();
        for _ in 0..2 {
            let (mut driver, port, scratch) = match start_other_driver(engine) {
                Ok(started) => started,
                Err(e) => {
                    last_error = e;
                    continue;
                }
            };
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            let url = format!("http://127.0.0.1:{port}");
            let mut builder = ClientBuilder::new(connector);
            builder.capabilities(caps.clone());
            match tokio::time::timeout(Duration::from_secs(60), builder.connect(&url)).await {
                Ok(Ok(client)) => {
                    if engine != Engine::Firefox {
                        let _ = client.set_window_size(width, height).await;
                    }
                    return Browser { client, driver, scratch, port };
                }
                Ok(Err(e)) => {
                    last_error = format!("open a WebDriver session in {}: {e}", engine.name())
                }
                Err(_) => last_error = format!("no {} session within 60 s", engine.name()),
            }
            kill_group(&mut driver);
            let _ = std::fs::remove_dir_all(&scratch);
        }
        panic!("{last_error}");
    }

    /// A browser on the demo page of `server`, once the widget has rendered.
    pub async fn open_page(
        server: &StaticServer,
        width: u32,
        height: u32,
        extra_args: &[&str],
    ) -> Browser {
        Browser::open_page_at(server, "/", width, height, extra_args).await
    }

    /// Like `open_page`, for another page of the built folder (e.g. `/widget.html`).
    pub async fn open_page_at(
        server: &StaticServer,
        path: &str,
        width: u32,
        height: u32,
        extra_args: &[&str],
    ) -> Browser {
        let browser = Browser::start_with(width, height, extra_args).await;
        browser.client.goto(&server.url(path)).await.unwrap();
        wait_for_whole_widget(&browser.client, 0).await;
        browser
    }

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

    /// Ends the session politely; dropping then stops the driver and Chromium.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

/// Waits (up to 10 s) until a CSS selector inside the n-th widget's shadow root
/// has text that satisfies `ok`, and returns that text.
pub async fn wait_for_widget_text(
    client: &Client,
    widget: usize,
    selector: &str,
    ok: impl Fn(&str) -> bool,
) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut last = String::from("<not found>");
    loop {
        if let Ok(el) = widget_find(client, widget, selector).await {
            if let Ok(text) = el.text().await {
                if ok(&text) {
                    return text;
                }
                last = text;
            }
        }
        assert!(Instant::now() < deadline, "widget {widget} {selector}: last text {last:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the n-th widget's first render is complete: it comes in
/// stages (the questions, the forms, then the results and sharing), and a
/// test that looks at the whole widget must not see it half-drawn.
pub async fn wait_for_whole_widget(client: &Client, widget: usize) {
    wait_for_widget_text(client, widget, sel::TITLE, |t| !t.is_empty()).await;
    wait_for_widget_text(client, widget, sel::RENDERED, |_| true).await;
}

/// Finds an element inside the n-th `<magnesium-calculator>`'s shadow root.
pub async fn widget_find(
    client: &Client,
    widget: usize,
    selector: &str,
) -> Result<fantoccini::elements::Element, fantoccini::error::CmdError> {
    let hosts = client.find_all(Locator::Css("magnesium-calculator")).await?;
    let host = hosts.get(widget).ok_or_else(|| {
        fantoccini::error::CmdError::InvalidArgument(
            "widget".into(),
            format!("no widget #{widget}"),
        )
    })?;
    host.shadow_root().await?.find(Locator::Css(selector)).await
}

/// Replaces a text field's content the way a reader does: click, go to the
/// end, backspace over what is there, type the new text.
pub async fn retype(field: &fantoccini::elements::Element, text: &str) {
    use fantoccini::key::Key;
    tap(field).await;
    let old = field.prop("value").await.unwrap().unwrap_or_default();
    let mut keys = String::from(char::from(Key::End));
    keys.extend(std::iter::repeat_n(char::from(Key::Backspace), old.chars().count()));
    keys.push_str(text);
    field.send_keys(&keys).await.unwrap();
}

/// Clicks an element as a reader taps it: scrolled into the middle of the
/// screen first (so clear of the sticky summary bar on narrow layouts).
pub async fn tap(element: &fantoccini::elements::Element) {
    element
        .clone()
        .client()
        .execute(
            "arguments[0].scrollIntoView({block: 'center'})",
            vec![serde_json::to_value(element).unwrap()],
        )
        .await
        .unwrap();
    match element.click().await {
        Ok(()) => {}
        // WebKit's driver hit-tests a point and finds the shadow host, not
        // the control inside its shadow root, and calls that intercepted:
        // there, the reader's tap is the element's own focus and click.
        Err(fantoccini::error::CmdError::Standard(e))
            if e.error == fantoccini::error::ErrorStatus::ElementClickIntercepted
                && engine() != Engine::Chromium =>
        {
            element
                .clone()
                .client()
                .execute(
                    "arguments[0].focus(); arguments[0].click();",
                    vec![serde_json::to_value(element).unwrap()],
                )
                .await
                .unwrap();
        }
        Err(e) => panic!("click: {e}"),
    }
}

/// Clicks the first button inside the n-th widget whose text contains `text`, waiting up to 10 s for it.
pub async fn click_button(client: &Client, widget: usize, selector: &str, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let hosts = client.find_all(Locator::Css("magnesium-calculator")).await.unwrap();
        // WebKitGTK's driver can fail to hand over the shadow root while the
        // widget redraws ("Could not parse shadow root information"): that
        // is one more try, like a button not there yet.
        let buttons = match hosts[widget].shadow_root().await {
            Ok(root) => root.find_all(Locator::Css(selector)).await.unwrap_or_default(),
            Err(_) => Vec::new(),
        };
        for button in buttons {
            if button.text().await.unwrap_or_default().contains(text) {
                tap(&button).await;
                return;
            }
        }
        assert!(Instant::now() < deadline, "no {selector} with text {text:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the page has painted twice and gone idle: whatever it had
/// queued by then (observer callbacks, messages, loads that had finished)
/// has run. For checking that something did *not* happen.
pub async fn page_settled(c: &Client) {
    c.execute_async(
        r#"const done = arguments[0];
           requestAnimationFrame(() => requestAnimationFrame(() => {
             if (window.requestIdleCallback) requestIdleCallback(() => done(), { timeout: 2000 });
             else setTimeout(done, 0);
           }));"#,
        vec![],
    )
    .await
    .unwrap();
}

/// The sum of the page's layout shifts not caused by input (`total`), and
/// what moved (`moved`). Used by tests/e2e_embed.rs and benches/browser.rs.
pub async fn layout_shift(c: &Client) -> serde_json::Value {
    c.execute_async(
        r#"const done = arguments[0];
           new PerformanceObserver((list) => {
             const shifts = list.getEntries().filter(e => !e.hadRecentInput);
             done({
               total: shifts.reduce((sum, e) => sum + e.value, 0),
               moved: shifts.flatMap(e => e.sources.map(s => (s.node && (s.node.id || s.node.nodeName)) + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect))),
             });
           }).observe({ type: 'layout-shift', buffered: true });
           // No entry at all means no shift: the observer then never calls back.
           setTimeout(() => done({ total: 0, moved: [] }), 500);"#,
        vec![],
    )
    .await
    .unwrap()
}
