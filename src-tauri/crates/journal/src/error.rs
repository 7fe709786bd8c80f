//! The journal's error type: every failure a caller can act on has its own variant.

use std::path::PathBuf;

/// What went wrong in the journal.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// Input that breaks a rule; `field` names the input (as the UI spells it).
    #[error("{message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    /// The record does not exist.
    #[error("No {entity} with id {id} exists in this journal.")]
    NotFound { entity: &'static str, id: String },
    /// The file exists but is not a SQLite database, or belongs to another application.
    #[error("{path} is not a Cairn journal. Cairn left it untouched.", path = .path.display())]
    NotAJournal { path: PathBuf },
    /// A Cairn journal (or a snapshot of one) whose contents are damaged.
    #[error("{path} is damaged and cannot be read. Cairn left everything as it was.", path = .path.display())]
    Damaged { path: PathBuf },
    /// The journal was written by a newer Cairn than this one.
    #[error(
        "{path} was written by a newer version of Cairn (schema {found}; this version knows up to \
         {supported}). Update Cairn to open it; the file was left untouched.",
        path = .path.display()
    )]
    SchemaTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The journal file or its folder cannot be created, read or written.
    #[error("Cannot open the journal at {path}: {source}", path = .path.display())]
    Unopenable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A schema migration failed; it was rolled back and the file is as it was before it.
    #[error("Updating the journal's structure (step {version}) failed and was undone: {source}")]
    Migration {
        version: i64,
        #[source]
        source: rusqlite::Error,
    },
    /// A file beside the journal (evidence, a snapshot) could not be read or written.
    #[error("{action} failed: {source}")]
    Files {
        action: String,
        #[source]
        source: std::io::Error,
    },
    /// A value could not be encoded for storage.
    #[error("Could not encode a value for the journal: {0}")]
    Encode(#[from] serde_json::Error),
    /// SQLite failed below us (including a stored value that could not be read back).
    #[error("The journal database reported an error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl JournalError {
    pub(crate) fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            message: message.into(),
        }
    }

    pub(crate) fn files(action: impl Into<String>) -> impl FnOnce(std::io::Error) -> Self {
        let action = action.into();
        move |source| Self::Files { action, source }
    }
}

/// Shorthand for results in this crate.
pub type Result<T, E = JournalError> = std::result::Result<T, E>;
