//! What can go wrong making or reading a portfolio.

/// A portfolio failure the user can act on.
#[derive(Debug, thiserror::Error)]
pub enum PortfolioError {
    /// The request itself cannot be met; `field` names the input as the UI spells it.
    #[error("{message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    /// The journal refused to read.
    #[error(transparent)]
    Journal(#[from] cairn_journal::JournalError),
    /// Writing the file failed.
    #[error("Writing the portfolio failed: {0}")]
    Io(#[from] std::io::Error),
    /// The user cancelled a long export.
    #[error("The export was cancelled; no file was written.")]
    Cancelled,
}

impl PortfolioError {
    pub(crate) fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            message: message.into(),
        }
    }
}

/// Shorthand for results in this crate.
pub type Result<T, E = PortfolioError> = std::result::Result<T, E>;
