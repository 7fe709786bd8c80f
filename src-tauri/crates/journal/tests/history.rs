//! Revision history and model switching: sessions, restoring, reopening and the preferred model.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use std::sync::Mutex;

use cairn_journal::{
    Journal, JournalError, ReflectionFields, ReflectionModel, SESSION_GAP, SESSION_SPAN, Section,
};
use chrono::{DateTime, TimeDelta, Utc};

use common::history::journal_with_clock;

fn advance(clock: &Mutex<DateTime<Utc>>, by: TimeDelta) {
    *clock.lock().unwrap() += by;
}

fn written(fields: &ReflectionFields, stage: &str) -> String {
    fields
        .sections
        .iter()
        .find(|s| s.stage == stage)
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn with_text(mut fields: ReflectionFields, stage: &str, text: &str) -> ReflectionFields {
    match fields.sections.iter_mut().find(|s| s.stage == stage) {
        Some(section) => section.text = text.into(),
        None => fields.sections.push(Section {
            stage: stage.into(),
            text: text.into(),
        }),
    }
    fields
}

#[test]
fn a_typing_session_is_one_revision() {
    let (journal, clock) = journal_with_clock();
    let reflection = journal.start_reflection(None, None).unwrap();
    assert!(
        journal.revisions(reflection.id).unwrap().is_empty(),
        "an empty new reflection has no history yet"
    );
    let mut text = String::new();
    for word in [
        "Today",
        "the",
        "group",
        "ran",
        "the",
        "session",
        "themselves.",
    ] {
        text.push_str(word);
        text.push(' ');
        advance(&clock, TimeDelta::seconds(20));
        let fields = with_text(
            journal.reflection(reflection.id).unwrap().fields,
            "body",
            &text,
        );
        journal.update_reflection(reflection.id, &fields).unwrap();
    }
    let revisions = journal.revisions(reflection.id).unwrap();
    assert_eq!(
        revisions.len(),
        1,
        "seven saves in two minutes are one revision"
    );
    assert_eq!(
        written(&journal.reflection(reflection.id).unwrap().fields, "body"),
        revisions[0].sections[0].text,
        "the newest revision matches the reflection"
    );
}

#[test]
fn a_pause_or_a_long_stretch_starts_a_new_revision() {
    let (journal, clock) = journal_with_clock();
    let id = journal.start_reflection(None, None).unwrap().id;
    let save = |text: &str| {
        let fields = with_text(journal.reflection(id).unwrap().fields, "body", text);
        journal.update_reflection(id, &fields).unwrap();
    };
    save("first thoughts");
    advance(&clock, SESSION_GAP + TimeDelta::seconds(1));
    save("second thoughts after a break");
    assert_eq!(
        journal.revisions(id).unwrap().len(),
        2,
        "a pause longer than the gap"
    );

    let mut written_for = TimeDelta::zero();
    while written_for <= SESSION_SPAN {
        advance(&clock, TimeDelta::minutes(1));
        written_for += TimeDelta::minutes(1);
        save(&format!(
            "steady writing, minute {}",
            written_for.num_minutes()
        ));
    }
    let revisions = journal.revisions(id).unwrap();
    assert_eq!(
        revisions.len(),
        3,
        "an unbroken stretch longer than the span is split: {revisions:#?}"
    );
    assert_eq!(
        revisions[2].sections[0].text, "first thoughts",
        "oldest last, untouched"
    );
}

#[test]
fn changes_that_are_not_writing_keep_no_revision() {
    let (journal, clock) = journal_with_clock();
    let id = journal.start_reflection(None, None).unwrap().id;
    let fields = with_text(journal.reflection(id).unwrap().fields, "body", "words");
    journal.update_reflection(id, &fields).unwrap();
    advance(&clock, TimeDelta::hours(1));
    let mut private = journal.reflection(id).unwrap().fields;
    private.privacy = cairn_journal::Privacy::Shareable;
    private.tags = vec!["supervision".into()];
    journal.update_reflection(id, &private).unwrap();
    assert_eq!(
        journal.revisions(id).unwrap().len(),
        1,
        "privacy and tags are not writing"
    );
}

#[test]
fn restoring_a_revision_keeps_what_it_replaced() {
    let (journal, clock) = journal_with_clock();
    let id = journal.start_reflection(None, None).unwrap().id;
    let save = |text: &str| {
        let fields = with_text(journal.reflection(id).unwrap().fields, "body", text);
        journal.update_reflection(id, &fields).unwrap();
    };
    save("the first draft");
    advance(&clock, TimeDelta::hours(2));
    save("a rewrite I regret");
    let first = journal.revisions(id).unwrap()[1].clone();
    advance(&clock, TimeDelta::seconds(5));

    let restored = journal.restore_revision(id, first.id).unwrap();
    assert_eq!(written(&restored.fields, "body"), "the first draft");
    let revisions = journal.revisions(id).unwrap();
    let texts: Vec<&str> = revisions
        .iter()
        .map(|r| r.sections[0].text.as_str())
        .collect();
    assert_eq!(
        texts,
        ["the first draft", "a rewrite I regret", "the first draft"],
        "the restore is a new revision, even within the session gap"
    );
    let other = journal.start_reflection(None, None).unwrap().id;
    assert!(
        matches!(
            journal.restore_revision(other, first.id),
            Err(JournalError::NotFound { .. })
        ),
        "a revision belongs to its own reflection"
    );
}

#[test]
fn switching_model_keeps_every_word() {
    let (journal, _) = journal_with_clock();
    let id = journal
        .start_reflection(None, Some(ReflectionModel::Gibbs))
        .unwrap()
        .id;
    let gibbs = journal.reflection(id).unwrap().fields;
    let stages: Vec<&str> = gibbs.sections.iter().map(|s| s.stage.as_str()).collect();
    assert_eq!(
        stages,
        [
            "description",
            "feelings",
            "evaluation",
            "analysis",
            "conclusion",
            "action_plan"
        ],
        "a Gibbs reflection starts with Gibbs' six stages"
    );
    let fields = with_text(gibbs, "description", "A family came to the drop-in.");
    let fields = with_text(fields, "feelings", "I felt out of my depth.");
    journal.update_reflection(id, &fields).unwrap();

    let rolfe = journal.change_model(id, ReflectionModel::Rolfe).unwrap();
    assert_eq!(rolfe.fields.model, ReflectionModel::Rolfe);
    let all_text: Vec<&str> = rolfe
        .fields
        .sections
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert!(
        all_text.contains(&"A family came to the drop-in.")
            && all_text.contains(&"I felt out of my depth."),
        "writing under stages Rolfe lacks is kept: {all_text:?}"
    );
    let back = journal.change_model(id, ReflectionModel::Gibbs).unwrap();
    assert_eq!(
        written(&back.fields, "description"),
        "A family came to the drop-in."
    );
    assert_eq!(written(&back.fields, "feelings"), "I felt out of my depth.");
}

#[test]
fn a_new_reflection_uses_the_preferred_model() {
    let (journal, _) = journal_with_clock();
    let mut settings = journal.settings().unwrap();
    assert_eq!(
        settings.preferred_model,
        ReflectionModel::Free,
        "free writing by default"
    );
    settings.preferred_model = ReflectionModel::NmcAccount;
    journal.set_settings(&settings).unwrap();
    let started = journal.start_reflection(None, None).unwrap();
    assert_eq!(started.fields.model, ReflectionModel::NmcAccount);
    assert_eq!(
        started.fields.sections.len(),
        4,
        "the NMC form's four questions"
    );
    settings.snapshots_kept = 0;
    assert!(
        matches!(
            journal.set_settings(&settings),
            Err(JournalError::Invalid {
                field: "snapshotsKept",
                ..
            })
        ),
        "at least one snapshot is kept"
    );
}

#[test]
fn reopening_the_journal_starts_a_new_session() {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("journal.sqlite3");
    let journal = Journal::open(&path).unwrap();
    let id = journal.start_reflection(None, None).unwrap().id;
    let fields = with_text(
        journal.reflection(id).unwrap().fields,
        "body",
        "before the crash",
    );
    journal.update_reflection(id, &fields).unwrap();
    drop(journal);

    let journal = Journal::open(&path).unwrap();
    let fields = with_text(
        journal.reflection(id).unwrap().fields,
        "body",
        "after the restart",
    );
    journal.update_reflection(id, &fields).unwrap();
    let texts: Vec<String> = journal
        .revisions(id)
        .unwrap()
        .into_iter()
        .map(|r| r.sections[0].text.clone())
        .collect();
    assert_eq!(
        texts,
        ["after the restart", "before the crash"],
        "a restart within the gap still keeps the earlier state apart"
    );
}

#[test]
fn steady_typing_keeps_one_revision_per_half_hour() {
    let (journal, clock) = journal_with_clock();
    let id = journal.start_reflection(None, None).unwrap().id;
    let mut text = String::new();
    let mut saves = 0;
    // A save every three seconds for an hour, with a two-minute pause to think every ten.
    for second in (0..3600).step_by(3) {
        if second % 600 == 0 && second > 0 {
            advance(&clock, TimeDelta::minutes(2));
        }
        advance(&clock, TimeDelta::seconds(3));
        text.push_str("word ");
        let fields = with_text(journal.reflection(id).unwrap().fields, "body", &text);
        journal.update_reflection(id, &fields).unwrap();
        saves += 1;
    }
    let revisions = journal.revisions(id).unwrap();
    assert_eq!(saves, 1200);
    assert_eq!(
        revisions.len(),
        3,
        "1,200 saves over 70 minutes are three sessions of at most 30 minutes each"
    );
}
