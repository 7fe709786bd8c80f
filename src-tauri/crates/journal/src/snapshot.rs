//! Snapshots: whole copies of the journal taken at most daily, kept to a number, restorable.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use specta::Type;

use crate::error::{JournalError, Result};
use crate::store;

/// How long after one snapshot the next one is due.
pub const SNAPSHOT_INTERVAL: TimeDelta = TimeDelta::hours(24);
const PREFIX: &str = "journal-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%dT%H%M%SZ";

/// One snapshot file.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// The file name, which is also how a restore names it.
    pub name: String,
    pub taken_at: DateTime<Utc>,
    /// Bytes.
    pub size: u32,
}

/// The snapshot folder, newest first. Files that are not snapshots are ignored.
pub(crate) fn list(dir: &Path) -> Result<Vec<Snapshot>> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut snapshots: Vec<Snapshot> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
            let taken_at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
            let size = entry.metadata().ok()?.len();
            Some(Snapshot {
                name,
                taken_at,
                size: u32::try_from(size).unwrap_or(u32::MAX),
            })
        })
        .collect();
    snapshots.sort_by_key(|s| std::cmp::Reverse(s.taken_at));
    Ok(snapshots)
}

/// Writes a consistent copy of the journal into `dir`, named for `now`. The copy appears
/// under its final name only once complete.
pub(crate) fn take(conn: &Connection, dir: &Path, now: DateTime<Utc>) -> Result<Snapshot> {
    fs::create_dir_all(dir).map_err(JournalError::files("Creating the snapshot folder"))?;
    let name = format!("{PREFIX}{}{SUFFIX}", now.format(STAMP));
    let target = dir.join(&name);
    let partial = dir.join(format!(".{name}.partial"));
    let _ = fs::remove_file(&partial);
    conn.execute("VACUUM INTO ?1", [partial.to_string_lossy()])?;
    fs::rename(&partial, &target).map_err(JournalError::files("Saving a snapshot"))?;
    let size = fs::metadata(&target).map(|m| m.len()).unwrap_or_default();
    Ok(Snapshot {
        name,
        taken_at: now,
        size: u32::try_from(size).unwrap_or(u32::MAX),
    })
}

/// Deletes all but the newest `keep` snapshots.
pub(crate) fn prune(dir: &Path, keep: usize) -> Result<()> {
    for old in list(dir)?.into_iter().skip(keep) {
        fs::remove_file(dir.join(&old.name))
            .map_err(JournalError::files("Removing an old snapshot"))?;
    }
    Ok(())
}

/// The path of the snapshot called `name`, if it is one of the listed snapshots.
pub(crate) fn find(dir: &Path, name: &str) -> Result<PathBuf> {
    if list(dir)?.iter().any(|s| s.name == name) {
        Ok(dir.join(name))
    } else {
        Err(JournalError::NotFound {
            entity: "snapshot",
            id: name.to_owned(),
        })
    }
}

/// Replaces the journal's contents with the snapshot at `path`, then brings its schema up to
/// date. The snapshot is checked first; the copy is one transaction, so a failure leaves the
/// journal as it was.
pub(crate) fn restore(conn: &mut Connection, path: &Path) -> Result<()> {
    store::inspect(path)?;
    let source = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    {
        let backup = Backup::new(&source, conn)?;
        match backup.step(-1)? {
            StepResult::Done => {}
            _ => {
                return Err(JournalError::files("Restoring a snapshot")(
                    std::io::Error::other("the journal was busy; try again"),
                ));
            }
        }
    }
    store::migrate(conn)
}

/// The evidence hashes a snapshot refers to, so their bytes are kept while it is.
pub(crate) fn evidence_hashes(path: &Path) -> Result<HashSet<String>> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let has_table: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'evidence'",
        [],
        |row| row.get(0),
    )?;
    if !has_table {
        return Ok(HashSet::new());
    }
    let mut statement = conn.prepare("SELECT DISTINCT sha256 FROM evidence")?;
    let hashes = statement
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<HashSet<String>>>()?;
    Ok(hashes)
}
