//! Evidence commands: files attached to activities and reflections.

use std::path::PathBuf;

use cairn_journal::{Evidence, EvidenceOwner};
use tauri::State;
use tauri_plugin_opener::OpenerExt;
use uuid::Uuid;

use crate::error::{ErrorCode, IpcError};
use crate::state::JournalState;

/// Attaches a copy of the file at `path` (from the file dialog or a drop).
#[tauri::command(async)]
#[specta::specta]
pub fn attach_evidence(
    journal: State<'_, JournalState>,
    owner: EvidenceOwner,
    path: PathBuf,
) -> Result<Evidence, IpcError> {
    journal.with(|j| j.attach_evidence(owner, &path))
}

/// The files attached to an entry.
#[tauri::command(async)]
#[specta::specta]
pub fn list_evidence(
    journal: State<'_, JournalState>,
    owner: EvidenceOwner,
) -> Result<Vec<Evidence>, IpcError> {
    journal.with(|j| j.evidence(owner))
}

/// Takes a file off its entry.
#[tauri::command(async)]
#[specta::specta]
pub fn remove_evidence(journal: State<'_, JournalState>, id: Uuid) -> Result<Evidence, IpcError> {
    journal.with(|j| j.remove_evidence(id))
}

/// Opens an attached file with the application the OS chooses for it.
#[tauri::command(async)]
#[specta::specta]
pub fn open_evidence(
    app: tauri::AppHandle,
    journal: State<'_, JournalState>,
    id: Uuid,
) -> Result<(), IpcError> {
    let path = journal.with(|j| j.evidence_file(id))?;
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| {
            IpcError::new(
                ErrorCode::Internal,
                format!("The file could not be opened: {e}"),
            )
        })
}
