//! Sends the journal's due reminders as desktop notifications, checking now and then.

use std::time::Duration;

use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::state::JournalState;

/// How long after start the first check waits, and then how often it repeats.
const FIRST_CHECK: Duration = Duration::from_secs(30);
const EVERY: Duration = Duration::from_secs(15 * 60);

/// Checks for due reminders in the background for as long as the app runs.
pub fn start(app: AppHandle) {
    std::thread::spawn(move || {
        std::thread::sleep(FIRST_CHECK);
        loop {
            let journal = app.state::<JournalState>();
            match journal.with(|j| j.take_due_reminders()) {
                Ok(due) => {
                    for reminder in due {
                        let shown = app
                            .notification()
                            .builder()
                            .title(&reminder.title)
                            .body(&reminder.body)
                            .show();
                        if let Err(error) = shown {
                            eprintln!("cairn: could not show a reminder: {error}");
                        }
                    }
                }
                Err(error) => eprintln!("cairn: could not check reminders: {}", error.message),
            }
            std::thread::sleep(EVERY);
        }
    });
}
