//! Community space commands: configure spaces, preview and confirm shares, read the log and
//! the feed. Anything that waits on a server or the keychain runs on a blocking thread.

use cairn_journal::{Reflection, ReflectionSource, ShareLogEntry};
use cairn_spaces::{Draft, FeedItem, MatrixSignIn, SharePreview, ShareRequest, Space, SpaceInput};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_opener::OpenerExt;
use uuid::Uuid;

use crate::error::{ErrorCode, IpcError};
use crate::sharing::Sharing;
use crate::state::JournalState;

/// Runs `work` on a blocking thread with the journal and the sharing state.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    work: impl FnOnce(&JournalState, &Sharing) -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(move || {
        let sharing = app.try_state::<Sharing>().ok_or_else(|| {
            IpcError::new(
                ErrorCode::Internal,
                "Sharing could not start on this computer.",
            )
        })?;
        work(&app.state::<JournalState>(), &sharing)
    })
    .await
    .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?
}

/// Every configured space.
#[tauri::command(async)]
#[specta::specta]
pub fn list_spaces(journal: State<'_, JournalState>) -> Result<Vec<Space>, IpcError> {
    journal.with(cairn_spaces::spaces)
}

/// Adds or changes a space; its credential goes to the OS keychain.
#[tauri::command]
#[specta::specta]
pub async fn save_space(app: AppHandle, input: SpaceInput) -> Result<Space, IpcError> {
    blocking(app, move |journal, sharing| {
        let saved = journal.with(|j| cairn_spaces::save_space(j, &sharing.keychain, &input))?;
        sharing.wake();
        Ok(saved)
    })
    .await
}

/// Removes a space and its credential.
#[tauri::command]
#[specta::specta]
pub async fn delete_space(app: AppHandle, id: Uuid) -> Result<(), IpcError> {
    blocking(app, move |journal, sharing| {
        journal.with(|j| cairn_spaces::delete_space(j, &sharing.keychain, id))
    })
    .await
}

/// Signs in to a Matrix space with a password or a pasted token.
#[tauri::command]
#[specta::specta]
pub async fn sign_in_matrix(
    app: AppHandle,
    id: Uuid,
    how: MatrixSignIn,
) -> Result<Space, IpcError> {
    blocking(app, move |journal, sharing| {
        let space = journal.with(|j| cairn_spaces::space(j, id))?;
        let (user, token) = cairn_spaces::sign_in_to_matrix(&space, &sharing.http, &how)?;
        let saved = journal
            .with(|j| cairn_spaces::signed_in(j, &sharing.keychain, &space, &user, &token))?;
        sharing.wake();
        Ok(saved)
    })
    .await
}

/// Checks that a space answers with its saved credentials.
#[tauri::command]
#[specta::specta]
pub async fn check_space(app: AppHandle, id: Uuid) -> Result<String, IpcError> {
    blocking(app, move |journal, sharing| {
        let space = journal.with(|j| cairn_spaces::space(j, id))?;
        Ok(cairn_spaces::check(
            &space,
            &sharing.keychain,
            &sharing.http,
        )?)
    })
    .await
}

/// The names taken out of anything shared.
#[tauri::command(async)]
#[specta::specta]
pub fn get_redaction_names(journal: State<'_, JournalState>) -> Result<Vec<String>, IpcError> {
    journal.with(|j| j.redaction_names())
}

/// Replaces the redaction list.
#[tauri::command(async)]
#[specta::specta]
pub fn set_redaction_names(
    journal: State<'_, JournalState>,
    names: Vec<String>,
) -> Result<Vec<String>, IpcError> {
    journal.with(|j| j.set_redaction_names(&names))
}

/// Exactly what sharing would post, redacted; nothing is sent.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_share(
    journal: State<'_, JournalState>,
    request: ShareRequest,
) -> Result<SharePreview, IpcError> {
    journal.with(|j| cairn_spaces::preview(j, &request, chrono::Utc::now()))
}

/// Queues the share the user confirmed after its preview and starts sending it.
#[tauri::command(async)]
#[specta::specta]
pub fn confirm_share(
    journal: State<'_, JournalState>,
    sharing: State<'_, Sharing>,
    request: ShareRequest,
    draft: Draft,
    share_private: bool,
) -> Result<ShareLogEntry, IpcError> {
    let logged = journal.with(|j| cairn_spaces::confirm(j, &request, &draft, share_private))?;
    sharing.wake();
    Ok(logged)
}

/// The share log, newest first.
#[tauri::command(async)]
#[specta::specta]
pub fn share_log(journal: State<'_, JournalState>) -> Result<Vec<ShareLogEntry>, IpcError> {
    journal.with(|j| j.share_log())
}

/// Tries a waiting or failed share again now.
#[tauri::command(async)]
#[specta::specta]
pub fn retry_share(
    journal: State<'_, JournalState>,
    sharing: State<'_, Sharing>,
    id: Uuid,
) -> Result<ShareLogEntry, IpcError> {
    let queued = journal.with(|j| j.retry_share(id))?;
    sharing.wake();
    Ok(queued)
}

/// What peers shared in a space, sanitised.
#[tauri::command]
#[specta::specta]
pub async fn space_feed(app: AppHandle, id: Uuid) -> Result<Vec<FeedItem>, IpcError> {
    blocking(app, move |journal, sharing| {
        let (space, own) = journal.with(|j| {
            let own: Vec<Uuid> = j.share_log()?.iter().map(|s| s.id).collect();
            Ok::<_, cairn_spaces::SpacesError>((cairn_spaces::space(j, id)?, own))
        })?;
        Ok(cairn_spaces::feed(
            &space,
            &sharing.keychain,
            &sharing.http,
            &own,
        )?)
    })
    .await
}

/// Starts a reflection answering a peer's post.
#[tauri::command(async)]
#[specta::specta]
pub fn reflect_on_post(
    journal: State<'_, JournalState>,
    space_id: Uuid,
    item: FeedItem,
) -> Result<Reflection, IpcError> {
    journal.with(|j| cairn_spaces::reflect_on(j, &cairn_spaces::space(j, space_id)?, &item))
}

/// The peer's post a reflection answers, if any.
#[tauri::command(async)]
#[specta::specta]
pub fn reflection_source(
    journal: State<'_, JournalState>,
    id: Uuid,
) -> Result<Option<ReflectionSource>, IpcError> {
    journal.with(|j| j.reflection_source(id))
}

/// Opens a post's web address in the system's browser (or the Matrix client it hands to).
#[tauri::command(async)]
#[specta::specta]
pub fn open_link(app: AppHandle, url: String) -> Result<(), IpcError> {
    let url = cairn_spaces::web_link(&url)?;
    app.opener().open_url(url, None::<&str>).map_err(|e| {
        IpcError::new(
            ErrorCode::Internal,
            format!("The link could not be opened: {e}"),
        )
    })
}
