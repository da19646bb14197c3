//! The built folder served on a loopback port, as a host would serve it
//! (or badly: hidden files, failures, extra headers, precompressed copies).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

/// The project's folder (two above this crate's, tests/harness).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the project folder")
}

/// The folder Trunk builds; scripts/test builds it before the end-to-end tests run.
/// MC_DIST points a measurement at another build (an older commit's dist/).
pub fn dist_dir() -> PathBuf {
    built_folder("MC_DIST", "dist", "index.html")
}

/// A folder that scripts/test builds, `relative` to the project unless the
/// environment variable `var` names another; it must hold `file`.
pub fn built_folder(var: &str, relative: &str, file: &str) -> PathBuf {
    let dir =
        std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| project_root().join(relative));
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
    /// Files whose answer waits until the test releases them (a slow network).
    pub held: Held,
    /// Compress text, scripts, styles and wasm with gzip as they are sent, to
    /// a browser that accepts it, as ordinary hosts do (GitHub Pages, an
    /// nginx with gzip on): no precompressed copies.
    pub gzip: bool,
}

/// Downloads held back until `release` (tests/e2e/all_engines/opening.rs:
/// what a reader does before the wasm is in). Shared by the server's threads.
#[derive(Clone, Default)]
pub struct Held {
    files: Vec<&'static str>,
    released: std::sync::Arc<(std::sync::Mutex<bool>, std::sync::Condvar)>,
}

impl Held {
    /// Holds the files whose path ends with one of `files`.
    pub fn new(files: &[&'static str]) -> Held {
        Held { files: files.to_vec(), ..Held::default() }
    }

    /// Answers the held requests, and every later one at once.
    pub fn release(&self) {
        let (released, changed) = &*self.released;
        *released.lock().unwrap() = true;
        changed.notify_all();
    }

    fn wait_if_held(&self, relative: &str) {
        if !self.files.iter().any(|f| relative.ends_with(f)) {
            return;
        }
        let (released, changed) = &*self.released;
        let mut done = released.lock().unwrap();
        // Not forever: a test that fails before releasing must not leave
        // the browser's request (and the driver's session) hanging.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while !*done && std::time::Instant::now() < deadline {
            done = changed.wait_timeout(done, std::time::Duration::from_millis(200)).unwrap().0;
        }
    }
}

/// Which of `Serve::fail_once` have failed already (shared by the server's threads).
type Failed = std::sync::Arc<std::sync::Mutex<Vec<&'static str>>>;

/// `body`, the contents of `file`, compressed with gzip as a host compresses
/// on the fly. Each file is compressed once per server process, and the
/// copy reused while the file is unchanged: the host's work is not the
/// reader's, and on this loopback it would otherwise take the same CPU
/// cores as the browser being measured. On a 2-core machine, compressing
/// the files again for the offline worker's download took the CPU from the
/// page: in Lighthouse's traces its tasks took up to 10 times their CPU
/// time, and widget.html's blocking time was 112 ms (median of 9 runs)
/// against 8 ms (of 6) with each file compressed once (scripts/bench).
fn gzipped(file: &Path, body: Vec<u8>) -> Vec<u8> {
    use std::collections::HashMap;
    use std::hash::{Hash, Hasher};
    use std::sync::{Mutex, OnceLock};
    /// The compressed copies, by file and a hash of the contents.
    type Copies = HashMap<(PathBuf, u64), Vec<u8>>;
    static DONE: OnceLock<Mutex<Copies>> = OnceLock::new();
    // Keyed by the contents too: a test may change a file, or fill a page's slots.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut hasher);
    let key = (file.to_path_buf(), hasher.finish());
    let done = DONE.get_or_init(Mutex::default);
    if let Some(copy) = done.lock().unwrap().get(&key) {
        return copy.clone();
    }
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    gzip.write_all(&body).unwrap();
    let copy = gzip.finish().unwrap();
    done.lock().unwrap().insert(key, copy.clone());
    copy
}

/// The test pages: host pages a blogger might have (hostile CSS, strict CSP, …).
pub fn test_pages_dir() -> PathBuf {
    project_root().join("tests/pages")
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

    /// The build (dist/) served with its wasm held back until the test
    /// releases the returned `Held`: the opening screen is then on its own,
    /// as on a slow network (widget.html's build-time render).
    pub fn start_holding_wasm() -> (StaticServer, Held) {
        let held = Held::new(&["magnesium-calculator-wasm_bg.wasm"]);
        let server = StaticServer::start_serving(
            dist_dir(),
            Serve { held: held.clone(), ..Serve::default() },
        );
        (server, held)
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
    serve.held.wait_if_held(&relative);
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
    let (status, mut body, kind) = match std::fs::File::open(&file) {
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
    let compressible = ["text/", "javascript", "json", "wasm", "svg"];
    let encoding_header = if serve.gzip
        && status.starts_with("200")
        && accepts.contains("gzip")
        && compressible.iter().any(|k| kind.contains(k))
    {
        body = gzipped(&file, body);
        "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n".to_string()
    } else {
        encoding_header
    };
    let extra: String = serve.headers.iter().map(|h| format!("{h}\r\n")).collect();
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{encoding_header}{extra}Connection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}
