//! Settings, tags and snapshot commands.

use cairn_journal::{Settings, Snapshot, TagUsage};
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::JournalState;

/// The user's preferences.
#[tauri::command(async)]
#[specta::specta]
pub fn get_settings(journal: State<'_, JournalState>) -> Result<Settings, IpcError> {
    journal.with(|j| j.settings())
}

/// Stores the user's preferences.
#[tauri::command(async)]
#[specta::specta]
pub fn set_settings(
    journal: State<'_, JournalState>,
    settings: Settings,
) -> Result<Settings, IpcError> {
    journal.with(|j| j.set_settings(&settings))
}

/// Every tag with its use.
#[tauri::command(async)]
#[specta::specta]
pub fn list_tags(journal: State<'_, JournalState>) -> Result<Vec<TagUsage>, IpcError> {
    journal.with(|j| j.tags())
}

/// Renames a tag everywhere.
#[tauri::command(async)]
#[specta::specta]
pub fn rename_tag(
    journal: State<'_, JournalState>,
    id: Uuid,
    name: String,
) -> Result<(), IpcError> {
    journal.with(|j| j.rename_tag(id, &name))
}

/// Merges tag `from` into tag `into`.
#[tauri::command(async)]
#[specta::specta]
pub fn merge_tags(
    journal: State<'_, JournalState>,
    from: Uuid,
    into: Uuid,
) -> Result<(), IpcError> {
    journal.with(|j| j.merge_tags(from, into))
}

/// Deletes a tag, taking it off every entry.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_tag(journal: State<'_, JournalState>, id: Uuid) -> Result<(), IpcError> {
    journal.with(|j| j.delete_tag(id))
}

/// The journal's snapshots, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_snapshots(journal: State<'_, JournalState>) -> Result<Vec<Snapshot>, IpcError> {
    journal.with(|j| j.snapshots())
}

/// Replaces the journal with a snapshot (the current journal is snapshotted first).
#[tauri::command(async)]
#[specta::specta]
pub fn restore_snapshot(journal: State<'_, JournalState>, name: String) -> Result<(), IpcError> {
    journal.with_mut(|j| j.restore_snapshot(&name))
}
