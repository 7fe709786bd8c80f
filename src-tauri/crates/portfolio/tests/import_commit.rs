//! Importing a spreadsheet CPD log from CSV: import keys, duplicates and the all-or-nothing commit.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use std::sync::{Arc, Mutex};

use cairn_journal::{
    ActivityFields, Change, ChangeAction, Entity, Journal, JournalError, PageRequest,
};
use cairn_portfolio::import_csv::{Preview, commit, import_key};
use uuid::Uuid;

use common::csv::*;

// --- Import keys --------------------------------------------------------------------------

#[test]
fn the_same_activities_in_a_reexported_file_have_the_same_keys() {
    let first = keys_of("excel_uk.csv");
    let again = keys_of("reexported.csv");
    assert_eq!(
        first, again,
        "ISO dates, other time notations, reordered columns, quoting and spacing change no key"
    );
    assert_eq!(first[0].len(), 64, "a SHA-256 in hex");
    let unique: std::collections::HashSet<&String> = first.iter().collect();
    assert_eq!(unique.len(), first.len(), "different activities differ");
}

#[test]
fn a_row_repeated_in_the_file_is_a_duplicate() {
    let preview = preview_of("title_row.csv");
    let repeated = row_at(&preview, 5);
    assert!(repeated.duplicate);
    assert!(repeated.notes.iter().any(|n| n.message.contains("line 4")));
    assert_eq!((preview.good, preview.duplicates), (2, 1));
}

// --- Commit -----------------------------------------------------------------------------

#[test]
fn nothing_is_written_until_commit_and_then_every_row_is() {
    let journal = journal();
    let changes = Arc::new(Mutex::new(Vec::<Change>::new()));
    let seen = Arc::clone(&changes);
    let mut journal = journal;
    journal.set_listener(move |change| seen.lock().unwrap().push(*change));
    let preview = preview_into(&journal, "excel_uk.csv");
    assert_eq!(activity_count(&journal), 0, "a preview writes nothing");

    let outcome = commit(&journal, &preview, false).unwrap();
    assert_eq!(counts(outcome), (6, 0));
    assert_eq!(activity_count(&journal), 6);
    assert_eq!(
        *changes.lock().unwrap(),
        [Change {
            entity: Entity::Activity,
            id: Uuid::nil(),
            action: ChangeAction::Created
        }],
        "one change for the whole import"
    );
    let stored = journal.activities(PageRequest::first(10)).unwrap().items;
    let safeguarding = stored
        .iter()
        .find(|a| a.fields.title == "Safeguarding refresher")
        .unwrap();
    assert_eq!(
        &safeguarding.fields,
        fields(&preview.rows[0]),
        "stored as previewed"
    );
}

#[test]
fn importing_the_same_file_twice_adds_nothing() {
    let journal = journal();
    let first = preview_into(&journal, "excel_uk.csv");
    commit(&journal, &first, false).unwrap();

    let again = preview_into(&journal, "excel_uk.csv");
    assert!(
        again.rows.iter().all(|row| row.duplicate),
        "the preview shows every row known"
    );
    assert_eq!((again.good, again.duplicates), (0, 6));
    let outcome = commit(&journal, &again, false).unwrap();
    assert_eq!(counts(outcome), (0, 6));
    assert_eq!(activity_count(&journal), 6, "nothing was added");

    // A stale preview (made before the first import) still adds nothing.
    assert_eq!(commit(&journal, &first, false).unwrap().imported, 0);
    assert_eq!(activity_count(&journal), 6);
}

#[test]
fn a_reexported_file_after_the_original_adds_nothing() {
    let journal = journal();
    let original = preview_of("excel_uk.csv");
    commit(&journal, &original, false).unwrap();
    let again = preview_into(&journal, "reexported.csv");
    assert_eq!(again.duplicates, 6);
    assert_eq!(commit(&journal, &again, false).unwrap().imported, 0);
    assert_eq!(activity_count(&journal), 6);
}

#[test]
fn a_row_repeated_in_the_file_is_imported_once() {
    let journal = journal();
    let outcome = commit(&journal, &preview_of("title_row.csv"), false).unwrap();
    assert_eq!(counts(outcome), (2, 1));
}

#[test]
fn bad_rows_block_the_import_unless_the_user_allows_them() {
    let journal = journal();
    let preview = preview_of("with_problems.csv");
    let (field, message) = invalid(commit(&journal, &preview, false).unwrap_err());
    assert_eq!(field, "rows");
    assert!(
        message.contains("5 rows") && message.contains("line 4"),
        "gives the count and the first line: {message}"
    );
    assert_eq!(activity_count(&journal), 0, "nothing was written");

    let outcome = commit(&journal, &preview, true).unwrap();
    assert_eq!(outcome.imported, 3, "the good rows only");
    let titles: Vec<String> = journal
        .activities(PageRequest::first(10))
        .unwrap()
        .items
        .into_iter()
        .map(|a| a.fields.title)
        .collect();
    assert_eq!(titles, ["Good three", "Good two", "Good one"]);
}

#[test]
fn a_preview_with_no_good_row_imports_nothing() {
    let journal = journal();
    let preview = preview_of_bytes(b"Date,Activity,Hours\nsoon,Something,1\n");
    let (field, _) = invalid(commit(&journal, &preview, true).unwrap_err());
    assert_eq!(field, "rows");
}

#[test]
fn the_import_is_all_or_nothing() {
    let journal = journal();
    let mut preview = preview_of("excel_uk.csv");
    // A preview altered after it was made (say by the UI): the last row breaks a rule.
    if let Ok(fields) = &mut preview.rows[5].result {
        fields.minutes = 0;
    }
    let (field, message) = invalid(commit(&journal, &preview, false).unwrap_err());
    assert_eq!(field, "rows");
    assert!(message.starts_with("Line 10: "), "{message}");
    assert_eq!(
        activity_count(&journal),
        0,
        "the good rows before it were not written"
    );

    // A failure inside the transaction (a tag too long only the store checks) undoes the
    // rows written before it.
    let mut batch: Vec<(String, ActivityFields)> = preview.rows[..5]
        .iter()
        .map(|row| (import_key(fields(row)), fields(row).clone()))
        .collect();
    let mut last = ActivityFields::new("Tagged", day("2025-05-01"), 30);
    last.tags = vec!["t".repeat(41)];
    batch.push(("last".to_owned(), last));
    let error = journal.import_activities(&batch).unwrap_err();
    assert!(
        matches!(&error, JournalError::Invalid { field: "tags", message } if message.starts_with("Activity 6 of 6: ")),
        "{error:?}"
    );
    assert_eq!(
        activity_count(&journal),
        0,
        "the five written first were rolled back"
    );
    assert!(
        journal
            .known_import_keys(&[batch[0].0.clone()])
            .unwrap()
            .is_empty(),
        "and so were their keys"
    );
}

#[test]
fn known_keys_are_those_imported_and_survive_the_trash_but_not_a_purge() {
    let journal = journal();
    let fields = ActivityFields::new("Kept", day("2025-05-01"), 30);
    journal
        .import_activities(&[("k1".to_owned(), fields)])
        .unwrap();
    let asked = ["k1".to_owned(), "k2".to_owned()];
    let known = journal.known_import_keys(&asked).unwrap();
    assert_eq!(known.into_iter().collect::<Vec<_>>(), ["k1"]);

    let id = journal.activities(PageRequest::first(1)).unwrap().items[0].id;
    journal.trash_activity(id).unwrap();
    assert_eq!(
        journal.known_import_keys(&asked).unwrap().len(),
        1,
        "trash keeps it"
    );
    journal.purge_activity(id).unwrap();
    assert!(
        journal.known_import_keys(&asked).unwrap().is_empty(),
        "purging for good forgets it"
    );
}

#[test]
fn a_commit_into_a_journal_file_persists() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.sqlite3");
    {
        let journal = Journal::open(&path).unwrap();
        commit(&journal, &preview_of("excel_uk.csv"), false).unwrap();
    }
    let journal = Journal::open(&path).unwrap();
    assert_eq!(activity_count(&journal), 6);
    let again = preview_into(&journal, "excel_uk.csv");
    assert_eq!(again.duplicates, 6, "the keys were kept in the file");
}

#[test]
fn a_preview_round_trips_through_json_as_the_ui_sends_it_back() {
    let preview = preview_of("with_problems.csv");
    let json = serde_json::to_string(&preview).unwrap();
    assert!(json.contains("\"ambiguousDate\""), "camelCase for the UI");
    let back: Preview = serde_json::from_str(&json).unwrap();
    assert_eq!(back, preview);
}
