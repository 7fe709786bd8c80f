#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

//! Backups: a round trip reproduces every record and file; merges add nothing twice; a
//! damaged or too new backup is refused and changes nothing.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use cairn_journal::{
    ActivityFields, BackupTables, CommunityFields, EvidenceOwner, FeedbackFields, FrameworkFields,
    GoalFields, ItemFields, Journal, ParticipationLevel, Privacy, ProfileBody, ProfileFields,
    ReflectionFields, ReviewFields, Section, StandardOwner, preset_item_id,
};
use cairn_portfolio::{backup_to_file, read_backup, restore_backup};
use chrono::NaiveDate;
use tempfile::TempDir;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A journal in its own temporary folder.
struct Place {
    dir: TempDir,
    journal: Journal,
}

fn place() -> Place {
    let dir = TempDir::new().unwrap();
    let journal = Journal::open(&dir.path().join("journal.sqlite3")).unwrap();
    Place { dir, journal }
}

impl Place {
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        path
    }

    /// Every stored evidence file's bytes, by hash.
    fn evidence_bytes(&self, tables: &BackupTables) -> Vec<(String, Vec<u8>)> {
        let mut hashes: Vec<String> = tables
            .rows("evidence")
            .iter()
            .map(|row| row["sha256"].as_str().unwrap().to_owned())
            .collect();
        hashes.sort();
        hashes.dedup();
        hashes
            .into_iter()
            .map(|h| {
                let bytes = fs::read(self.journal.evidence_blob(&h).unwrap()).unwrap();
                (h, bytes)
            })
            .collect()
    }
}

/// A journal with something in every table.
fn rich() -> Place {
    let p = place();
    let j = &p.journal;
    let goal = j
        .create_goal(&GoalFields {
            success_criteria: "Run two sessions".into(),
            target_on: Some(day(2026, 12, 31)),
            ..GoalFields::new("Lead group supervision")
        })
        .unwrap();
    let mut community_fields = CommunityFields {
        joined_on: Some(day(2024, 3, 1)),
        online: true,
        link: "https://example.org/forum".into(),
        notes: "Monthly calls".into(),
        ..CommunityFields::new("Youth work network")
    };
    let community = j.create_community(&community_fields).unwrap();
    community_fields.level = ParticipationLevel::Core;
    j.update_community(community.id, &community_fields).unwrap();

    let activity = j
        .create_activity(&ActivityFields {
            description: "A **whole day** on safeguarding".into(),
            participatory_minutes: 120,
            provider: "Council".into(),
            tags: vec!["safeguarding".into(), "Leadership".into()],
            goal_id: Some(goal.id),
            community_id: Some(community.id),
            ..ActivityFields::new("Safeguarding refresher", day(2026, 5, 4), 360)
        })
        .unwrap();
    let other = j
        .create_activity(&ActivityFields::new("Reading", day(2026, 6, 1), 45))
        .unwrap();
    j.trash_activity(other.id).unwrap();
    j.attach_evidence(
        EvidenceOwner::Activity(activity.id),
        &p.file("certificate.pdf", b"%PDF-1.7 certificate bytes"),
    )
    .unwrap();
    j.attach_evidence(
        EvidenceOwner::Activity(activity.id),
        &p.file("copy.pdf", b"%PDF-1.7 certificate bytes"),
    )
    .unwrap();

    let mut fields = ReflectionFields {
        tags: vec!["leadership".into()],
        privacy: Privacy::Shareable,
        goal_id: Some(goal.id),
        ..ReflectionFields::free("What I learned", Some(activity.id))
    };
    fields.sections = vec![Section {
        stage: "reflection".into(),
        text: "First thoughts".into(),
    }];
    let reflection = j.create_reflection(&fields).unwrap();
    fields.sections[0].text = "Second thoughts, longer".into();
    j.update_reflection(reflection.id, &fields).unwrap();
    let first = *j
        .revisions(reflection.id)
        .unwrap()
        .iter()
        .map(|r| &r.id)
        .min()
        .unwrap();
    j.restore_revision(reflection.id, first).unwrap();
    j.attach_evidence(
        EvidenceOwner::Reflection(reflection.id),
        &p.file("notes.txt", "Notes — with ünïcode".as_bytes()),
    )
    .unwrap();

    j.create_feedback(&FeedbackFields {
        received_on: day(2026, 5, 10),
        source: "Service user".into(),
        content: "Thank you".into(),
        use_made: "Shared with the team".into(),
    })
    .unwrap();
    j.create_review(&ReviewFields {
        held_on: day(2026, 7, 1),
        reviewer_name: "Sam Verifier".into(),
        reviewer_role: "Line manager".into(),
        registration_number: "12A3456B".into(),
        contact: "sam@example.org".into(),
        notes: "Went well".into(),
        reflection_ids: vec![reflection.id],
    })
    .unwrap();

    let framework = j
        .create_framework(&FrameworkFields {
            name: "Team standards".into(),
            body: "Our team".into(),
            description: String::new(),
            items: vec![
                ItemFields {
                    id: None,
                    code: "A".into(),
                    title: "Care".into(),
                    description: String::new(),
                    parent: None,
                },
                ItemFields {
                    id: None,
                    code: "A.1".into(),
                    title: "Listening".into(),
                    description: String::new(),
                    parent: Some("A".into()),
                },
            ],
        })
        .unwrap();
    let items: Vec<_> = framework.items.iter().map(|i| i.id).collect();
    j.set_standards(
        StandardOwner::Activity(activity.id),
        &[items[1], preset_item_id("cld", "C1")],
    )
    .unwrap();
    j.set_standards(StandardOwner::Reflection(reflection.id), &[items[0]])
        .unwrap();
    j.set_standards(StandardOwner::Goal(goal.id), &[items[1]])
        .unwrap();

    let mut profile = ProfileFields::preset(ProfileBody::Nmc, day(2025, 4, 1));
    profile.label = "Nursing".into();
    j.create_profile(&profile).unwrap();
    let mut settings = j.settings().unwrap();
    settings.owner_name = "Alex Practitioner".into();
    settings.snapshots_kept = 3;
    j.set_settings(&settings).unwrap();
    j.import_activities(&[(
        "row-key-1".into(),
        ActivityFields::new("Imported webinar", day(2026, 2, 2), 60),
    )])
    .unwrap();
    p
}

fn backup_of(p: &Place) -> PathBuf {
    let path = p.dir.path().join("backup.zip");
    backup_to_file(&p.journal, &path).unwrap();
    path
}

fn total(tables: &BackupTables) -> usize {
    tables.tables.values().map(Vec::len).sum()
}

#[test]
fn a_restore_into_an_empty_journal_reproduces_every_record_and_file() {
    let source = rich();
    let path = backup_of(&source);
    let before = source.journal.backup_rows().unwrap();
    for table in cairn_journal::BACKUP_TABLES {
        assert!(
            !before.rows(table).is_empty(),
            "the rich journal has rows in {table}, so the round trip tests it"
        );
    }

    let target = place();
    let outcome = restore_backup(&target.journal, &path, false).unwrap();
    let after = target.journal.backup_rows().unwrap();
    for table in cairn_journal::BACKUP_TABLES {
        assert_eq!(
            after.rows(table),
            before.rows(table),
            "{table} is restored row for row"
        );
    }
    assert_eq!(after, before, "every table matches");
    assert_eq!(
        outcome.inserted as usize,
        total(&before),
        "every row went in"
    );
    assert_eq!(outcome.skipped, 0, "nothing was there to skip");
    assert_eq!(
        target.evidence_bytes(&after),
        source.evidence_bytes(&before),
        "every evidence file's bytes are restored"
    );
    assert_eq!(
        target.evidence_bytes(&after).len(),
        2,
        "two distinct files (one attached twice)"
    );
    let hits = target
        .journal
        .search(&cairn_journal::SearchQuery {
            text: "safeguarding".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(
        !hits.is_empty(),
        "the search index is rebuilt for restored entries"
    );
}

#[test]
fn restoring_the_same_backup_again_adds_nothing() {
    let source = rich();
    let path = backup_of(&source);
    let target = place();
    restore_backup(&target.journal, &path, false).unwrap();
    let once = target.journal.backup_rows().unwrap();

    let again = restore_backup(&target.journal, &path, true).unwrap();
    assert_eq!(
        again.inserted, 0,
        "a merge of the same backup inserts nothing"
    );
    assert_eq!(
        again.skipped as usize,
        total(&once),
        "every row was skipped"
    );
    assert_eq!(
        target.journal.backup_rows().unwrap(),
        once,
        "nothing is duplicated or changed"
    );
}

#[test]
fn a_merge_keeps_what_the_journal_had_and_adds_the_backup() {
    let source = rich();
    let path = backup_of(&source);
    let backed_up = source.journal.backup_rows().unwrap();

    let target = place();
    let j = &target.journal;
    let own = j
        .create_activity(&ActivityFields {
            tags: vec!["LEADERSHIP".into()],
            ..ActivityFields::new("My own course", day(2026, 1, 1), 90)
        })
        .unwrap();
    let mine = j
        .create_reflection(&ReflectionFields::free("Mine", Some(own.id)))
        .unwrap();
    let mut fields = mine.fields.clone();
    fields.sections = vec![Section {
        stage: "reflection".into(),
        text: "Edited".into(),
    }];
    j.update_reflection(mine.id, &fields).unwrap();
    let own_rows = j.backup_rows().unwrap();

    let refused = restore_backup(j, &path, false).unwrap_err();
    assert!(
        refused.to_string().contains("already holds entries"),
        "a plain restore into a journal with entries is refused: {refused}"
    );
    assert_eq!(
        j.backup_rows().unwrap(),
        own_rows,
        "the refusal changed nothing"
    );

    let outcome = restore_backup(j, &path, true).unwrap();
    assert!(outcome.inserted > 0, "the backup's rows went in");
    let merged = j.backup_rows().unwrap();
    for table in [
        "activity",
        "reflection",
        "reflection_revision",
        "evidence",
        "goal",
    ] {
        assert_eq!(
            merged.rows(table).len(),
            own_rows.rows(table).len() + backed_up.rows(table).len(),
            "{table} holds both journals' rows"
        );
    }
    assert_eq!(
        merged.rows("tag").len(),
        2,
        "tags with the same name (in any case) are one tag"
    );
    assert!(
        j.activity(own.id).is_ok() && j.reflection(mine.id).is_ok(),
        "the journal's own entries are kept"
    );
    let revisions = j.revisions(mine.id).unwrap();
    assert_eq!(
        revisions[0].sections, fields.sections,
        "own history is intact"
    );

    let again = restore_backup(j, &path, true).unwrap();
    assert_eq!(again.inserted, 0, "merging twice adds nothing");
    assert_eq!(j.backup_rows().unwrap(), merged, "and changes nothing");
}

/// Writes a copy of the backup at `path` with `backup.json` or an entry replaced.
fn rewrite(path: &Path, target: &Path, change: impl Fn(&str, Vec<u8>) -> Vec<u8>) {
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(fs::File::create(target).unwrap());
    for index in 0..zip.len() {
        let mut entry = zip.by_index(index).unwrap();
        let name = entry.name().to_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        out.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&change(&name, bytes)).unwrap();
    }
    out.finish().unwrap();
}

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

#[test]
fn a_backup_from_an_older_schema_restores_with_defaults_for_new_columns() {
    let source = rich();
    let good = backup_of(&source);
    let older = source.dir.path().join("older.zip");
    rewrite(&good, &older, |name, bytes| {
        if name != "backup.json" {
            return bytes;
        }
        let mut value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        value["journalSchema"] = 3.into();
        for row in value["tables"]["reflection"].as_array_mut().unwrap() {
            row.as_object_mut().unwrap().remove("written");
        }
        value["tables"]
            .as_object_mut()
            .unwrap()
            .remove("import_key");
        serde_json::to_vec(&value).unwrap()
    });
    let target = place();
    restore_backup(&target.journal, &older, false).unwrap();
    let before = source.journal.backup_rows().unwrap();
    let after = target.journal.backup_rows().unwrap();
    assert_eq!(
        after.rows("reflection"),
        before.rows("reflection"),
        "the column the backup lacks takes its value from the schema (here its trigger)"
    );
    assert!(
        after.rows("import_key").is_empty(),
        "a table the backup lacks stays empty"
    );
    assert_eq!(
        after.rows("activity"),
        before.rows("activity"),
        "the rest is restored"
    );
}
