//! Professional frameworks: the user's own, created, edited, deleted and validated.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use std::sync::{Arc, Mutex};

use cairn_journal::{
    ActivityFields, ChangeAction, Entity, FrameworkFields, ItemFields, Journal, JournalError,
    StandardOwner, preset_framework_id, preset_item_id,
};
use chrono::NaiveDate;
use uuid::Uuid;

use common::frameworks::{codes, fields, invalid, item, user_frameworks};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn a_user_framework_is_created_edited_and_deleted() {
    let mut journal = Journal::open_in_memory().unwrap();
    let changes = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&changes);
    journal.set_listener(move |change| sink.lock().unwrap().push((change.entity, change.action)));

    let created = journal
        .create_framework(&fields(
            "  Youth work standards ",
            vec![
                item("1.1", "Listening", Some("1")),
                item("1", "  Relationships ", None),
                item("2", "Learning", None),
            ],
        ))
        .unwrap();
    assert_eq!(created.name, "Youth work standards", "the name is trimmed");
    assert_eq!(created.preset, None, "a user framework is not a preset");
    assert_eq!(
        codes(&created),
        ["1.1", "1", "2"],
        "the order given is kept"
    );
    assert_eq!(
        created.items[1].title, "Relationships",
        "titles are trimmed"
    );
    assert_eq!(
        created.items[0].parent_id,
        Some(created.items[1].id),
        "a parent named by code may come after its child"
    );
    journal
        .create_framework(&fields("adult learning", vec![]))
        .unwrap();
    let names: Vec<String> = user_frameworks(&journal)
        .into_iter()
        .map(|f| f.name)
        .collect();
    assert_eq!(
        names,
        ["adult learning", "Youth work standards"],
        "user frameworks follow the presets, by name ignoring case"
    );

    let activity = journal
        .create_activity(&ActivityFields::new("Course", day("2026-02-01"), 60))
        .unwrap();
    let owner = StandardOwner::Activity(activity.id);
    let [listening, relationships, learning] = [0, 1, 2].map(|i| created.items[i].id);
    journal
        .set_standards(owner, &[listening, learning])
        .unwrap();

    // Keep "Listening" (by id) under a new parent named by id, drop "Learning", add one.
    let mut edited = created.fields();
    edited.name = "Youth work".into();
    edited.items.remove(2);
    edited.items.swap(0, 1);
    edited.items.push(ItemFields {
        id: Some(Uuid::new_v4()),
        ..item("3", "Evaluation", None)
    });
    let evaluation = edited.items[2].id.unwrap();
    edited.items[1].parent = Some(evaluation.to_string());
    let updated = journal.update_framework(created.id, &edited).unwrap();
    assert_eq!(updated.name, "Youth work");
    assert_eq!(codes(&updated), ["1", "1.1", "3"], "the new order is kept");
    assert_eq!(updated.items[1].id, listening, "a kept item keeps its id");
    assert_eq!(
        updated.items[1].parent_id,
        Some(evaluation),
        "a parent may be named by id, even a new item's"
    );
    assert_eq!(updated.items[0].id, relationships);
    assert_eq!(
        journal.standards(owner).unwrap(),
        [listening],
        "the link to the dropped item went with it; the kept one stayed"
    );
    let again = journal.update_framework(created.id, &edited).unwrap();
    assert_eq!(again, updated, "saving the same fields changes nothing");

    journal.delete_framework(created.id).unwrap();
    assert!(matches!(
        journal.framework(created.id),
        Err(JournalError::NotFound { .. })
    ));
    assert!(
        journal.standards(owner).unwrap().is_empty(),
        "deleting a framework takes the entries' links with it"
    );
    assert_eq!(
        journal.activity(activity.id).unwrap().fields.title,
        "Course",
        "the entry itself stays"
    );

    let framework_changes: Vec<_> = changes
        .lock()
        .unwrap()
        .iter()
        .filter(|(entity, _)| *entity == Entity::Framework)
        .map(|(_, action)| *action)
        .collect();
    assert_eq!(
        framework_changes,
        [
            ChangeAction::Created,
            ChangeAction::Created,
            ChangeAction::Updated,
            ChangeAction::Deleted
        ],
        "each write is announced once; an unchanged save is not"
    );
}

#[test]
fn user_frameworks_are_validated() {
    let journal = Journal::open_in_memory().unwrap();
    let cases: Vec<(&str, FrameworkFields, &str, &str)> = vec![
        (
            "no name",
            fields("  ", vec![]),
            "name",
            "Give the framework a name.",
        ),
        (
            "no title",
            fields("F", vec![item("A", "First", None), item("B", " ", None)]),
            "items",
            "Item 2: a title is required.",
        ),
        (
            "a repeated code, ignoring case",
            fields(
                "F",
                vec![item("a1", "First", None), item("A1", "Second", None)],
            ),
            "items",
            "Item 2: the code \u{201c}A1\u{201d} is used by another item",
        ),
        (
            "a missing parent",
            fields("F", vec![item("A", "First", Some("Z"))]),
            "items",
            "Item 1: no item in this framework has the code \u{201c}Z\u{201d}.",
        ),
        (
            "its own parent",
            fields("F", vec![item("A", "First", Some("A"))]),
            "items",
            "Item 1: an item cannot be its own parent.",
        ),
        (
            "a loop",
            fields(
                "F",
                vec![
                    item("A", "First", Some("B")),
                    item("B", "Second", Some("A")),
                ],
            ),
            "items",
            "go round in a loop",
        ),
        (
            "a parent in another framework",
            fields(
                "F",
                vec![item(
                    "A",
                    "First",
                    Some(&preset_item_id("cld", "C1").to_string()),
                )],
            ),
            "items",
            "no item in this framework has the id",
        ),
        (
            "another framework's item",
            fields(
                "F",
                vec![ItemFields {
                    id: Some(preset_item_id("nmc", "1")),
                    ..item("A", "First", None)
                }],
            ),
            "items",
            "Item 1: this item belongs to another framework.",
        ),
    ];
    for (case, bad, field, expected) in cases {
        let (got_field, message) = invalid(journal.create_framework(&bad));
        assert_eq!(got_field, field, "{case}");
        assert!(
            message.contains(expected),
            "{case}: {message:?} should contain {expected:?}"
        );
    }
    assert!(
        user_frameworks(&journal).is_empty(),
        "nothing refused was written"
    );
    assert_eq!(
        journal.framework(preset_framework_id("nmc")).unwrap().items[0].code,
        "1",
        "the preset item whose id was borrowed is untouched"
    );
}
