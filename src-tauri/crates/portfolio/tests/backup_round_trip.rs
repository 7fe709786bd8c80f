//! Backups: a round trip reproduces every record and file; merges add nothing twice.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use cairn_journal::{ActivityFields, ReflectionFields, Section};
use cairn_portfolio::restore_backup;

use common::backup::*;

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
