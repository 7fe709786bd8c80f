//! The journal's files beside the database: evidence bytes and snapshots.

use std::path::{Path, PathBuf};

use uuid::Uuid;

use crate::change::{ChangeAction, Entity};
use crate::error::{JournalError, Result};
use crate::evidence::{self, Evidence, EvidenceOwner};
use crate::snapshot::{self, Snapshot};
use crate::{Journal, settings};

impl Journal {
    fn folder(&self) -> Result<&Path> {
        self.folder.as_deref().ok_or_else(|| {
            JournalError::invalid("file", "A journal kept in memory has no folder for files.")
        })
    }

    fn evidence_store(&self) -> Result<evidence::Store> {
        Ok(evidence::Store::new(self.folder()?.join("evidence")))
    }

    fn snapshot_folder(&self) -> Result<PathBuf> {
        Ok(self.folder()?.join("snapshots"))
    }

    /// Attaches a copy of the file at `source` to an activity or reflection. Files over
    /// [`crate::MAX_EVIDENCE_BYTES`] and unreadable files are refused with the reason.
    pub fn attach_evidence(&self, owner: EvidenceOwner, source: &Path) -> Result<Evidence> {
        let added = evidence::attach(&self.conn, &self.evidence_store()?, owner, source)?;
        self.announce_if(true, Entity::Evidence, added.id, ChangeAction::Created);
        Ok(added)
    }

    /// The files attached to an entry, in the order they were added.
    pub fn evidence(&self, owner: EvidenceOwner) -> Result<Vec<Evidence>> {
        evidence::list(&self.conn, owner)
    }

    /// Takes a file off its entry; its bytes go once nothing refers to them.
    pub fn remove_evidence(&self, id: Uuid) -> Result<Evidence> {
        let removed = evidence::remove(&self.conn, id)?;
        self.announce_if(true, Entity::Evidence, id, ChangeAction::Deleted);
        self.sweep_files()?;
        Ok(removed)
    }

    /// A copy of an attachment under its original name, ready for the OS to open.
    pub fn evidence_file(&self, id: Uuid) -> Result<PathBuf> {
        let found = evidence::get(&self.conn, &id.to_string())?;
        evidence::copy_out(
            &self.evidence_store()?,
            &found,
            &self.folder()?.join("opened"),
        )
    }

    /// Where the bytes with `sha256` are kept (they may be missing). The hash must be 64
    /// lowercase hex digits.
    pub fn evidence_blob(&self, sha256: &str) -> Result<PathBuf> {
        Ok(self.evidence_store()?.blob(checked_hash(sha256)?))
    }

    /// Stores the bytes read from `input` under `sha256` unless they are already kept;
    /// bytes that do not match the hash are refused. Returns whether bytes were added.
    pub fn store_evidence_blob(&self, sha256: &str, input: &mut dyn std::io::Read) -> Result<bool> {
        self.evidence_store()?
            .put_verified(checked_hash(sha256)?, input)
    }

    /// Deletes evidence bytes that neither the journal nor a kept snapshot refers to.
    /// Returns how many files went.
    pub fn sweep_files(&self) -> Result<usize> {
        if self.folder.is_none() {
            return Ok(0);
        }
        let mut keep = evidence::hashes(&self.conn)?;
        let snapshots = self.snapshot_folder()?;
        for kept in snapshot::list(&snapshots)? {
            keep.extend(snapshot::evidence_hashes(&snapshots.join(&kept.name))?);
        }
        self.evidence_store()?.sweep(&keep)
    }

    /// Snapshots of the journal, newest first.
    pub fn snapshots(&self) -> Result<Vec<Snapshot>> {
        snapshot::list(&self.snapshot_folder()?)
    }

    /// Takes a snapshot unless one was taken within [`crate::SNAPSHOT_INTERVAL`], then keeps
    /// only as many as the settings say. Returns the new snapshot, if one was taken.
    pub fn snapshot_if_due(&self) -> Result<Option<Snapshot>> {
        let now = self.now();
        let folder = self.snapshot_folder()?;
        let due = snapshot::list(&folder)?
            .first()
            .is_none_or(|newest| now - newest.taken_at >= crate::SNAPSHOT_INTERVAL);
        if !due {
            return Ok(None);
        }
        let taken = snapshot::take(&self.conn, &folder, now)?;
        snapshot::prune(&folder, self.snapshots_kept()?)?;
        Ok(Some(taken))
    }

    fn snapshots_kept(&self) -> Result<usize> {
        Ok(settings::get(&self.conn)?.snapshots_kept as usize)
    }

    /// Replaces the journal with the snapshot called `name`. The current journal is first
    /// snapshotted itself, so a restore can be undone; a snapshot that is damaged, belongs to
    /// another application or is newer than this build is refused and nothing changes.
    pub fn restore_snapshot(&mut self, name: &str) -> Result<()> {
        let folder = self.snapshot_folder()?;
        let chosen = snapshot::find(&folder, name)?;
        crate::store::inspect(&chosen)?;
        let now = self.now();
        if snapshot::list(&folder)?
            .iter()
            .all(|s| s.taken_at.timestamp() != now.timestamp())
        {
            snapshot::take(&self.conn, &folder, now)?;
        }
        snapshot::restore(&mut self.conn, &chosen)?;
        crate::presets::install(&self.conn)?;
        snapshot::prune(&folder, self.snapshots_kept()?.max(1) + 1)?;
        self.announce_if(true, Entity::Journal, Uuid::nil(), ChangeAction::Updated);
        Ok(())
    }

    /// Work worth doing when the app starts: a snapshot if one is due, unused evidence bytes
    /// removed, and copies made for opening files cleared.
    pub fn housekeeping(&self) -> Result<()> {
        self.snapshot_if_due()?;
        self.sweep_files()?;
        let opened = self.folder()?.join("opened");
        if opened.exists() {
            std::fs::remove_dir_all(&opened)
                .map_err(JournalError::files("Clearing copies of opened files"))?;
        }
        Ok(())
    }
}

/// `sha256` when it is 64 lowercase hex digits, so it is safe as a file name.
fn checked_hash(sha256: &str) -> Result<&str> {
    if sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    {
        Ok(sha256)
    } else {
        Err(JournalError::invalid(
            "file",
            format!("\u{201c}{sha256}\u{201d} is not a SHA-256 hash."),
        ))
    }
}
