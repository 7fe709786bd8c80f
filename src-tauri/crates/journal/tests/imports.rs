//! Importing activities in one transaction, recognised again by their import keys.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_journal::{ActivityFields, ImportOutcome, Journal, JournalError, PageRequest};
use chrono::NaiveDate;

fn day(text: &str) -> NaiveDate {
    text.parse().expect("test dates are valid")
}

fn journal() -> Journal {
    Journal::open_in_memory().expect("an in-memory journal opens")
}

fn count(journal: &Journal) -> u32 {
    journal.activities(PageRequest::first(1)).unwrap().total
}

fn entry(key: &str, title: &str) -> (String, ActivityFields) {
    (
        key.to_owned(),
        ActivityFields::new(title, day("2025-03-02"), 60),
    )
}

#[test]
fn a_batch_is_written_once_and_its_repeats_are_skipped() {
    let journal = journal();
    let batch = [
        entry("a", "First"),
        entry("b", "Second"),
        entry("a", "First again"),
    ];
    assert_eq!(
        journal.import_activities(&batch).unwrap(),
        ImportOutcome {
            imported: 2,
            skipped_duplicates: 1
        },
        "a key repeated within the batch is written once"
    );
    assert_eq!(
        journal.import_activities(&batch).unwrap(),
        ImportOutcome {
            imported: 0,
            skipped_duplicates: 3
        },
        "the same batch again writes nothing"
    );
    assert_eq!(count(&journal), 2);
}

#[test]
fn one_invalid_entry_writes_nothing_and_is_named() {
    let journal = journal();
    let mut bad = entry("c", "Too long");
    bad.1.minutes = 25 * 60;
    let error = journal
        .import_activities(&[entry("a", "First"), entry("b", "Second"), bad])
        .unwrap_err();
    match error {
        JournalError::Invalid { field, message } => {
            assert_eq!(field, "minutes");
            assert!(
                message.starts_with("Activity 3 of 3: That is more than 24 hours a day")
                    && message.ends_with("Nothing was imported."),
                "{message}"
            );
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert_eq!(count(&journal), 0, "checked before anything was written");
}

#[test]
fn a_blank_or_overlong_key_is_refused() {
    let journal = journal();
    for key in ["", "  ", &"k".repeat(129)] {
        let error = journal
            .import_activities(&[entry(key, "First")])
            .unwrap_err();
        assert!(
            matches!(error, JournalError::Invalid { field: "key", .. }),
            "{error:?}"
        );
    }
    assert_eq!(count(&journal), 0);
    assert!(journal.known_import_keys(&[]).unwrap().is_empty());
}
