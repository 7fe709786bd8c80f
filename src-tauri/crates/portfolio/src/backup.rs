//! Backups: everything in the journal as one ZIP file, `backup.json` (every user record,
//! versioned by `schemaVersion`) and `evidence/<sha256>` (every attached file's bytes), and
//! the way back: checked whole before anything changes, then restored in one transaction.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufReader, Read, Seek, Write};
use std::path::{Path, PathBuf};

use cairn_journal::{BackupTables, Journal, RestoreOutcome, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use specta::Type;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::error::{PortfolioError, Result};

/// The backup format this build writes and reads.
pub const BACKUP_SCHEMA_VERSION: u32 = 1;

/// The name of the records inside the ZIP.
const MANIFEST: &str = "backup.json";

/// What a backup wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupSummary {
    /// Where the backup is; empty from [`write_backup`], which knows no path.
    pub path: String,
    /// Bytes written (0 from [`write_backup`]).
    pub size: u32,
    /// Records backed up, of every kind.
    pub records: u32,
    /// Distinct evidence files backed up.
    pub files: u32,
}

/// `backup.json` as written.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Manifest {
    schema_version: u32,
    app: String,
    journal_schema: u32,
    created_at: String,
    tables: BackupTables,
}

/// A backup file read and checked: its records, and its evidence present and intact.
#[derive(Debug, Clone)]
pub struct Backup {
    path: PathBuf,
    /// When the backup was made (RFC 3339).
    pub created_at: String,
    /// The journal schema the backup was made from.
    pub journal_schema: u32,
    /// Every record.
    pub tables: BackupTables,
    /// Each evidence hash with the name of a file that has it.
    files: BTreeMap<String, String>,
}

/// Writes a backup of the whole journal to `out` as a ZIP.
pub fn write_backup(journal: &Journal, out: impl Write + Seek) -> Result<BackupSummary> {
    let tables = journal.backup_rows()?;
    let files = evidence_files(&tables)?;
    let manifest = Manifest {
        schema_version: BACKUP_SCHEMA_VERSION,
        app: "Cairn".to_owned(),
        journal_schema: u32::try_from(SCHEMA_VERSION).unwrap_or(u32::MAX),
        created_at: chrono::Utc::now().to_rfc3339(),
        tables,
    };
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(false);
    let mut zip = ZipWriter::new(out);
    zip.start_file(MANIFEST, options).map_err(zip_error)?;
    serde_json::to_writer(&mut zip, &manifest)
        .map_err(|e| PortfolioError::Io(io::Error::other(e)))?;
    for (sha256, name) in &files {
        let blob = journal.evidence_blob(sha256)?;
        let mut input = File::open(&blob).map_err(|e| {
            PortfolioError::invalid(
                "file",
                format!("The attached file \u{201c}{name}\u{201d} is missing from the journal's evidence folder ({e}); the backup was not made."),
            )
        })?;
        zip.start_file(format!("evidence/{sha256}"), options)
            .map_err(zip_error)?;
        io::copy(&mut input, &mut zip)?;
    }
    zip.finish().map_err(zip_error)?;
    Ok(BackupSummary {
        path: String::new(),
        size: 0,
        records: manifest.tables.row_count(),
        files: u32::try_from(files.len()).unwrap_or(u32::MAX),
    })
}

/// Backs the journal up to `path`. The file appears only once complete; a failure leaves no
/// file and no partial copy, and an existing file at `path` is replaced only on success.
pub fn backup_to_file(journal: &Journal, path: &Path) -> Result<BackupSummary> {
    let summary = crate::files::write_atomically(path, |out| write_backup(journal, out))?;
    let size = fs::metadata(path).map(|m| m.len()).unwrap_or_default();
    Ok(BackupSummary {
        path: path.display().to_string(),
        size: u32::try_from(size).unwrap_or(u32::MAX),
        ..summary
    })
}

/// A suggested file name for a backup: "Cairn backup 2026-12-01.zip".
pub fn suggested_backup_name(today: chrono::NaiveDate) -> PathBuf {
    PathBuf::from(format!("Cairn backup {today}.zip"))
}

pub(crate) fn zip_error(error: zip::result::ZipError) -> PortfolioError {
    PortfolioError::Io(io::Error::other(error))
}

fn damaged(detail: impl std::fmt::Display) -> PortfolioError {
    PortfolioError::invalid(
        "file",
        format!("This file is not a Cairn backup, or it is damaged: {detail}."),
    )
}

fn too_new(what: impl std::fmt::Display) -> PortfolioError {
    PortfolioError::invalid(
        "file",
        format!("This backup was made by a newer Cairn ({what}). Update Cairn to restore it."),
    )
}

/// Each evidence hash in `tables` with the name of a file that has it.
fn evidence_files(tables: &BackupTables) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    for row in tables.rows("evidence") {
        let sha256 = row
            .get("sha256")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let name = row.get("name").and_then(Value::as_str).unwrap_or_default();
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(damaged(format_args!(
                "the attachment \u{201c}{name}\u{201d} has no valid checksum"
            )));
        }
        files
            .entry(sha256.to_ascii_lowercase())
            .or_insert_with(|| name.to_owned());
    }
    Ok(files)
}

fn open_zip(path: &Path) -> Result<ZipArchive<BufReader<File>>> {
    let file = File::open(path).map_err(|e| {
        PortfolioError::invalid(
            "file",
            format!("Cairn could not read {}: {e}.", path.display()),
        )
    })?;
    ZipArchive::new(BufReader::new(file)).map_err(|e| damaged(format_args!("not a ZIP file ({e})")))
}

/// Reads the backup at `path` and checks it whole: a ZIP holding `backup.json` in a format
/// this build knows, and every attached file present with the bytes its checksum promises.
pub fn read_backup(path: &Path) -> Result<Backup> {
    let mut zip = open_zip(path)?;
    let mut text = String::new();
    zip.by_name(MANIFEST)
        .map_err(|_| damaged("it holds no backup.json"))?
        .read_to_string(&mut text)
        .map_err(|e| damaged(format_args!("backup.json cannot be read ({e})")))?;
    let value: Value = serde_json::from_str(&text)
        .map_err(|e| damaged(format_args!("backup.json is not valid JSON ({e})")))?;
    let format = value
        .get("schemaVersion")
        .and_then(Value::as_u64)
        .ok_or_else(|| damaged("backup.json has no schemaVersion"))?;
    if format > u64::from(BACKUP_SCHEMA_VERSION) {
        return Err(too_new(format_args!("format {format}")));
    }
    if format != u64::from(BACKUP_SCHEMA_VERSION) {
        return Err(damaged(format_args!("unknown format {format}")));
    }
    if value.get("app").and_then(Value::as_str) != Some("Cairn") {
        return Err(damaged("backup.json was not written by Cairn"));
    }
    let journal_schema = value
        .get("journalSchema")
        .and_then(Value::as_u64)
        .ok_or_else(|| damaged("backup.json has no journalSchema"))?;
    if i64::try_from(journal_schema).map_or(true, |s| s > SCHEMA_VERSION) {
        return Err(too_new(format_args!("journal schema {journal_schema}")));
    }
    let manifest: Manifest = serde_json::from_value(value)
        .map_err(|e| damaged(format_args!("backup.json is malformed ({e})")))?;
    let files = evidence_files(&manifest.tables)?;
    for (sha256, name) in &files {
        let entry = format!("evidence/{sha256}");
        let mut file = zip.by_name(&entry).map_err(|_| {
            damaged(format_args!(
                "the attached file \u{201c}{name}\u{201d} ({entry}) is missing"
            ))
        })?;
        let mut hasher = Sha256::new();
        let mut buffer = vec![0; 64 * 1024];
        loop {
            let read = file.read(&mut buffer).map_err(|e| {
                damaged(format_args!(
                    "the attached file \u{201c}{name}\u{201d} ({entry}) cannot be read ({e})"
                ))
            })?;
            if read == 0 {
                break;
            }
            hasher.update(&buffer[..read]);
        }
        let found: String = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if &found != sha256 {
            return Err(damaged(format_args!(
                "the attached file \u{201c}{name}\u{201d} ({entry}) does not match its checksum"
            )));
        }
    }
    Ok(Backup {
        path: path.to_path_buf(),
        created_at: manifest.created_at,
        journal_schema: u32::try_from(journal_schema).unwrap_or(u32::MAX),
        tables: manifest.tables,
        files,
    })
}

/// Restores the backup at `path` into `journal`, merging by id when `merge` (otherwise the
/// journal must hold no entries). The backup is checked whole first, so a damaged or too
/// new file changes nothing; evidence bytes are stored by hash (those already kept are
/// skipped), then every record goes in one transaction.
pub fn restore_backup(journal: &Journal, path: &Path, merge: bool) -> Result<RestoreOutcome> {
    let backup = read_backup(path)?;
    let mut zip = open_zip(&backup.path)?;
    let copied = (|| -> Result<()> {
        for sha256 in backup.files.keys() {
            let mut file = zip
                .by_name(&format!("evidence/{sha256}"))
                .map_err(|e| damaged(format_args!("evidence/{sha256} ({e})")))?;
            journal.store_evidence_blob(sha256, &mut file)?;
        }
        Ok(())
    })();
    let restored = copied.and_then(|()| Ok(journal.restore_rows(&backup.tables, merge)?));
    if restored.is_err() && !backup.files.is_empty() {
        // Bytes copied for a restore that did not happen are not kept.
        let _ = journal.sweep_files();
    }
    restored
}
