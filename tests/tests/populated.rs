//! A journal with a season of CPD in it, as a practitioner would have after a few months:
//! the list, the markers for what awaits reflection, and the reflections page.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_e2e::Desktop;
use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, Journal, ReflectionFields, Section,
};

struct Entry {
    title: &'static str,
    kind: ActivityKind,
    mode: ActivityMode,
    day: &'static str,
    minutes: i32,
    provider: &'static str,
    reflection: Option<&'static str>,
}

const ENTRIES: &[Entry] = &[
    Entry {
        title: "Trauma-informed practice: level 2",
        kind: ActivityKind::Course,
        mode: ActivityMode::Formal,
        day: "2026-11-24",
        minutes: 360,
        provider: "NHS Education for Scotland",
        reflection: Some(
            "Naming the four Rs out loud with the group made them real. I now open each session by asking what would help people feel safe today.",
        ),
    },
    Entry {
        title: "Supervision with my line manager",
        kind: ActivityKind::Supervision,
        mode: ActivityMode::Formal,
        day: "2026-11-18",
        minutes: 75,
        provider: "",
        reflection: Some(
            "We talked about the youth forum that went quiet. I had been filling silences too quickly; next time I will wait, and ask the young people to chair.",
        ),
    },
    Entry {
        title: "Tea-break chat about consent forms",
        kind: ActivityKind::InformalConversation,
        mode: ActivityMode::Informal,
        day: "2026-11-12",
        minutes: 20,
        provider: "",
        reflection: None,
    },
    Entry {
        title: "Reading: Freire, Pedagogy of the Oppressed, ch. 2",
        kind: ActivityKind::Reading,
        mode: ActivityMode::SelfDirected,
        day: "2026-11-03",
        minutes: 90,
        provider: "",
        reflection: Some(
            "The banking model of education describes half of the leaflets we hand out. Our adult literacy group could write its own.",
        ),
    },
    Entry {
        title: "CLD practitioners' network: community of practice meeting",
        kind: ActivityKind::CommunityOfPractice,
        mode: ActivityMode::Informal,
        day: "2026-10-28",
        minutes: 120,
        provider: "CLD Standards Council Scotland",
        reflection: None,
    },
    Entry {
        title: "Mentoring a new sessional worker",
        kind: ActivityKind::MentoringGiven,
        mode: ActivityMode::Informal,
        day: "2026-10-15",
        minutes: 60,
        provider: "",
        reflection: None,
    },
];

fn seed(journal: &Journal) {
    for entry in ENTRIES {
        let fields = ActivityFields {
            kind: entry.kind,
            mode: entry.mode,
            provider: entry.provider.into(),
            participatory_minutes: if entry.mode == ActivityMode::SelfDirected {
                0
            } else {
                entry.minutes
            },
            ..ActivityFields::new(entry.title, entry.day.parse().unwrap(), entry.minutes)
        };
        let activity = journal.create_activity(&fields).unwrap();
        if let Some(text) = entry.reflection {
            let mut reflection = ReflectionFields::free(entry.title, Some(activity.id));
            reflection.sections = vec![Section {
                stage: "body".into(),
                text: text.into(),
            }];
            journal.create_reflection(&reflection).unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_populated_journal_shows_its_record_and_what_awaits_reflection() {
    let data = tempfile::tempdir().unwrap();
    seed(&Journal::open(&data.path().join("journal.sqlite3")).unwrap());
    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;

    let subtitle = app.text_where("h1 + .sub", |t| t.contains("logged")).await;
    assert_eq!(
        subtitle, "6 logged, 12 h 5 min in all",
        "the header totals the journal"
    );
    let rows = app.all("[data-testid=activity-row]").await;
    assert_eq!(rows.len(), ENTRIES.len(), "every activity is listed");
    let first = rows[0].prop("innerText").await.unwrap().unwrap_or_default();
    assert!(
        first.contains("Trauma-informed"),
        "the newest comes first: {first:?}"
    );
    let awaiting = app
        .all("[data-testid=activity-row] .unreflected")
        .await
        .len();
    assert_eq!(
        awaiting, 3,
        "the three activities with no reflection are marked"
    );
    app.screenshot("00-populated-activities").await;

    app.click("[data-testid=nav-reflections]").await;
    app.text_where("[data-testid=reflection-card]", |t| !t.is_empty())
        .await;
    assert_eq!(
        app.all("[data-testid=reflection-card]").await.len(),
        3,
        "three reflections"
    );
    app.screenshot("11-populated-reflections").await;
    app.quit().await;
}
