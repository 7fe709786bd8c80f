//! Professional frameworks: entries linked to standards, and coverage of every item.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use std::sync::{Arc, Mutex};

use cairn_journal::{
    ActivityFields, Entity, GoalFields, Journal, JournalError, ReflectionFields, StandardOwner,
    preset_framework_id, preset_item_id,
};
use chrono::{Local, NaiveDate, TimeDelta};
use uuid::Uuid;

use common::frameworks::{fields, invalid, item};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn entries_link_to_standards() {
    let mut journal = Journal::open_in_memory().unwrap();
    let activity = journal
        .create_activity(&ActivityFields::new("Course", day("2026-02-01"), 60))
        .unwrap();
    let reflection = journal
        .create_reflection(&ReflectionFields::on_activity(&activity))
        .unwrap();
    let goal = journal.create_goal(&GoalFields::new("Learn BSL")).unwrap();
    let changes = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&changes);
    journal.set_listener(move |change| sink.lock().unwrap().push(*change));

    let [c1, c2, v1] =
        [("cld", "C1"), ("cld", "C2"), ("cld", "V1")].map(|(key, code)| preset_item_id(key, code));
    let nmc2 = preset_item_id("nmc", "2");
    let owners = [
        StandardOwner::Activity(activity.id),
        StandardOwner::Reflection(reflection.id),
        StandardOwner::Goal(goal.id),
    ];
    for owner in owners {
        let stored = journal.set_standards(owner, &[nmc2, v1, c1, v1]).unwrap();
        assert_eq!(
            stored,
            [c1, v1, nmc2],
            "each item once, presets in shipped order then item order"
        );
        assert_eq!(journal.standards(owner).unwrap(), stored);
    }
    journal.set_standards(owners[0], &[c1, v1, nmc2]).unwrap();
    journal.set_standards(owners[0], &[c2]).unwrap();
    assert_eq!(
        journal.standards(owners[0]).unwrap(),
        [c2],
        "the set is replaced"
    );
    assert_eq!(
        journal.standards(owners[1]).unwrap(),
        [c1, v1, nmc2],
        "other entries keep theirs"
    );

    let (field, _) = invalid(journal.set_standards(owners[0], &[c1, Uuid::new_v4()]));
    assert_eq!(field, "standards", "an unknown item is refused");
    assert_eq!(
        journal.standards(owners[0]).unwrap(),
        [c2],
        "and nothing changed"
    );
    assert!(matches!(
        journal.set_standards(StandardOwner::Goal(Uuid::new_v4()), &[c1]),
        Err(JournalError::NotFound { entity: "goal", .. })
    ));

    let announced: Vec<(Entity, Uuid)> = changes
        .lock()
        .unwrap()
        .iter()
        .map(|c| (c.entity, c.id))
        .collect();
    assert_eq!(
        announced,
        [
            (Entity::Activity, activity.id),
            (Entity::Reflection, reflection.id),
            (Entity::Goal, goal.id),
            (Entity::Activity, activity.id),
        ],
        "a new set is announced as a change to its entry; the same set again is not"
    );

    let json = serde_json::to_value(owners[2]).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"entity": "goal", "id": goal.id.to_string()}),
        "owners cross to the UI like evidence owners"
    );
}

#[test]
fn coverage_counts_evidence_for_every_item() {
    let journal = Journal::open_in_memory().unwrap();
    let framework = journal
        .create_framework(&fields(
            "Coverage",
            vec![
                item("A", "Linked directly", None),
                item("B", "Through a reflection", None),
                item("C", "Nothing yet", Some("A")),
            ],
        ))
        .unwrap();
    let [a, b, c] = [0, 1, 2].map(|i| framework.items[i].id);
    // Dates around today, since reflections count by the day they were written.
    let today = Local::now().date_naive();
    let from = today - TimeDelta::days(100);
    let to = today + TimeDelta::days(100);

    let activity = |title: &str, started: NaiveDate, ended: Option<NaiveDate>, minutes| {
        journal
            .create_activity(&ActivityFields {
                ended_on: ended,
                ..ActivityFields::new(title, started, minutes)
            })
            .unwrap()
    };
    let course = activity("Course", today, None, 60);
    let spanning = activity(
        "Residential",
        from - TimeDelta::days(2),
        Some(from + TimeDelta::days(1)),
        400,
    );
    let earlier = activity("Last year", from - TimeDelta::days(30), None, 90);
    let reading = activity("Reading", today - TimeDelta::days(3), None, 45);
    let binned = activity("Binned", today, None, 500);
    for linked in [&course, &spanning, &earlier, &binned] {
        journal
            .set_standards(StandardOwner::Activity(linked.id), &[a])
            .unwrap();
    }
    journal.trash_activity(binned.id).unwrap();

    let on_course = journal
        .create_reflection(&ReflectionFields::on_activity(&course))
        .unwrap();
    let on_reading = journal
        .create_reflection(&ReflectionFields::on_activity(&reading))
        .unwrap();
    let binned_reflection = journal
        .create_reflection(&ReflectionFields::free("Binned", None))
        .unwrap();
    journal
        .set_standards(StandardOwner::Reflection(on_course.id), &[a])
        .unwrap();
    journal
        .set_standards(StandardOwner::Reflection(on_reading.id), &[b])
        .unwrap();
    journal
        .set_standards(StandardOwner::Reflection(binned_reflection.id), &[b])
        .unwrap();
    journal.trash_reflection(binned_reflection.id).unwrap();

    let goal = journal
        .create_goal(&GoalFields::new("Lead a group"))
        .unwrap();
    let binned_goal = journal.create_goal(&GoalFields::new("Binned")).unwrap();
    for g in [goal.id, binned_goal.id] {
        journal.set_standards(StandardOwner::Goal(g), &[b]).unwrap();
    }
    journal.trash_goal(binned_goal.id).unwrap();

    let coverage = journal
        .coverage(framework.id, Some(from), Some(to))
        .unwrap();
    assert_eq!(coverage.framework.id, framework.id);
    let counts: Vec<_> = coverage
        .items
        .iter()
        .map(|i| (i.item_id, i.activities, i.reflections, i.goals, i.minutes))
        .collect();
    assert_eq!(
        counts,
        [
            // The course whole, half the four-day residential (two days inside), nothing
            // from last year or the trash; the reflection on the course adds no time.
            (a, 2, 1, 0, 60 + 200),
            // The reading's time through the reflection on it; the trashed ones left out.
            (b, 0, 1, 1, 45),
            // Listed with zeros, so the gap shows.
            (c, 0, 0, 0, 0),
        ],
        "every item, in order, with what counts in the range"
    );
    assert_eq!(coverage.items[2].parent_id, Some(a));
    assert_eq!(coverage.items[2].code, "C");

    let everything = journal.coverage(framework.id, None, None).unwrap();
    assert_eq!(
        (everything.items[0].activities, everything.items[0].minutes),
        (3, 60 + 400 + 90),
        "an open range counts every activity whole"
    );
    let before = journal
        .coverage(framework.id, None, Some(today - TimeDelta::days(1)))
        .unwrap();
    assert_eq!(
        (before.items[1].reflections, before.items[1].minutes),
        (0, 45),
        "reflections count by the day written; the reading's time by its own day"
    );
    let (field, _) = invalid(journal.coverage(framework.id, Some(to), Some(from)));
    assert_eq!(field, "to", "a range that ends before it starts is refused");

    let empty = journal
        .coverage(preset_framework_id("hcpc"), None, None)
        .unwrap();
    assert_eq!(
        empty.items.len(),
        5,
        "a framework with no links lists every item"
    );
    assert!(
        empty
            .items
            .iter()
            .all(|i| i.activities + i.reflections + i.goals == 0 && i.minutes == 0)
    );
}
