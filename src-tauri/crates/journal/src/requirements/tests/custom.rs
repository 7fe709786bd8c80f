//! Tests of the custom rule, blank labels, and values the store would refuse.

use super::*;

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
