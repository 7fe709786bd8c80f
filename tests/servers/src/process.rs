//! A server child process: its log, readiness wait, pause and stop.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::STARTUP_TIMEOUT;

/// A running server process whose standard output and error go to a log file.
pub(crate) struct Process {
    name: &'static str,
    child: Option<Child>,
    log: PathBuf,
}

impl Process {
    /// Starts `command` with its output appended to `log`.
    pub(crate) fn spawn(name: &'static str, mut command: Command, log: &Path) -> Self {
        let out = File::options()
            .create(true)
            .append(true)
            .open(log)
            .expect("cannot open the server log");
        let err = out.try_clone().expect("cannot share the server log");
        let child = command
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .unwrap_or_else(|error| panic!("cannot start {name}: {error}"));
        Self {
            name,
            child: Some(child),
            log: log.to_path_buf(),
        }
    }

    /// Polls `ready` until it answers true; panics with the log's tail if the process exits or
    /// the startup timeout passes.
    pub(crate) fn wait_until(&mut self, mut ready: impl FnMut() -> bool) {
        let started = Instant::now();
        loop {
            if let Some(child) = self.child.as_mut()
                && let Ok(Some(status)) = child.try_wait()
            {
                panic!(
                    "{} exited during startup ({status}); its log ends:\n{}",
                    self.name,
                    self.tail()
                );
            }
            if ready() {
                return;
            }
            if started.elapsed() > STARTUP_TIMEOUT {
                panic!(
                    "{} was not ready after {STARTUP_TIMEOUT:?}; its log ends:\n{}",
                    self.name,
                    self.tail()
                );
            }
            sleep(Duration::from_millis(50));
        }
    }

    /// The last 40 lines of the server's log.
    pub(crate) fn tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    /// Sends `signal` (a name such as `STOP`) to the process.
    fn signal(&self, signal: &str) {
        let child = self
            .child
            .as_ref()
            .unwrap_or_else(|| panic!("{} is stopped", self.name));
        let status = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status()
            .expect("cannot run kill");
        assert!(status.success(), "kill -{signal} {} failed", self.name);
    }

    /// Whether the kernel reports the process as stopped (state `T` in `/proc/<pid>/stat`).
    fn stopped(&self) -> bool {
        let Some(child) = self.child.as_ref() else {
            return false;
        };
        std::fs::read_to_string(format!("/proc/{}/stat", child.id()))
            .ok()
            .and_then(|stat| {
                // The state follows the command name, which is in parentheses.
                let after = stat.rsplit_once(')')?.1;
                after.split_whitespace().next().map(|state| state == "T")
            })
            .unwrap_or(false)
    }

    /// Waits until the process is (or is no longer) stopped: a signal is delivered
    /// asynchronously, and a busy machine may let the process answer one more request first.
    fn settle(&self, stopped: bool) {
        let deadline = Instant::now() + Duration::from_secs(5);
        while self.stopped() != stopped {
            assert!(
                Instant::now() < deadline,
                "{} did not {} in 5 s",
                self.name,
                if stopped { "stop" } else { "continue" }
            );
            sleep(Duration::from_millis(5));
        }
    }

    /// Freezes the process (SIGSTOP): it keeps its sockets but answers nothing. Returns once
    /// the kernel reports it stopped.
    pub(crate) fn pause(&self) {
        self.signal("STOP");
        self.settle(true);
    }

    /// Lets a paused process run again (SIGCONT).
    pub(crate) fn resume(&self) {
        self.signal("CONT");
        self.settle(false);
    }

    /// Ends the process: SIGTERM, then SIGKILL if it has not exited within 5 seconds.
    pub(crate) fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let pid = child.id().to_string();
        for signal in ["-CONT", "-TERM"] {
            let _ = Command::new("kill").arg(signal).arg(&pid).status();
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            sleep(Duration::from_millis(25));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        self.stop();
    }
}
