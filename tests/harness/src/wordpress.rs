//! A real WordPress on loopback, from Debian's packages (installed by
//! scripts/setup): MariaDB as a process of the test (its own data folder and
//! socket, no network), PHP's built-in server on a free port, and a fresh
//! site installed from scratch in a temporary folder on every run. Dropping
//! it stops both servers and removes the folder, even when a test fails.
//!
//! Debian's wp-config.php reads /etc/wordpress/config-<name>.php; scripts/setup
//! writes `config-magnesium-calculator-tests.php`, which takes the database
//! socket, the site's address and its wp-content folder from this run's
//! environment (MC_WP_DIR, MC_WP_URL). Each PHP run is pointed at it by a
//! prepended file that sets `WORDPRESS_CONFIG`.

use crate::drivers::kill_group;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Debian's WordPress.
const WORDPRESS: &str = "/usr/share/wordpress";

pub struct WordPress {
    /// The site's address, e.g. http://127.0.0.1:40123
    pub url: String,
    dir: PathBuf,
    php: Child,
    mariadb: Child,
}

fn run(command: &mut Command, what: &str) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("{what}: {e} (run scripts/setup)"));
    assert!(
        out.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn wait_for(what: &str, ready: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !ready() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

impl WordPress {
    /// A new site with the block theme Twenty Twenty-Three, an administrator
    /// ("admin") and no plugin.
    pub fn start() -> WordPress {
        static RUN: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "mc-wordpress-{}-{}",
            std::process::id(),
            RUN.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        // The site's folder: WordPress's own files linked, wp-content our own.
        let www = dir.join("www");
        for sub in
            ["www/wp-content/plugins", "www/wp-content/themes", "www/wp-content/uploads", "db"]
        {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        for entry in std::fs::read_dir(WORDPRESS).expect("WordPress: run scripts/setup") {
            let entry = entry.unwrap();
            if entry.file_name() != "wp-content" {
                std::os::unix::fs::symlink(entry.path(), www.join(entry.file_name())).unwrap();
            }
        }
        std::os::unix::fs::symlink(
            Path::new(WORDPRESS).join("wp-content/themes/twentytwentythree"),
            www.join("wp-content/themes/twentytwentythree"),
        )
        .unwrap();
        std::fs::write(
            dir.join("prepend.php"),
            "<?php $_SERVER['WORDPRESS_CONFIG'] = 'magnesium-calculator-tests';\n",
        )
        .unwrap();

        // MariaDB, for this run only.
        let datadir = format!("--datadir={}", dir.join("db").display());
        run(
            Command::new("mariadb-install-db").args([
                "--user=root",
                &datadir,
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
            ]),
            "mariadb-install-db",
        );
        let socket = dir.join("mysqld.sock");
        let mut mariadb = Command::new("mariadbd")
            .args([
                "--no-defaults",
                "--user=root",
                &datadir,
                &format!("--socket={}", socket.display()),
                &format!("--pid-file={}", dir.join("mysqld.pid").display()),
                "--skip-networking",
                "--innodb-buffer-pool-size=32M",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("mariadbd: run scripts/setup");
        wait_for("MariaDB's socket", || socket.exists());
        let sql = "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; \
                   GRANT ALL ON wp.* TO 'wp'@'localhost';";
        let mut client = Command::new("mariadb");
        client.args([
            "--no-defaults",
            &format!("--socket={}", socket.display()),
            "-uroot",
            "-e",
            sql,
        ]);
        let deadline = Instant::now() + Duration::from_secs(60);
        while !client.output().map(|o| o.status.success()).unwrap_or(false) {
            if Instant::now() > deadline {
                kill_group(&mut mariadb);
                panic!("MariaDB did not accept the test's database");
            }
            std::thread::sleep(Duration::from_millis(100));
        }

        // PHP's built-in server on a free port. The port is free when it is
        // picked, but another test's server may take it before PHP binds it:
        // then PHP exits, and another port is tried.
        let (php, url) = (0..5)
            .find_map(|_| {
                let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
                let url = format!("http://127.0.0.1:{port}");
                let mut php = Command::new("php")
                    .args([
                        "-d",
                        &format!("auto_prepend_file={}", dir.join("prepend.php").display()),
                    ])
                    .args(["-S", &format!("127.0.0.1:{port}"), "-t", www.to_str().unwrap()])
                    .env("MC_WP_DIR", &dir)
                    .env("MC_WP_URL", &url)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .process_group(0)
                    .spawn()
                    .expect("php: run scripts/setup");
                let deadline = Instant::now() + Duration::from_secs(30);
                loop {
                    if let Ok(Some(_)) = php.try_wait() {
                        return None; // the port was taken: try another
                    }
                    if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                        return Some((php, url));
                    }
                    if Instant::now() > deadline {
                        kill_group(&mut php);
                        return None;
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
            })
            .unwrap_or_else(|| {
                kill_group(&mut mariadb);
                panic!("PHP's built-in server did not start on any of 5 ports")
            });
        let site = WordPress { url, dir, php, mariadb };
        site.php_installing(
            "require_once ABSPATH . 'wp-admin/includes/upgrade.php';
             wp_install('Test site', 'admin', 'admin@example.org', false, '', 'admin-password-1');
             switch_theme('twentytwentythree');",
        );
        site
    }

    /// The site's address of `path`.
    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }

    /// The site's wp-content folder.
    pub fn content_dir(&self) -> PathBuf {
        self.dir.join("www/wp-content")
    }

    /// Runs PHP with WordPress loaded (as an administrator) and returns what it printed.
    pub fn php(&self, code: &str) -> String {
        self.php_script(&format!(
            "require '{WORDPRESS}/wp-load.php';
             require_once ABSPATH . 'wp-admin/includes/admin.php';
             wp_set_current_user(1);
             {code}"
        ))
    }

    fn php_installing(&self, code: &str) -> String {
        self.php_script(&format!(
            "define('WP_INSTALLING', true);
             require '{WORDPRESS}/wp-load.php';
             {code}"
        ))
    }

    fn php_script(&self, body: &str) -> String {
        static SCRIPT: AtomicUsize = AtomicUsize::new(0);
        let script = self.dir.join(format!("script-{}.php", SCRIPT.fetch_add(1, Ordering::SeqCst)));
        let host = self.url.trim_start_matches("http://");
        std::fs::write(
            &script,
            format!(
                "<?php\n$_SERVER['HTTP_HOST'] = '{host}';\n$_SERVER['REQUEST_URI'] = '/';\n\
                 $_SERVER['SERVER_NAME'] = '127.0.0.1';\n{body}\n"
            ),
        )
        .unwrap();
        run(
            Command::new("php")
                .args([
                    "-d",
                    &format!("auto_prepend_file={}", self.dir.join("prepend.php").display()),
                ])
                .arg(&script)
                .env("MC_WP_DIR", &self.dir)
                .env("MC_WP_URL", &self.url),
            "php",
        )
    }

    /// Rows of a query on the site's database, tab-separated.
    pub fn sql(&self, query: &str) -> String {
        run(
            Command::new("mariadb").args([
                "--no-defaults",
                &format!("--socket={}", self.dir.join("mysqld.sock").display()),
                "-uroot",
                "--batch",
                "--skip-column-names",
                "wp",
                "-e",
                query,
            ]),
            "mariadb",
        )
    }
}

impl Drop for WordPress {
    fn drop(&mut self) {
        kill_group(&mut self.php);
        kill_group(&mut self.mariadb);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
