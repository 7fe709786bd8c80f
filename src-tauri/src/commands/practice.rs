//! Feedback and review commands.

use cairn_journal::{Feedback, FeedbackFields, Review, ReviewFields};
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::JournalState;

/// Records a piece of practice-related feedback.
#[tauri::command(async)]
#[specta::specta]
pub fn create_feedback(
    journal: State<'_, JournalState>,
    fields: FeedbackFields,
) -> Result<Feedback, IpcError> {
    journal.with(|j| j.create_feedback(&fields))
}

/// Saves a piece of feedback.
#[tauri::command(async)]
#[specta::specta]
pub fn update_feedback(
    journal: State<'_, JournalState>,
    id: Uuid,
    fields: FeedbackFields,
) -> Result<Feedback, IpcError> {
    journal.with(|j| j.update_feedback(id, &fields))
}

/// Deletes a piece of feedback.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_feedback(journal: State<'_, JournalState>, id: Uuid) -> Result<(), IpcError> {
    journal.with(|j| j.delete_feedback(id))
}

/// All feedback, most recent first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_feedback(journal: State<'_, JournalState>) -> Result<Vec<Feedback>, IpcError> {
    journal.with(|j| j.feedback())
}

/// Records a reflective discussion or verification.
#[tauri::command(async)]
#[specta::specta]
pub fn create_review(
    journal: State<'_, JournalState>,
    fields: ReviewFields,
) -> Result<Review, IpcError> {
    journal.with(|j| j.create_review(&fields))
}

/// Saves a review.
#[tauri::command(async)]
#[specta::specta]
pub fn update_review(
    journal: State<'_, JournalState>,
    id: Uuid,
    fields: ReviewFields,
) -> Result<Review, IpcError> {
    journal.with(|j| j.update_review(id, &fields))
}

/// Deletes a review.
#[tauri::command(async)]
#[specta::specta]
pub fn delete_review(journal: State<'_, JournalState>, id: Uuid) -> Result<(), IpcError> {
    journal.with(|j| j.delete_review(id))
}

/// All reviews, most recent first.
#[tauri::command(async)]
#[specta::specta]
pub fn list_reviews(journal: State<'_, JournalState>) -> Result<Vec<Review>, IpcError> {
    journal.with(|j| j.reviews())
}
