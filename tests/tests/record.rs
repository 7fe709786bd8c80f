//! Record and reflect, end to end in the real app: a full activity with a file attached
//! through the system's file dialog, a Gibbs reflection that survives SIGKILL, an earlier
//! revision restored, and script in a reflection that stays inert when shown.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::path::Path;
use std::time::{Duration, Instant};

use cairn_e2e::{App, Desktop, PATIENCE, recording_opener};
use cairn_journal::{
    EvidenceOwner, Journal, PageRequest, ReflectionFields, ReflectionModel, Section,
};
use thirtyfour::Key;

const TITLE: &str = "Safeguarding adults, level 2";
const CERTIFICATE: &[u8] = b"%PDF-1.4 Certificate of completion: Safeguarding adults, level 2";

async fn fill_every_field(app: &App) {
    let form = "[data-testid=activity-form]";
    for (name, text) in [
        (
            "description",
            "Adult support and protection: recognising harm, **duty to inquire**.",
        ),
        ("provider", "Dundee City Council"),
        ("location", "Online"),
        ("outcomes", "The three-point test; how to record a concern."),
        (
            "impact",
            "I now note concerns on the day and talk them through in supervision.",
        ),
    ] {
        app.type_into(&format!("{form} [name={name}]"), text).await;
    }
    app.click(&format!(
        "{form} select[name=kind] option[value=e_learning]"
    ))
    .await;
    app.click(&format!(
        "{form} select[name=mode] option[value=self_directed]"
    ))
    .await;
    app.type_into("input[name=participatory-minutes]", "45")
        .await;
    for tag in ["safeguarding", "adult protection"] {
        app.keys("[data-testid=tag-input] input[name=tags]", tag)
            .await;
        app.keys("[data-testid=tag-input] input[name=tags]", Key::Enter)
            .await;
    }
    app.attribute_becomes("[data-testid=save-state]", "data-state", "saved")
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_activity_and_its_file_survive_a_restart_and_the_file_opens() {
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let certificate = outside.path().join("certificate.pdf");
    std::fs::write(&certificate, CERTIFICATE).unwrap();
    let (path, opened) = recording_opener(outside.path());
    let desktop = Desktop::start_with(data.path(), &[("PATH", &path)]);

    let app = desktop.launch().await;
    app.type_into("[data-testid=quick-add] input[name=title]", TITLE)
        .await;
    app.type_into("input[name=time-hours]", "3").await;
    app.click("[data-testid=quick-add] button[type=submit]")
        .await;
    app.click("[data-testid=activity-row]").await;
    fill_every_field(&app).await;
    app.click("[data-testid=attach-evidence]").await;
    desktop.choose_in_file_dialog("Attach evidence", &certificate);
    app.text_where("[data-testid=evidence-item]", |t| {
        t.contains("certificate.pdf")
    })
    .await;
    app.eval("document.querySelector('.content').scrollTo(0, 0)")
        .await;
    app.screenshot("12-activity-full").await;
    app.quit().await;

    let app = desktop.launch().await;
    app.click("[data-testid=activity-row]").await;
    let provider = app
        .find("[data-testid=activity-form] [name=provider]")
        .await;
    assert_eq!(
        provider.prop("value").await.unwrap().as_deref(),
        Some("Dundee City Council")
    );
    let tags = app
        .text_where("[data-testid=tag-input]", |t| !t.is_empty())
        .await;
    assert!(
        tags.contains("adult protection") && tags.contains("safeguarding"),
        "{tags:?}"
    );
    let item = app
        .text_where("[data-testid=evidence-item]", |t| !t.is_empty())
        .await;
    assert!(
        item.contains("PDF") && item.contains("64 bytes"),
        "the file is listed: {item:?}"
    );
    app.click("[data-testid=open-evidence]").await;
    let deadline = Instant::now() + PATIENCE;
    let handed = loop {
        if let Ok(text) = std::fs::read_to_string(&opened) {
            break text;
        }
        assert!(
            Instant::now() < deadline,
            "the file was never handed to the desktop"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let handed = Path::new(handed.trim());
    assert_eq!(
        handed.file_name().unwrap(),
        "certificate.pdf",
        "opened under its own name"
    );
    assert_eq!(
        std::fs::read(handed).unwrap(),
        CERTIFICATE,
        "with the bytes attached"
    );
    app.quit().await;
    drop(desktop);

    let journal = Journal::open(&data.path().join("journal.sqlite3")).unwrap();
    let activity = journal
        .activities(PageRequest::first(5))
        .unwrap()
        .items
        .remove(0);
    let fields = &activity.fields;
    assert_eq!((fields.minutes, fields.participatory_minutes), (180, 45));
    assert_eq!(fields.kind, cairn_journal::ActivityKind::ELearning);
    assert_eq!(fields.mode, cairn_journal::ActivityMode::SelfDirected);
    assert_eq!(fields.tags, ["adult protection", "safeguarding"]);
    assert!(
        fields.impact.starts_with("I now note concerns"),
        "{fields:?}"
    );
    let evidence = journal
        .evidence(EvidenceOwner::Activity(activity.id))
        .unwrap();
    assert_eq!(evidence.len(), 1, "one file attached");
}

/// The text of one stage of the newest reflection, read beside the running app.
fn stage_text(journal: &Path, stage: &str) -> Option<String> {
    let journal = Journal::open(journal).ok()?;
    let newest = journal
        .reflections(PageRequest::first(1))
        .ok()?
        .items
        .pop()?;
    let section = newest
        .fields
        .sections
        .into_iter()
        .find(|s| s.stage == stage)?;
    Some(section.text)
}

const GIBBS: [(&str, &str); 6] = [
    ("description", "A young carer left the group in tears."),
    ("feelings", "I felt unsure whether to follow her out."),
    (
        "evaluation",
        "Staying with the group kept it safe; she came back.",
    ),
    (
        "analysis",
        "We had no plan for one person needing time alone.",
    ),
    ("conclusion", "A co-worker on the door would have helped."),
    (
        "action_plan",
        "Agree a quiet-space plan with the team by Friday.",
    ),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gibbs_reflection_survives_sigkill_and_an_earlier_revision_comes_back() {
    let data = tempfile::tempdir().unwrap();
    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;
    app.find("[data-testid=empty-state]").await;
    app.chord(Key::Control, "r").await;
    app.click("[data-testid=reflection-model] option[value=gibbs]")
        .await;
    app.type_into(
        "[name=reflection-title]",
        "When a young carer left the group",
    )
    .await;
    for (stage, text) in GIBBS {
        app.keys(&format!("[data-name=stage-{stage}]"), text).await;
    }
    let typed = Instant::now();
    let journal_file = data.path().join("journal.sqlite3");
    let (last_stage, last_text) = GIBBS[5];
    while stage_text(&journal_file, last_stage).as_deref() != Some(last_text) {
        assert!(
            typed.elapsed() < PATIENCE,
            "the last stage never reached the journal"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    eprintln!(
        "autosave: the last keystroke reached the journal file after {} ms",
        typed.elapsed().as_millis()
    );
    app.attribute_becomes("[data-testid=save-state]", "data-state", "saved")
        .await;
    app.eval("document.querySelector('.content').scrollTo(0, 0)")
        .await;
    app.screenshot("13-gibbs-editor").await;
    desktop.kill_app();
    drop(app);

    let app = desktop.launch().await;
    app.click("[data-testid=nav-reflections]").await;
    app.click("[data-testid=reflection-card]").await;
    for (stage, text) in GIBBS {
        let shown = app
            .text_where(&format!("[data-name=stage-{stage}]"), |t| !t.is_empty())
            .await;
        assert_eq!(shown.trim(), text, "the {stage} stage survived the kill");
    }

    app.keys("[data-name=stage-description]", Key::End).await;
    app.keys(
        "[data-name=stage-description]",
        " Later I saw it differently.",
    )
    .await;
    app.attribute_becomes("[data-testid=save-state]", "data-state", "saved")
        .await;
    app.click("[data-testid=open-history]").await;
    app.text_where("[data-testid=revision-rendered]", |t| {
        t.contains("young carer")
    })
    .await;
    let revisions = app.all("[data-testid=revision]").await;
    assert_eq!(
        revisions.len(),
        2,
        "the session before the kill and the one after"
    );
    app.screenshot("14-history").await;
    app.click("[data-testid=restore-revision]").await;
    app.click("[data-testid=open-history]").await;
    let now = app
        .text_where("[data-testid=current-rendered]", |t| !t.contains("Later"))
        .await;
    assert!(
        now.contains("A young carer left the group in tears."),
        "{now:?}"
    );
    assert_eq!(
        app.all("[data-testid=revision]").await.len(),
        3,
        "the replaced text stays"
    );
    app.quit().await;
}

const PAYLOADS: &[&str] = &[
    "<script>document.title = 'pwned-script'</script>",
    "<img src=x onerror=\"document.title = 'pwned-img'\">",
    "[a harmless-looking link](javascript:document.title='pwned-link')",
    "<a href=\"javascript:document.title='pwned-anchor'\">another link</a>",
    "<svg onload=\"document.title = 'pwned-svg'\"></svg>",
    "<iframe src=\"javascript:document.title='pwned-iframe'\"></iframe>",
    "<details open ontoggle=\"document.title = 'pwned-toggle'\"><summary>more</summary>x</details>",
    "**Still bold** after all that.",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn script_saved_in_a_reflection_never_runs_when_shown() {
    let data = tempfile::tempdir().unwrap();
    let journal = Journal::open(&data.path().join("journal.sqlite3")).unwrap();
    let mut fields = ReflectionFields::free("Pasted from a web page", None);
    fields.model = ReflectionModel::Free;
    fields.sections = vec![Section {
        stage: "body".into(),
        text: PAYLOADS.join("\n\n"),
    }];
    journal.create_reflection(&fields).unwrap();
    drop(journal);

    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;
    app.click("[data-testid=nav-reflections]").await;
    app.click("[data-testid=reflection-card]").await;
    app.click("[data-testid=open-history]").await;
    let shown = app
        .text_where("[data-testid=current-rendered]", |t| {
            t.contains("Still bold")
        })
        .await;
    assert!(
        shown.contains("a harmless-looking link"),
        "link text stays: {shown:?}"
    );
    for link in app.all("[data-testid=current-rendered] a").await {
        link.click().await.unwrap();
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let title = app.eval("return document.title").await;
    assert!(
        !title.to_string().contains("pwned"),
        "no payload ran: {title}"
    );
    let html = app
        .eval("return document.querySelector('[data-testid=current-rendered]').innerHTML")
        .await
        .to_string()
        .to_lowercase();
    for banned in [
        "<script",
        "onerror",
        "onload",
        "ontoggle",
        "javascript:",
        "<iframe",
        "<img",
    ] {
        assert!(
            !html.contains(banned),
            "{banned} survived sanitising: {html}"
        );
    }
    assert!(
        html.contains("<strong>still bold</strong>"),
        "Markdown still renders: {html}"
    );
    app.screenshot("15-sanitised").await;
    app.quit().await;
}
