//! Evidence: files attached to activities and reflections. The `evidence` table holds each
//! attachment's name, type and size; the bytes live once under their SHA-256 in a folder
//! beside the journal, however many entries share them.

mod store;

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::row;

pub(crate) use store::Store;

/// The largest file accepted as evidence.
pub const MAX_EVIDENCE_BYTES: u64 = 50 * 1024 * 1024;

/// The entry a file is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "entity", content = "id", rename_all = "snake_case")]
pub enum EvidenceOwner {
    Activity(Uuid),
    Reflection(Uuid),
}

/// One attached file.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    pub id: Uuid,
    pub owner: EvidenceOwner,
    /// The file's name when it was attached.
    pub name: String,
    pub media_type: String,
    /// Bytes.
    pub size: u32,
    pub sha256: String,
    pub added_at: DateTime<Utc>,
}

/// A guess at a file's media type from its extension.
fn media_type(name: &str) -> &'static str {
    let extension = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "heic" => "image/heic",
        "svg" => "image/svg+xml",
        "txt" => "text/plain",
        "md" => "text/markdown",
        "csv" => "text/csv",
        "html" | "htm" => "text/html",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt" => "application/vnd.oasis.opendocument.text",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ppt" => "application/vnd.ms-powerpoint",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "mp4" => "video/mp4",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

const COLUMNS: &str = "id, activity_id, reflection_id, name, media_type, size, sha256, added_at";

/// Attaches the file at `source` to `owner`.
pub(crate) fn attach(
    conn: &Connection,
    store: &Store,
    owner: EvidenceOwner,
    source: &Path,
) -> Result<Evidence> {
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| source.display().to_string());
    let (table, column, owner_id) = owner_column(owner);
    let exists = conn
        .query_row(
            &format!("SELECT 1 FROM {table} WHERE id = ?1"),
            [&owner_id],
            |_| Ok(()),
        )
        .optional()?;
    if exists.is_none() {
        return Err(JournalError::NotFound {
            entity: table,
            id: owner_id,
        });
    }
    let (sha256, size) = store.put(source, &name)?;
    let id = Uuid::new_v4().to_string();
    conn.execute(
        &format!(
            "INSERT INTO evidence (id, {column}, name, media_type, size, sha256, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        ),
        params![
            id,
            owner_id,
            name,
            media_type(&name),
            size as i64,
            sha256,
            row::now()
        ],
    )?;
    get(conn, &id)
}

fn owner_column(owner: EvidenceOwner) -> (&'static str, &'static str, String) {
    match owner {
        EvidenceOwner::Activity(id) => ("activity", "activity_id", id.to_string()),
        EvidenceOwner::Reflection(id) => ("reflection", "reflection_id", id.to_string()),
    }
}

/// One attachment.
pub(crate) fn get(conn: &Connection, id: &str) -> Result<Evidence> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM evidence WHERE id = ?1"),
        [id],
        read,
    )
    .optional()?
    .ok_or_else(|| JournalError::NotFound {
        entity: "evidence",
        id: id.to_owned(),
    })
}

/// The files attached to one entry, in the order they were added.
pub(crate) fn list(conn: &Connection, owner: EvidenceOwner) -> Result<Vec<Evidence>> {
    let (_, column, owner_id) = owner_column(owner);
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM evidence WHERE {column} = ?1 ORDER BY added_at, id"
    ))?;
    let items = statement
        .query_map([owner_id], read)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(items)
}

/// Takes an attachment off its entry; the bytes go at the next sweep if nothing else uses them.
pub(crate) fn remove(conn: &Connection, id: Uuid) -> Result<Evidence> {
    let evidence = get(conn, &id.to_string())?;
    conn.execute("DELETE FROM evidence WHERE id = ?1", [id.to_string()])?;
    Ok(evidence)
}

/// Every hash the journal's attachments refer to.
pub(crate) fn hashes(conn: &Connection) -> Result<HashSet<String>> {
    let mut statement = conn.prepare("SELECT DISTINCT sha256 FROM evidence")?;
    let hashes = statement
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<HashSet<String>>>()?;
    Ok(hashes)
}

/// A copy of an attachment under its own name in `folder`, for the OS to open.
pub(crate) fn copy_out(store: &Store, evidence: &Evidence, folder: &Path) -> Result<PathBuf> {
    let folder = folder.join(evidence.id.to_string());
    let safe: String = evidence
        .name
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let target = folder.join(safe);
    fs::create_dir_all(&folder)
        .and_then(|()| fs::copy(store.blob(&evidence.sha256), &target))
        .map_err(JournalError::files(format!(
            "Opening \u{201c}{}\u{201d}",
            evidence.name
        )))?;
    Ok(target)
}

fn read(row: &Row<'_>) -> rusqlite::Result<Evidence> {
    let owner = match (row::optional_id(row, 1)?, row::optional_id(row, 2)?) {
        (Some(activity), _) => EvidenceOwner::Activity(activity),
        (None, Some(reflection)) => EvidenceOwner::Reflection(reflection),
        (None, None) => {
            return Err(rusqlite::Error::InvalidColumnType(
                1,
                "activity_id".to_owned(),
                rusqlite::types::Type::Null,
            ));
        }
    };
    let size: i64 = row.get(5)?;
    Ok(Evidence {
        id: row::id(row, 0)?,
        owner,
        name: row.get(3)?,
        media_type: row.get(4)?,
        size: u32::try_from(size).unwrap_or(u32::MAX),
        sha256: row.get(6)?,
        added_at: row.get(7)?,
    })
}
