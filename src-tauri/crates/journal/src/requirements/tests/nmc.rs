//! Tests of the NMC rule: written accounts, feedback and the reflective discussion.

use super::*;

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
