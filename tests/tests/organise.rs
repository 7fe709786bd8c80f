//! Organising the record in the real app: search from anywhere, standards and coverage, and
//! a requirement profile measured on the dashboard.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_e2e::Desktop;
use cairn_journal::{ActivityFields, ActivityKind, Journal, ReflectionFields, Section};
use thirtyfour::Key;

fn seed(path: &std::path::Path) {
    let journal = Journal::open(path).unwrap();
    let day = |d: &str| d.parse().unwrap();
    let entries = [
        (
            "Youth forum planning",
            "2026-11-02",
            90,
            "The forum chose its own agenda; I held back.",
        ),
        (
            "Supervision",
            "2026-11-10",
            60,
            "We talked about boundaries after the residential.",
        ),
        (
            "Reading: Jeffs and Smith",
            "2026-11-16",
            120,
            "Informal education as conversation, not delivery.",
        ),
    ];
    for (title, start, minutes, text) in entries {
        let mut fields = ActivityFields::new(title, day(start), minutes);
        fields.kind = ActivityKind::PeerDiscussion;
        let activity = journal.create_activity(&fields).unwrap();
        let mut reflection = ReflectionFields::on_activity(&activity);
        reflection.sections = vec![Section {
            stage: "body".into(),
            text: text.into(),
        }];
        journal.create_reflection(&reflection).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_finds_a_word_from_a_reflection_and_opens_it() {
    let data = tempfile::tempdir().unwrap();
    seed(&data.path().join("journal.sqlite3"));
    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;
    app.find("[data-testid=activity-row]").await;
    app.chord(Key::Control, "k").await;
    app.find("[data-testid=search-palette]").await;
    app.press("residenti").await;
    let hit = app
        .text_where("[data-testid=search-result]", |t| t.contains("residential"))
        .await;
    assert!(
        hit.contains("Supervision"),
        "the reflection on supervision: {hit:?}"
    );
    app.screenshot("20-search").await;
    app.press(Key::Enter).await;
    let opened = app
        .text_where("[data-name=stage-body]", |t| !t.is_empty())
        .await;
    assert!(
        opened.contains("boundaries after the residential"),
        "{opened:?}"
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_activity_mapped_to_a_cld_competence_shows_in_coverage() {
    let data = tempfile::tempdir().unwrap();
    seed(&data.path().join("journal.sqlite3"));
    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;
    app.text_where("[data-testid=activity-row]", |t| t.contains("Youth forum"))
        .await;
    let rows = app.all("[data-testid=activity-row]").await;
    let mut forum = None;
    for row in rows {
        if row
            .prop("innerText")
            .await
            .unwrap()
            .unwrap_or_default()
            .contains("Youth forum")
        {
            forum = Some(row);
        }
    }
    forum.unwrap().click().await.unwrap();
    app.attribute_becomes("[data-testid=standards-add]", "data-ready", "true")
        .await;
    app.click("[data-testid=standards-add]").await;
    let option = app
        .text_where("[data-testid=standard-option]", |t| t.contains("C4"))
        .await;
    assert!(option.contains("empowerment"), "{option:?}");
    for candidate in app.all("[data-testid=standard-option]").await {
        let text = candidate
            .prop("innerText")
            .await
            .unwrap()
            .unwrap_or_default();
        if text.contains("C4") {
            candidate.scroll_into_view().await.unwrap();
            candidate.click().await.unwrap();
            break;
        }
    }
    app.text_where("[data-testid=standard-chip]", |t| t.contains("C4"))
        .await;
    app.press(Key::Escape).await;

    app.click("[data-testid=nav-standards]").await;
    let cld = cairn_journal::preset_framework_id("cld");
    app.click(&format!(
        "[data-testid=framework-select] option[value='{cld}']"
    ))
    .await;
    let covered = app
        .text_where("[data-testid=coverage-item]", |t| t.contains("C4"))
        .await;
    assert!(
        covered.contains("1 activity"),
        "C4 counts the activity: {covered:?}"
    );
    let bare = app
        .text_where("[data-testid=coverage-item]", |t| t.contains("C1"))
        .await;
    assert!(bare.contains("No evidence yet"), "C1 is flagged: {bare:?}");
    app.screenshot("21-coverage").await;
    app.quit().await;
}

async fn log(app: &cairn_e2e::App, title: &str, hours: &str, minutes: &str) {
    app.type_into("[data-testid=quick-add] input[name=title]", title)
        .await;
    app.type_into("input[name=time-hours]", hours).await;
    app.type_into("input[name=time-minutes]", minutes).await;
    app.click("[data-testid=quick-add] button[type=submit]")
        .await;
    app.text_where("[data-testid=activity-row]", |t| t.contains(title))
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_nmc_profile_shows_hours_and_accounts_on_the_dashboard() {
    let data = tempfile::tempdir().unwrap();
    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;
    app.find("[data-testid=empty-state]").await;

    app.click("[data-testid=nav-settings]").await;
    app.click("[data-testid=add-profile]").await;
    app.click("[data-testid=profile-form] select[name=body] option[value=nmc]")
        .await;
    app.set_date(
        "[data-testid=profile-form] input[name=cycleStart]",
        "2026-04-01",
    )
    .await;
    app.click("[data-testid=profile-save]").await;
    app.text_where("[data-testid=profile-item]", |t| t.contains("NMC"))
        .await;

    app.click("[data-testid=nav-activities]").await;
    log(&app, "Clinical skills update", "2", "0").await;
    log(&app, "Journal club on falls", "1", "30").await;
    app.chord(Key::Control, "r").await;
    app.click("[data-testid=reflection-model] option[value=nmc_account]")
        .await;
    app.keys("[data-name=stage-nature]", "A fall on the ward at night.")
        .await;
    app.attribute_becomes("[data-testid=save-state]", "data-state", "saved")
        .await;

    app.click("[data-testid=nav-dashboard]").await;
    let hours = app
        .text_where("[data-testid=requirement][data-key=hours]", |t| {
            t.contains("of 35")
        })
        .await;
    assert!(hours.contains("3.5 of 35"), "3 h 30 min logged: {hours:?}");
    let accounts = app
        .text_where(
            "[data-testid=requirement][data-key=reflectiveAccounts]",
            |t| t.contains("of 5"),
        )
        .await;
    assert!(
        accounts.contains("1 of 5"),
        "one NMC reflective account: {accounts:?}"
    );
    let headline = app
        .text_where("[data-testid=dashboard-hours]", |t| !t.is_empty())
        .await;
    assert!(headline.contains("3 h 30 min"), "{headline:?}");
    app.screenshot("19-dashboard").await;
    app.quit().await;
}
