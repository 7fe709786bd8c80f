//! A real SMTP sink (aiosmtpd) on loopback that requires AUTH and keeps every message.

use std::io::Read;
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use tempfile::TempDir;

use crate::process::Process;
use crate::{free_port, secret, venv};

/// The sink: an aiosmtpd `Controller` with a `Mailbox` handler and an authenticator.
const SCRIPT: &str = r#"
import signal, sys
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult

maildir, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]

def authenticator(server, session, envelope, mechanism, auth_data):
    login = getattr(auth_data, "login", b"") or b""
    secret = getattr(auth_data, "password", b"") or b""
    ok = login.decode() == user and secret.decode() == password
    return AuthResult(success=ok, handled=False)

controller = Controller(Mailbox(maildir), hostname="127.0.0.1", port=port,
                        authenticator=authenticator, auth_required=True,
                        auth_require_tls=False)
controller.start()
print("ready", flush=True)
signal.sigwait({signal.SIGTERM, signal.SIGINT})
controller.stop()
"#;

/// An SMTP server on `127.0.0.1` that needs AUTH (PLAIN or LOGIN, no TLS): without AUTH a
/// message gets 530, a bad password 535. Stopped when dropped.
pub struct SmtpSink {
    /// The host to connect to: `127.0.0.1`.
    pub host: String,
    /// The port.
    pub port: u16,
    /// The user name AUTH accepts: `cairn`.
    pub user: String,
    /// The password AUTH accepts (random).
    pub password: String,
    maildir: PathBuf,
    process: Process,
    _dir: TempDir,
}

impl SmtpSink {
    /// Starts the sink on a free port and waits until it greets.
    pub fn start() -> Self {
        let dir = TempDir::new().expect("cannot make a folder for the SMTP sink");
        let maildir = dir.path().join("mail");
        for sub in ["tmp", "new", "cur"] {
            std::fs::create_dir_all(maildir.join(sub)).expect("cannot make the maildir");
        }
        let script = dir.path().join("sink.py");
        std::fs::write(&script, SCRIPT).expect("cannot write the SMTP sink");
        let port = free_port();
        let user = "cairn".to_string();
        let password = secret();
        let mut command = Command::new(venv().join("bin/python"));
        command
            .arg(&script)
            .arg(&maildir)
            .arg(port.to_string())
            .arg(&user)
            .arg(&password);
        let mut process = Process::spawn("aiosmtpd", command, &dir.path().join("smtp.log"));
        process.wait_until(|| greets(port));
        Self {
            host: "127.0.0.1".into(),
            port,
            user,
            password,
            maildir,
            process,
            _dir: dir,
        }
    }

    /// The raw RFC 822 messages received, in arrival order.
    pub fn messages(&self) -> Vec<String> {
        let mut messages: Vec<(u64, String)> = Vec::new();
        for sub in ["new", "cur"] {
            let folder = self.maildir.join(sub);
            for entry in std::fs::read_dir(folder).expect("cannot list the maildir") {
                let path = entry.expect("cannot read the maildir").path();
                let text = std::fs::read_to_string(&path).expect("cannot read a message");
                messages.push((arrival(&path), text));
            }
        }
        messages.sort_by_key(|(order, _)| *order);
        messages.into_iter().map(|(_, text)| text).collect()
    }

    /// Freezes the server (SIGSTOP), so connections to it time out.
    pub fn pause(&self) {
        self.process.pause();
    }

    /// Lets a paused server answer again (SIGCONT).
    pub fn resume(&self) {
        self.process.resume();
    }

    /// Stops the server; received messages stay readable until the value is dropped.
    pub fn stop(&mut self) {
        self.process.stop();
    }
}

/// Whether an SMTP server on `port` sends its 220 greeting.
fn greets(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let mut greeting = [0; 3];
    stream.read_exact(&mut greeting).is_ok() && &greeting == b"220"
}

/// The arrival order from a Maildir file name `SECONDS.M<micros>P<pid>Q<counter>.host`: one
/// process writes all of them, so its counter orders them.
fn arrival(path: &std::path::Path) -> u64 {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.split_once('Q')
        .and_then(|(_, rest)| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .unwrap_or(u64::MAX)
}
