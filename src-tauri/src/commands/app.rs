//! The app's own state: is the journal open, and the vocabularies the UI offers.

use cairn_journal::Vocabulary;
use tauri::State;

use crate::state::{JournalState, JournalStatus};

/// Where the journal is and whether it opened.
#[tauri::command(async)]
#[specta::specta]
pub fn journal_status(journal: State<'_, JournalState>) -> JournalStatus {
    journal.status()
}

/// Activity kinds and modes with their labels.
#[tauri::command(async)]
#[specta::specta]
pub fn vocabulary() -> Vocabulary {
    Vocabulary::current()
}
