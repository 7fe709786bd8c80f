//! Goal, community, search and dashboard commands.

use cairn_journal::{
    Community, CommunityFields, Dashboard, Goal, GoalFields, Reflection, SearchHit, SearchQuery,
};
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::JournalState;

/// Adds a development goal.
#[tauri::command(async)]
#[specta::specta]
pub fn create_goal(journal: State<'_, JournalState>, fields: GoalFields) -> Result<Goal, IpcError> {
    journal.with(|j| j.create_goal(&fields))
}

/// Saves a goal.
#[tauri::command(async)]
#[specta::specta]
pub fn update_goal(
    journal: State<'_, JournalState>,
    id: Uuid,
    fields: GoalFields,
) -> Result<Goal, IpcError> {
    journal.with(|j| j.update_goal(id, &fields))
}

/// Moves a goal to the trash.
#[tauri::command(async)]
#[specta::specta]
pub fn trash_goal(journal: State<'_, JournalState>, id: Uuid) -> Result<Goal, IpcError> {
    journal.with(|j| j.trash_goal(id))
}

/// Brings a goal back from the trash.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_goal(journal: State<'_, JournalState>, id: Uuid) -> Result<Goal, IpcError> {
    journal.with(|j| j.restore_goal(id))
}

/// Goals in progress first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_goals(journal: State<'_, JournalState>) -> Result<Vec<Goal>, IpcError> {
    journal.with(|j| j.goals())
}

/// Adds a community of practice.
#[tauri::command(async)]
#[specta::specta]
pub fn create_community(
    journal: State<'_, JournalState>,
    fields: CommunityFields,
) -> Result<Community, IpcError> {
    journal.with(|j| j.create_community(&fields))
}

/// Saves a community; a change of level is kept in its history.
#[tauri::command(async)]
#[specta::specta]
pub fn update_community(
    journal: State<'_, JournalState>,
    id: Uuid,
    fields: CommunityFields,
) -> Result<Community, IpcError> {
    journal.with(|j| j.update_community(id, &fields))
}

/// Deletes a community; its entries stay.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_community(journal: State<'_, JournalState>, id: Uuid) -> Result<(), IpcError> {
    journal.with(|j| j.delete_community(id))
}

/// Every community, by name.
#[tauri::command(async)]
#[specta::specta]
pub fn list_communities(journal: State<'_, JournalState>) -> Result<Vec<Community>, IpcError> {
    journal.with(|j| j.communities())
}

/// Starts a health-check reflection on a community.
#[tauri::command(async)]
#[specta::specta]
pub fn start_health_check(
    journal: State<'_, JournalState>,
    community_id: Uuid,
) -> Result<Reflection, IpcError> {
    journal.with(|j| j.start_health_check(community_id))
}

/// Entries matching a query, best first.
#[tauri::command(async)]
#[specta::specta]
pub fn search(
    journal: State<'_, JournalState>,
    query: SearchQuery,
) -> Result<Vec<SearchHit>, IpcError> {
    journal.with(|j| j.search(&query))
}

/// The dashboard's figures and hints.
#[tauri::command(async)]
#[specta::specta]
pub fn dashboard(journal: State<'_, JournalState>) -> Result<Dashboard, IpcError> {
    journal.with(|j| j.dashboard())
}
