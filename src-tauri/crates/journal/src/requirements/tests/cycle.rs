//! Tests of cycles: how they repeat, where they end, leap days, and before the first.

use super::*;

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
