//! Activities: validation, storage, listing and the trash.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::sync::{Arc, Mutex};

use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, Change, ChangeAction, Entity, Journal,
    JournalError, PageRequest,
};
use chrono::NaiveDate;

fn day(text: &str) -> NaiveDate {
    text.parse().expect("test dates are valid")
}

fn journal() -> Journal {
    Journal::open_in_memory().expect("an in-memory journal opens")
}

/// The field named by a validation error, or a panic naming what came instead.
fn invalid_field(result: cairn_journal::Result<impl std::fmt::Debug>) -> &'static str {
    match result {
        Err(JournalError::Invalid { field, .. }) => field,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_full_activity_round_trips_every_field() {
    let journal = journal();
    let fields = ActivityFields {
        title: "Trauma-informed practice".into(),
        description: "Two-day course with **role play**.".into(),
        kind: ActivityKind::Workshop,
        mode: ActivityMode::Formal,
        participatory_minutes: 600,
        started_on: day("2026-03-02"),
        ended_on: Some(day("2026-03-03")),
        minutes: 720,
        provider: "NHS Education for Scotland".into(),
        location: "Dundee".into(),
        outcomes: "Use the four Rs.".into(),
        impact: "Changed how I open a session.".into(),
        tags: vec!["leadership".into(), "Trauma-informed".into()],
        goal_id: None,
        community_id: None,
    };
    let created = journal.create_activity(&fields).unwrap();
    let read = journal.activity(created.id).unwrap();
    assert_eq!(
        read.fields, fields,
        "every field is stored exactly as given"
    );
    assert_eq!(read, created, "create returns the stored record");
    assert_eq!(
        read.created_at, read.updated_at,
        "a new record is unmodified"
    );
    assert_eq!(read.deleted_at, None, "a new record is not in the trash");
}

#[test]
fn the_title_is_required_and_trimmed() {
    let journal = journal();
    for title in ["", "   ", "\n\t"] {
        let fields = ActivityFields::new(title, day("2026-01-05"), 60);
        assert_eq!(
            invalid_field(journal.create_activity(&fields)),
            "title",
            "title {title:?}"
        );
    }
    let created = journal
        .create_activity(&ActivityFields::new(
            "  Reading group  ",
            day("2026-01-05"),
            60,
        ))
        .unwrap();
    assert_eq!(
        created.fields.title, "Reading group",
        "surrounding spaces are trimmed"
    );
    let long = "x".repeat(cairn_journal::MAX_TITLE_CHARS + 1);
    let fields = ActivityFields::new(long, day("2026-01-05"), 60);
    assert_eq!(
        invalid_field(journal.create_activity(&fields)),
        "title",
        "an overlong title"
    );
}

#[test]
fn time_must_be_positive_and_fit_in_the_days_given() {
    let journal = journal();
    let single = day("2026-01-05");
    for minutes in [0, -30] {
        let fields = ActivityFields::new("Course", single, minutes);
        assert_eq!(
            invalid_field(journal.create_activity(&fields)),
            "minutes",
            "{minutes} min"
        );
    }
    let over_a_day = ActivityFields::new("Course", single, 24 * 60 + 1);
    assert_eq!(
        invalid_field(journal.create_activity(&over_a_day)),
        "minutes",
        "24h01 in one day"
    );
    let whole_day = ActivityFields::new("Course", single, 24 * 60);
    assert!(
        journal.create_activity(&whole_day).is_ok(),
        "24 hours in one day is allowed"
    );

    let two_days = ActivityFields {
        ended_on: Some(day("2026-01-06")),
        ..ActivityFields::new("Conference", single, 30 * 60)
    };
    assert!(
        journal.create_activity(&two_days).is_ok(),
        "30 hours over two days fits"
    );
    let too_much = ActivityFields {
        minutes: 48 * 60 + 1,
        ..two_days
    };
    assert_eq!(
        invalid_field(journal.create_activity(&too_much)),
        "minutes",
        "48h01 over two days"
    );
}

#[test]
fn the_end_may_not_come_before_the_start() {
    let journal = journal();
    let fields = ActivityFields {
        ended_on: Some(day("2026-01-04")),
        ..ActivityFields::new("Course", day("2026-01-05"), 60)
    };
    assert_eq!(
        invalid_field(journal.create_activity(&fields)),
        "endedOn",
        "end before start"
    );
}

#[test]
fn participatory_time_is_part_of_the_time_spent() {
    let journal = journal();
    let base = ActivityFields::new("Peer discussion", day("2026-01-05"), 60);
    for participatory_minutes in [-1, 61] {
        let fields = ActivityFields {
            participatory_minutes,
            ..base.clone()
        };
        assert_eq!(
            invalid_field(journal.create_activity(&fields)),
            "participatoryMinutes",
            "{participatory_minutes} of 60 participatory minutes"
        );
    }
    let all = ActivityFields {
        participatory_minutes: 60,
        ..base
    };
    assert!(
        journal.create_activity(&all).is_ok(),
        "wholly participatory is allowed"
    );
}

#[test]
fn an_invalid_update_changes_nothing() {
    let journal = journal();
    let created = journal
        .create_activity(&ActivityFields::new("Course", day("2026-01-05"), 60))
        .unwrap();
    let broken = ActivityFields::new("Course", day("2026-01-05"), 0);
    assert_eq!(
        invalid_field(journal.update_activity(created.id, &broken)),
        "minutes",
        "0 min"
    );
    assert_eq!(
        journal.activity(created.id).unwrap(),
        created,
        "the stored record is unchanged"
    );
}

#[test]
fn the_list_is_newest_first_and_paged() {
    let journal = journal();
    for (title, date) in [
        ("January", "2026-01-10"),
        ("March", "2026-03-10"),
        ("February", "2026-02-10"),
    ] {
        journal
            .create_activity(&ActivityFields::new(title, day(date), 30))
            .unwrap();
    }
    let page = journal.activities(PageRequest::first(2)).unwrap();
    let titles: Vec<_> = page.items.iter().map(|a| a.fields.title.as_str()).collect();
    assert_eq!(
        titles,
        ["March", "February"],
        "newest start date first, two per page"
    );
    assert_eq!(page.total, 3, "the total counts every activity");
    let rest = journal
        .activities(PageRequest {
            offset: 2,
            limit: 2,
        })
        .unwrap();
    assert_eq!(rest.items.len(), 1, "the second page holds the remainder");
    assert_eq!(
        rest.items[0].fields.title, "January",
        "the oldest comes last"
    );
}

#[test]
fn activities_on_the_same_day_list_the_latest_logged_first() {
    let journal = journal();
    for title in ["Morning", "Afternoon", "Evening"] {
        journal
            .create_activity(&ActivityFields::new(title, day("2026-05-05"), 30))
            .unwrap();
    }
    let page = journal.activities(PageRequest::first(10)).unwrap();
    let titles: Vec<_> = page.items.iter().map(|a| a.fields.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Evening", "Afternoon", "Morning"],
        "ties go to the newest entry"
    );
}

#[test]
fn a_page_holds_at_most_the_maximum() {
    let journal = journal();
    let total = cairn_journal::MAX_PAGE + 5;
    for n in 0..total {
        let fields = ActivityFields::new(format!("Reading {n}"), day("2026-01-05"), 10);
        journal.create_activity(&fields).unwrap();
    }
    let page = journal.activities(PageRequest::first(10_000)).unwrap();
    assert_eq!(
        page.items.len() as u32,
        cairn_journal::MAX_PAGE,
        "the page is capped"
    );
    assert_eq!(page.total, total, "the total still counts everything");
    let rest = journal
        .activities(PageRequest {
            offset: cairn_journal::MAX_PAGE,
            limit: 10_000,
        })
        .unwrap();
    assert_eq!(rest.items.len(), 5, "the remainder is reached by offset");
}

#[test]
fn the_trash_hides_and_restore_brings_back() {
    let journal = journal();
    let created = journal
        .create_activity(&ActivityFields::new("Shadowing", day("2026-01-05"), 120))
        .unwrap();
    let trashed = journal.trash_activity(created.id).unwrap();
    assert!(trashed.deleted_at.is_some(), "trashing stamps deleted_at");
    let again = journal.trash_activity(created.id).unwrap();
    assert_eq!(
        again.deleted_at, trashed.deleted_at,
        "trashing twice keeps the first time"
    );
    assert_eq!(
        journal.activities(PageRequest::first(10)).unwrap().total,
        0,
        "hidden from the list"
    );
    assert!(journal.activity(created.id).is_ok(), "still readable by id");
    journal.restore_activity(created.id).unwrap();
    let listed = journal.activities(PageRequest::first(10)).unwrap();
    assert_eq!(
        listed.items[0].id, created.id,
        "restore puts it back in the list"
    );
    assert_eq!(
        listed.items[0].deleted_at, None,
        "restore clears deleted_at"
    );
}

#[test]
fn unknown_ids_are_not_found() {
    let journal = journal();
    let id = uuid::Uuid::new_v4();
    let fields = ActivityFields::new("Course", day("2026-01-05"), 60);
    for result in [
        journal.activity(id).map(|_| ()),
        journal.update_activity(id, &fields).map(|_| ()),
        journal.trash_activity(id).map(|_| ()),
    ] {
        assert!(
            matches!(
                result,
                Err(JournalError::NotFound {
                    entity: "activity",
                    ..
                })
            ),
            "got {result:?}"
        );
    }
}

#[test]
fn each_write_announces_one_change_and_a_no_op_none() {
    let mut journal = journal();
    let seen: Arc<Mutex<Vec<Change>>> = Arc::default();
    let sink = Arc::clone(&seen);
    journal.set_listener(move |change| sink.lock().unwrap().push(*change));

    let fields = ActivityFields::new("Course", day("2026-01-05"), 60);
    let created = journal.create_activity(&fields).unwrap();
    journal.update_activity(created.id, &fields).unwrap();
    let renamed = ActivityFields {
        title: "Course, day one".into(),
        ..fields.clone()
    };
    journal.update_activity(created.id, &renamed).unwrap();
    journal.trash_activity(created.id).unwrap();
    journal.restore_activity(created.id).unwrap();
    let _ = journal.create_activity(&ActivityFields::new("", day("2026-01-05"), 60));

    let actions: Vec<_> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|c| (c.entity, c.id, c.action))
        .collect();
    let id = created.id;
    assert_eq!(
        actions,
        [
            (Entity::Activity, id, ChangeAction::Created),
            (Entity::Activity, id, ChangeAction::Updated),
            (Entity::Activity, id, ChangeAction::Trashed),
            (Entity::Activity, id, ChangeAction::Restored),
        ],
        "the unchanged update and the refused create announce nothing"
    );
}
