//! The byte store: evidence files kept once under their SHA-256 in a folder beside the journal.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::MAX_EVIDENCE_BYTES;
use crate::error::{JournalError, Result};

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
    pub(super) fn put(&self, source: &Path, name: &str) -> Result<(String, u64)> {
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
