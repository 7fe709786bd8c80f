//! Requirement profiles weighed against the journal, leaving out the trash.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_journal::{
    ActivityFields, ActivityKind, FeedbackFields, Journal, JournalError, ProfileBody,
    ProfileFields, ReflectionFields, ReflectionModel, ReviewFields, Section,
};
use chrono::{Days, NaiveDate, Utc};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
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
