//! Feedback and reviews, the trash and settings in the real app, over a journal that already
//! holds some of each: what a practitioner sees, and one change made on each screen.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_e2e::Desktop;
use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, FeedbackFields, Journal, ReflectionFields,
    ReviewFields, Section,
};
use thirtyfour::Key;

fn seed(path: &std::path::Path) {
    let journal = Journal::open(path).unwrap();
    let day = |d: &str| d.parse().unwrap();
    let mut course = ActivityFields::new("Safeguarding adults, level 2", day("2026-10-02"), 180);
    course.tags = vec!["safeguarding".into(), "adult protection".into()];
    let course = journal.create_activity(&course).unwrap();
    let mut shadowing = ActivityFields::new("Shadowing the night team", day("2026-09-14"), 240);
    shadowing.kind = ActivityKind::JobShadowing;
    shadowing.mode = ActivityMode::Informal;
    shadowing.tags = vec!["Safeguarding ".into(), "teamwork".into()];
    let shadowing = journal.create_activity(&shadowing).unwrap();
    journal.trash_activity(shadowing.id).unwrap();

    let mut account = ReflectionFields::on_activity(&course);
    account.sections = vec![Section {
        stage: "body".into(),
        text: "The three-point test gave me words for a worry I had carried for weeks.".into(),
    }];
    let account = journal.create_reflection(&account).unwrap();
    let draft = journal
        .create_reflection(&ReflectionFields::free("A half-finished thought", None))
        .unwrap();
    journal.trash_reflection(draft.id).unwrap();

    for (received, source, content) in [
        (
            "2026-11-20",
            "A parent at the family group",
            "The sessions helped her feel less alone.",
        ),
        (
            "2026-08-03",
            "Course evaluation",
            "Participants asked for more time on case studies.",
        ),
    ] {
        journal
            .create_feedback(&FeedbackFields {
                received_on: day(received),
                source: source.into(),
                content: content.into(),
                use_made: "Kept the informal start and added a creche.".into(),
            })
            .unwrap();
    }
    journal
        .create_review(&ReviewFields {
            held_on: day("2026-11-28"),
            reviewer_name: "Morag Campbell".into(),
            reviewer_role: "Ward manager, NMC registrant".into(),
            registration_number: "12A3456E".into(),
            contact: "morag.campbell@example.org".into(),
            notes: "We discussed my reflective accounts and how I record concerns.".into(),
            reflection_ids: vec![account.id],
        })
        .unwrap();
    journal.snapshot_if_due().unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feedback_trash_and_settings_each_do_their_job() {
    let data = tempfile::tempdir().unwrap();
    seed(&data.path().join("journal.sqlite3"));
    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;

    app.click("[data-testid=nav-practice]").await;
    app.text_where("[data-testid=review-item]", |t| {
        t.contains("Morag Campbell")
    })
    .await;
    app.click("[data-testid=add-feedback]").await;
    let form = "[data-testid=feedback-form]";
    app.type_into(&format!("{form} [name=source]"), "My practice assessor")
        .await;
    app.type_into(&format!("{form} [name=content]"), "Clear, kind handovers.")
        .await;
    app.click(&format!("{form} [data-testid=practice-save]"))
        .await;
    app.text_where("[data-testid=feedback-progress]", |t| t.contains("3 of 5"))
        .await;
    app.screenshot("16-feedback-reviews").await;

    app.click("[data-testid=nav-trash]").await;
    let shadowing = app
        .text_where("[data-testid=trash-item]", |t| t.contains("Shadowing"))
        .await;
    assert!(
        shadowing.contains("4 h"),
        "the trashed activity shows its time: {shadowing:?}"
    );
    app.screenshot("17-trash").await;
    app.click("[data-testid=trash-restore]").await;
    app.text_where("[data-testid=trash-item]", |t| t.contains("half-finished"))
        .await;
    assert_eq!(
        app.all("[data-testid=trash-item]").await.len(),
        1,
        "one restored"
    );

    app.click("[data-testid=nav-settings]").await;
    let tag = app
        .text_where("[data-testid=tag-item]", |t| t.contains("safeguarding"))
        .await;
    assert!(
        tag.contains('2'),
        "the tag counts both activities once restored: {tag:?}"
    );
    app.find("[data-testid=snapshot-item]").await;
    app.click("[data-testid=settings-model] option[value=nmc_account]")
        .await;
    app.screenshot("18-settings").await;
    app.chord(Key::Control, "r").await;
    app.find("[data-name=stage-nature]").await;
    app.find("[data-name=stage-code]").await;
    app.quit().await;
}
