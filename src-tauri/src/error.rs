//! The one error type that crosses IPC: `{ code, message, field }`.

use cairn_journal::JournalError;
use serde::Serialize;
use specta::Type;

/// What the UI does differently for an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Input broke a rule: show `message` beside `field`.
    Invalid,
    /// The record is gone: leave its view.
    NotFound,
    /// The journal could not be opened: show the error screen.
    JournalUnavailable,
    /// Anything else: show `message`.
    Internal,
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct IpcError {
    pub code: ErrorCode,
    /// A sentence for the user.
    pub message: String,
    /// For `invalid`: the input at fault, as the UI's field is named.
    pub field: Option<String>,
}

impl IpcError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
        }
    }
}

impl From<JournalError> for IpcError {
    fn from(error: JournalError) -> Self {
        let code = match &error {
            JournalError::Invalid { field, .. } => {
                return Self {
                    code: ErrorCode::Invalid,
                    message: error.to_string(),
                    field: Some((*field).to_owned()),
                };
            }
            JournalError::NotFound { .. } => ErrorCode::NotFound,
            JournalError::NotAJournal { .. }
            | JournalError::SchemaTooNew { .. }
            | JournalError::Unopenable { .. } => ErrorCode::JournalUnavailable,
            JournalError::Sqlite(_) | JournalError::Corrupt { .. } => ErrorCode::Internal,
        };
        Self::new(code, error.to_string())
    }
}
