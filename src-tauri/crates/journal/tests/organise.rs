//! Goals, communities of practice and search.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_journal::{
    ActivityFields, ActivityKind, CommunityFields, Entity, FeedbackFields, GoalFields, GoalStatus,
    Journal, JournalError, ParticipationLevel, Privacy, ReflectionFields, SearchQuery, Section,
};

fn day(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

fn find(journal: &Journal, text: &str) -> Vec<(Entity, String)> {
    let query = SearchQuery {
        text: text.into(),
        limit: 20,
        ..SearchQuery::default()
    };
    hits(journal, &query)
}

fn hits(journal: &Journal, query: &SearchQuery) -> Vec<(Entity, String)> {
    journal
        .search(query)
        .unwrap()
        .into_iter()
        .map(|hit| (hit.entity, hit.title))
        .collect()
}

fn written(text: &str) -> Vec<Section> {
    vec![Section {
        stage: "body".into(),
        text: text.into(),
    }]
}

#[test]
fn a_goal_counts_what_is_linked_to_it() {
    let journal = Journal::open_in_memory().unwrap();
    let mut fields = GoalFields::new("  Lead a trauma-informed session ");
    fields.target_on = Some(day("2027-03-31"));
    let goal = journal.create_goal(&fields).unwrap();
    assert_eq!(
        goal.fields.title, "Lead a trauma-informed session",
        "trimmed"
    );
    assert!(matches!(
        journal.create_goal(&GoalFields::new(" ")),
        Err(JournalError::Invalid { field: "title", .. })
    ));

    let mut course = ActivityFields::new("Trauma-informed practice", day("2026-10-01"), 360);
    course.goal_id = Some(goal.id);
    let course = journal.create_activity(&course).unwrap();
    let mut reading = ActivityFields::new("Reading on ACEs", day("2026-10-08"), 60);
    reading.goal_id = Some(goal.id);
    journal.create_activity(&reading).unwrap();
    let mut reflection = ReflectionFields::free("What safety means", None);
    reflection.goal_id = Some(goal.id);
    journal.create_reflection(&reflection).unwrap();

    let goal = journal.goal(goal.id).unwrap();
    assert_eq!(
        (goal.activities, goal.reflections, goal.minutes),
        (2, 1, 420)
    );
    journal.trash_activity(course.id).unwrap();
    let goal = journal.goal(goal.id).unwrap();
    assert_eq!(
        (goal.activities, goal.minutes),
        (1, 60),
        "the trash does not count"
    );

    let mut unknown = ActivityFields::new("Orphan", day("2026-10-09"), 30);
    unknown.goal_id = Some(uuid::Uuid::new_v4());
    assert!(matches!(
        journal.create_activity(&unknown),
        Err(JournalError::Invalid {
            field: "goalId",
            ..
        })
    ));

    let mut done = goal.fields.clone();
    done.status = GoalStatus::Achieved;
    journal.update_goal(goal.id, &done).unwrap();
    let second = journal
        .create_goal(&GoalFields::new("Mentor a new worker"))
        .unwrap();
    let order: Vec<_> = journal.goals().unwrap().into_iter().map(|g| g.id).collect();
    assert_eq!(order, [second.id, goal.id], "goals in progress come first");
}

#[test]
fn a_community_keeps_the_history_of_participation() {
    let journal = Journal::open_in_memory().unwrap();
    let mut fields = CommunityFields::new("Tayside youth work network");
    fields.level = ParticipationLevel::Peripheral;
    fields.joined_on = Some(day("2025-09-01"));
    fields.online = true;
    let network = journal.create_community(&fields).unwrap();
    assert_eq!(network.history.len(), 1);
    assert_eq!(
        network.history[0].since,
        day("2025-09-01"),
        "the level holds since joining"
    );

    fields.level = ParticipationLevel::Core;
    let moved = journal.update_community(network.id, &fields).unwrap();
    let levels: Vec<_> = moved.history.iter().map(|c| c.level).collect();
    assert_eq!(
        levels,
        [ParticipationLevel::Peripheral, ParticipationLevel::Core]
    );
    assert_eq!(
        moved.fields.level,
        ParticipationLevel::Core,
        "the newest level is current"
    );

    let mut meeting = ActivityFields::new("Network meeting", day("2026-11-05"), 90);
    meeting.kind = ActivityKind::CommunityOfPractice;
    meeting.community_id = Some(network.id);
    let meeting = journal.create_activity(&meeting).unwrap();
    let mut check = ReflectionFields::free("Health check", None);
    check.community_id = Some(network.id);
    journal.create_reflection(&check).unwrap();
    let network = journal.community(network.id).unwrap();
    assert_eq!(
        (network.activities, network.minutes, network.reflections),
        (1, 90, 1)
    );

    journal.delete_community(network.id).unwrap();
    let meeting = journal.activity(meeting.id).unwrap();
    assert_eq!(
        meeting.fields.community_id, None,
        "the activity stays, unlinked"
    );
    assert!(journal.communities().unwrap().is_empty());
}

#[test]
fn search_finds_every_kind_of_entry_and_ranks_titles_first() {
    let journal = Journal::open_in_memory().unwrap();
    let mut body_only = ActivityFields::new("Team meeting", day("2026-10-01"), 60);
    body_only.description = "We talked about safeguarding referrals.".into();
    journal.create_activity(&body_only).unwrap();
    journal
        .create_activity(&ActivityFields::new(
            "Safeguarding update",
            day("2026-09-01"),
            120,
        ))
        .unwrap();
    let mut reflection = ReflectionFields::free("After the drop-in", None);
    reflection.sections = written("A **safeguarding** worry I should have raised sooner.");
    journal.create_reflection(&reflection).unwrap();
    journal
        .create_goal(&GoalFields::new("Safeguarding champion"))
        .unwrap();
    journal
        .create_community(&CommunityFields::new("Safeguarding leads forum"))
        .unwrap();
    journal
        .create_feedback(&FeedbackFields {
            received_on: day("2026-08-01"),
            source: "Line manager".into(),
            content: "Your safeguarding records are clear.".into(),
            use_made: String::new(),
        })
        .unwrap();

    let found = find(&journal, "safeguard");
    assert_eq!(found.len(), 6, "a prefix finds all six: {found:?}");
    let titles_first: Vec<bool> = found
        .iter()
        .map(|(_, title)| title.to_lowercase().contains("safeguarding"))
        .collect();
    assert_eq!(
        titles_first,
        [true, true, true, false, false, false],
        "matches in titles rank above matches in text: {found:?}"
    );
    let hit = journal
        .search(&SearchQuery {
            text: "referrals".into(),
            limit: 5,
            ..SearchQuery::default()
        })
        .unwrap()
        .remove(0);
    let marked: Vec<_> = hit
        .snippet
        .iter()
        .filter(|p| p.hit)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(marked, ["referrals"], "the snippet marks the matched word");
    assert_eq!(hit.date, Some(day("2026-10-01")));
    assert!(
        find(&journal, "\"unbalanced (").is_empty(),
        "odd input is no error"
    );
}

#[test]
fn the_index_follows_edits_trash_and_deletion() {
    let journal = Journal::open_in_memory().unwrap();
    let activity = journal
        .create_activity(&ActivityFields::new(
            "Makaton taster",
            day("2026-10-01"),
            120,
        ))
        .unwrap();
    let mut reflection = ReflectionFields::free("Signing", Some(activity.id));
    reflection.sections = written("Signing hello felt awkward at first.");
    let reflection = journal.create_reflection(&reflection).unwrap();

    let mut renamed = activity.fields.clone();
    renamed.title = "British Sign Language taster".into();
    journal.update_activity(activity.id, &renamed).unwrap();
    assert!(
        find(&journal, "makaton").is_empty(),
        "the old title is gone from the index"
    );
    assert_eq!(find(&journal, "british sign").len(), 1);

    let mut rewritten = reflection.fields.clone();
    rewritten.sections = written("Signing hello felt natural by the end.");
    journal
        .update_reflection(reflection.id, &rewritten)
        .unwrap();
    assert!(
        find(&journal, "awkward").is_empty(),
        "edited text leaves the index"
    );
    assert_eq!(find(&journal, "natural").len(), 1);

    journal.trash_reflection(reflection.id).unwrap();
    assert!(
        find(&journal, "natural").is_empty(),
        "the trash is not searched"
    );
    journal.restore_reflection(reflection.id).unwrap();
    assert_eq!(find(&journal, "natural").len(), 1, "restored, found again");
    journal.trash_reflection(reflection.id).unwrap();
    journal.purge_reflection(reflection.id).unwrap();
    journal.trash_activity(activity.id).unwrap();
    journal.purge_activity(activity.id).unwrap();
    assert!(find(&journal, "sign").is_empty() && find(&journal, "signing").is_empty());
}

#[test]
fn filters_narrow_the_results() {
    let journal = Journal::open_in_memory().unwrap();
    let mut course = ActivityFields::new("Consent course", day("2026-03-01"), 180);
    course.tags = vec!["consent".into()];
    journal.create_activity(&course).unwrap();
    let mut chat = ActivityFields::new("Consent chat", day("2026-06-01"), 20);
    chat.kind = ActivityKind::InformalConversation;
    journal.create_activity(&chat).unwrap();
    let mut private = ReflectionFields::free("Consent reflection", None);
    private.sections = written("consent");
    journal.create_reflection(&private).unwrap();
    let mut shared = ReflectionFields::free("Consent for sharing", None);
    shared.privacy = Privacy::Shareable;
    shared.tags = vec!["consent".into()];
    journal.create_reflection(&shared).unwrap();

    let base = SearchQuery {
        text: "consent".into(),
        limit: 20,
        ..SearchQuery::default()
    };
    let titles = |query: SearchQuery| {
        let mut titles: Vec<String> = hits(&journal, &query).into_iter().map(|h| h.1).collect();
        titles.sort();
        titles
    };
    assert_eq!(titles(base.clone()).len(), 4);
    assert_eq!(
        titles(SearchQuery {
            kinds: vec![ActivityKind::InformalConversation],
            ..base.clone()
        }),
        ["Consent chat"]
    );
    assert_eq!(
        titles(SearchQuery {
            from: Some(day("2026-05-01")),
            to: Some(day("2026-07-01")),
            kinds: vec![ActivityKind::Course, ActivityKind::InformalConversation],
            ..base.clone()
        }),
        ["Consent chat"],
        "the date range applies"
    );
    assert_eq!(
        titles(SearchQuery {
            tag: Some("CONSENT".into()),
            ..base.clone()
        }),
        ["Consent course", "Consent for sharing"]
    );
    assert_eq!(
        titles(SearchQuery {
            privacy: Some(Privacy::Private),
            ..base
        }),
        ["Consent reflection"]
    );
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
fn a_health_check_is_a_reflection_on_the_community_in_seven_principles() {
    let journal = Journal::open_in_memory().unwrap();
    let network = journal
        .create_community(&CommunityFields::new("Scottish CLD network"))
        .unwrap();
    let check = journal.start_health_check(network.id).unwrap();
    assert_eq!(check.fields.title, "Health check: Scottish CLD network");
    assert_eq!(check.fields.community_id, Some(network.id));
    assert_eq!(check.fields.sections.len(), 7, "one stage per principle");
    assert_eq!(check.fields.privacy, Privacy::Private);
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
