//! The spine, end to end in the real app: log an activity, refuse a bad one, reflect on it,
//! close the app, open it again, and find both.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_e2e::{App, Desktop};
use cairn_journal::{Journal, PageRequest};
use thirtyfour::Key;

const TITLE: &str = "Trauma-informed practice workshop";
const PROVIDER: &str = "Youth Scotland";
const FIRST_PARAGRAPH: &str = "The role play showed me how often I rush the first question.";
const SECOND_PARAGRAPH: &str =
    "Next session I will open with a check-in and let the young people set the pace.";

async fn log_invalid_activity(app: &App) {
    app.type_into(
        "[data-testid=quick-add] input[name=title]",
        "Peer supervision",
    )
    .await;
    app.type_into("input[name=time-hours]", "0").await;
    app.type_into("input[name=time-minutes]", "0").await;
    app.click("[data-testid=quick-add] button[type=submit]")
        .await;
    let error = app
        .text_where("[data-testid=minutes-error]", |t| !t.is_empty())
        .await;
    assert!(
        error.contains("more than 0 minutes"),
        "the message comes from Rust: {error:?}"
    );
    app.screenshot("02-invalid-activity").await;
    assert!(
        app.all("[data-testid=activity-row]").await.is_empty(),
        "nothing was logged"
    );
}

async fn log_valid_activity(app: &App) {
    app.type_into("[data-testid=quick-add] input[name=title]", TITLE)
        .await;
    app.type_into("input[name=time-hours]", "2").await;
    app.type_into("input[name=time-minutes]", "30").await;
    app.click("[data-testid=quick-add] select[name=kind] option[value=workshop]")
        .await;
    app.click("[data-testid=quick-add] button[type=submit]")
        .await;
    let row = app
        .text_where("[data-testid=activity-row]", |t| t.contains(TITLE))
        .await;
    assert!(
        row.contains("2 h 30 min"),
        "the row shows the time spent: {row:?}"
    );
    assert!(row.contains("Workshop"), "the row shows the kind: {row:?}");
    assert!(
        row.contains("No reflection yet"),
        "a new activity awaits reflection: {row:?}"
    );
    let errors = app.all("[data-testid=minutes-error]").await;
    assert!(
        errors.is_empty(),
        "the earlier error is gone once the entry is valid"
    );
}

/// A change that cannot be saved (an empty title) keeps the user on the screen, says why,
/// and saves once it is fixed.
async fn keep_an_unsaved_change(app: &App) {
    let title = "[data-testid=activity-form] input[name=title]";
    app.type_into(title, " ").await;
    app.attribute_becomes("[data-testid=save-state]", "data-state", "failed")
        .await;
    app.press(Key::Escape).await;
    let toast = app.text_where("[role=status]", |t| !t.is_empty()).await;
    assert!(
        toast.contains("not saved"),
        "leaving is held back: {toast:?}"
    );
    assert!(
        toast.contains("Give the activity a title"),
        "with the reason: {toast:?}"
    );
    app.find("[data-testid=activity-form]").await;
    app.type_into(title, TITLE).await;
    app.attribute_becomes("[data-testid=save-state]", "data-state", "saved")
        .await;
}

async fn reflect_on_it(app: &App) {
    app.click("[data-testid=activity-row]").await;
    app.find("[data-testid=activity-form]").await;
    app.type_into("[data-testid=activity-form] input[name=provider]", PROVIDER)
        .await;
    app.attribute_becomes("[data-testid=save-state]", "data-state", "saved")
        .await;
    app.screenshot("04-activity-detail").await;
    keep_an_unsaved_change(app).await;
    app.click("[data-testid=reflect-on-this]").await;
    let body = "[data-name=stage-body]";
    app.keys(body, FIRST_PARAGRAPH).await;
    app.keys(body, Key::Enter).await;
    app.keys(body, Key::Enter).await;
    app.keys(body, SECOND_PARAGRAPH).await;
    app.attribute_becomes("[data-testid=save-state]", "data-state", "saved")
        .await;
    app.screenshot("05-reflection-editor").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_reflect_restart_and_find_both() {
    let data = tempfile::tempdir().unwrap();
    let desktop = Desktop::start(data.path());

    let app = desktop.launch().await;
    app.find("[data-testid=empty-state]").await;
    app.screenshot("01-empty-journal").await;
    log_invalid_activity(&app).await;
    log_valid_activity(&app).await;
    app.screenshot("03-activity-list").await;
    reflect_on_it(&app).await;
    app.quit().await;

    let app = desktop.launch().await;
    let row = app
        .text_where("[data-testid=activity-row]", |t| t.contains(TITLE))
        .await;
    assert!(
        row.contains("Reflected"),
        "after a restart the activity shows its reflection: {row:?}"
    );
    assert!(
        row.contains(PROVIDER),
        "the provider typed in the detail view was saved: {row:?}"
    );
    app.click("[data-testid=nav-reflections]").await;
    let card = app
        .text_where("[data-testid=reflection-card]", |t| !t.is_empty())
        .await;
    assert!(
        card.contains(TITLE),
        "the reflection names its activity: {card:?}"
    );
    assert!(
        card.contains("rush the first question"),
        "the card shows the text: {card:?}"
    );
    app.screenshot("06-reflections").await;
    app.click("[data-testid=reflection-card]").await;
    let text = app
        .text_where("[data-name=stage-body]", |t| !t.is_empty())
        .await;
    assert!(
        text.contains(FIRST_PARAGRAPH) && text.contains(SECOND_PARAGRAPH),
        "every word typed survives the restart: {text:?}"
    );
    let expected = format!("{FIRST_PARAGRAPH}\n\n{SECOND_PARAGRAPH}");
    app.quit().await;
    drop(desktop);

    let journal = Journal::open(&data.path().join("journal.sqlite3")).unwrap();
    let activities = journal.activities(PageRequest::first(10)).unwrap();
    assert_eq!(
        activities.total, 1,
        "exactly one activity: the invalid one was never stored"
    );
    assert_eq!(
        activities.items[0].fields.minutes, 150,
        "2 h 30 min stored as minutes"
    );
    let reflections = journal.reflections_on(activities.items[0].id).unwrap();
    assert_eq!(
        reflections.len(),
        1,
        "one reflection, linked to the activity"
    );
    assert_eq!(
        reflections[0].fields.sections[0].text, expected,
        "stored exactly as typed"
    );
}

/// Starts the app on a journal folder holding `file`'s bytes; checks the error screen names
/// the problem (`expected`) and the file, and that the file is untouched afterwards.
async fn refused_untouched(bytes: &[u8], expected: &str, screenshot: &str) {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("journal.sqlite3");
    std::fs::write(&file, bytes).unwrap();
    let desktop = Desktop::start(data.path());

    let app = desktop.launch().await;
    let screen = app
        .text_where("[data-testid=journal-error]", |t| !t.is_empty())
        .await;
    assert!(
        screen.contains(expected),
        "the screen says what is wrong: {screen:?}"
    );
    assert!(
        screen.contains(&file.display().to_string()),
        "and where the file is: {screen:?}"
    );
    app.screenshot(screenshot).await;
    app.quit().await;
    drop(desktop);

    assert_eq!(
        std::fs::read(&file).unwrap(),
        bytes,
        "the file is byte for byte unchanged"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_that_is_not_a_journal_gets_an_error_screen_and_is_left_alone() {
    let notes = b"These are my notes, not a database.\n".repeat(100);
    refused_untouched(&notes, "is not a Cairn journal", "07-journal-error").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journal_from_a_newer_cairn_gets_an_error_screen_and_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.sqlite3");
    drop(Journal::open(&path).unwrap());
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", cairn_journal::SCHEMA_VERSION + 1)
        .unwrap();
    let bytes = std::fs::read(&path).unwrap();
    refused_untouched(
        &bytes,
        "written by a newer version of Cairn",
        "07b-newer-journal",
    )
    .await;
}
