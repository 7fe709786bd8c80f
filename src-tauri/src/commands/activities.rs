//! Activity commands.

use cairn_journal::{Activity, ActivityFields, Page, PageRequest};
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::JournalState;

/// Logs a new activity.
#[tauri::command(async)]
#[specta::specta]
pub fn create_activity(
    journal: State<'_, JournalState>,
    fields: ActivityFields,
) -> Result<Activity, IpcError> {
    journal.with(|j| j.create_activity(&fields))
}

/// Replaces an activity's fields.
#[tauri::command(async)]
#[specta::specta]
pub fn update_activity(
    journal: State<'_, JournalState>,
    id: Uuid,
    fields: ActivityFields,
) -> Result<Activity, IpcError> {
    journal.with(|j| j.update_activity(id, &fields))
}

/// One activity.
#[tauri::command(async)]
#[specta::specta]
pub fn get_activity(journal: State<'_, JournalState>, id: Uuid) -> Result<Activity, IpcError> {
    journal.with(|j| j.activity(id))
}

/// Activities not in the trash, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_activities(
    journal: State<'_, JournalState>,
    page: PageRequest,
) -> Result<Page<Activity>, IpcError> {
    journal.with(|j| j.activities(page))
}

/// Moves an activity to the trash.
#[tauri::command(async)]
#[specta::specta]
pub fn trash_activity(journal: State<'_, JournalState>, id: Uuid) -> Result<Activity, IpcError> {
    journal.with(|j| j.trash_activity(id))
}

/// Brings an activity back from the trash.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_activity(journal: State<'_, JournalState>, id: Uuid) -> Result<Activity, IpcError> {
    journal.with(|j| j.restore_activity(id))
}

/// Activities in the trash, most recently trashed first.
#[tauri::command(async)]
#[specta::specta]
pub fn trashed_activities(
    journal: State<'_, JournalState>,
    page: PageRequest,
) -> Result<Page<Activity>, IpcError> {
    journal.with(|j| j.trashed_activities(page))
}

/// Deletes an activity in the trash for good; its reflections stay.
#[tauri::command(async)]
#[specta::specta]
pub fn purge_activity(journal: State<'_, JournalState>, id: Uuid) -> Result<(), IpcError> {
    journal.with(|j| j.purge_activity(id))
}
