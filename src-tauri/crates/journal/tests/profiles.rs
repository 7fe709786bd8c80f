//! Requirement profiles: stored, announced, given their presets and validated.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::sync::{Arc, Mutex};

use cairn_journal::{ChangeAction, Entity, Journal, JournalError, ProfileBody, ProfileFields};
use chrono::NaiveDate;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn field_of<T: std::fmt::Debug>(result: cairn_journal::Result<T>) -> &'static str {
    match result {
        Err(JournalError::Invalid { field, .. }) => field,
        other => panic!("expected a field to be refused, got {other:?}"),
    }
}

#[test]
fn profiles_are_created_listed_updated_and_deleted_and_each_write_is_announced() {
    let mut journal = Journal::open_in_memory().unwrap();
    let seen: Arc<Mutex<Vec<(Entity, ChangeAction)>>> = Arc::default();
    let sink = Arc::clone(&seen);
    journal.set_listener(move |change| sink.lock().unwrap().push((change.entity, change.action)));

    let cld = journal
        .create_profile(&ProfileFields::preset(ProfileBody::Cld, day("2024-04-01")))
        .unwrap();
    let nmc = journal
        .create_profile(&ProfileFields {
            label: "  NMC — adult nursing ".into(),
            ..ProfileFields::preset(ProfileBody::Nmc, day("2023-06-01"))
        })
        .unwrap();
    assert_eq!(
        nmc.fields.label, "NMC — adult nursing",
        "the label is stored trimmed"
    );
    assert_eq!(
        journal.profiles().unwrap(),
        vec![cld.clone(), nmc.clone()],
        "dual registration: both profiles are kept, the first added first"
    );

    let part_time = ProfileFields {
        weekly_hours: Some(15.0),
        ..cld.fields.clone()
    };
    let updated = journal.update_profile(cld.id, &part_time).unwrap();
    assert_eq!(
        updated.fields.weekly_hours,
        Some(15.0),
        "the change is stored"
    );
    assert_eq!(
        journal.profile(cld.id).unwrap(),
        updated,
        "reading it back gives what was stored"
    );
    journal.update_profile(cld.id, &part_time).unwrap();
    journal.delete_profile(nmc.id).unwrap();
    assert!(
        matches!(
            journal.profile(nmc.id),
            Err(JournalError::NotFound {
                entity: "profile",
                ..
            })
        ),
        "a deleted profile is gone"
    );
    assert!(
        matches!(
            journal.delete_profile(nmc.id),
            Err(JournalError::NotFound { .. })
        ),
        "deleting it twice is refused"
    );
    assert_eq!(
        *seen.lock().unwrap(),
        vec![
            (Entity::Profile, ChangeAction::Created),
            (Entity::Profile, ChangeAction::Created),
            (Entity::Profile, ChangeAction::Updated),
            (Entity::Profile, ChangeAction::Deleted),
        ],
        "one announcement per write; an update that changes nothing is silent"
    );
}

#[test]
fn a_blank_label_becomes_the_body_name() {
    let journal = Journal::open_in_memory().unwrap();
    let created = journal
        .create_profile(&ProfileFields {
            label: "   ".into(),
            ..ProfileFields::preset(ProfileBody::Hcpc, day("2025-01-01"))
        })
        .unwrap();
    assert_eq!(created.fields.label, "HCPC", "the body's name stands in");
}

#[test]
fn presets_give_each_body_its_usual_cycle_and_hours() {
    let start = day("2025-01-01");
    for (body, years, weekly, hours, reason) in [
        (
            ProfileBody::Cld,
            3,
            Some(35.0),
            None,
            "CLD: 3 years, full time",
        ),
        (ProfileBody::Nmc, 3, None, None, "NMC: 3 years"),
        (ProfileBody::Hcpc, 2, None, None, "HCPC: 2 years"),
        (
            ProfileBody::Gtcs,
            5,
            None,
            Some(35.0),
            "GTCS: 5 years, 35 hours a year",
        ),
        (
            ProfileBody::Custom,
            1,
            None,
            Some(35.0),
            "custom: 1 year, 35 hours",
        ),
    ] {
        let preset = ProfileFields::preset(body, start);
        assert_eq!(
            (preset.cycle_years, preset.weekly_hours, preset.hours_target),
            (years, weekly, hours),
            "{reason}"
        );
        assert!(preset.validated().is_ok(), "{reason}: the preset is valid");
    }
}

#[test]
fn invalid_fields_are_refused_naming_the_field() {
    let journal = Journal::open_in_memory().unwrap();
    let custom = ProfileFields::preset(ProfileBody::Custom, day("2025-01-01"));
    let cases: Vec<(&str, ProfileFields, &str)> = vec![
        (
            "a label too long",
            ProfileFields {
                label: "x".repeat(201),
                ..custom.clone()
            },
            "label",
        ),
        (
            "no cycle",
            ProfileFields {
                cycle_years: 0,
                ..custom.clone()
            },
            "cycleYears",
        ),
        (
            "an 11-year cycle",
            ProfileFields {
                cycle_years: 11,
                ..custom.clone()
            },
            "cycleYears",
        ),
        (
            "no weekly hours",
            ProfileFields {
                weekly_hours: Some(0.0),
                ..custom.clone()
            },
            "weeklyHours",
        ),
        (
            "more hours than a week has",
            ProfileFields {
                weekly_hours: Some(169.0),
                ..custom.clone()
            },
            "weeklyHours",
        ),
        (
            "weekly hours not a number",
            ProfileFields {
                weekly_hours: Some(f64::NAN),
                ..custom.clone()
            },
            "weeklyHours",
        ),
        (
            "a negative target",
            ProfileFields {
                hours_target: Some(-1.0),
                ..custom.clone()
            },
            "hoursTarget",
        ),
        (
            "an endless target",
            ProfileFields {
                hours_target: Some(f64::INFINITY),
                ..custom.clone()
            },
            "hoursTarget",
        ),
        (
            "a custom profile without hours",
            ProfileFields {
                hours_target: None,
                ..custom.clone()
            },
            "hoursTarget",
        ),
        (
            "an empty period",
            ProfileFields {
                period_months: Some(0),
                ..custom.clone()
            },
            "periodMonths",
        ),
        (
            "a period longer than the cycle",
            ProfileFields {
                period_months: Some(13),
                ..custom.clone()
            },
            "periodMonths",
        ),
        (
            "a share above all",
            ProfileFields {
                participatory_share: Some(1.5),
                ..custom.clone()
            },
            "participatoryShare",
        ),
        (
            "a negative share",
            ProfileFields {
                participatory_share: Some(-0.1),
                ..custom.clone()
            },
            "participatoryShare",
        ),
        (
            "sign-off before the cycle",
            ProfileFields {
                signoff_on: Some(day("2024-12-31")),
                ..custom.clone()
            },
            "signoffOn",
        ),
    ];
    let stored = journal.create_profile(&custom).unwrap();
    for (case, fields, field) in cases {
        assert_eq!(
            field_of(journal.create_profile(&fields)),
            field,
            "create: {case}"
        );
        assert_eq!(
            field_of(journal.update_profile(stored.id, &fields)),
            field,
            "update: {case}"
        );
    }
    assert_eq!(
        journal.profiles().unwrap(),
        vec![stored.clone()],
        "nothing refused was stored"
    );
    let nmc_without_hours = ProfileFields::preset(ProfileBody::Nmc, day("2025-01-01"));
    assert!(
        journal.create_profile(&nmc_without_hours).is_ok(),
        "a body with its own figure needs no hours target"
    );
}
