//! Full keyboard use in the real app: help, new activity, new reflection, Escape.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_e2e::Desktop;
use thirtyfour::Key;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_can_be_used_from_the_keyboard() {
    let data = tempfile::tempdir().unwrap();
    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;
    app.find("[data-testid=empty-state]").await;

    app.press("?").await;
    let help = app.text_where("dialog[open]", |t| !t.is_empty()).await;
    assert!(
        help.contains("Log a new activity"),
        "? opens the shortcuts: {help:?}"
    );
    app.screenshot("08-keyboard-shortcuts").await;
    app.press(Key::Escape).await;
    app.gone("dialog[open]").await;

    app.chord(Key::Control, "n").await;
    assert_eq!(
        app.focused_name().await.as_deref(),
        Some("title"),
        "Ctrl+N goes to the title"
    );
    app.press("Reading: The Reflective Practitioner").await;
    app.press(Key::Enter).await;
    let row = app
        .text_where("[data-testid=activity-row]", |t| t.contains("Reflective"))
        .await;
    assert!(
        row.contains("1 h"),
        "Enter logs it with the default hour: {row:?}"
    );

    app.chord(Key::Control, "r").await;
    app.find("[data-name=stage-body]").await;
    let focused = app.focused_name().await;
    assert_eq!(
        focused.as_deref(),
        Some("stage-body"),
        "Ctrl+R opens a reflection to write"
    );
    app.press("A first thought.").await;
    app.attribute_becomes("[data-testid=save-state]", "data-state", "saved")
        .await;

    app.press(Key::Escape).await;
    let card = app
        .text_where("[data-testid=reflection-card]", |t| !t.is_empty())
        .await;
    assert!(
        card.contains("A first thought."),
        "Escape goes back to the list: {card:?}"
    );
    app.quit().await;
}
