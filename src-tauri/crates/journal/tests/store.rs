//! Opening journal files: creation, persistence, and refusing files that are not ours.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::fs;

use cairn_journal::{
    ActivityFields, Journal, JournalError, PageRequest, ReflectionFields, SCHEMA_VERSION,
};
use rusqlite::Connection;

fn pragma(path: &std::path::Path, name: &str) -> i64 {
    let conn = Connection::open(path).unwrap();
    conn.query_row(&format!("PRAGMA {name}"), [], |row| row.get(0))
        .unwrap()
}

#[test]
fn a_new_journal_is_created_migrated_and_persists() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    let id = {
        let journal = Journal::open(&path).unwrap();
        let activity = journal
            .create_activity(&ActivityFields::new(
                "Course",
                "2026-01-05".parse().unwrap(),
                60,
            ))
            .unwrap();
        journal
            .create_reflection(&ReflectionFields::free("On the course", Some(activity.id)))
            .unwrap();
        activity.id
    };
    assert_eq!(
        pragma(&path, "user_version"),
        SCHEMA_VERSION,
        "schema version recorded"
    );
    let journal = Journal::open(&path).unwrap();
    assert_eq!(
        journal.reflections_on(id).unwrap().len(),
        1,
        "both records survive reopening, still linked"
    );
    assert_eq!(
        journal.reflections(PageRequest::first(5)).unwrap().total,
        1,
        "the reflection too"
    );
    let mode: String = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal", "the journal uses write-ahead logging");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    let bytes = b"Dear diary, this is not SQLite at all.\n".repeat(200);
    fs::write(&path, &bytes).unwrap();
    let error = Journal::open(&path).unwrap_err();
    assert!(
        matches!(error, JournalError::NotAJournal { .. }),
        "got {error:?}"
    );
    assert!(
        error.to_string().contains("journal.sqlite3"),
        "the message names the file: {error}"
    );
    assert_eq!(
        fs::read(&path).unwrap(),
        bytes,
        "the file is byte for byte unchanged"
    );
}

#[test]
fn another_applications_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('stovies');")
        .unwrap();
    let before = fs::read(&path).unwrap();
    let error = Journal::open(&path).unwrap_err();
    assert!(
        matches!(error, JournalError::NotAJournal { .. }),
        "got {error:?}"
    );
    assert_eq!(fs::read(&path).unwrap(), before, "the file is unchanged");
}

#[test]
fn a_newer_schema_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    drop(Journal::open(&path).unwrap());
    let future = SCHEMA_VERSION + 7;
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", future)
        .unwrap();
    let before = fs::read(&path).unwrap();
    match Journal::open(&path) {
        Err(JournalError::SchemaTooNew {
            found, supported, ..
        }) => {
            assert_eq!(
                (found, supported),
                (future, SCHEMA_VERSION),
                "both versions reported"
            );
        }
        other => panic!("expected SchemaTooNew, got {other:?}"),
    }
    assert_eq!(fs::read(&path).unwrap(), before, "the file is unchanged");
    assert_eq!(
        pragma(&path, "user_version"),
        future,
        "the version is not rolled back"
    );
}

#[test]
fn a_negative_schema_version_is_not_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    drop(Journal::open(&path).unwrap());
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", -3)
        .unwrap();
    let error = Journal::open(&path).unwrap_err();
    assert!(
        matches!(error, JournalError::NotAJournal { .. }),
        "got {error:?}"
    );
}

#[test]
fn a_folder_that_cannot_hold_the_journal_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, "a file where a folder should be").unwrap();
    let error = Journal::open(&blocker.join("journal.sqlite3")).unwrap_err();
    assert!(
        matches!(error, JournalError::Unopenable { .. }),
        "got {error:?}"
    );
    assert!(
        error.to_string().contains("not-a-folder"),
        "the message names the place: {error}"
    );
}

#[test]
fn reopening_an_up_to_date_journal_runs_no_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    drop(Journal::open(&path).unwrap());
    let tables = |path: &std::path::Path| -> i64 {
        Connection::open(path)
            .unwrap()
            .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
            .unwrap()
    };
    let before = tables(&path);
    drop(Journal::open(&path).unwrap());
    assert_eq!(tables(&path), before, "no object is created twice");
    assert_eq!(
        pragma(&path, "user_version"),
        SCHEMA_VERSION,
        "the version is unchanged"
    );
}
