// This crate is test support: a failed step must stop the test with a message, so it panics.
#![allow(clippy::expect_used, clippy::unwrap_used)]

//! A harness that runs the real, built Cairn binary under its own Xvfb display and drives it
//! through `tauri-driver` and WebKitWebDriver, as a user would.
//!
//! The app is built once by the test command; set `CAIRN_APP_BINARY` to point at another build.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::Key;
use thirtyfour::prelude::*;

/// How long to wait for the app to show something before failing.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// The built app binary.
pub fn app_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("CAIRN_APP_BINARY") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    target.join("debug/cairn-desktop")
}

/// Where screenshots of the main screens go: `artifacts/screenshots/` (not committed), or
/// with `CAIRN_UPDATE_SCREENSHOTS` set, the committed `screenshots/` that the README shows.
pub fn screenshot_dir() -> PathBuf {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("CAIRN_UPDATE_SCREENSHOTS").is_some() {
        tests.join("screenshots")
    } else {
        tests.join("artifacts/screenshots")
    }
}

/// A child process that is killed, with its whole process group, when dropped.
struct Guarded {
    child: Child,
}

impl Drop for Guarded {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        std::thread::sleep(Duration::from_millis(200));
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.wait();
    }
}

fn spawn(command: &mut Command) -> Guarded {
    use std::os::unix::process::CommandExt;
    let child = command
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("could not start {command:?}: {e}"));
    Guarded { child }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port")
}

/// An X display of our own, with tauri-driver listening on it, for one journal folder.
pub struct Desktop {
    display: String,
    driver_port: u16,
    data_dir: PathBuf,
    // Field order is drop order: tauri-driver (and the app) before the display.
    _driver: Guarded,
    _display: Guarded,
    _home: tempfile::TempDir,
}

impl Desktop {
    /// Starts Xvfb and tauri-driver; the app will keep its journal in `data_dir`.
    pub fn start(data_dir: &Path) -> Self {
        Self::start_with(data_dir, &[])
    }

    /// As [`Desktop::start`], with extra environment for the app (a GTK theme, say).
    pub fn start_with(data_dir: &Path, env: &[(&str, &str)]) -> Self {
        let binary = app_binary();
        assert!(
            binary.exists(),
            "{} does not exist: build the app first (the README's test command does)",
            binary.display()
        );
        let mut display = spawn(
            Command::new("Xvfb")
                .args([
                    "-displayfd",
                    "1",
                    "-screen",
                    "0",
                    "1280x860x24",
                    "-nolisten",
                    "tcp",
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
        );
        let mut line = String::new();
        let stdout = display.child.stdout.take().expect("Xvfb's stdout is piped");
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("Xvfb reports its display number");
        let display_name = format!(":{}", line.trim());

        let home = tempfile::tempdir().expect("a temporary config folder");
        let driver_port = free_port();
        let driver = spawn(
            Command::new("tauri-driver")
                .args(["--port", &driver_port.to_string()])
                .args(["--native-port", &free_port().to_string()])
                .env("DISPLAY", &display_name)
                .env("CAIRN_DATA_DIR", data_dir)
                .env("XDG_CONFIG_HOME", home.path().join("config"))
                .env("XDG_DATA_HOME", home.path().join("data"))
                .env("XDG_CACHE_HOME", home.path().join("cache"))
                // A Cairn open on the developer's desktop must not become the single instance.
                .env_remove("DBUS_SESSION_BUS_ADDRESS")
                .envs(env.iter().copied())
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        );
        let deadline = Instant::now() + PATIENCE;
        while TcpStream::connect(("127.0.0.1", driver_port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not start listening"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            display: display_name,
            driver_port,
            data_dir: data_dir.to_path_buf(),
            _driver: driver,
            _display: display,
            _home: home,
        }
    }

    /// Asks every window on the display to close, as a window manager does when the user
    /// clicks a window's close button (a `WM_DELETE_WINDOW` message), so the app's own
    /// close handling runs.
    pub fn close_windows_like_a_user(&self) {
        use x11rb::connection::Connection;
        use x11rb::protocol::xproto::{
            AtomEnum, ClientMessageEvent, ConnectionExt, EventMask, MapState,
        };

        let (conn, screen) = x11rb::connect(Some(&self.display)).expect("the X display");
        let atom = |name: &[u8]| {
            let cookie = conn.intern_atom(false, name).expect("an X request");
            cookie.reply().expect("an X atom").atom
        };
        let (protocols, delete) = (atom(b"WM_PROTOCOLS"), atom(b"WM_DELETE_WINDOW"));
        let root = conn.setup().roots[screen].root;
        let tree = conn
            .query_tree(root)
            .expect("a query")
            .reply()
            .expect("the window tree");
        for window in tree.children {
            let shown = conn
                .get_window_attributes(window)
                .ok()
                .and_then(|cookie| cookie.reply().ok())
                .is_some_and(|attributes| attributes.map_state == MapState::VIEWABLE);
            let speaks_delete = conn
                .get_property(false, window, protocols, AtomEnum::ATOM, 0, 32)
                .ok()
                .and_then(|cookie| cookie.reply().ok())
                .and_then(|reply| reply.value32().map(|mut atoms| atoms.any(|a| a == delete)))
                .unwrap_or(false);
            if shown && speaks_delete {
                let event = ClientMessageEvent::new(32, window, protocols, [delete, 0, 0, 0, 0]);
                conn.send_event(false, window, EventMask::NO_EVENT, event)
                    .expect("the close request is sent");
            }
        }
        conn.flush().expect("the X requests are delivered");
    }

    /// Kills the running app with SIGKILL, as a crash or a power cut would end it: nothing
    /// of its own runs on the way out. Waits until it is gone.
    pub fn kill_app(&self) {
        let marker = format!("{}={}", "CAIRN_DATA_DIR", self.data_dir.display());
        let ours: Vec<String> = std::fs::read_dir("/proc")
            .expect("the process table")
            .flatten()
            .filter(|entry| {
                let exe = std::fs::read_link(entry.path().join("exe")).ok();
                let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
                exe.as_deref() == Some(app_binary().as_path())
                    && environ.split(|b| *b == 0).any(|v| v == marker.as_bytes())
            })
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(!ours.is_empty(), "the app is running");
        for pid in &ours {
            let status = Command::new("kill").args(["-KILL", pid]).status();
            assert!(status.is_ok_and(|s| s.success()), "SIGKILL reached {pid}");
        }
        let deadline = Instant::now() + PATIENCE;
        while ours
            .iter()
            .any(|pid| Path::new("/proc").join(pid).join("exe").exists())
        {
            assert!(Instant::now() < deadline, "the killed app is still there");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Answers the open file dialog titled `title` with `path`, typing it as a user would
    /// (xdotool: Ctrl+L for the location box, the path, Enter).
    pub fn choose_in_file_dialog(&self, title: &str, path: &Path) {
        self.answer_file_dialog(title, "ctrl+l", path);
    }

    /// Answers the save dialog titled `title` with `path`: the whole path typed over the
    /// suggested name, then Enter.
    pub fn save_in_file_dialog(&self, title: &str, path: &Path) {
        self.answer_file_dialog(title, "ctrl+a", path);
    }

    fn answer_file_dialog(&self, title: &str, first_key: &str, path: &Path) {
        let xdotool = |args: &[&str]| {
            let output = Command::new("xdotool")
                .args(args)
                .env("DISPLAY", &self.display)
                .output()
                .expect("xdotool runs (the README's setup installs it)");
            assert!(
                output.status.success(),
                "xdotool {args:?} failed: {output:?}"
            );
        };
        let deadline = Instant::now() + PATIENCE;
        let window = loop {
            let found = Command::new("xdotool")
                .args(["search", "--onlyvisible", "--name", title])
                .env("DISPLAY", &self.display)
                .output()
                .ok()
                .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
                .unwrap_or_default();
            if let Some(window) = found.lines().next().filter(|w| !w.is_empty()) {
                break window.to_owned();
            }
            assert!(
                Instant::now() < deadline,
                "no file dialog titled {title:?} opened"
            );
            std::thread::sleep(Duration::from_millis(100));
        };
        xdotool(&["windowfocus", "--sync", &window]);
        std::thread::sleep(Duration::from_millis(300));
        xdotool(&["key", "--clearmodifiers", first_key]);
        xdotool(&["type", "--delay", "15", &path.display().to_string()]);
        std::thread::sleep(Duration::from_millis(300));
        xdotool(&["key", "Return"]);
    }

    /// Launches the app and connects to its webview.
    pub async fn launch(&self) -> App {
        let mut caps = thirtyfour::Capabilities::new();
        caps.set("browserName", "wry").expect("serialisable");
        caps.set(
            "tauri:options",
            json!({ "application": app_binary().display().to_string() }),
        )
        .expect("serialisable");
        let url = format!("http://127.0.0.1:{}", self.driver_port);
        // tauri-driver accepts connections before WebKitWebDriver behind it is ready, and then
        // drops the first request; a new session is asked for again rather than failing.
        let deadline = Instant::now() + PATIENCE;
        loop {
            match WebDriver::new(&url, caps.clone()).await {
                Ok(driver) => return App { driver },
                Err(error) if Instant::now() < deadline => {
                    eprintln!("retrying the WebDriver session: {error}");
                    tokio::time::sleep(Duration::from_millis(300)).await;
                }
                Err(error) => panic!("no WebDriver session with the app: {error}"),
            }
        }
    }
}

/// The running app, seen through its webview.
pub struct App {
    pub driver: WebDriver,
}

impl App {
    /// Waits until `css` matches a displayed element and returns it.
    pub async fn find(&self, css: &str) -> WebElement {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(found) = self.driver.find_all(By::Css(css)).await {
                for element in found {
                    if element.is_displayed().await.unwrap_or(false) {
                        return element;
                    }
                }
            }
            if Instant::now() > deadline {
                self.failure_screenshot().await;
                panic!("nothing matching {css:?} appeared");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Every element matching `css` right now.
    pub async fn all(&self, css: &str) -> Vec<WebElement> {
        self.driver.find_all(By::Css(css)).await.unwrap_or_default()
    }

    /// Waits until the text of an element matching `css` satisfies `test`, and returns it.
    pub async fn text_where(&self, css: &str, test: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.find(css).await;
            let mut last = String::new();
            for element in self.all(css).await {
                // innerText, not WebDriver's text: WebKitWebDriver leaves out ellipsised text.
                let text = element
                    .prop("innerText")
                    .await
                    .ok()
                    .flatten()
                    .unwrap_or_default();
                if test(&text) {
                    return text;
                }
                last = text;
            }
            if Instant::now() > deadline {
                self.failure_screenshot().await;
                panic!("no {css:?} read as expected; the last read: {last:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until an attribute of the element matching `css` has `value`.
    pub async fn attribute_becomes(&self, css: &str, name: &str, value: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let element = self.find(css).await;
            let current = element.attr(name).await.ok().flatten();
            if current.as_deref() == Some(value) {
                return;
            }
            if Instant::now() > deadline {
                self.failure_screenshot().await;
                panic!("{css:?} [{name}] never became {value:?}; last: {current:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Replaces the text of the input matching `css`.
    pub async fn type_into(&self, css: &str, text: &str) {
        let input = self.find(css).await;
        input.clear().await.expect("the input clears");
        input.send_keys(text).await.expect("the input takes keys");
    }

    /// Types `keys` at the end of what the element matching `css` holds.
    pub async fn keys(&self, css: &str, keys: impl Into<thirtyfour::TypingData>) {
        let input = self.find(css).await;
        input.send_keys(keys).await.expect("the element takes keys");
    }

    /// Presses `key` while holding `modifier` (say Control and "n"), wherever the focus is.
    pub async fn chord(&self, modifier: Key, key: &str) {
        self.driver
            .action_chain()
            .key_down(modifier.clone())
            .send_keys(key)
            .key_up(modifier)
            .perform()
            .await
            .expect("the key chord is delivered");
    }

    /// Types `keys` wherever the focus is.
    pub async fn press(&self, keys: impl Into<thirtyfour::TypingData>) {
        self.driver
            .action_chain()
            .send_keys(keys)
            .perform()
            .await
            .expect("the keys are delivered");
    }

    /// Runs `script` in the page and returns its result as JSON.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        let ret = self
            .driver
            .execute(script, Vec::new())
            .await
            .expect("the script runs");
        ret.json().clone()
    }

    /// The `name` of the element that has the keyboard focus.
    pub async fn focused_name(&self) -> Option<String> {
        let element = self.driver.active_element().await.ok()?;
        match element.attr("name").await.ok().flatten() {
            Some(name) => Some(name),
            None => element.attr("data-name").await.ok().flatten(),
        }
    }

    /// Waits until nothing matches `css` any more.
    pub async fn gone(&self, css: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.all(css).await.is_empty() {
            if Instant::now() > deadline {
                self.failure_screenshot().await;
                panic!("{css:?} is still there");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the element matching `css`.
    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .expect("the element takes a click");
    }

    /// Saves a screenshot of the window as `screenshots/<name>.png`, after the page has painted.
    pub async fn screenshot(&self, name: &str) {
        self.driver
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                Vec::new(),
            )
            .await
            .expect("two animation frames pass");
        let png = self.driver.screenshot_as_png().await.expect("a screenshot");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("the screenshot folder");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("the screenshot is written");
    }

    /// Keeps what the window showed when a wait ran out, under `artifacts/` (not committed).
    async fn failure_screenshot(&self) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("artifacts");
        if let Ok(png) = self.driver.screenshot_as_png().await {
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join("failure.png"), png);
            eprintln!(
                "the window at the failure: {}",
                dir.join("failure.png").display()
            );
        }
    }

    /// Ends the WebDriver session, which stops the app (abruptly: no close request reaches it).
    pub async fn quit(self) {
        self.driver
            .quit()
            .await
            .expect("the session ends and the app closes");
    }
}
