//! The dashboard and reminders: the year's totals, each profile's progress, reminders on their day.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_journal::{ActivityFields, ActivityKind, Journal, JournalError, SearchQuery};

fn day(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

#[test]
fn the_dashboard_adds_up_the_year_and_says_where_learning_is_thin() {
    let mut journal = Journal::open_in_memory().unwrap();
    journal.set_clock(|| "2026-12-01T12:00:00Z".parse().unwrap());
    for (title, start, minutes) in [
        ("Reading on group work", "2026-11-03", 90),
        ("Podcast on youth voice", "2026-11-20", 45),
        ("Article on consent", "2026-06-10", 30),
        ("A course long ago", "2025-11-30", 600),
    ] {
        let mut fields = ActivityFields::new(title, day(start), minutes);
        fields.mode = cairn_journal::ActivityMode::SelfDirected;
        fields.kind = ActivityKind::Reading;
        journal.create_activity(&fields).unwrap();
    }
    let board = journal.dashboard().unwrap();
    assert_eq!(board.months.len(), 12, "twelve months");
    assert_eq!(board.months[0].month, day("2026-01-01"));
    assert_eq!(
        board.months[11].month,
        day("2026-12-01"),
        "the current month last"
    );
    assert_eq!(board.months[10].minutes, 135, "November adds up");
    assert_eq!(board.months[5].minutes, 30);
    let in_year: i32 = board.months.iter().map(|m| m.minutes).sum();
    assert_eq!(
        in_year, 165,
        "the activity from before the twelve months is left out"
    );
    assert_eq!(board.by_mode.len(), 1);
    assert_eq!((board.activities, board.awaiting_reflection), (4, 4));
    assert_eq!(
        board.recent[0].title, "Podcast on youth voice",
        "newest first"
    );
    let hints = board.hints.join(" | ");
    assert!(hints.contains("not written a reflection yet"), "{hints}");
    assert!(hints.contains("self-directed"), "{hints}");
    assert!(hints.contains("4 activities are waiting"), "{hints}");
}

#[test]
fn the_dashboard_measures_each_profile_and_names_standards_without_evidence() {
    let mut journal = Journal::open_in_memory().unwrap();
    journal.set_clock(|| "2026-12-01T12:00:00Z".parse().unwrap());
    let cld =
        cairn_journal::ProfileFields::preset(cairn_journal::ProfileBody::Cld, day("2026-01-01"));
    journal.create_profile(&cld).unwrap();
    let mut meeting = ActivityFields::new("Community forum", day("2026-05-01"), 180);
    meeting.kind = ActivityKind::CommunityOfPractice;
    let meeting = journal.create_activity(&meeting).unwrap();
    let c5 = cairn_journal::preset_item_id("cld", "C5");
    journal
        .set_standards(cairn_journal::StandardOwner::Activity(meeting.id), &[c5])
        .unwrap();

    let board = journal.dashboard().unwrap();
    assert_eq!(board.profiles.len(), 1);
    let hours = &board.profiles[0].requirements[0];
    assert_eq!(
        (hours.key.as_str(), hours.achieved),
        ("hours", 3.0),
        "{hours:?}"
    );
    let hints = board.hints.join(" | ");
    assert!(
        hints.contains("CLD competences and values: C1 Know and understand the community"),
        "{hints}"
    );
    assert!(
        hints.contains("8 more have no evidence this cycle"),
        "12 less C5, less the 3 named: {hints}"
    );
    assert!(
        !hints.contains("C5 "),
        "the linked competence is covered: {hints}"
    );

    let found = journal
        .search(&SearchQuery {
            text: "forum".into(),
            standard: Some(c5),
            limit: 5,
            ..SearchQuery::default()
        })
        .unwrap();
    assert_eq!(
        found.len(),
        1,
        "the standard filter finds the linked activity"
    );
    let none = journal
        .search(&SearchQuery {
            text: "forum".into(),
            standard: Some(cairn_journal::preset_item_id("cld", "C1")),
            limit: 5,
            ..SearchQuery::default()
        })
        .unwrap();
    assert!(none.is_empty());
}

#[test]
fn reminders_come_on_their_day_and_once() {
    let clock = std::sync::Arc::new(std::sync::Mutex::new(
        "2026-12-04T08:00:00Z"
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap(),
    ));
    let mut journal = Journal::open_in_memory().unwrap();
    let shared = std::sync::Arc::clone(&clock);
    journal.set_clock(move || *shared.lock().unwrap());
    let at = |instant: &str| *clock.lock().unwrap() = instant.parse().unwrap();
    assert!(
        journal.take_due_reminders().unwrap().is_empty(),
        "off by default"
    );

    let mut settings = journal.settings().unwrap();
    settings.weekly_reminder = true;
    settings.reminder_day = 5;
    settings.nudge_unreflected = true;
    journal.set_settings(&settings).unwrap();
    journal
        .create_activity(&ActivityFields::new(
            "Shadowing the duty team",
            day("2026-12-01"),
            240,
        ))
        .unwrap();
    journal
        .create_activity(&ActivityFields::new("Logged today", day("2026-12-04"), 30))
        .unwrap();

    assert!(
        journal.take_due_reminders().unwrap().is_empty(),
        "not before nine"
    );
    at("2026-12-04T10:00:00Z");
    let due = journal.take_due_reminders().unwrap();
    let titles: Vec<&str> = due.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Time to reflect", "Reflect while it is fresh"],
        "a Friday"
    );
    assert!(
        due[1]
            .body
            .starts_with("\u{201c}Shadowing the duty team\u{201d} is waiting"),
        "today's activity is too fresh to nudge about: {}",
        due[1].body
    );
    assert!(
        journal.take_due_reminders().unwrap().is_empty(),
        "once a day"
    );
    at("2026-12-05T10:00:00Z");
    let due = journal.take_due_reminders().unwrap();
    assert_eq!(due.len(), 1, "Saturday: the nudge only");
    settings.reminder_day = 8;
    assert!(matches!(
        journal.set_settings(&settings),
        Err(JournalError::Invalid {
            field: "reminderDay",
            ..
        })
    ));
}
