//! Framework, standards, coverage and requirement-profile commands.

use std::path::PathBuf;

use cairn_journal::{
    Coverage, Framework, FrameworkFields, Profile, ProfileBody, ProfileFields, ProfileProgress,
    StandardOwner,
};
use chrono::NaiveDate;
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::JournalState;

/// Every framework: the shipped ones first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_frameworks(journal: State<'_, JournalState>) -> Result<Vec<Framework>, IpcError> {
    journal.with(|j| j.frameworks())
}

/// Adds a framework of the user's own.
#[tauri::command(async)]
#[specta::specta]
pub fn create_framework(
    journal: State<'_, JournalState>,
    fields: FrameworkFields,
) -> Result<Framework, IpcError> {
    journal.with(|j| j.create_framework(&fields))
}

/// Saves a framework of the user's own.
#[tauri::command(async)]
#[specta::specta]
pub fn update_framework(
    journal: State<'_, JournalState>,
    id: Uuid,
    fields: FrameworkFields,
) -> Result<Framework, IpcError> {
    journal.with(|j| j.update_framework(id, &fields))
}

/// Deletes a framework of the user's own, with its links.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_framework(journal: State<'_, JournalState>, id: Uuid) -> Result<(), IpcError> {
    journal.with(|j| j.delete_framework(id))
}

/// Imports a framework from a CSV or JSON file the user chose.
#[tauri::command(async)]
#[specta::specta]
pub fn import_framework(
    journal: State<'_, JournalState>,
    path: PathBuf,
) -> Result<Framework, IpcError> {
    journal.with(|j| j.import_framework_file(&path))
}

/// Links an entry to framework items (replacing its links).
#[tauri::command(async)]
#[specta::specta]
pub fn set_standards(
    journal: State<'_, JournalState>,
    owner: StandardOwner,
    items: Vec<Uuid>,
) -> Result<Vec<Uuid>, IpcError> {
    journal.with(|j| j.set_standards(owner, &items))
}

/// The framework items an entry is linked to.
#[tauri::command(async)]
#[specta::specta]
pub fn standards_of(
    journal: State<'_, JournalState>,
    owner: StandardOwner,
) -> Result<Vec<Uuid>, IpcError> {
    journal.with(|j| j.standards(owner))
}

/// How many entries and hours support each item of a framework, in a date range.
#[tauri::command(async)]
#[specta::specta]
pub fn coverage(
    journal: State<'_, JournalState>,
    framework_id: Uuid,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Coverage, IpcError> {
    journal.with(|j| j.coverage(framework_id, from, to))
}

/// A profile's usual settings for a professional body, for the form to start from.
#[tauri::command]
#[specta::specta]
pub fn profile_preset(body: ProfileBody, cycle_start: NaiveDate) -> ProfileFields {
    ProfileFields::preset(body, cycle_start)
}

/// The requirement profiles the user keeps to.
#[tauri::command(async)]
#[specta::specta]
pub fn list_profiles(journal: State<'_, JournalState>) -> Result<Vec<Profile>, IpcError> {
    journal.with(|j| j.profiles())
}

/// Adds a requirement profile.
#[tauri::command(async)]
#[specta::specta]
pub fn create_profile(
    journal: State<'_, JournalState>,
    fields: ProfileFields,
) -> Result<Profile, IpcError> {
    journal.with(|j| j.create_profile(&fields))
}

/// Saves a requirement profile.
#[tauri::command(async)]
#[specta::specta]
pub fn update_profile(
    journal: State<'_, JournalState>,
    id: Uuid,
    fields: ProfileFields,
) -> Result<Profile, IpcError> {
    journal.with(|j| j.update_profile(id, &fields))
}

/// Deletes a requirement profile (the entries stay).
#[tauri::command(async)]
#[specta::specta]
pub fn delete_profile(journal: State<'_, JournalState>, id: Uuid) -> Result<(), IpcError> {
    journal.with(|j| j.delete_profile(id))
}

/// Progress against one profile's requirements on `today`.
#[tauri::command(async)]
#[specta::specta]
pub fn profile_progress(
    journal: State<'_, JournalState>,
    id: Uuid,
    today: NaiveDate,
) -> Result<ProfileProgress, IpcError> {
    journal.with(|j| j.progress(id, today))
}
