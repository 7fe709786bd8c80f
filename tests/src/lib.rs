// This crate is test support: a failed step must stop the test with a message, so it panics.
#![allow(clippy::expect_used, clippy::unwrap_used)]

//! A harness that runs the real, built Cairn binary under its own Xvfb display and drives it
//! through `tauri-driver` and WebKitWebDriver, as a user would.
//!
//! The app is built once by the test command; set `CAIRN_APP_BINARY` to point at another build.

mod app;
mod desktop;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use app::App;
pub use desktop::Desktop;

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

/// A folder holding an `xdg-open` that records what it was asked to open, put first on the
/// app's PATH: the hand-off to the desktop is real, the viewer it would start is not.
pub fn recording_opener(folder: &Path) -> (String, std::path::PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let bin = folder.join("bin");
    std::fs::create_dir_all(&bin).expect("the recording opener is written");
    let log = folder.join("opened.txt");
    let script = format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display());
    let opener = bin.join("xdg-open");
    std::fs::write(&opener, script).expect("the recording opener is written");
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755))
        .expect("the recording opener is written");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    (path, log)
}
