//! The browsers, each through its WebDriver: Debian's Chromium through
//! ChromeDriver, Firefox ESR through geckodriver, WebKitGTK and WPE WebKit
//! through their WebKitWebDriver. `MC_ENGINE` picks this run's engine.

use crate::server::StaticServer;
use crate::widget::wait_for_whole_widget;
use fantoccini::{Client, ClientBuilder};
use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// ChromeDriver with headless Chromium. Dropping it (also when a test fails
/// and unwinds) kills the driver's whole process group, Chromium included,
/// and removes the driver's temporary folder.
pub struct Browser {
    pub client: Client,
    pub(crate) driver: Child,
    /// The driver's own temporary folder (its `TMPDIR`, Chromium's profile
    /// inside): a browser killed at the end leaves its scratch folders there
    /// (Chromium's scoped_dir, xvfb-run's), not in the machine's /tmp.
    scratch: PathBuf,
    /// ChromeDriver's port, for its Chromium-only endpoints (`cdp`).
    pub(crate) port: u16,
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

    /// Ends the session politely; dropping then stops the driver and Chromium.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}
