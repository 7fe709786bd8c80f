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
    /// Why the journal could not be opened, in a sentence; `None` when it is open.
    pub problem: Option<String>,
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
            journal: Err(IpcError::new(ErrorCode::Internal, message)),
        }
    }

    /// Where the journal is and whether it opened.
    pub fn status(&self) -> JournalStatus {
        JournalStatus {
            path: self.path.display().to_string(),
            problem: self
                .journal
                .as_ref()
                .err()
                .map(|error| error.message.clone()),
        }
    }

    /// Runs `work` on the open journal.
    pub fn with<T, E: Into<IpcError>>(
        &self,
        work: impl FnOnce(&Journal) -> Result<T, E>,
    ) -> Result<T, IpcError> {
        self.with_mut(|journal| work(journal))
    }

    /// Runs `work` on the open journal, which it may replace wholesale (a restore).
    pub fn with_mut<T, E: Into<IpcError>>(
        &self,
        work: impl FnOnce(&mut Journal) -> Result<T, E>,
    ) -> Result<T, IpcError> {
        let journal = self.journal.as_ref().map_err(Clone::clone)?;
        let mut journal = journal.lock().map_err(|_| {
            IpcError::new(
                ErrorCode::Internal,
                "An earlier error stopped the journal. Restart Cairn; nothing saved is lost.",
            )
        })?;
        work(&mut journal).map_err(Into::into)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_journal_reports_no_problem() {
        let dir = tempfile::tempdir().unwrap();
        let state = JournalState::open(&dir.path().join("new-folder"), |_| {});
        let status = state.status();
        assert_eq!(
            status.problem, None,
            "a fresh folder is created and the journal opened"
        );
        assert!(
            status.path.ends_with(JOURNAL_FILE),
            "the path names the file: {}",
            status.path
        );
        assert!(
            state
                .with(|journal| journal.reflections(cairn_journal::PageRequest::first(1)))
                .is_ok()
        );
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_reported_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("a-file");
        std::fs::write(&blocker, "not a folder").unwrap();
        let state = JournalState::open(&blocker.join("journal-folder"), |_| {});
        let problem = state
            .status()
            .problem
            .expect("the folder cannot be created");
        assert!(
            problem.contains("journal-folder"),
            "the message names the place: {problem}"
        );
        let refused =
            state.with(|journal| journal.reflections(cairn_journal::PageRequest::first(1)));
        assert!(
            refused.is_err(),
            "commands are refused, not run on a missing journal"
        );
    }
}
