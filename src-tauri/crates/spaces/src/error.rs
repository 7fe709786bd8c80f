//! What can go wrong with a space, as data the shell turns into `{ code, message }`.

use std::time::Duration;

use cairn_journal::JournalError;

use crate::document::DocumentError;
use crate::secret::KeychainError;

/// Why a space did not do what was asked. Messages never carry a credential.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum Failure {
    /// The credentials are missing or were refused: the user must sign in again.
    #[error("{0}")]
    SignIn(String),
    /// The space asked us to slow down.
    #[error("{message}")]
    Wait { after: Duration, message: String },
    /// The space could not be reached or failed (5xx): nothing was posted.
    #[error("{0}")]
    Unavailable(String),
    /// No answer in time: the post may or may not have arrived.
    #[error("{0}")]
    TimedOut(String),
    /// The space refused the request itself; trying again would not help.
    #[error("{0}")]
    Refused(String),
}

/// Everything the spaces crate can fail with.
#[derive(Debug, thiserror::Error)]
pub enum SpacesError {
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error(transparent)]
    Keychain(#[from] KeychainError),
    #[error(transparent)]
    Space(#[from] Failure),
    #[error(transparent)]
    Document(#[from] DocumentError),
    /// A setting or choice the user must correct.
    #[error("{message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
}

impl SpacesError {
    pub(crate) fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            message: message.into(),
        }
    }
}

/// Shorthand for results in this crate.
pub type Result<T, E = SpacesError> = std::result::Result<T, E>;
