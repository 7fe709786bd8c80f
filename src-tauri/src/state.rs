//! The journal as managed state: open, or the reason it could not be opened.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use cairn_journal::{Change, Journal, JournalError};
use serde::Serialize;
use specta::Type;

use crate::error::{ErrorCode, IpcError};

/// The name of the journal file inside the data folder.
const JOURNAL_FILE: &str = "journal.sqlite3";

/// The journal the app works on.
pub struct JournalState {
    path: PathBuf,
    journal: Result<Mutex<Journal>, IpcError>,
}

/// Where the journal is and whether it opened, for the UI's first look.
#[derive(Debug, Clone, Serialize, Type)]
pub struct JournalStatus {
    pub path: String,
    /// Why the journal could not be opened; `None` when it is open.
    pub problem: Option<IpcError>,
}

impl JournalState {
    /// Opens `journal.sqlite3` in `folder`, creating the folder if needed; every write is
    /// then announced to `listener`.
    pub fn open(folder: &Path, listener: impl Fn(&Change) + Send + 'static) -> Self {
        let path = folder.join(JOURNAL_FILE);
        let journal = std::fs::create_dir_all(folder)
            .map_err(|source| JournalError::Unopenable {
                path: path.clone(),
                source,
            })
            .and_then(|()| Journal::open(&path))
            .map(|mut journal| {
                journal.set_listener(listener);
                Mutex::new(journal)
            })
            .map_err(IpcError::from);
        Self { path, journal }
    }

    /// A state for a journal whose folder could not even be found.
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self {
            path: PathBuf::new(),
            journal: Err(IpcError::new(ErrorCode::JournalUnavailable, message)),
        }
    }

    /// Where the journal is and whether it opened.
    pub fn status(&self) -> JournalStatus {
        JournalStatus {
            path: self.path.display().to_string(),
            problem: self.journal.as_ref().err().cloned(),
        }
    }

    /// Runs `work` on the open journal.
    pub fn with<T>(
        &self,
        work: impl FnOnce(&Journal) -> Result<T, JournalError>,
    ) -> Result<T, IpcError> {
        let journal = self.journal.as_ref().map_err(Clone::clone)?;
        let journal = journal.lock().map_err(|_| {
            IpcError::new(
                ErrorCode::Internal,
                "An earlier error stopped the journal. Restart Cairn; nothing saved is lost.",
            )
        })?;
        work(&journal).map_err(IpcError::from)
    }
}
