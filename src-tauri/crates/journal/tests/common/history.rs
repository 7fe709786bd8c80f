//! The hand-moved clock shared by the history and trash tests.

use std::sync::{Arc, Mutex};

use cairn_journal::Journal;
use chrono::{DateTime, Utc};

/// A journal whose clock the test moves by hand.
pub fn journal_with_clock() -> (Journal, Arc<Mutex<DateTime<Utc>>>) {
    let mut journal = Journal::open_in_memory().unwrap();
    let now = Arc::new(Mutex::new("2026-05-04T09:00:00Z".parse().unwrap()));
    let clock = Arc::clone(&now);
    journal.set_clock(move || *clock.lock().unwrap());
    (journal, now)
}
