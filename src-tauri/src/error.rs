//! The one error type that crosses IPC: `{ code, message, field }`.

use cairn_journal::JournalError;
use cairn_portfolio::PortfolioError;
use cairn_spaces::SpacesError;
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
    /// The user stopped it (an export): say nothing more.
    Cancelled,
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
            _ => ErrorCode::Internal,
        };
        Self::new(code, error.to_string())
    }
}

impl From<PortfolioError> for IpcError {
    fn from(error: PortfolioError) -> Self {
        match error {
            PortfolioError::Journal(error) => error.into(),
            PortfolioError::Invalid { field, .. } => Self {
                code: ErrorCode::Invalid,
                message: error.to_string(),
                field: Some(field.to_owned()),
            },
            PortfolioError::Cancelled => Self::new(ErrorCode::Cancelled, error.to_string()),
            PortfolioError::Io(_) => Self::new(ErrorCode::Internal, error.to_string()),
        }
    }
}

impl From<SpacesError> for IpcError {
    fn from(error: SpacesError) -> Self {
        match error {
            SpacesError::Journal(error) => error.into(),
            SpacesError::Invalid { field, .. } => Self {
                code: ErrorCode::Invalid,
                message: error.to_string(),
                field: Some(field.to_owned()),
            },
            other => Self::new(ErrorCode::Internal, other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_validation_error_names_its_field() {
        let error = IpcError::from(JournalError::Invalid {
            field: "minutes",
            message: "Enter the time spent: more than 0 minutes.".into(),
        });
        assert_eq!(error.code, ErrorCode::Invalid);
        assert_eq!(
            error.field.as_deref(),
            Some("minutes"),
            "the UI places it by field"
        );
        assert_eq!(error.message, "Enter the time spent: more than 0 minutes.");
    }

    #[test]
    fn a_missing_record_is_not_found_and_the_rest_internal() {
        let missing = IpcError::from(JournalError::NotFound {
            entity: "activity",
            id: "42".into(),
        });
        assert_eq!((missing.code, missing.field), (ErrorCode::NotFound, None));
        let undecodable = serde_json::from_str::<u8>("not a number").unwrap_err();
        let broken = IpcError::from(JournalError::Encode(undecodable));
        assert_eq!(
            broken.code,
            ErrorCode::Internal,
            "anything else is internal"
        );
        assert!(
            broken.message.contains("encode"),
            "with a readable message: {broken}"
        );
    }

    #[test]
    fn errors_serialise_as_code_message_field() {
        let error = IpcError::new(ErrorCode::NotFound, "gone");
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "code": "not_found", "message": "gone", "field": null })
        );
    }
}
