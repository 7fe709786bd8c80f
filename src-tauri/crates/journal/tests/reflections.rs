//! Reflections: privacy by default, links to activities, listing and the trash.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_journal::{
    ActivityFields, Journal, JournalError, PageRequest, Privacy, ReflectionFields, Section,
};

fn journal_with_activity() -> (Journal, uuid::Uuid) {
    let journal = Journal::open_in_memory().expect("an in-memory journal opens");
    let fields = ActivityFields::new("Supervision", "2026-02-01".parse().unwrap(), 90);
    let activity = journal.create_activity(&fields).unwrap();
    (journal, activity.id)
}

fn body(text: &str) -> Vec<Section> {
    vec![Section {
        stage: "body".into(),
        text: text.into(),
    }]
}

#[test]
fn a_new_reflection_is_private_and_linked() {
    let (journal, activity_id) = journal_with_activity();
    let created = journal
        .create_reflection(&ReflectionFields::free(
            "After supervision",
            Some(activity_id),
        ))
        .unwrap();
    assert_eq!(
        created.fields.privacy,
        Privacy::Private,
        "private unless chosen otherwise"
    );
    assert_eq!(
        created.activity_title.as_deref(),
        Some("Supervision"),
        "carries its activity's title"
    );
    let count = |journal: &Journal| journal.activity(activity_id).unwrap().reflection_count;
    assert_eq!(count(&journal), 0, "an empty reflection does not count yet");
    let blank = ReflectionFields {
        sections: body("  \n"),
        ..created.fields.clone()
    };
    journal.update_reflection(created.id, &blank).unwrap();
    assert_eq!(count(&journal), 0, "nor does one holding only white space");
    let written = ReflectionFields {
        sections: body("I listened more than I spoke."),
        ..created.fields
    };
    journal.update_reflection(created.id, &written).unwrap();
    assert_eq!(count(&journal), 1, "a reflection with writing counts");
}

#[test]
fn starting_a_reflection_on_an_activity_titles_and_links_it() {
    let (journal, activity_id) = journal_with_activity();
    let started = journal.start_reflection(Some(activity_id), None).unwrap();
    assert_eq!(
        started.fields.title, "Reflecting on Supervision",
        "titled after the activity"
    );
    assert_eq!(
        started.fields.activity_id,
        Some(activity_id),
        "and linked to it"
    );

    let long = "L".repeat(cairn_journal::MAX_TITLE_CHARS);
    let fields = ActivityFields::new(long, "2026-02-02".parse().unwrap(), 30);
    let activity = journal.create_activity(&fields).unwrap();
    let started = journal.start_reflection(Some(activity.id), None).unwrap();
    assert_eq!(
        started.fields.title.chars().count(),
        cairn_journal::MAX_TITLE_CHARS,
        "a long activity title is shortened so the reflection's title is valid"
    );

    let unknown = journal.start_reflection(Some(uuid::Uuid::new_v4()), None);
    assert!(
        matches!(unknown, Err(JournalError::NotFound { .. })),
        "got {unknown:?}"
    );
    let free = journal.start_reflection(None, None).unwrap();
    assert_eq!(
        (free.fields.title.as_str(), free.fields.activity_id),
        ("", None),
        "a free one"
    );
}

#[test]
fn an_unknown_activity_link_is_refused() {
    let (journal, _) = journal_with_activity();
    let fields = ReflectionFields::free("Orphan", Some(uuid::Uuid::new_v4()));
    match journal.create_reflection(&fields) {
        Err(JournalError::Invalid { field, .. }) => assert_eq!(field, "activityId"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert_eq!(
        journal.reflections(PageRequest::first(5)).unwrap().total,
        0,
        "nothing stored"
    );
}

#[test]
fn writing_is_kept_and_an_unchanged_save_writes_nothing() {
    let (journal, activity_id) = journal_with_activity();
    let created = journal
        .create_reflection(&ReflectionFields::free("", Some(activity_id)))
        .unwrap();
    let written = ReflectionFields {
        sections: body("What went well: *listening*.\n\nNext time: ask sooner."),
        ..created.fields.clone()
    };
    let saved = journal.update_reflection(created.id, &written).unwrap();
    assert_eq!(
        journal.reflection(created.id).unwrap().fields,
        written,
        "text stored exactly"
    );
    let again = journal.update_reflection(created.id, &written).unwrap();
    assert_eq!(
        again.updated_at, saved.updated_at,
        "an identical save does not touch the record"
    );
}

#[test]
fn a_reflection_on_a_trashed_activity_can_still_be_saved() {
    let (journal, activity_id) = journal_with_activity();
    let created = journal
        .create_reflection(&ReflectionFields::free("Notes", Some(activity_id)))
        .unwrap();
    journal.trash_activity(activity_id).unwrap();
    let edited = ReflectionFields {
        sections: body("Still writing."),
        ..created.fields
    };
    assert!(
        journal.update_reflection(created.id, &edited).is_ok(),
        "autosave never fails on this"
    );
}

#[test]
fn reflections_list_most_recent_first_and_by_activity() {
    let (journal, activity_id) = journal_with_activity();
    let first = journal
        .create_reflection(&ReflectionFields::free("First", Some(activity_id)))
        .unwrap();
    let second = journal
        .create_reflection(&ReflectionFields::free("Second", None))
        .unwrap();
    let edited = ReflectionFields {
        sections: body("Edited later"),
        ..first.fields.clone()
    };
    journal.update_reflection(first.id, &edited).unwrap();
    let ids: Vec<_> = journal
        .reflections(PageRequest::first(10))
        .unwrap()
        .items
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(
        ids,
        [first.id, second.id],
        "the most recently written comes first"
    );
    let on_activity: Vec<_> = journal
        .reflections_on(activity_id)
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(on_activity, [first.id], "only the linked reflection");
    journal.trash_reflection(first.id).unwrap();
    assert!(
        journal.reflections_on(activity_id).unwrap().is_empty(),
        "trashed reflections are hidden"
    );
    assert_eq!(
        journal.activity(activity_id).unwrap().reflection_count,
        0,
        "and not counted"
    );
    journal.restore_reflection(first.id).unwrap();
    assert_eq!(
        journal.reflections_on(activity_id).unwrap().len(),
        1,
        "restored"
    );
}

#[test]
fn reflection_writes_are_announced_once_each() {
    use cairn_journal::{ChangeAction, Entity};
    use std::sync::{Arc, Mutex};

    let (mut journal, activity_id) = journal_with_activity();
    let seen: Arc<Mutex<Vec<(Entity, ChangeAction)>>> = Arc::default();
    let sink = Arc::clone(&seen);
    journal.set_listener(move |change| sink.lock().unwrap().push((change.entity, change.action)));

    let created = journal
        .create_reflection(&ReflectionFields::free("Notes", Some(activity_id)))
        .unwrap();
    let written = ReflectionFields {
        sections: body("A line."),
        ..created.fields.clone()
    };
    journal.update_reflection(created.id, &written).unwrap();
    journal.update_reflection(created.id, &written).unwrap();
    journal.trash_reflection(created.id).unwrap();
    journal.trash_reflection(created.id).unwrap();
    journal.restore_reflection(created.id).unwrap();
    journal.restore_reflection(created.id).unwrap();

    let reflection = Entity::Reflection;
    assert_eq!(
        *seen.lock().unwrap(),
        [
            (reflection, ChangeAction::Created),
            (reflection, ChangeAction::Updated),
            (reflection, ChangeAction::Trashed),
            (reflection, ChangeAction::Restored),
        ],
        "a repeated save, trash or restore announces nothing"
    );
}
