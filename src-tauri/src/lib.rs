//! Cairn's desktop shell: managed state, plugins, and the commands the UI calls.

mod commands;
mod error;
mod reminders;
mod sharing;
mod state;

use std::path::PathBuf;

use cairn_journal::Change;
use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::{AppHandle, Manager};
use tauri_specta::{Event, collect_commands, collect_events};

use state::JournalState;

/// Environment variable naming the folder that holds the journal (tests, portable use).
pub const DATA_DIR_VAR: &str = "CAIRN_DATA_DIR";

/// The one change stream: emitted after every write to the journal.
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
pub struct JournalChanged(pub Change);

/// How far the running export has got, from 0 to 1.
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
pub struct ExportProgress(pub f32);

/// Every command and event the UI may use; also the source of the generated bindings.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    use commands::{
        activities, app, evidence, organise, portfolio, practice, reflections, settings, spaces,
        standards,
    };
    tauri_specta::Builder::<tauri::Wry>::new()
        .commands(collect_commands![
            app::journal_status,
            app::vocabulary,
            activities::create_activity,
            activities::update_activity,
            activities::get_activity,
            activities::list_activities,
            activities::trash_activity,
            activities::restore_activity,
            activities::trashed_activities,
            activities::purge_activity,
            reflections::start_reflection,
            reflections::change_model,
            reflections::reflective_models,
            reflections::list_revisions,
            reflections::restore_revision,
            reflections::render_markdown,
            reflections::trashed_reflections,
            reflections::purge_reflection,
            reflections::update_reflection,
            reflections::get_reflection,
            reflections::list_reflections,
            reflections::reflections_on_activity,
            reflections::trash_reflection,
            reflections::restore_reflection,
            evidence::attach_evidence,
            evidence::list_evidence,
            evidence::remove_evidence,
            evidence::open_evidence,
            practice::create_feedback,
            practice::update_feedback,
            practice::delete_feedback,
            practice::list_feedback,
            practice::create_review,
            practice::update_review,
            practice::delete_review,
            practice::list_reviews,
            settings::get_settings,
            settings::set_settings,
            settings::list_tags,
            settings::rename_tag,
            settings::merge_tags,
            settings::delete_tag,
            settings::list_snapshots,
            settings::restore_snapshot,
            organise::create_goal,
            organise::update_goal,
            organise::trash_goal,
            organise::restore_goal,
            organise::list_goals,
            organise::create_community,
            organise::update_community,
            organise::delete_community,
            organise::list_communities,
            organise::start_health_check,
            organise::search,
            organise::dashboard,
            standards::list_frameworks,
            standards::create_framework,
            standards::update_framework,
            standards::delete_framework,
            standards::import_framework,
            standards::set_standards,
            standards::standards_of,
            standards::coverage,
            standards::profile_preset,
            standards::list_profiles,
            standards::create_profile,
            standards::update_profile,
            standards::delete_profile,
            standards::profile_progress,
            portfolio::export_portfolio,
            portfolio::cancel_export,
            portfolio::suggest_export_name,
            portfolio::open_csv_import,
            portfolio::preview_csv_import,
            portfolio::commit_csv_import,
            portfolio::backup_journal,
            portfolio::suggest_backup_name,
            portfolio::restore_backup,
            portfolio::export_leap2a,
            portfolio::suggest_leap2a_name,
            portfolio::import_leap2a,
            spaces::list_spaces,
            spaces::save_space,
            spaces::delete_space,
            spaces::sign_in_matrix,
            spaces::check_space,
            spaces::get_redaction_names,
            spaces::set_redaction_names,
            spaces::preview_share,
            spaces::confirm_share,
            spaces::share_log,
            spaces::retry_share,
            spaces::space_feed,
            spaces::reflect_on_post,
            spaces::reflection_source,
            spaces::open_link,
        ])
        .events(collect_events![JournalChanged, ExportProgress])
}

/// Where the generated TypeScript bindings are committed, relative to this crate.
pub const BINDINGS_PATH: &str = "../ui/src/lib/ipc/bindings.ts";

/// Writes the TypeScript types and command wrappers for [`specta_builder`] to `path`.
pub fn export_bindings(path: &std::path::Path) -> Result<(), specta_typescript::Error> {
    specta_builder().disable_serde_phases().export(
        specta_typescript::Typescript::default()
            .header("// Generated from the Rust types by tauri-specta. Do not edit: run\n// `CAIRN_UPDATE_BINDINGS=1 cargo test -p cairn-desktop --test bindings`.\n"),
        path,
    )
}

/// The folder holding the journal: `CAIRN_DATA_DIR` if set, else the OS app-data folder.
fn data_dir(app: &AppHandle) -> tauri::Result<PathBuf> {
    match std::env::var_os(DATA_DIR_VAR) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => app.path().app_data_dir(),
    }
}

/// Opens the journal for `app`, announcing every write as a [`JournalChanged`] event.
fn open_journal(app: &AppHandle) -> JournalState {
    let folder = match data_dir(app) {
        Ok(folder) => folder,
        Err(error) => {
            return JournalState::unavailable(format!(
                "Cairn could not find a folder for its journal: {error}. Set {DATA_DIR_VAR} to choose one."
            ));
        }
    };
    let handle = app.clone();
    JournalState::open(&folder, move |change| {
        if let Err(error) = JournalChanged(*change).emit(&handle) {
            eprintln!("cairn: could not announce a journal change: {error}");
        }
    })
}

/// Builds and runs the desktop app.
pub fn run() -> tauri::Result<()> {
    let builder = specta_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            app.manage(open_journal(app.handle()));
            app.manage(commands::portfolio::ExportCancel::default());
            let handle = app.handle().clone();
            tauri::async_runtime::spawn_blocking(move || {
                let journal = handle.state::<JournalState>();
                if let Err(error) = journal.with(|j| j.housekeeping()) {
                    eprintln!("cairn: start-up housekeeping failed: {}", error.message);
                }
            });
            reminders::start(app.handle().clone());
            sharing::start(app.handle());
            Ok(())
        })
        .run(tauri::generate_context!())
}
