//! Requirement profiles: stored, validated, and weighed against the journal.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::sync::{Arc, Mutex};

use cairn_journal::{
    ActivityFields, ActivityKind, ChangeAction, Entity, FeedbackFields, Journal, JournalError,
    ProfileBody, ProfileFields, ReflectionFields, ReflectionModel, ReviewFields, Section,
};
use chrono::{Days, NaiveDate, Utc};

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

fn written(journal: &Journal, model: ReflectionModel, text: &str) -> uuid::Uuid {
    let fields = ReflectionFields {
        model,
        sections: vec![Section {
            stage: "nature".into(),
            text: text.into(),
        }],
        ..ReflectionFields::free("An account", None)
    };
    journal.create_reflection(&fields).unwrap().id
}

#[test]
fn progress_weighs_the_journal_and_leaves_out_the_trash() {
    let journal = Journal::open_in_memory().unwrap();
    // Reflections are dated when written, so the cycle runs up to the real today.
    let today = Utc::now().date_naive();
    let start = today.checked_sub_days(Days::new(400)).unwrap();
    let profile = journal
        .create_profile(&ProfileFields::preset(ProfileBody::Nmc, start))
        .unwrap();
    let recent = today.checked_sub_days(Days::new(10)).unwrap();

    let kept = ActivityFields {
        participatory_minutes: 120,
        kind: ActivityKind::Workshop,
        ..ActivityFields::new("Safeguarding workshop", recent, 300)
    };
    journal.create_activity(&kept).unwrap();
    let binned = journal
        .create_activity(&ActivityFields::new("Logged twice", recent, 300))
        .unwrap();
    journal.trash_activity(binned.id).unwrap();
    journal
        .create_activity(&ActivityFields::new(
            "Before the cycle",
            start.checked_sub_days(Days::new(1)).unwrap(),
            600,
        ))
        .unwrap();

    written(&journal, ReflectionModel::NmcAccount, "What I learned.");
    written(&journal, ReflectionModel::NmcAccount, "  \n ");
    let trashed = written(&journal, ReflectionModel::NmcAccount, "A draft.");
    journal.trash_reflection(trashed).unwrap();
    let gibbs = written(&journal, ReflectionModel::Gibbs, "How I felt.");

    for _ in 0..2 {
        journal
            .create_feedback(&FeedbackFields {
                received_on: recent,
                source: "A patient".into(),
                content: String::new(),
                use_made: String::new(),
            })
            .unwrap();
    }
    journal
        .create_review(&ReviewFields {
            held_on: recent,
            reviewer_name: "Morag Campbell".into(),
            reviewer_role: "NMC registrant".into(),
            registration_number: "12A3456E".into(),
            contact: String::new(),
            notes: String::new(),
            reflection_ids: vec![gibbs],
        })
        .unwrap();

    let progress = journal.progress(profile.id, today).unwrap();
    assert_eq!(
        (progress.cycle_start, progress.label.as_str()),
        (start, "NMC revalidation"),
        "the first cycle, under the body's name"
    );
    let achieved: Vec<(&str, f64)> = progress
        .requirements
        .iter()
        .map(|r| (r.key.as_str(), r.achieved))
        .collect();
    assert_eq!(
        achieved,
        vec![
            ("hours", 5.0),
            ("participatoryHours", 2.0),
            ("reflectiveAccounts", 1.0),
            ("feedback", 2.0),
            ("reflectiveDiscussion", 1.0),
        ],
        "the trashed activity and account, the empty account and the activity before the \
         cycle do not count"
    );
    assert!(
        progress.requirements[2].note.contains("1 other reflection"),
        "the Gibbs reflection is offered for rewriting: {}",
        progress.requirements[2].note
    );
    assert!(
        matches!(
            journal.progress(uuid::Uuid::new_v4(), today),
            Err(JournalError::NotFound { .. })
        ),
        "an unknown profile is refused"
    );
}

#[test]
fn all_progress_covers_every_profile_in_order() {
    let journal = Journal::open_in_memory().unwrap();
    let today = day("2026-03-14");
    assert!(
        journal.all_progress(today).unwrap().is_empty(),
        "no profiles, no progress"
    );
    let gtcs = journal
        .create_profile(&ProfileFields::preset(ProfileBody::Gtcs, day("2022-08-15")))
        .unwrap();
    let hcpc = journal
        .create_profile(&ProfileFields::preset(ProfileBody::Hcpc, day("2025-09-01")))
        .unwrap();
    journal
        .create_activity(&ActivityFields::new("Course", day("2025-08-20"), 120))
        .unwrap();
    journal
        .create_activity(&ActivityFields {
            kind: ActivityKind::Reading,
            ..ActivityFields::new("Reading", day("2026-02-01"), 60)
        })
        .unwrap();
    let all = journal.all_progress(today).unwrap();
    assert_eq!(
        all.iter().map(|p| p.profile_id).collect::<Vec<_>>(),
        vec![gtcs.id, hcpc.id],
        "one progress per profile, the first added first"
    );
    assert_eq!(
        all[0].requirements[0].achieved, 3.0,
        "GTCS: both activities are in the year from 15 August 2025"
    );
    assert_eq!(
        all[1].requirements[0].achieved, 1.0,
        "HCPC: only the reading falls in the cycle from 1 September 2025"
    );
    assert_eq!(
        all[1].warnings.len(),
        1,
        "HCPC: five months from the cycle start to the first activity: {:?}",
        all[1].warnings
    );
    assert_eq!(
        all,
        vec![
            journal.progress(gtcs.id, today).unwrap(),
            journal.progress(hcpc.id, today).unwrap()
        ],
        "the same as asking for each profile"
    );
}
