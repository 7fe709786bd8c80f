//! Evidence: files attached to activities and reflections. The `evidence` table holds each
//! attachment's name, type and size; the bytes live once under their SHA-256 in a folder
//! beside the journal, however many entries share them.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::row;

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

/// The folder holding evidence bytes, one file per SHA-256 in a subfolder per first byte.
#[derive(Debug, Clone)]
pub(crate) struct Store {
    dir: PathBuf,
}

impl Store {
    pub(crate) fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    pub(crate) fn blob(&self, sha256: &str) -> PathBuf {
        self.dir.join(&sha256[..2]).join(sha256)
    }

    /// Copies `source` into the store (once, however often it is added) and returns its
    /// SHA-256 and size. Too large or unreadable files are refused with the reason.
    fn put(&self, source: &Path, name: &str) -> Result<(String, u64)> {
        let unreadable = |e: io::Error| {
            JournalError::invalid(
                "file",
                format!("Cairn could not read \u{201c}{name}\u{201d}: {e}."),
            )
        };
        let mut input = File::open(source).map_err(unreadable)?;
        let metadata = input.metadata().map_err(unreadable)?;
        if !metadata.is_file() {
            return Err(JournalError::invalid(
                "file",
                format!("\u{201c}{name}\u{201d} is a folder, not a file."),
            ));
        }
        if metadata.len() > MAX_EVIDENCE_BYTES {
            return Err(too_large(name, metadata.len()));
        }
        fs::create_dir_all(&self.dir)
            .map_err(JournalError::files("Creating the evidence folder"))?;
        let incoming = self.dir.join(format!(".incoming-{}", Uuid::new_v4()));
        let copied = copy_hashing(&mut input, &incoming, name);
        let (sha256, size) = match copied {
            Ok(done) => done,
            Err(error) => {
                let _ = fs::remove_file(&incoming);
                return Err(error);
            }
        };
        let blob = self.blob(&sha256);
        let stored = match blob.exists() {
            true => fs::remove_file(&incoming),
            false => blob
                .parent()
                .map_or(Ok(()), fs::create_dir_all)
                .and_then(|()| fs::rename(&incoming, &blob)),
        };
        stored.map_err(JournalError::files(format!(
            "Storing \u{201c}{name}\u{201d}"
        )))?;
        Ok((sha256, size))
    }

    /// Stores the bytes read from `input` under `sha256` unless already there; bytes that do
    /// not match the hash are refused and leave nothing behind. Returns whether bytes went in.
    pub(crate) fn put_verified(&self, sha256: &str, input: &mut dyn Read) -> Result<bool> {
        let blob = self.blob(sha256);
        if blob.exists() {
            return Ok(false);
        }
        fs::create_dir_all(&self.dir)
            .map_err(JournalError::files("Creating the evidence folder"))?;
        let incoming = self.dir.join(format!(".incoming-{}", Uuid::new_v4()));
        let copied = (|| -> Result<()> {
            let mut output =
                File::create(&incoming).map_err(JournalError::files("Copying evidence"))?;
            let mut hasher = Sha256::new();
            let mut buffer = vec![0; 64 * 1024];
            loop {
                let read = input
                    .read(&mut buffer)
                    .map_err(JournalError::files("Reading evidence"))?;
                if read == 0 {
                    break;
                }
                hasher.update(&buffer[..read]);
                output
                    .write_all(&buffer[..read])
                    .map_err(JournalError::files("Copying evidence"))?;
            }
            output
                .sync_all()
                .map_err(JournalError::files("Copying evidence"))?;
            let found: String = hasher
                .finalize()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            if found != sha256 {
                return Err(JournalError::invalid(
                    "file",
                    format!("The evidence file {sha256} does not match its checksum."),
                ));
            }
            blob.parent()
                .map_or(Ok(()), fs::create_dir_all)
                .and_then(|()| fs::rename(&incoming, &blob))
                .map_err(JournalError::files("Storing evidence"))
        })();
        if let Err(error) = copied {
            let _ = fs::remove_file(&incoming);
            return Err(error);
        }
        Ok(true)
    }

    /// Deletes stored bytes no hash in `keep` refers to, and copies left by interrupted adds.
    /// Returns how many files went.
    pub(crate) fn sweep(&self, keep: &HashSet<String>) -> Result<usize> {
        let mut removed = 0;
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Ok(0);
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                for blob in fs::read_dir(&path).into_iter().flatten().flatten() {
                    let hash = blob.file_name().to_string_lossy().into_owned();
                    if !keep.contains(&hash) {
                        fs::remove_file(blob.path())
                            .map_err(JournalError::files("Removing unused evidence"))?;
                        removed += 1;
                    }
                }
            } else if entry
                .file_name()
                .to_string_lossy()
                .starts_with(".incoming-")
            {
                fs::remove_file(&path).map_err(JournalError::files("Removing a partial copy"))?;
                removed += 1;
            }
        }
        Ok(removed)
    }
}

fn too_large(name: &str, size: u64) -> JournalError {
    let megabytes = size as f64 / (1024.0 * 1024.0);
    JournalError::invalid(
        "file",
        format!(
            "\u{201c}{name}\u{201d} is {megabytes:.1} MB; Cairn keeps files of up to {} MB.",
            MAX_EVIDENCE_BYTES / (1024 * 1024)
        ),
    )
}

/// Copies `input` to `target`, hashing as it goes, and makes the copy durable.
fn copy_hashing(input: &mut File, target: &Path, name: &str) -> Result<(String, u64)> {
    let mut output = File::create(target).map_err(JournalError::files("Copying evidence"))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 64 * 1024];
    let mut size = 0u64;
    loop {
        let read = input.read(&mut buffer).map_err(|e| {
            JournalError::invalid(
                "file",
                format!("Cairn could not read \u{201c}{name}\u{201d}: {e}."),
            )
        })?;
        if read == 0 {
            break;
        }
        size += read as u64;
        if size > MAX_EVIDENCE_BYTES {
            return Err(too_large(name, size));
        }
        hasher.update(&buffer[..read]);
        output
            .write_all(&buffer[..read])
            .map_err(JournalError::files("Copying evidence"))?;
    }
    output
        .sync_all()
        .map_err(JournalError::files("Copying evidence"))?;
    let sha256 = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok((sha256, size))
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
