//! Reflection commands.

use cairn_journal::models::{self, ModelGuide};
use cairn_journal::{Page, PageRequest, Reflection, ReflectionFields, ReflectionModel, Revision};
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::JournalState;

/// Starts a private reflection, on an activity when one is given, laid out for `model` (the
/// preferred model when none is given).
#[tauri::command(async)]
#[specta::specta]
pub fn start_reflection(
    journal: State<'_, JournalState>,
    activity_id: Option<Uuid>,
    model: Option<ReflectionModel>,
) -> Result<Reflection, IpcError> {
    journal.with(|j| j.start_reflection(activity_id, model))
}

/// Lays a reflection out for another model, keeping everything written.
#[tauri::command(async)]
#[specta::specta]
pub fn change_model(
    journal: State<'_, JournalState>,
    id: Uuid,
    model: ReflectionModel,
) -> Result<Reflection, IpcError> {
    journal.with(|j| j.change_model(id, model))
}

/// Every reflective model with its stages and prompts.
#[tauri::command]
#[specta::specta]
pub fn reflective_models() -> Vec<ModelGuide> {
    models::guides()
}

/// A reflection's history, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_revisions(
    journal: State<'_, JournalState>,
    reflection_id: Uuid,
) -> Result<Vec<Revision>, IpcError> {
    journal.with(|j| j.revisions(reflection_id))
}

/// Brings back an earlier revision; what it replaces stays in the history.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_revision(
    journal: State<'_, JournalState>,
    reflection_id: Uuid,
    revision_id: u32,
) -> Result<Reflection, IpcError> {
    journal.with(|j| j.restore_revision(reflection_id, revision_id))
}

/// Markdown as sanitised HTML, safe to show.
#[tauri::command]
#[specta::specta]
pub fn render_markdown(markdown: String) -> String {
    cairn_journal::markdown::render(&markdown)
}

/// Reflections in the trash, most recently trashed first.
#[tauri::command(async)]
#[specta::specta]
pub fn trashed_reflections(
    journal: State<'_, JournalState>,
    page: PageRequest,
) -> Result<Page<Reflection>, IpcError> {
    journal.with(|j| j.trashed_reflections(page))
}

/// Deletes a reflection in the trash for good.
#[tauri::command(async)]
#[specta::specta]
pub fn purge_reflection(journal: State<'_, JournalState>, id: Uuid) -> Result<(), IpcError> {
    journal.with(|j| j.purge_reflection(id))
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
