//! The rules over plain facts: each body's rule, and the edges of cycles and periods.

use chrono::DateTime;

use super::*;

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn profile(fields: ProfileFields) -> Profile {
    Profile {
        id: Uuid::nil(),
        fields,
        created_at: DateTime::UNIX_EPOCH,
        updated_at: DateTime::UNIX_EPOCH,
    }
}

fn preset(body: ProfileBody, start: &str) -> ProfileFields {
    ProfileFields::preset(body, d(start))
}

/// A one-day formal course.
fn on(day: &str, minutes: i32) -> ActivityFact {
    ActivityFact {
        started_on: d(day),
        ended_on: None,
        minutes,
        participatory_minutes: 0,
        kind: ActivityKind::Course,
        mode: ActivityMode::Formal,
    }
}

fn spanning(first: &str, last: &str, minutes: i32) -> ActivityFact {
    ActivityFact {
        ended_on: Some(d(last)),
        ..on(first, minutes)
    }
}

fn with_others(activity: ActivityFact, participatory_minutes: i32) -> ActivityFact {
    ActivityFact {
        participatory_minutes,
        ..activity
    }
}

fn of_kind(activity: ActivityFact, kind: ActivityKind) -> ActivityFact {
    ActivityFact { kind, ..activity }
}

fn activities(activities: Vec<ActivityFact>) -> Facts {
    Facts {
        activities,
        ..Facts::default()
    }
}

fn run(fields: ProfileFields, today: &str, facts: &Facts) -> ProfileProgress {
    evaluate(&profile(fields), d(today), facts)
}

fn requirement<'a>(progress: &'a ProfileProgress, key: &str) -> &'a Requirement {
    progress
        .requirements
        .iter()
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("no requirement {key} in {progress:#?}"))
}

fn keys(progress: &ProfileProgress) -> Vec<&str> {
    progress
        .requirements
        .iter()
        .map(|r| r.key.as_str())
        .collect()
}

// Cycles.

#[test]
fn cycles_repeat_from_the_start() {
    let progress = run(
        preset(ProfileBody::Cld, "2020-04-01"),
        "2026-03-14",
        &Facts::default(),
    );
    assert_eq!(
        (progress.cycle_start, progress.cycle_end),
        (d("2023-04-01"), d("2026-03-31")),
        "the second 3-year cycle contains 14 March 2026"
    );
}

#[test]
fn the_cycle_end_is_its_last_day_included() {
    let fields = preset(ProfileBody::Nmc, "2023-04-01");
    let last_day = run(fields.clone(), "2026-03-31", &Facts::default());
    assert_eq!(
        (last_day.cycle_start, last_day.cycle_end),
        (d("2023-04-01"), d("2026-03-31")),
        "on its last day the cycle is still current and ends that day"
    );
    let next_day = run(fields, "2026-04-01", &Facts::default());
    assert_eq!(
        (next_day.cycle_start, next_day.cycle_end),
        (d("2026-04-01"), d("2029-03-31")),
        "the day after the last day starts the next cycle"
    );
}

#[test]
fn a_leap_day_start_moves_to_28_february_in_common_years_and_back_in_leap_years() {
    let fields = preset(ProfileBody::Custom, "2024-02-29");
    for (today, start, end, reason) in [
        (
            "2025-02-27",
            "2024-02-29",
            "2025-02-27",
            "the first cycle ends before 28 February",
        ),
        (
            "2025-02-28",
            "2025-02-28",
            "2026-02-27",
            "in a common year the cycle starts on 28 February",
        ),
        (
            "2028-02-28",
            "2027-02-28",
            "2028-02-28",
            "in a leap year 28 February is still the old cycle",
        ),
        (
            "2028-02-29",
            "2028-02-29",
            "2029-02-27",
            "in a leap year the cycle starts on 29 February again",
        ),
    ] {
        let progress = run(fields.clone(), today, &Facts::default());
        assert_eq!(
            (progress.cycle_start, progress.cycle_end),
            (d(start), d(end)),
            "on {today}: {reason}"
        );
    }
}

#[test]
fn before_the_first_cycle_nothing_counts_and_a_warning_says_so() {
    let progress = run(
        preset(ProfileBody::Nmc, "2026-09-01"),
        "2026-03-14",
        &activities(vec![on("2026-03-01", 600)]),
    );
    assert_eq!(
        progress.cycle_start,
        d("2026-09-01"),
        "the current cycle is the first one"
    );
    assert_eq!(
        requirement(&progress, "hours").achieved,
        0.0,
        "an activity before the first cycle does not count"
    );
    assert!(
        progress
            .warnings
            .iter()
            .any(|w| w.contains("1 September 2026")),
        "a warning names the day the cycle starts: {:?}",
        progress.warnings
    );
}

// Hours.

#[test]
fn cld_pro_rata_15_hours_a_week_asks_45_hours_over_3_years() {
    let fields = ProfileFields {
        weekly_hours: Some(15.0),
        ..preset(ProfileBody::Cld, "2024-04-01")
    };
    let short = run(
        fields.clone(),
        "2026-03-14",
        &activities(vec![on("2025-05-01", 44 * 60)]),
    );
    let hours = requirement(&short, "hours");
    assert_eq!(hours.target, 45.0, "35 × 3 × 15/35 hours");
    assert_eq!(hours.achieved, 44.0, "the hours logged in the cycle");
    assert!(!hours.met, "44 of 45 hours is not enough");
    assert!(
        hours.note.contains("pro rata"),
        "the note explains the figure: {}",
        hours.note
    );
    let enough = run(
        fields,
        "2026-03-14",
        &activities(vec![on("2025-05-01", 44 * 60), on("2026-01-10", 60)]),
    );
    assert!(
        requirement(&enough, "hours").met,
        "45 of 45 hours is enough"
    );
}

#[test]
fn cld_full_time_asks_105_hours_and_more_than_full_time_asks_no_more() {
    for (weekly, reason) in [
        (Some(35.0), "full time"),
        (None, "weekly hours not given means full time"),
        (Some(40.0), "more than full time still asks 35 hours a year"),
    ] {
        let fields = ProfileFields {
            weekly_hours: weekly,
            ..preset(ProfileBody::Cld, "2024-04-01")
        };
        let progress = run(fields, "2026-03-14", &Facts::default());
        assert_eq!(requirement(&progress, "hours").target, 105.0, "{reason}");
    }
}

#[test]
fn an_hours_target_replaces_the_cld_pro_rata_figure() {
    let fields = ProfileFields {
        weekly_hours: Some(15.0),
        hours_target: Some(60.0),
        ..preset(ProfileBody::Cld, "2024-04-01")
    };
    let progress = run(fields, "2026-03-14", &Facts::default());
    assert_eq!(
        requirement(&progress, "hours").target,
        60.0,
        "the user's own target wins"
    );
}

#[test]
fn an_activity_on_the_last_day_counts_and_one_on_the_next_first_day_does_not() {
    let fields = preset(ProfileBody::Nmc, "2023-04-01");
    let facts = activities(vec![on("2026-03-31", 60), on("2026-04-01", 120)]);
    let last_day = run(fields.clone(), "2026-03-31", &facts);
    assert_eq!(
        requirement(&last_day, "hours").achieved,
        1.0,
        "the last day's hour counts; the next cycle's two do not"
    );
    let later = run(fields, "2026-06-01", &facts);
    assert_eq!(
        requirement(&later, "hours").achieved,
        2.0,
        "in the next cycle only its first day's two hours count"
    );
}

#[test]
fn an_activity_spanning_the_boundary_counts_the_days_it_has_inside() {
    let fields = preset(ProfileBody::Nmc, "2023-04-01");
    let facts = activities(vec![with_others(
        spanning("2026-03-30", "2026-04-02", 8 * 60),
        4 * 60,
    )]);
    let before = run(fields.clone(), "2026-03-31", &facts);
    assert_eq!(
        requirement(&before, "hours").achieved,
        4.0,
        "2 of its 4 days are in the ending cycle: half of 8 hours"
    );
    assert_eq!(
        requirement(&before, "participatoryHours").achieved,
        2.0,
        "participatory time is shared out the same way"
    );
    let after = run(fields, "2026-04-10", &facts);
    assert_eq!(
        requirement(&after, "hours").achieved,
        4.0,
        "the other 2 days count in the new cycle"
    );
}

#[test]
fn an_activity_running_past_today_counts_only_the_days_so_far() {
    let progress = run(
        preset(ProfileBody::Nmc, "2023-04-01"),
        "2025-06-02",
        &activities(vec![
            spanning("2025-06-01", "2025-06-05", 10 * 60),
            on("2025-07-01", 60),
        ]),
    );
    assert_eq!(
        requirement(&progress, "hours").achieved,
        4.0,
        "2 of 5 days have happened; the planned July hour waits for its day"
    );
}

#[test]
fn part_participatory_time_counts_towards_nmc_participatory_hours() {
    let fields = preset(ProfileBody::Nmc, "2024-04-01");
    let facts = activities(vec![
        with_others(on("2024-05-01", 10 * 60), 6 * 60),
        with_others(spanning("2024-09-01", "2024-09-05", 25 * 60), 14 * 60),
    ]);
    let progress = run(fields.clone(), "2026-03-14", &facts);
    let (hours, participatory) = (
        requirement(&progress, "hours"),
        requirement(&progress, "participatoryHours"),
    );
    assert_eq!((hours.achieved, hours.met), (35.0, true), "35 hours in all");
    assert_eq!(
        (
            participatory.target,
            participatory.achieved,
            participatory.met
        ),
        (20.0, 20.0, true),
        "6 + 14 participatory hours meet the 20"
    );
    let fewer = activities(vec![
        with_others(on("2024-05-01", 10 * 60), 6 * 60),
        with_others(spanning("2024-09-01", "2024-09-05", 25 * 60), 13 * 60 + 30),
    ]);
    let progress = run(fields, "2026-03-14", &fewer);
    let participatory = requirement(&progress, "participatoryHours");
    assert_eq!(
        (participatory.achieved, participatory.met),
        (19.5, false),
        "19.5 participatory hours fall short though all 35 hours are there"
    );
}

#[test]
fn zero_activities_meet_nothing_and_break_nothing() {
    let none = Facts::default();
    for (body, expected) in [
        (ProfileBody::Cld, vec!["hours", "verifierReview"]),
        (
            ProfileBody::Nmc,
            vec![
                "hours",
                "participatoryHours",
                "reflectiveAccounts",
                "feedback",
                "reflectiveDiscussion",
            ],
        ),
        (ProfileBody::Hcpc, vec!["activityTypes"]),
        (ProfileBody::Gtcs, vec!["hours", "signoff"]),
        (ProfileBody::Custom, vec!["hours"]),
    ] {
        let progress = run(preset(body, "2025-09-01"), "2026-03-14", &none);
        assert_eq!(keys(&progress), expected, "{body:?} asks these");
        for r in &progress.requirements {
            if r.unit == RequirementUnit::Date {
                assert!(r.met, "{body:?}: a date still ahead is not overdue");
            } else {
                assert_eq!(
                    (r.achieved, r.met),
                    (0.0, false),
                    "{body:?} {}: nothing done",
                    r.key
                );
            }
        }
    }
    let hcpc = run(preset(ProfileBody::Hcpc, "2025-09-01"), "2026-03-14", &none);
    assert_eq!(
        hcpc.warnings,
        vec![
            "No activity since the cycle started on 1 September 2025 (today is 14 March 2026): \
             HCPC asks you to explain gaps of 3 months or more."
                .to_owned()
        ],
        "an empty HCPC record is one long gap"
    );
}

// NMC.

fn written(day: &str, model: ReflectionModel, has_text: bool) -> ReflectionFact {
    ReflectionFact {
        created_on: d(day),
        model,
        has_text,
    }
}

#[test]
fn nmc_counts_written_accounts_on_the_form_and_points_to_other_reflections() {
    let facts = Facts {
        reflections: vec![
            written("2024-05-01", ReflectionModel::NmcAccount, true),
            written("2024-06-01", ReflectionModel::NmcAccount, true),
            written("2025-01-01", ReflectionModel::NmcAccount, true),
            written("2025-02-01", ReflectionModel::NmcAccount, false),
            written("2024-03-31", ReflectionModel::NmcAccount, true),
            written("2025-03-01", ReflectionModel::Gibbs, true),
            written("2025-04-01", ReflectionModel::Free, true),
            written("2025-05-01", ReflectionModel::Rolfe, false),
        ],
        ..Facts::default()
    };
    let progress = run(preset(ProfileBody::Nmc, "2024-04-01"), "2026-03-14", &facts);
    let accounts = requirement(&progress, "reflectiveAccounts");
    assert_eq!(
        (accounts.target, accounts.achieved, accounts.met),
        (5.0, 3.0, false),
        "three accounts with writing in the cycle; an empty one and one before it do not count"
    );
    assert!(
        accounts.note.contains("2 other reflections") && accounts.note.contains("rewritten"),
        "the note points to the two other written reflections: {}",
        accounts.note
    );
}

#[test]
fn nmc_feedback_and_the_reflective_discussion_count_within_the_cycle() {
    let facts = Facts {
        feedback: [
            "2024-03-31",
            "2024-04-01",
            "2024-06-01",
            "2025-01-01",
            "2025-06-01",
            "2026-03-14",
        ]
        .map(d)
        .to_vec(),
        reviews: vec![d("2026-03-15")],
        ..Facts::default()
    };
    let progress = run(preset(ProfileBody::Nmc, "2024-04-01"), "2026-03-14", &facts);
    let feedback = requirement(&progress, "feedback");
    assert_eq!(
        (feedback.achieved, feedback.met),
        (5.0, true),
        "five pieces from the first day of the cycle to today; the one before it does not count"
    );
    let discussion = requirement(&progress, "reflectiveDiscussion");
    assert_eq!(
        (discussion.achieved, discussion.met),
        (0.0, false),
        "a discussion planned for tomorrow has not happened yet"
    );
    let tomorrow = run(preset(ProfileBody::Nmc, "2024-04-01"), "2026-03-15", &facts);
    assert!(
        requirement(&tomorrow, "reflectiveDiscussion").met,
        "on its day the discussion counts"
    );
}

// CLD.

#[test]
fn cld_asks_a_review_with_a_verifier_in_the_cycle() {
    let fields = preset(ProfileBody::Cld, "2023-04-01");
    let old = Facts {
        reviews: vec![d("2023-03-31")],
        ..Facts::default()
    };
    assert!(
        !requirement(&run(fields.clone(), "2026-03-14", &old), "verifierReview").met,
        "a review before the cycle does not count"
    );
    let current = Facts {
        reviews: vec![d("2023-04-01")],
        ..Facts::default()
    };
    assert!(
        requirement(&run(fields, "2026-03-14", &current), "verifierReview").met,
        "a review on the cycle's first day counts"
    );
}

// HCPC.

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

// GTCS.

#[test]
fn gtcs_counts_hours_in_the_current_year_of_the_cycle() {
    let progress = run(
        preset(ProfileBody::Gtcs, "2022-08-15"),
        "2026-03-14",
        &activities(vec![
            on("2025-08-14", 600),
            on("2025-08-15", 120),
            on("2026-03-14", 60),
        ]),
    );
    let hours = requirement(&progress, "hours");
    assert_eq!(
        (hours.target, hours.achieved, hours.met),
        (35.0, 3.0, false),
        "the year runs from 15 August 2025; the day before belongs to the last year"
    );
    assert!(
        hours.note.contains("15 August 2025") && hours.note.contains("14 August 2026"),
        "the note names the year: {}",
        hours.note
    );
}

#[test]
fn gtcs_signoff_is_due_at_the_cycle_end_unless_a_date_is_set() {
    let fields = preset(ProfileBody::Gtcs, "2022-08-15");
    let progress = run(fields.clone(), "2027-08-10", &Facts::default());
    let signoff = requirement(&progress, "signoff");
    assert_eq!(
        (signoff.unit, signoff.due_on, signoff.achieved, signoff.met),
        (RequirementUnit::Date, Some(d("2027-08-14")), 4.0, true),
        "due on the cycle's last day, 4 days away"
    );
    assert_eq!(
        signoff.note, "4 days remain until sign-off on 14 August 2027.",
        "the note counts the days"
    );
    let on_the_day = run(fields.clone(), "2027-08-14", &Facts::default());
    let signoff = requirement(&on_the_day, "signoff");
    assert!(signoff.met, "on the day it is due it is not yet overdue");
    assert_eq!(signoff.note, "Sign-off is due today.", "the note says so");
    let set = ProfileFields {
        signoff_on: Some(d("2026-03-01")),
        ..fields
    };
    let overdue = run(set, "2026-03-14", &Facts::default());
    let signoff = requirement(&overdue, "signoff");
    assert_eq!(
        (signoff.due_on, signoff.achieved, signoff.met),
        (Some(d("2026-03-01")), -13.0, false),
        "the date the user set is used, and it passed 13 days ago"
    );
    assert_eq!(
        signoff.note, "Sign-off was due on 1 March 2026, 13 days ago.",
        "the note says how late it is"
    );
}

// Custom.

#[test]
fn custom_counts_the_current_period_and_a_participatory_share() {
    let fields = ProfileFields {
        hours_target: Some(10.0),
        period_months: Some(6),
        participatory_share: Some(0.5),
        ..preset(ProfileBody::Custom, "2026-01-01")
    };
    let facts = activities(vec![
        with_others(on("2026-06-30", 120), 120),
        with_others(on("2026-07-01", 180), 60),
    ]);
    let progress = run(fields, "2026-08-01", &facts);
    let hours = requirement(&progress, "hours");
    assert_eq!(
        (hours.target, hours.achieved, hours.met),
        (10.0, 3.0, false),
        "the period runs from 1 July; June's hours belong to the first period"
    );
    let participatory = requirement(&progress, "participatoryHours");
    assert_eq!(
        (participatory.target, participatory.achieved),
        (5.0, 1.0),
        "half of 10 hours, of which 1 is done"
    );
}

#[test]
fn a_custom_period_is_cut_short_at_the_cycle_end() {
    let fields = ProfileFields {
        period_months: Some(5),
        ..preset(ProfileBody::Custom, "2026-01-01")
    };
    let progress = run(fields, "2026-12-15", &Facts::default());
    assert!(
        requirement(&progress, "hours")
            .note
            .contains("from 1 November 2026 to 31 December 2026"),
        "the third 5-month period ends with the cycle: {}",
        requirement(&progress, "hours").note
    );
}

#[test]
fn a_blank_label_shows_the_body_name() {
    let fields = ProfileFields {
        label: "  ".into(),
        ..preset(ProfileBody::Gtcs, "2022-08-15")
    };
    let progress = run(fields, "2026-03-14", &Facts::default());
    assert_eq!(
        progress.label, "GTCS Professional Update",
        "the body's name stands in"
    );
}

#[test]
fn values_the_store_would_refuse_do_not_break_the_rules() {
    for body in ProfileBody::ALL {
        let fields = ProfileFields {
            cycle_years: i32::MAX,
            weekly_hours: Some(-5.0),
            hours_target: None,
            period_months: Some(i32::MAX),
            participatory_share: Some(2.0),
            ..preset(*body, "2020-01-01")
        };
        for today in [NaiveDate::MIN, d("2026-03-14"), NaiveDate::MAX] {
            let progress = evaluate(
                &profile(fields.clone()),
                today,
                &activities(vec![spanning("2019-12-30", "2020-01-02", 60)]),
            );
            assert!(
                progress.cycle_start <= progress.cycle_end,
                "{body:?} on {today}: the rules still give a cycle"
            );
        }
    }
}

#[test]
fn gtcs_years_from_a_leap_day_follow_its_anniversaries() {
    let fields = preset(ProfileBody::Gtcs, "2024-02-29");
    for (today, note, reason) in [
        (
            "2028-02-28",
            "Counted from 28 February 2027 to 28 February 2028.",
            "in a leap year the year runs to 28 February",
        ),
        (
            "2028-02-29",
            "Counted from 29 February 2028 to 27 February 2029.",
            "the next year starts on 29 February and ends with the cycle",
        ),
    ] {
        let progress = run(fields.clone(), today, &Facts::default());
        assert_eq!(
            requirement(&progress, "hours").note,
            note,
            "on {today}: {reason}"
        );
    }
}
