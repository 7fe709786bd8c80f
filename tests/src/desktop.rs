//! The desktop the app runs on: Xvfb, tauri-driver, closing windows over X11, killing the app
//! and answering its file dialogs.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::prelude::*;

use crate::{App, PATIENCE, app_binary};

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

/// Where the app's output is kept, inside the test's own home folder.
const LOG_FILE: &str = "app.log";

/// The log file, opened for appending by one more writer.
fn log_file(home: &tempfile::TempDir) -> std::fs::File {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(home.path().join(LOG_FILE))
        .expect("the log file opens")
}

/// An X display of our own, with tauri-driver listening on it, for one journal folder.
pub struct Desktop {
    display: String,
    driver_port: u16,
    data_dir: PathBuf,
    // Field order is drop order: tauri-driver (and the app) before the display.
    _driver: Guarded,
    _display: Guarded,
    home: tempfile::TempDir,
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
                .stdout(log_file(&home))
                .stderr(log_file(&home)),
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
            home,
        }
    }

    /// Everything tauri-driver, WebKitWebDriver and the app have written to their standard
    /// output and error so far: the app's log.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.home.path().join(LOG_FILE)).unwrap_or_default()
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
        // The workspace builds reqwest with rustls but no crypto provider (the app installs
        // ring itself); WebDriver's HTTP client needs one too. A second install is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
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
