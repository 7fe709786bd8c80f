//! The trash and tags: the trash lists, restores and deletes; tags are renamed and merged.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use cairn_journal::{ActivityFields, JournalError, PageRequest, ReflectionFields};

use common::history::journal_with_clock;

#[test]
fn the_trash_lists_restores_and_deletes_for_good() {
    let (journal, _) = journal_with_clock();
    let day = "2026-04-01".parse().unwrap();
    let activity = journal
        .create_activity(&ActivityFields::new("Peer discussion", day, 60))
        .unwrap();
    let reflection = journal.start_reflection(Some(activity.id), None).unwrap();
    assert!(
        matches!(
            journal.purge_activity(activity.id),
            Err(JournalError::Invalid { .. })
        ),
        "only what is in the trash can be deleted for good"
    );
    journal.trash_activity(activity.id).unwrap();
    journal.trash_reflection(reflection.id).unwrap();
    let page = PageRequest::first(10);
    assert_eq!(journal.trashed_activities(page).unwrap().total, 1);
    assert_eq!(journal.trashed_reflections(page).unwrap().total, 1);
    assert_eq!(journal.activities(page).unwrap().total, 0);

    journal.purge_activity(activity.id).unwrap();
    assert!(matches!(
        journal.activity(activity.id),
        Err(JournalError::NotFound { .. })
    ));
    let orphan = journal.reflection(reflection.id).unwrap();
    assert_eq!(
        orphan.fields.activity_id, None,
        "the reflection stays, unlinked"
    );
    journal.purge_reflection(reflection.id).unwrap();
    assert_eq!(journal.trashed_reflections(page).unwrap().total, 0);
}

#[test]
fn tags_are_created_inline_renamed_and_merged() {
    let (journal, _) = journal_with_clock();
    let day = "2026-04-01".parse().unwrap();
    let mut fields = ActivityFields::new("Youth work conference", day, 300);
    fields.tags = vec![
        "  youth   work ".into(),
        "Youth Work".into(),
        "".into(),
        "equity".into(),
    ];
    let activity = journal.create_activity(&fields).unwrap();
    assert_eq!(
        activity.fields.tags,
        ["equity", "youth work"],
        "white space tidied, blanks and repeats dropped, sorted"
    );
    let mut reflection = ReflectionFields::free("Notes", None);
    reflection.tags = vec!["YOUTH WORK".into(), "equality".into()];
    let reflection = journal.create_reflection(&reflection).unwrap();
    assert_eq!(
        reflection.fields.tags,
        ["equality", "youth work"],
        "an existing tag keeps its spelling"
    );

    let tags = journal.tags().unwrap();
    let find = |name: &str| tags.iter().find(|t| t.name == name).unwrap().clone();
    assert_eq!(
        (
            find("youth work").activities,
            find("youth work").reflections
        ),
        (1, 1)
    );

    let clash = journal.rename_tag(find("equity").id, "Equality");
    assert!(
        matches!(clash, Err(JournalError::Invalid { field: "name", .. })),
        "renaming onto another tag's name is refused: {clash:?}"
    );
    journal
        .rename_tag(find("youth work").id, "Youth work")
        .unwrap();
    assert_eq!(
        journal.activity(activity.id).unwrap().fields.tags,
        ["equity", "Youth work"]
    );

    journal
        .merge_tags(find("equity").id, find("equality").id)
        .unwrap();
    assert_eq!(
        journal.activity(activity.id).unwrap().fields.tags,
        ["equality", "Youth work"]
    );
    let names: Vec<String> = journal
        .tags()
        .unwrap()
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names, ["equality", "Youth work"], "the merged tag is gone");

    fields.tags = vec!["x".repeat(cairn_journal::MAX_TAG_CHARS + 1)];
    assert!(matches!(
        journal.update_activity(activity.id, &fields),
        Err(JournalError::Invalid { field: "tags", .. })
    ));
    journal.delete_tag(find("equality").id).unwrap();
    assert_eq!(
        journal.reflection(reflection.id).unwrap().fields.tags,
        ["Youth work"]
    );
}
