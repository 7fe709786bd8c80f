//! Tests of counting hours: pro rata, boundaries, spans, participatory time and none at all.

use super::*;

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
