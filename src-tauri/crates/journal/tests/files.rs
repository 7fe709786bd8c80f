//! Evidence files and snapshots: stored once, cleaned up, restorable without loss.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use cairn_journal::{
    ActivityFields, EvidenceOwner, Journal, JournalError, MAX_EVIDENCE_BYTES, PageRequest,
    ReflectionFields,
};
use chrono::{DateTime, TimeDelta, Utc};
use tempfile::TempDir;

struct Fixture {
    dir: TempDir,
    journal: Journal,
    clock: Arc<Mutex<DateTime<Utc>>>,
}

fn fixture() -> Fixture {
    let dir = TempDir::new().unwrap();
    let mut journal = Journal::open(&dir.path().join("journal.sqlite3")).unwrap();
    let clock = Arc::new(Mutex::new("2026-06-01T08:00:00Z".parse().unwrap()));
    let shared = Arc::clone(&clock);
    journal.set_clock(move || *shared.lock().unwrap());
    Fixture {
        dir,
        journal,
        clock,
    }
}

impl Fixture {
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let folder = self.dir.path().join("outside");
        fs::create_dir_all(&folder).unwrap();
        let path = folder.join(name);
        fs::write(&path, bytes).unwrap();
        path
    }

    fn activity(&self) -> EvidenceOwner {
        let day = "2026-05-20".parse().unwrap();
        let created = self
            .journal
            .create_activity(&ActivityFields::new("First aid refresher", day, 180))
            .unwrap();
        EvidenceOwner::Activity(created.id)
    }

    fn blobs(&self) -> Vec<String> {
        let mut found = Vec::new();
        for folder in fs::read_dir(self.dir.path().join("evidence"))
            .into_iter()
            .flatten()
            .flatten()
        {
            for blob in fs::read_dir(folder.path()).into_iter().flatten().flatten() {
                found.push(blob.file_name().to_string_lossy().into_owned());
            }
        }
        found
    }

    fn advance(&self, by: TimeDelta) {
        *self.clock.lock().unwrap() += by;
    }
}

fn invalid_file(result: cairn_journal::Result<impl std::fmt::Debug>) -> String {
    match result {
        Err(JournalError::Invalid {
            field: "file",
            message,
        }) => message,
        other => panic!("expected a file error, got {other:?}"),
    }
}

#[test]
fn the_same_bytes_are_stored_once() {
    let f = fixture();
    let (first, second) = (f.activity(), f.activity());
    let certificate = f.file("certificate.pdf", b"%PDF-1.7 certificate of attendance");
    let copy = f.file(
        "copy of certificate.pdf",
        b"%PDF-1.7 certificate of attendance",
    );
    let a = f.journal.attach_evidence(first, &certificate).unwrap();
    let b = f.journal.attach_evidence(second, &copy).unwrap();
    assert_eq!(a.sha256, b.sha256, "identical bytes, identical hash");
    assert!(
        a.sha256.len() == 64 && a.sha256.chars().all(|c| c.is_ascii_hexdigit()),
        "the SHA-256 is kept as hex: {}",
        a.sha256
    );
    assert_eq!(
        (a.name.as_str(), a.media_type.as_str(), a.size),
        ("certificate.pdf", "application/pdf", 34)
    );
    assert_eq!(
        f.blobs(),
        std::slice::from_ref(&a.sha256),
        "one copy of the bytes"
    );
    assert_eq!(f.journal.evidence(first).unwrap(), std::slice::from_ref(&a));

    let opened = f.journal.evidence_file(a.id).unwrap();
    assert_eq!(
        opened.file_name().unwrap(),
        "certificate.pdf",
        "opened under its own name"
    );
    assert_eq!(
        fs::read(&opened).unwrap(),
        b"%PDF-1.7 certificate of attendance"
    );
}

#[test]
fn too_large_unreadable_and_folders_are_refused_with_the_reason() {
    let f = fixture();
    let owner = f.activity();
    let large = f.file("recording.mp4", b"");
    fs::File::options()
        .write(true)
        .open(&large)
        .unwrap()
        .set_len(MAX_EVIDENCE_BYTES + 1)
        .unwrap();
    let message = invalid_file(f.journal.attach_evidence(owner, &large));
    assert!(
        message.contains("recording.mp4") && message.contains("50 MB"),
        "{message}"
    );

    let missing = invalid_file(
        f.journal
            .attach_evidence(owner, Path::new("/nowhere/notes.txt")),
    );
    assert!(
        message.len() > 10 && missing.contains("notes.txt"),
        "{missing}"
    );
    let folder = invalid_file(f.journal.attach_evidence(owner, f.dir.path()));
    assert!(folder.contains("folder"), "{folder}");
    assert!(
        f.journal.evidence(owner).unwrap().is_empty(),
        "nothing was attached"
    );
    assert!(f.blobs().is_empty(), "and nothing was stored");
}

#[test]
fn removing_or_deleting_entries_leaves_no_bytes_behind() {
    let f = fixture();
    let owner = f.activity();
    let EvidenceOwner::Activity(activity_id) = owner else {
        unreachable!()
    };
    let kept = f
        .journal
        .attach_evidence(owner, &f.file("notes.txt", b"kept"))
        .unwrap();
    let dropped = f
        .journal
        .attach_evidence(owner, &f.file("draft.txt", b"dropped"))
        .unwrap();
    let reflection = f
        .journal
        .create_reflection(&ReflectionFields::free("On the course", Some(activity_id)))
        .unwrap();
    let on_reflection = f
        .journal
        .attach_evidence(
            EvidenceOwner::Reflection(reflection.id),
            &f.file("photo.png", b"png"),
        )
        .unwrap();

    f.journal.remove_evidence(dropped.id).unwrap();
    let mut left = f.blobs();
    left.sort();
    let mut expected = vec![kept.sha256.clone(), on_reflection.sha256.clone()];
    expected.sort();
    assert_eq!(left, expected, "a removed file's bytes go at once");

    f.journal.trash_activity(activity_id).unwrap();
    assert_eq!(f.blobs().len(), 2, "the trash keeps attachments");
    f.journal.purge_activity(activity_id).unwrap();
    f.journal.trash_reflection(reflection.id).unwrap();
    f.journal.purge_reflection(reflection.id).unwrap();
    assert!(f.blobs().is_empty(), "deleting for good removes the bytes");

    fs::write(
        f.dir.path().join("evidence").join(".incoming-interrupted"),
        b"half",
    )
    .unwrap();
    assert_eq!(
        f.journal.sweep_files().unwrap(),
        1,
        "a copy cut short by a crash is swept"
    );
}

#[test]
fn snapshots_are_taken_at_most_daily_and_pruned() {
    let f = fixture();
    assert!(
        f.journal.snapshot_if_due().unwrap().is_some(),
        "the first start takes one"
    );
    f.advance(TimeDelta::hours(23));
    assert!(
        f.journal.snapshot_if_due().unwrap().is_none(),
        "not again the same day"
    );
    let mut settings = f.journal.settings().unwrap();
    settings.snapshots_kept = 3;
    f.journal.set_settings(&settings).unwrap();
    for _ in 0..5 {
        f.advance(TimeDelta::hours(25));
        f.journal.snapshot_if_due().unwrap().unwrap();
    }
    let snapshots = f.journal.snapshots().unwrap();
    assert_eq!(snapshots.len(), 3, "only the newest three are kept");
    assert!(
        snapshots[0].taken_at > snapshots[1].taken_at,
        "newest first"
    );
}

#[test]
fn restoring_a_snapshot_brings_back_the_journal_and_its_files() {
    let mut f = fixture();
    let owner = f.activity();
    let evidence = f
        .journal
        .attach_evidence(owner, &f.file("certificate.pdf", b"%PDF"))
        .unwrap();
    let before = f.journal.snapshot_if_due().unwrap().unwrap();

    f.journal.remove_evidence(evidence.id).unwrap();
    assert_eq!(
        f.blobs(),
        std::slice::from_ref(&evidence.sha256),
        "a snapshot still needs the bytes"
    );
    let day = "2026-06-01".parse().unwrap();
    f.journal
        .create_activity(&ActivityFields::new("After the snapshot", day, 30))
        .unwrap();
    f.advance(TimeDelta::minutes(5));

    f.journal.restore_snapshot(&before.name).unwrap();
    let titles: Vec<String> = f
        .journal
        .activities(PageRequest::first(10))
        .unwrap()
        .items
        .into_iter()
        .map(|a| a.fields.title)
        .collect();
    assert_eq!(titles, ["First aid refresher"], "the journal is as it was");
    assert_eq!(
        f.journal.evidence(owner).unwrap(),
        std::slice::from_ref(&evidence)
    );
    let opened = f.journal.evidence_file(evidence.id).unwrap();
    assert_eq!(fs::read(opened).unwrap(), b"%PDF", "the file opens again");
    assert_eq!(
        f.journal.snapshots().unwrap().len(),
        2,
        "the replaced journal was kept too"
    );
}

#[test]
fn a_restore_that_fails_leaves_the_journal_untouched() {
    let mut f = fixture();
    f.activity();
    let good = f.journal.snapshot_if_due().unwrap().unwrap();
    let folder = f.dir.path().join("snapshots");
    let damaged = "journal-20260101T000000Z.sqlite3";
    let mut bytes = fs::read(folder.join(&good.name)).unwrap();
    bytes.truncate(bytes.len() / 2);
    bytes[100..200].fill(0xAB);
    fs::write(folder.join(damaged), bytes).unwrap();
    let foreign = "journal-20250101T000000Z.sqlite3";
    rusqlite::Connection::open(folder.join(foreign))
        .unwrap()
        .execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY);")
        .unwrap();

    let result = f.journal.restore_snapshot(damaged);
    assert!(
        matches!(result, Err(JournalError::Damaged { .. })),
        "{result:?}"
    );
    let result = f.journal.restore_snapshot(foreign);
    assert!(
        matches!(result, Err(JournalError::NotAJournal { .. })),
        "{result:?}"
    );
    assert!(matches!(
        f.journal.restore_snapshot("../journal.sqlite3"),
        Err(JournalError::NotFound { .. })
    ));
    assert_eq!(
        f.journal.activities(PageRequest::first(10)).unwrap().total,
        1,
        "unchanged"
    );
}
