//! The `space`, `redaction_name` and `reflection_source` tables.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use super::{ReflectionSource, StoredSpace};
use crate::error::{JournalError, Result};
use crate::row;

/// The longest space name kept.
const MAX_NAME_CHARS: usize = 80;

const COLUMNS: &str = "id, name, kind, settings, created_at, updated_at";

fn read(row: &Row<'_>) -> rusqlite::Result<StoredSpace> {
    Ok(StoredSpace {
        id: row::id(row, 0)?,
        name: row.get(1)?,
        kind: row.get(2)?,
        settings: row.get(3)?,
        created_at: row.get(4)?,
        updated_at: row.get(5)?,
    })
}

fn valid_name(name: &str) -> Result<&str> {
    let name = name.trim();
    if name.is_empty() {
        return Err(JournalError::invalid(
            "name",
            "Give the space a name you will recognise.",
        ));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(JournalError::invalid(
            "name",
            format!("Keep the name under {MAX_NAME_CHARS} characters."),
        ));
    }
    Ok(name)
}

/// Every space, by name.
pub(super) fn list(conn: &Connection) -> Result<Vec<StoredSpace>> {
    row::all(
        conn,
        &format!("SELECT {COLUMNS} FROM space ORDER BY name COLLATE NOCASE, created_at"),
        read,
    )
}

/// One space.
pub(super) fn get(conn: &Connection, id: Uuid) -> Result<StoredSpace> {
    row::one(
        conn,
        &format!("SELECT {COLUMNS} FROM space WHERE id = ?1"),
        "space",
        &id.to_string(),
        read,
    )
}

/// Adds a space.
pub(super) fn insert(
    conn: &Connection,
    name: &str,
    kind: &str,
    settings: &str,
    now: DateTime<Utc>,
) -> Result<StoredSpace> {
    let id = Uuid::new_v4();
    conn.execute(
        "INSERT INTO space (id, name, kind, settings, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![id.to_string(), valid_name(name)?, kind, settings, now],
    )?;
    get(conn, id)
}

/// Replaces a space's name and settings; its kind never changes.
pub(super) fn update(
    conn: &Connection,
    id: Uuid,
    name: &str,
    settings: &str,
    now: DateTime<Utc>,
) -> Result<StoredSpace> {
    let changed = conn.execute(
        "UPDATE space SET name = ?2, settings = ?3, updated_at = ?4 WHERE id = ?1",
        params![id.to_string(), valid_name(name)?, settings, now],
    )?;
    if changed == 0 {
        return Err(JournalError::NotFound {
            entity: "space",
            id: id.to_string(),
        });
    }
    get(conn, id)
}

/// Removes a space.
pub(super) fn delete(conn: &Connection, id: Uuid) -> Result<()> {
    let changed = conn.execute("DELETE FROM space WHERE id = ?1", [id.to_string()])?;
    if changed == 0 {
        return Err(JournalError::NotFound {
            entity: "space",
            id: id.to_string(),
        });
    }
    Ok(())
}

/// The redaction list, alphabetically.
pub(super) fn redaction_names(conn: &Connection) -> Result<Vec<String>> {
    row::all(
        conn,
        "SELECT name FROM redaction_name ORDER BY name COLLATE NOCASE",
        |row| row.get(0),
    )
}

/// Replaces the redaction list in one transaction.
pub(super) fn set_redaction_names(conn: &Connection, names: &[String]) -> Result<Vec<String>> {
    let tx = conn.unchecked_transaction()?;
    tx.execute("DELETE FROM redaction_name", [])?;
    for name in names {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(JournalError::invalid(
                "name",
                format!("A name to redact must be under {MAX_NAME_CHARS} characters."),
            ));
        }
        if !name.is_empty() {
            tx.execute(
                "INSERT OR IGNORE INTO redaction_name (name) VALUES (?1)",
                [name],
            )?;
        }
    }
    tx.commit()?;
    redaction_names(conn)
}

/// Records the post a new reflection answers.
pub(super) fn insert_source(
    conn: &Connection,
    reflection_id: Uuid,
    source: &ReflectionSource,
) -> Result<()> {
    conn.execute(
        "INSERT INTO reflection_source
           (reflection_id, space_id, space_name, remote_id, author, title, link, posted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            reflection_id.to_string(),
            source.space_id.map(|id| id.to_string()),
            source.space_name,
            source.remote_id,
            source.author,
            source.title,
            source.link,
            source.posted_at,
        ],
    )?;
    Ok(())
}

/// The post a reflection answers, if any.
pub(super) fn source(conn: &Connection, reflection_id: Uuid) -> Result<Option<ReflectionSource>> {
    Ok(conn
        .query_row(
            "SELECT space_id, space_name, remote_id, author, title, link, posted_at
             FROM reflection_source WHERE reflection_id = ?1",
            [reflection_id.to_string()],
            |row| {
                Ok(ReflectionSource {
                    space_id: row::optional_id(row, 0)?,
                    space_name: row.get(1)?,
                    remote_id: row.get(2)?,
                    author: row.get(3)?,
                    title: row.get(4)?,
                    link: row.get(5)?,
                    posted_at: row.get(6)?,
                })
            },
        )
        .optional()?)
}
