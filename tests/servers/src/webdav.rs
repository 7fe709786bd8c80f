//! A real WebDAV server (WsgiDAV on cheroot) on loopback, in Nextcloud's path shape.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::json;
use tempfile::TempDir;

use crate::http::call;
use crate::process::Process;
use crate::{free_port, secret, venv};

/// A WsgiDAV server serving one folder at `/remote.php/dav/files/alice/` with Basic auth,
/// stopped when dropped.
pub struct WebDav {
    /// The collection URL, `http://127.0.0.1:PORT/remote.php/dav/files/alice/`.
    pub url: String,
    /// The Basic-auth user name: `alice`.
    pub user: String,
    /// The Basic-auth password (random).
    pub password: String,
    /// The served folder.
    pub root: PathBuf,
    process: Process,
    _dir: TempDir,
}

impl WebDav {
    /// Starts the server on a free port and waits until it answers HTTP.
    pub fn start() -> Self {
        let dir = TempDir::new().expect("cannot make a folder for WsgiDAV");
        let root = dir.path().join("files");
        std::fs::create_dir(&root).expect("cannot make the served folder");
        let port = free_port();
        let user = "alice".to_string();
        let password = secret();
        let config = json!({
            "host": "127.0.0.1",
            "port": port,
            "server": "cheroot",
            "provider_mapping": {"/remote.php/dav/files/alice": root.display().to_string()},
            "http_authenticator": {
                "accept_basic": true, "accept_digest": false, "default_to_digest": false,
            },
            "simple_dc": {"user_mapping": {"*": {user.as_str(): {"password": password}}}},
            "property_manager": true,
            "lock_storage": true,
            "dir_browser": {"enable": false},
            "verbose": 3,
        });
        // JSON is YAML, so WsgiDAV reads this as its configuration file.
        let config_path = dir.path().join("wsgidav.yaml");
        std::fs::write(&config_path, config.to_string()).expect("cannot write wsgidav.yaml");
        let mut command = Command::new(venv().join("bin/wsgidav"));
        command.arg("--config").arg(&config_path);
        let mut process = Process::spawn("WsgiDAV", command, &dir.path().join("wsgidav.log"));
        let url = format!("http://127.0.0.1:{port}/remote.php/dav/files/alice/");
        let short = Duration::from_secs(2);
        process.wait_until(|| call("OPTIONS", &url, &[], None, short).is_some());
        Self {
            url,
            user,
            password,
            root,
            process,
            _dir: dir,
        }
    }

    /// Freezes the server (SIGSTOP), so requests to it time out.
    pub fn pause(&self) {
        self.process.pause();
    }

    /// Lets a paused server answer again (SIGCONT).
    pub fn resume(&self) {
        self.process.resume();
    }

    /// Stops the server; the served folder stays until the value is dropped.
    pub fn stop(&mut self) {
        self.process.stop();
    }

    /// Every file under [`WebDav::root`], recursively, as paths relative to it, sorted.
    pub fn files(&self) -> Vec<PathBuf> {
        let mut files = Vec::new();
        collect(&self.root, &self.root, &mut files);
        files.sort();
        files
    }
}

fn collect(root: &Path, folder: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("cannot list the served folder") {
        let path = entry.expect("cannot read the served folder").path();
        if path.is_dir() {
            collect(root, &path, files);
        } else {
            files.push(path.strip_prefix(root).unwrap().to_path_buf());
        }
    }
}
