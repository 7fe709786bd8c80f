//! Sends queued shares in the background: the journal is locked only to read what is due and
//! to record each answer, never while waiting on a server. Woken at once after a share is
//! confirmed, retried or signed in again; otherwise it sleeps until the next share falls due.

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use cairn_journal::{ShareAttempt, ShareLogEntry};
use cairn_spaces::{Http, Keychain};
use tauri::{AppHandle, Manager};

use crate::error::IpcError;
use crate::state::JournalState;

/// The keychain service Cairn's credentials are kept under.
const KEYCHAIN_SERVICE: &str = "Cairn";

/// The longest the worker sleeps without being woken.
const LONGEST_SLEEP: Duration = Duration::from_secs(60);

/// What sharing needs, shared by the commands and the worker.
pub struct Sharing {
    pub http: Http,
    pub keychain: Keychain,
    wake: Mutex<Sender<()>>,
}

impl Sharing {
    /// Asks the worker to look for due shares now.
    pub fn wake(&self) {
        if let Ok(wake) = self.wake.lock() {
            let _ = wake.send(());
        }
    }
}

/// Manages the sharing state and starts its worker; without a network stack, sharing stays
/// off and its commands say so.
pub fn start(app: &AppHandle) {
    let http = match Http::new(cairn_spaces::DEFAULT_TIMEOUT) {
        Ok(http) => http,
        Err(error) => {
            eprintln!("cairn: sharing is unavailable: {error}");
            return;
        }
    };
    let (wake, woken) = channel();
    app.manage(Sharing {
        http,
        keychain: Keychain::new(KEYCHAIN_SERVICE),
        wake: Mutex::new(wake),
    });
    let handle = app.clone();
    std::thread::spawn(move || run(&handle, &woken));
}

/// Posts `share` and records the answer.
fn send_one(app: &AppHandle, sharing: &Sharing, share: &ShareLogEntry) -> Result<(), IpcError> {
    let journal = app.state::<JournalState>();
    let space = match share.space_id {
        Some(id) => journal.with(|j| cairn_spaces::space(j, id)).ok(),
        None => None,
    };
    let outcome = match space {
        Some(space) => cairn_spaces::attempt(
            share,
            &space,
            &sharing.keychain,
            &sharing.http,
            chrono::Utc::now(),
        ),
        None => ShareAttempt::Failed {
            error: "The space this was going to has been removed.".to_owned(),
        },
    };
    journal.with(|j| j.record_share_attempt(share.id, &outcome))?;
    Ok(())
}

fn run(app: &AppHandle, woken: &Receiver<()>) {
    loop {
        let Some(sharing) = app.try_state::<Sharing>() else {
            return;
        };
        let journal = app.state::<JournalState>();
        match journal.with(|j| j.shares_due()) {
            Ok(due) => {
                for share in &due {
                    if let Err(error) = send_one(app, &sharing, share) {
                        eprintln!("cairn: could not record a share: {}", error.message);
                    }
                }
            }
            Err(error) => eprintln!("cairn: could not read the share queue: {}", error.message),
        }
        let next = journal.with(|j| j.next_share_due()).ok().flatten();
        let sleep = next.map_or(LONGEST_SLEEP, |at| {
            (at - chrono::Utc::now())
                .to_std()
                .unwrap_or(Duration::ZERO)
                .clamp(Duration::from_millis(200), LONGEST_SLEEP)
        });
        match woken.recv_timeout(sleep) {
            Ok(()) | Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return,
        }
    }
}
