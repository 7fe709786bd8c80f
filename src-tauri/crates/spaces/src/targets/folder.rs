//! A shared folder on this computer (kept in step by OneDrive, Dropbox or Nextcloud): each
//! share is one document file, written whole and never over another.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::document::FILE_SUFFIX;
use crate::error::Failure;

fn unavailable(folder: &Path, error: &std::io::Error) -> Failure {
    Failure::Unavailable(format!(
        "Cannot write to the shared folder {} ({error}); is the drive connected?",
        folder.display()
    ))
}

/// Writes `name` in `folder` unless it exists: the bytes go to a temporary file first and are
/// linked into place, so a reader never sees half a document and a retry never writes twice.
pub(crate) fn create(folder: &Path, name: &str, contents: &str) -> Result<(), Failure> {
    if !folder.is_dir() {
        return Err(Failure::Unavailable(format!(
            "The shared folder {} is not there; is the drive connected?",
            folder.display()
        )));
    }
    let target = folder.join(name);
    if target.exists() {
        return Ok(());
    }
    let temporary = folder.join(format!(".{name}.{}.part", uuid::Uuid::new_v4()));
    let written = (|| {
        let mut file = fs::File::create_new(&temporary)?;
        file.write_all(contents.as_bytes())?;
        file.sync_all()
    })();
    let linked = written.and_then(|()| match fs::hard_link(&temporary, &target) {
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        other => other,
    });
    let _ = fs::remove_file(&temporary);
    linked.map_err(|error| unavailable(folder, &error))
}

/// A document file found in a folder.
pub(crate) struct Found {
    pub name: String,
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    pub text: String,
}

/// The documents in `folder`, newest first.
pub(crate) fn list(folder: &Path) -> Result<Vec<Found>, Failure> {
    let entries = fs::read_dir(folder).map_err(|error| unavailable(folder, &error))?;
    let mut documents = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(FILE_SUFFIX) || name.starts_with('.') {
            continue;
        }
        let modified = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .map(chrono::DateTime::<chrono::Utc>::from);
        if let Ok(text) = fs::read_to_string(entry.path()) {
            documents.push(Found {
                name,
                modified,
                text,
            });
        }
    }
    documents.sort_by(|a, b| {
        b.modified
            .cmp(&a.modified)
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(documents)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

    use super::*;

    #[test]
    fn a_document_is_written_once_and_no_temporary_file_is_left() {
        let folder = tempfile::tempdir().unwrap();
        create(folder.path(), "a.cairn.json", "first").unwrap();
        create(folder.path(), "a.cairn.json", "second").unwrap();
        let names: Vec<_> = fs::read_dir(folder.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a.cairn.json"], "one file, no .part left behind");
        assert_eq!(
            fs::read_to_string(folder.path().join("a.cairn.json")).unwrap(),
            "first",
            "a retry never overwrites"
        );
    }

    #[test]
    fn a_missing_folder_is_a_reason_to_wait_not_to_give_up() {
        let error = create(Path::new("/no/such/folder"), "a.cairn.json", "x").unwrap_err();
        assert!(matches!(error, Failure::Unavailable(_)), "{error:?}");
    }
}
