//! Opening a journal file safely and bringing its schema up to date.

use std::path::Path;

use rusqlite::{Connection, ErrorCode, MAIN_DB, OpenFlags};

use crate::error::{JournalError, Result};

/// Embedded migrations, applied in order; the schema version is the number applied.
/// Append only: a shipped migration is never edited.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_journal.sql"),
    include_str!("../migrations/0002_record.sql"),
    include_str!("../migrations/0003_organise.sql"),
    include_str!("../migrations/0004_written.sql"),
    include_str!("../migrations/0005_import.sql"),
    include_str!("../migrations/0006_spaces.sql"),
];

/// `PRAGMA application_id` of every Cairn journal ("CAIR"), so another application's
/// database is recognised and left alone.
const APPLICATION_ID: i64 = 0x4341_4952;

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Opens (creating if absent) the journal at `path` and migrates it.
///
/// Nothing is written to a file that is not a Cairn journal or that has a newer schema.
pub(crate) fn open(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    if conn.is_readonly(MAIN_DB)? {
        return Err(JournalError::Unopenable {
            path: path.to_path_buf(),
            source: std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "the file can be read but not written",
            ),
        });
    }
    check_identity(&conn, path)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
        .map_err(|e| classify(path, e))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Opens a private in-memory journal (tests, benchmarks).
pub(crate) fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    conn.pragma_update(None, "foreign_keys", true)?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Refuses files that are not SQLite, belong to another application or are too new.
/// Only reads: the first write happens after every check has passed.
fn check_identity(conn: &Connection, path: &Path) -> Result<()> {
    let read = |pragma: &str| -> Result<i64> {
        conn.query_row(&format!("PRAGMA {pragma}"), [], |row| row.get(0))
            .map_err(|e| classify(path, e))
    };
    let version = read("user_version")?;
    let app_id = read("application_id")?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
        .map_err(|e| classify(path, e))?;
    let empty = version == 0 && app_id == 0 && objects == 0;
    if version < 0 || (!empty && app_id != APPLICATION_ID) {
        return Err(JournalError::NotAJournal {
            path: path.to_path_buf(),
        });
    }
    if version > SCHEMA_VERSION {
        return Err(JournalError::SchemaTooNew {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Checks, reading only, that `path` holds a Cairn journal this build can open: a snapshot
/// about to be restored, say.
pub(crate) fn inspect(path: &Path) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    check_identity(&conn, path)?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
        .map_err(|e| classify(path, e))?;
    if objects == 0 {
        return Err(JournalError::NotAJournal {
            path: path.to_path_buf(),
        });
    }
    let integrity: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|e| classify(path, e))?;
    if integrity != "ok" {
        return Err(JournalError::Damaged {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Applies every migration the file has not seen, each in its own transaction.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    apply(conn, MIGRATIONS)
}

/// Applies `migrations` beyond the file's `user_version`; a failing one leaves the file as
/// the previous one left it.
fn apply(conn: &mut Connection, migrations: &[&str]) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    for (index, sql) in migrations.iter().enumerate().skip(current as usize) {
        let version = index as i64 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .map_err(|source| JournalError::Migration { version, source })?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

/// Turns SQLite's open-time errors into the journal's own.
fn classify(path: &Path, error: rusqlite::Error) -> JournalError {
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => JournalError::NotAJournal {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::DatabaseCorrupt) => JournalError::Damaged {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::ReadOnly) => {
            JournalError::Unopenable {
                path: path.to_path_buf(),
                source: std::io::Error::other(error.to_string()),
            }
        }
        _ => JournalError::Sqlite(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(conn: &Connection) -> i64 {
        conn.query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap()
    }

    #[test]
    fn a_failing_migration_leaves_the_previous_schema_whole() {
        let mut conn = Connection::open_in_memory().unwrap();
        let first = "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);";
        let broken = "CREATE TABLE tag (id INTEGER PRIMARY KEY); INSERT INTO nowhere VALUES (1);";
        apply(&mut conn, &[first]).unwrap();
        conn.execute("INSERT INTO note (body) VALUES ('kept')", [])
            .unwrap();

        let error = apply(&mut conn, &[first, broken]).unwrap_err();
        assert!(
            error.to_string().contains("step 2"),
            "the error names the step: {error}"
        );
        assert_eq!(
            version(&conn),
            1,
            "the version stays at the last migration that succeeded"
        );
        let tag_tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'tag'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            tag_tables, 0,
            "the half-run migration's table was rolled back"
        );
        let body: String = conn
            .query_row("SELECT body FROM note", [], |r| r.get(0))
            .unwrap();
        assert_eq!(body, "kept", "data written before the failure is intact");
    }

    #[test]
    fn migrations_already_applied_are_skipped() {
        let mut conn = Connection::open_in_memory().unwrap();
        let first = "CREATE TABLE note (id INTEGER PRIMARY KEY);";
        apply(&mut conn, &[first]).unwrap();
        apply(
            &mut conn,
            &[first, "CREATE TABLE tag (id INTEGER PRIMARY KEY);"],
        )
        .unwrap();
        assert_eq!(
            version(&conn),
            2,
            "only the new migration ran (the first would fail twice)"
        );
    }

    /// FNV-1a, enough to notice an edited file.
    fn fingerprint(text: &str) -> u64 {
        text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
    }

    #[test]
    fn shipped_migrations_are_never_edited() {
        // Append a fingerprint for each new migration; never change an existing one.
        let shipped: &[u64] = &[
            0xa268_0b4b_b1e4_cf3e,
            0xcb87_871a_4da2_1a48,
            0x3559_e7df_f835_6ad9,
            0xe3d6_06dc_d9a3_96b5,
            0x01fb_11ee_ec49_83fe,
            0x88f4_d922_cc7c_e9fc,
        ];
        let current: Vec<u64> = MIGRATIONS.iter().map(|sql| fingerprint(sql)).collect();
        assert_eq!(
            &current[..shipped.len()],
            shipped,
            "a shipped migration changed: add a new numbered migration instead"
        );
        assert_eq!(
            current.len(),
            shipped.len(),
            "a new migration needs its fingerprint here"
        );
    }
}
