//! Portfolio commands: export to a file the user chose, and import a spreadsheet.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use cairn_journal::{ImportOutcome, RestoreOutcome};
use cairn_portfolio::import_csv::{DateOrder, Mapping, Preview};
use cairn_portfolio::leap2a::Leap2aOutcome;
use cairn_portfolio::{BackupSummary, ExportFormat, ExportRequest, ExportSummary, ImportDraft};
use chrono::NaiveDate;
use tauri::{AppHandle, State};
use tauri_specta::Event;

use crate::ExportProgress;
use crate::error::IpcError;
use crate::state::JournalState;

/// Set to ask the running export to stop.
#[derive(Default)]
pub struct ExportCancel(AtomicBool);

/// Runs an export with a progress callback that announces each step to the UI and stops once
/// [`cancel_export`] is called.
fn with_progress<T>(
    app: &AppHandle,
    cancel: &ExportCancel,
    export: impl FnOnce(&dyn Fn(f32) -> bool) -> T,
) -> T {
    cancel.0.store(false, Ordering::SeqCst);
    let progress = |fraction: f32| {
        let _ = ExportProgress(fraction).emit(app);
        !cancel.0.load(Ordering::SeqCst)
    };
    export(&progress)
}

/// Writes a portfolio to `path`, announcing progress; the file appears only when complete.
#[tauri::command(async)]
#[specta::specta]
pub fn export_portfolio(
    app: AppHandle,
    journal: State<'_, JournalState>,
    cancel: State<'_, ExportCancel>,
    request: ExportRequest,
    format: ExportFormat,
    path: PathBuf,
) -> Result<ExportSummary, IpcError> {
    with_progress(&app, &cancel, |progress| {
        journal.with(|j| cairn_portfolio::export_to_file(j, &request, format, &path, progress))
    })
}

/// Asks the export in progress to stop; it leaves no file behind.
#[tauri::command]
#[specta::specta]
pub fn cancel_export(cancel: State<'_, ExportCancel>) {
    cancel.0.store(true, Ordering::SeqCst);
}

/// The file name an export suggests in the save dialog.
#[tauri::command]
#[specta::specta]
pub fn suggest_export_name(request: ExportRequest, format: ExportFormat) -> String {
    cairn_portfolio::suggested_name(&request, format)
        .display()
        .to_string()
}

/// Opens a CSV file for import: its columns, a guessed mapping and the preview.
#[tauri::command(async)]
#[specta::specta]
pub fn open_csv_import(
    journal: State<'_, JournalState>,
    path: PathBuf,
    today: NaiveDate,
) -> Result<ImportDraft, IpcError> {
    journal.with(|j| cairn_portfolio::open_import(j, &path, today))
}

/// The preview under a mapping the user changed.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_csv_import(
    journal: State<'_, JournalState>,
    path: PathBuf,
    mapping: Mapping,
    order: DateOrder,
    today: NaiveDate,
) -> Result<Preview, IpcError> {
    journal.with(|j| cairn_portfolio::preview_import(j, &path, &mapping, order, today))
}

/// Imports the file's good rows in one transaction.
#[tauri::command(async)]
#[specta::specta]
pub fn commit_csv_import(
    journal: State<'_, JournalState>,
    path: PathBuf,
    mapping: Mapping,
    order: DateOrder,
    allow_bad_rows: bool,
    today: NaiveDate,
) -> Result<ImportOutcome, IpcError> {
    journal
        .with(|j| cairn_portfolio::commit_import(j, &path, &mapping, order, allow_bad_rows, today))
}

/// Backs up the whole journal, evidence included, to a ZIP at `path`; the file appears only
/// when complete.
#[tauri::command(async)]
#[specta::specta]
pub fn backup_journal(
    journal: State<'_, JournalState>,
    path: PathBuf,
) -> Result<BackupSummary, IpcError> {
    journal.with(|j| cairn_portfolio::backup_to_file(j, &path))
}

/// The file name a backup suggests in the save dialog: "Cairn backup <today>.zip".
#[tauri::command]
#[specta::specta]
pub fn suggest_backup_name(today: NaiveDate) -> String {
    cairn_portfolio::suggested_backup_name(today)
        .display()
        .to_string()
}

/// Restores the backup at `path`, merging by id when `merge`; a damaged or too new backup
/// is refused and changes nothing.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_backup(
    journal: State<'_, JournalState>,
    path: PathBuf,
    merge: bool,
) -> Result<RestoreOutcome, IpcError> {
    journal.with(|j| cairn_portfolio::restore_backup(j, &path, merge))
}

/// Writes a portfolio to `path` as a Leap2A package (a ZIP) for Mahara or PebblePad, the
/// activities' evidence included, announcing progress like [`export_portfolio`]; the file
/// appears only when complete.
#[tauri::command(async)]
#[specta::specta]
pub fn export_leap2a(
    app: AppHandle,
    journal: State<'_, JournalState>,
    cancel: State<'_, ExportCancel>,
    request: ExportRequest,
    path: PathBuf,
) -> Result<ExportSummary, IpcError> {
    with_progress(&app, &cancel, |progress| {
        journal.with(|j| cairn_portfolio::export_leap2a_to_file(j, &request, &path, progress))
    })
}

/// The file name a Leap2A export suggests in the save dialog.
#[tauri::command]
#[specta::specta]
pub fn suggest_leap2a_name(request: ExportRequest) -> String {
    cairn_portfolio::suggested_leap2a_name(&request)
        .display()
        .to_string()
}

/// Imports a Leap2A file (a Mahara export, or Cairn's own): activities, journal entries as
/// reflections, plans and tasks as goals; what the journal already holds is skipped.
#[tauri::command(async)]
#[specta::specta]
pub fn import_leap2a(
    journal: State<'_, JournalState>,
    path: PathBuf,
) -> Result<Leap2aOutcome, IpcError> {
    journal.with(|j| cairn_portfolio::leap2a::import_leap2a(j, &path))
}
