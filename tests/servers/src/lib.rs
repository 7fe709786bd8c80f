// Test support: a failed step must stop the test with a message, so it panics.
#![allow(clippy::expect_used, clippy::unwrap_used)]

//! Servers for the community-space tests, each on 127.0.0.1 on a free port, with its files in a
//! temporary folder, stopped when dropped.
//!
//! Real servers run from a Python virtualenv (`ensure_space_servers` in `scripts/setup.sh`):
//! [`Synapse`] (Matrix), [`WebDav`] (WsgiDAV, in the Nextcloud path shape) and [`SmtpSink`]
//! (aiosmtpd with AUTH). Services that cannot run here get a [`StandIn`]: a small HTTP server in
//! this process that follows their documented contracts (Discourse, Slack, Mattermost, Discord,
//! Microsoft Teams) and can be told to fail.

mod contracts;
mod discourse;
mod http;
mod process;
mod smtp;
mod standin;
mod synapse;
mod webdav;

use std::path::PathBuf;
use std::time::Duration;

pub use smtp::SmtpSink;
pub use standin::{Behaviour, Recorded, Service, StandIn};
pub use synapse::{MatrixAccount, Synapse};
pub use webdav::WebDav;

/// How long a server may take to become ready before the test fails.
pub const STARTUP_TIMEOUT: Duration = Duration::from_secs(60);

/// The virtualenv holding the Python servers: `CAIRN_SERVERS_VENV`, or the default path that
/// `ensure_space_servers` uses.
fn venv() -> PathBuf {
    let venv = std::env::var_os("CAIRN_SERVERS_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let home = std::env::var_os("HOME").expect("HOME is not set");
            PathBuf::from(home).join(".cache/cairn/servers-venv")
        });
    assert!(
        venv.join("bin/python").exists(),
        "the test servers are not installed: run scripts/test.sh \
         (or source scripts/setup.sh; ensure_space_servers) [looked in {}]",
        venv.display()
    );
    venv
}

/// A port that is free on 127.0.0.1 now (the operating system picks it).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("no free port on 127.0.0.1")
        .port()
}

/// A random secret of 32 hexadecimal characters.
fn secret() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}
