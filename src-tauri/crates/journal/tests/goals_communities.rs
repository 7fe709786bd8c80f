//! Goals and communities of practice: what is linked to them, participation and health checks.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_journal::{
    ActivityFields, ActivityKind, CommunityFields, GoalFields, GoalStatus, Journal, JournalError,
    ParticipationLevel, Privacy, ReflectionFields,
};

fn day(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
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
