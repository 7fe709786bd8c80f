#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

//! The storage side of sharing: spaces, the share log's states, redaction names, and the
//! source a reflection answers.

use std::sync::{Arc, Mutex};

use cairn_journal::{
    Journal, NewShare, ReflectionFields, ReflectionSource, ShareAttempt, ShareStatus,
};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

fn journal_at(now: Arc<Mutex<DateTime<Utc>>>) -> Journal {
    let mut journal = Journal::open_in_memory().unwrap();
    journal.set_clock(move || *now.lock().unwrap());
    journal
}

fn new_share(space: Uuid, reflection: Uuid) -> NewShare {
    NewShare {
        id: Uuid::new_v4(),
        space_id: space,
        space_name: "Youth work network".to_owned(),
        title: "Listening first".to_owned(),
        payload: "{\"schemaVersion\":1}".to_owned(),
        reflection_ids: vec![reflection],
        activity_ids: Vec::new(),
    }
}

#[test]
fn a_share_moves_through_its_states_and_stays_delivered() {
    let now = Arc::new(Mutex::new(Utc::now()));
    let journal = journal_at(now.clone());
    let space = journal
        .save_space(None, "  Youth work network ", "matrix", "{}")
        .unwrap();
    assert_eq!(space.name, "Youth work network", "the name is tidied");
    let reflection = journal
        .create_reflection(&ReflectionFields::free("Listening first", None))
        .unwrap();
    let share = journal
        .log_share(&new_share(space.id, reflection.id))
        .unwrap();
    assert_eq!(share.status, ShareStatus::Queued);
    assert_eq!(journal.shares_due().unwrap().len(), 1, "due at once");

    let later = *now.lock().unwrap() + Duration::seconds(30);
    let retry = ShareAttempt::Retry {
        at: later,
        error: "down".to_owned(),
    };
    let waiting = journal.record_share_attempt(share.id, &retry).unwrap();
    assert_eq!((waiting.status, waiting.attempts), (ShareStatus::Queued, 1));
    assert!(
        journal.shares_due().unwrap().is_empty(),
        "not before its time"
    );
    assert_eq!(journal.next_share_due().unwrap(), Some(later));
    *now.lock().unwrap() = later;
    assert_eq!(
        journal.shares_due().unwrap().len(),
        1,
        "due once its time comes"
    );

    let signed_out = journal
        .record_share_attempt(
            share.id,
            &ShareAttempt::NeedsSignIn {
                error: "401".to_owned(),
            },
        )
        .unwrap();
    assert_eq!(signed_out.status, ShareStatus::NeedsSignIn);
    assert!(
        journal.shares_due().unwrap().is_empty(),
        "it waits for the user"
    );
    journal.retry_signed_out_shares(space.id).unwrap();
    assert_eq!(journal.share(share.id).unwrap().status, ShareStatus::Queued);

    let delivered = ShareAttempt::Delivered {
        remote_id: "$event".to_owned(),
        link: None,
    };
    let shared = journal.record_share_attempt(share.id, &delivered).unwrap();
    assert_eq!((shared.status, shared.attempts), (ShareStatus::Shared, 3));
    assert!(shared.shared_at.is_some() && shared.last_error.is_none());
    let late = journal
        .record_share_attempt(
            share.id,
            &ShareAttempt::Failed {
                error: "late".to_owned(),
            },
        )
        .unwrap();
    assert_eq!(
        late.status,
        ShareStatus::Shared,
        "a late answer cannot undo a delivery"
    );
    assert_eq!(
        journal.retry_share(share.id).unwrap().status,
        ShareStatus::Shared
    );
    assert_eq!(shared.reflection_ids, [reflection.id]);
}

#[test]
fn removing_a_space_keeps_its_shares_in_the_log_under_its_name() {
    let journal = Journal::open_in_memory().unwrap();
    let space = journal
        .save_space(None, "Forum", "discourse", "{}")
        .unwrap();
    let reflection = journal
        .create_reflection(&ReflectionFields::free("On listening", None))
        .unwrap();
    let share = journal
        .log_share(&new_share(space.id, reflection.id))
        .unwrap();
    journal.delete_space(space.id).unwrap();
    let kept = journal.share(share.id).unwrap();
    assert_eq!(kept.space_id, None);
    assert_eq!(kept.space_name, "Youth work network");
    let refused = journal.retry_share(share.id).unwrap_err();
    assert!(
        refused.to_string().contains("has been removed"),
        "{refused}"
    );
    assert!(
        journal.save_space(None, "   ", "folder", "{}").is_err(),
        "a name is needed"
    );
}

#[test]
fn redaction_names_are_tidied_and_kept_once() {
    let journal = Journal::open_in_memory().unwrap();
    let names = journal
        .set_redaction_names(&[
            "Jane  Smith".to_owned(),
            "jane smith".to_owned(),
            " ".to_owned(),
            "Ahmed".to_owned(),
        ])
        .unwrap();
    assert_eq!(names, ["Ahmed", "Jane Smith"]);
    assert_eq!(journal.redaction_names().unwrap(), names);
}

#[test]
fn a_reflection_on_a_post_keeps_its_source_and_the_backup_keeps_everything() {
    let journal = Journal::open_in_memory().unwrap();
    let space = journal
        .save_space(None, "Matrix", "matrix", "{\"room\":\"#cpd:x\"}")
        .unwrap();
    let source = ReflectionSource {
        space_id: Some(space.id),
        space_name: "Matrix".to_owned(),
        remote_id: "$abc".to_owned(),
        author: "@sam:example.org".to_owned(),
        title: "Try asking what matters".to_owned(),
        link: Some("https://matrix.to/#/!r/$abc".to_owned()),
        posted_at: None,
    };
    let reflection = journal
        .create_reflection_on(&ReflectionFields::free("On “Try asking”", None), &source)
        .unwrap();
    assert_eq!(
        journal.reflection_source(reflection.id).unwrap(),
        Some(source)
    );
    assert_eq!(
        journal.revisions(reflection.id).unwrap().len(),
        1,
        "history starts at once"
    );
    journal.set_redaction_names(&["Jane".to_owned()]).unwrap();
    journal
        .log_share(&new_share(space.id, reflection.id))
        .unwrap();

    let rows = journal.backup_rows().unwrap();
    for table in [
        "space",
        "share",
        "share_reflection",
        "redaction_name",
        "reflection_source",
    ] {
        assert_eq!(rows.rows(table).len(), 1, "{table} is in the backup");
    }
    let fresh = Journal::open_in_memory().unwrap();
    fresh.restore_rows(&rows, false).unwrap();
    assert_eq!(fresh.share_log().unwrap().len(), 1);
    assert_eq!(fresh.redaction_names().unwrap(), ["Jane"]);
    assert!(fresh.reflection_source(reflection.id).unwrap().is_some());
}
