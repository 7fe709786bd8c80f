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
