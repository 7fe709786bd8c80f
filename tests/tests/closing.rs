//! Closing the window saves what was typed a moment before, inside the autosave delay.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::time::{Duration, Instant};

use cairn_e2e::{Desktop, PATIENCE};
use cairn_journal::{Journal, PageRequest};
use thirtyfour::Key;

const TYPED: &str = "Written a moment before closing the window.";

/// The text of the newest reflection in the journal file, read beside the running app.
fn newest_reflection_text(path: &std::path::Path) -> Option<String> {
    let journal = Journal::open(path).ok()?;
    let page = journal.reflections(PageRequest::first(1)).ok()?;
    let reflection = page.items.into_iter().next()?;
    reflection
        .fields
        .sections
        .into_iter()
        .next()
        .map(|s| s.text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_the_window_saves_what_was_just_typed() {
    let data = tempfile::tempdir().unwrap();
    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;
    app.find("[data-testid=empty-state]").await;
    app.chord(Key::Control, "r").await;
    app.find("[data-name=stage-body]").await;
    app.press(TYPED).await;
    desktop.close_windows_like_a_user();

    let journal = data.path().join("journal.sqlite3");
    let deadline = Instant::now() + PATIENCE;
    loop {
        let text = newest_reflection_text(&journal);
        if text.as_deref() == Some(TYPED) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the typed text never reached the journal: {text:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
