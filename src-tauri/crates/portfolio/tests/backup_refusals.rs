//! Backups: a damaged or too new backup, or a restore failing part way, changes nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use std::fs;
use std::path::Path;

use cairn_journal::ActivityFields;
use cairn_portfolio::{read_backup, restore_backup};

use common::backup::*;

fn refused_without_change(target: &Place, path: &Path, expected: &str) {
    let before = target.journal.backup_rows().unwrap();
    let snapshots = target.journal.snapshots().unwrap();
    let blobs = target.evidence_bytes(&before);
    for merge in [true, false] {
        let error = restore_backup(&target.journal, path, merge).unwrap_err();
        assert!(
            error.to_string().contains(expected),
            "the error says {expected:?}: {error}"
        );
    }
    assert!(read_backup(path).is_err(), "reading alone refuses it too");
    assert_eq!(
        target.journal.backup_rows().unwrap(),
        before,
        "no record changed"
    );
    assert_eq!(
        target.journal.snapshots().unwrap(),
        snapshots,
        "no snapshot was taken"
    );
    assert_eq!(target.evidence_bytes(&before), blobs, "no file changed");
}

#[test]
fn damaged_or_newer_backups_are_refused_and_change_nothing() {
    let source = rich();
    let good = backup_of(&source);
    let target = place();
    target
        .journal
        .create_activity(&ActivityFields::new("Kept", day(2026, 1, 1), 30))
        .unwrap();
    let dir = source.dir.path();

    let newer = dir.join("newer.zip");
    rewrite(&good, &newer, |name, bytes| {
        if name != "backup.json" {
            return bytes;
        }
        let mut value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        value["schemaVersion"] = 2.into();
        serde_json::to_vec(&value).unwrap()
    });
    refused_without_change(
        &target,
        &newer,
        "This backup was made by a newer Cairn (format 2). Update Cairn to restore it.",
    );

    let newer_journal = dir.join("newer-journal.zip");
    rewrite(&good, &newer_journal, |name, bytes| {
        if name != "backup.json" {
            return bytes;
        }
        let mut value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        value["journalSchema"] = 99.into();
        serde_json::to_vec(&value).unwrap()
    });
    refused_without_change(&target, &newer_journal, "made by a newer Cairn");

    let bytes = fs::read(&good).unwrap();
    let truncated = dir.join("truncated.zip");
    fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    refused_without_change(
        &target,
        &truncated,
        "This file is not a Cairn backup, or it is damaged",
    );

    let tampered = dir.join("tampered.zip");
    rewrite(&good, &tampered, |name, bytes| {
        if name.starts_with("evidence/") && bytes.starts_with(b"%PDF") {
            b"%PDF-1.7 forged bytes".to_vec()
        } else {
            bytes
        }
    });
    refused_without_change(&target, &tampered, "does not match its checksum");

    let garbage = dir.join("garbage.zip");
    fs::write(&garbage, b"this is not a zip at all, just words").unwrap();
    refused_without_change(
        &target,
        &garbage,
        "This file is not a Cairn backup, or it is damaged",
    );

    let bad_json = dir.join("bad-json.zip");
    rewrite(&good, &bad_json, |name, bytes| {
        if name == "backup.json" {
            bytes[..bytes.len() / 2].to_vec()
        } else {
            bytes
        }
    });
    refused_without_change(&target, &bad_json, "is not valid JSON");

    assert_eq!(
        target
            .journal
            .activities(cairn_journal::PageRequest::first(10))
            .unwrap()
            .total,
        1,
        "the journal still holds only its own entry"
    );
}

#[test]
fn a_restore_that_fails_part_way_changes_nothing() {
    let source = rich();
    let good = backup_of(&source);
    let broken = source.dir.path().join("broken.zip");
    rewrite(&good, &broken, |name, bytes| {
        if name != "backup.json" {
            return bytes;
        }
        let mut value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        // The last table restored holds a row that breaks the schema's rules.
        value["tables"]["import_key"][0]["imported_at"] = serde_json::Value::Null;
        serde_json::to_vec(&value).unwrap()
    });
    let target = place();
    let error = restore_backup(&target.journal, &broken, false).unwrap_err();
    assert!(!error.to_string().is_empty(), "the failure is reported");
    let after = target.journal.backup_rows().unwrap();
    assert_eq!(
        total(&after),
        0,
        "every row inserted before the failure was rolled back"
    );
}
