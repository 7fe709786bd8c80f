//! Reflection commands.

use cairn_journal::{Page, PageRequest, Reflection, ReflectionFields};
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::JournalState;

/// Starts a private reflection, on an activity when one is given.
#[tauri::command(async)]
#[specta::specta]
pub fn start_reflection(
    journal: State<'_, JournalState>,
    activity_id: Option<Uuid>,
) -> Result<Reflection, IpcError> {
    journal.with(|j| j.start_reflection(activity_id))
}

/// Saves a reflection (autosave calls this); an unchanged save writes nothing.
#[tauri::command(async)]
#[specta::specta]
pub fn update_reflection(
    journal: State<'_, JournalState>,
    id: Uuid,
    fields: ReflectionFields,
) -> Result<Reflection, IpcError> {
    journal.with(|j| j.update_reflection(id, &fields))
}

/// One reflection.
#[tauri::command(async)]
#[specta::specta]
pub fn get_reflection(journal: State<'_, JournalState>, id: Uuid) -> Result<Reflection, IpcError> {
    journal.with(|j| j.reflection(id))
}

/// Reflections not in the trash, most recently written first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_reflections(
    journal: State<'_, JournalState>,
    page: PageRequest,
) -> Result<Page<Reflection>, IpcError> {
    journal.with(|j| j.reflections(page))
}

/// The reflections on one activity, oldest first.
#[tauri::command(async)]
#[specta::specta]
pub fn reflections_on_activity(
    journal: State<'_, JournalState>,
    activity_id: Uuid,
) -> Result<Vec<Reflection>, IpcError> {
    journal.with(|j| j.reflections_on(activity_id))
}

/// Moves a reflection to the trash.
#[tauri::command(async)]
#[specta::specta]
pub fn trash_reflection(
    journal: State<'_, JournalState>,
    id: Uuid,
) -> Result<Reflection, IpcError> {
    journal.with(|j| j.trash_reflection(id))
}

/// Brings a reflection back from the trash.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_reflection(
    journal: State<'_, JournalState>,
    id: Uuid,
) -> Result<Reflection, IpcError> {
    journal.with(|j| j.restore_reflection(id))
}
