//! Tests of the GTCS rule: hours in the year of the cycle, the sign-off and leap-day years.

use super::*;

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
