//! Tests of the HCPC rule: the types of activity, gaps and an hours target.

use super::*;

#[test]
fn hcpc_types_follow_the_documented_table() {
    use ActivityKind as K;
    use HcpcActivityType as T;
    for (kind, expected) in [
        (K::Course, T::FormalEducational),
        (K::Conference, T::FormalEducational),
        (K::Workshop, T::FormalEducational),
        (K::ELearning, T::FormalEducational),
        (K::Research, T::FormalEducational),
        (K::Reading, T::SelfDirected),
        (K::OnlineNetwork, T::SelfDirected),
        (K::JobShadowing, T::WorkBased),
        (K::Project, T::WorkBased),
        (K::MentoringReceived, T::WorkBased),
        (K::Supervision, T::WorkBased),
        (K::PeerDiscussion, T::WorkBased),
        (K::InformalConversation, T::WorkBased),
        (K::MentoringGiven, T::Professional),
        (K::TeachingOthers, T::Professional),
        (K::CommunityOfPractice, T::Professional),
    ] {
        for mode in ActivityMode::ALL {
            assert_eq!(
                HcpcActivityType::of(kind, *mode),
                expected,
                "{kind:?} is {expected:?} whatever its mode ({mode:?})"
            );
        }
    }
    for (mode, expected) in [
        (ActivityMode::Formal, T::FormalEducational),
        (ActivityMode::SelfDirected, T::SelfDirected),
        (ActivityMode::Informal, T::Other),
    ] {
        assert_eq!(
            HcpcActivityType::of(K::Other, mode),
            expected,
            "an activity of kind other takes its type from its mode ({mode:?})"
        );
    }
}

#[test]
fn hcpc_asks_two_types_of_activity() {
    let fields = preset(ProfileBody::Hcpc, "2025-01-01");
    let one_type = activities(vec![
        on("2025-01-10", 60),
        of_kind(on("2025-02-10", 60), ActivityKind::Workshop),
    ]);
    let progress = run(fields.clone(), "2025-03-01", &one_type);
    let types = requirement(&progress, "activityTypes");
    assert_eq!(
        (types.achieved, types.met),
        (1.0, false),
        "a course and a workshop are both formal / educational"
    );
    let two_types = activities(vec![
        on("2025-01-10", 60),
        of_kind(on("2025-02-10", 60), ActivityKind::Reading),
    ]);
    let progress = run(fields, "2025-03-01", &two_types);
    let types = requirement(&progress, "activityTypes");
    assert_eq!(
        (types.achieved, types.met),
        (2.0, true),
        "a course and some reading"
    );
    assert!(
        types.note.contains("formal / educational") && types.note.contains("self-directed"),
        "the note names the types so far: {}",
        types.note
    );
}

#[test]
fn hcpc_a_gap_of_exactly_three_months_is_a_warning_naming_the_dates() {
    let progress = run(
        preset(ProfileBody::Hcpc, "2025-01-01"),
        "2025-05-01",
        &activities(vec![on("2025-01-10", 60), on("2025-04-10", 60)]),
    );
    assert_eq!(
        progress.warnings,
        vec![
            "No activity between 10 January 2025 and 10 April 2025: HCPC asks you to explain \
             gaps of 3 months or more."
                .to_owned()
        ],
        "10 January to 10 April is exactly 3 months"
    );
}

#[test]
fn hcpc_a_gap_just_under_three_months_is_not_a_warning() {
    let progress = run(
        preset(ProfileBody::Hcpc, "2025-01-01"),
        "2025-05-01",
        &activities(vec![on("2025-01-10", 60), on("2025-04-09", 60)]),
    );
    assert!(
        progress.warnings.is_empty(),
        "10 January to 9 April is a day short of 3 months: {:?}",
        progress.warnings
    );
}

#[test]
fn hcpc_gaps_from_the_cycle_start_and_up_to_today_are_warnings() {
    let fields = preset(ProfileBody::Hcpc, "2025-01-01");
    let facts = activities(vec![on("2025-04-01", 60)]);
    let progress = run(fields.clone(), "2025-07-01", &facts);
    assert_eq!(
        progress.warnings,
        vec![
            "No activity from the start of the cycle on 1 January 2025 until 1 April 2025: HCPC \
             asks you to explain gaps of 3 months or more."
                .to_owned(),
            "No activity since 1 April 2025 (today is 1 July 2025): HCPC asks you to explain \
             gaps of 3 months or more."
                .to_owned(),
        ],
        "3 months from the cycle start to the first activity, and from it to today"
    );
    let day_before = run(fields, "2025-06-30", &facts);
    assert_eq!(
        day_before.warnings.len(),
        1,
        "a day short of 3 months since the last activity is not yet a gap: {:?}",
        day_before.warnings
    );
}

#[test]
fn hcpc_a_long_activity_covers_the_months_it_spans() {
    let progress = run(
        preset(ProfileBody::Hcpc, "2025-01-01"),
        "2025-10-01",
        &activities(vec![
            spanning("2024-12-01", "2025-06-30", 100 * 60),
            on("2025-02-01", 60),
            on("2025-09-15", 60),
        ]),
    );
    assert!(
        progress.warnings.is_empty(),
        "an activity begun before the cycle and running to 30 June leaves no gap before \
         15 September: {:?}",
        progress.warnings
    );
}

#[test]
fn an_hours_target_adds_an_hours_requirement_to_hcpc() {
    let fields = ProfileFields {
        hours_target: Some(30.0),
        ..preset(ProfileBody::Hcpc, "2025-01-01")
    };
    let progress = run(
        fields,
        "2025-03-01",
        &activities(vec![on("2025-02-01", 90)]),
    );
    let hours = requirement(&progress, "hours");
    assert_eq!(
        (hours.target, hours.achieved),
        (30.0, 1.5),
        "hours over the cycle"
    );
}
