//! Community spaces end to end in the real app, against a real Synapse homeserver on loopback
//! and the real OS keychain: configure a Matrix space and sign in, share a private reflection
//! with a name redacted, see it in the share log and (through the Matrix API) in the room,
//! read a peer's post in the feed without running the script it carries, and reflect on it.
//! Then the journal file and the app's log hold no credential.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::time::Instant;

use cairn_e2e::{App, Desktop, PATIENCE, recording_opener};
use cairn_journal::{Journal, ReflectionFields, ReflectionModel, Section};
use cairn_spaces::{Keychain, SecretField, SecretStore};
use cairn_test_servers::{SmtpSink, Synapse, WebDav};

const PERSON: &str = "Jane Smith";
const PEER_POST: &str = "Try asking young people **what matters** before planning. \
    <img src=x onerror=\"document.title='pwned-img'\"><script>document.title='pwned-script'</script> \
    [a link](javascript:document.title='pwned-link')";

/// A private Gibbs reflection that names Jane, written before the app starts.
fn seed(folder: &std::path::Path) {
    let journal = Journal::open(&folder.join("journal.sqlite3")).unwrap();
    let mut fields = ReflectionFields::free("Listening before planning", None);
    fields.model = ReflectionModel::Gibbs;
    fields.sections = vec![
        Section {
            stage: "description".into(),
            text: format!(
                "At the youth forum {PERSON} asked why young people were not in the room."
            ),
        },
        Section {
            stage: "feelings".into(),
            text: "Uncomfortable, then **curious**.".into(),
        },
    ];
    journal.create_reflection(&fields).unwrap();
}

/// The app on `data`, on the test command's private D-Bus session (its own unlocked GNOME
/// Keyring, where the app keeps credentials), with `env` added.
fn desktop_with_keychain(data: &std::path::Path, env: &[(&str, &str)]) -> Desktop {
    let bus = std::env::var("DBUS_SESSION_BUS_ADDRESS")
        .expect("run under the test command's D-Bus session (scripts/test.sh)");
    let mut env = env.to_vec();
    env.push(("DBUS_SESSION_BUS_ADDRESS", &bus));
    Desktop::start_with(data, &env)
}

/// Puts Jane on the redaction list in Settings (which must be open).
async fn redact_jane(app: &App) {
    app.type_into("[data-testid=redaction-name-input]", PERSON)
        .await;
    app.click("[data-testid=redaction-name-add]").await;
    app.text_where("[data-testid=redaction-name]", |t| t.contains(PERSON))
        .await;
}

/// Adds a space of `kind` in Settings (which must be open), filling `fields` by their
/// `space-<name>` test ids (a select when the value starts with `=`), and waits for it in
/// the list.
async fn add_space(app: &App, kind: &str, name: &str, fields: &[(&str, &str)]) {
    app.click("[data-testid=space-add]").await;
    app.click(&format!("[data-testid=space-kind] option[value={kind}]"))
        .await;
    app.type_into("[data-testid=space-name]", name).await;
    for (field, value) in fields {
        let input = format!("[data-testid=space-form] [data-testid=space-{field}]");
        match value.strip_prefix('=') {
            Some(choice) => app.click(&format!("{input} option[value={choice}]")).await,
            None => app.type_into(&input, value).await,
        }
    }
    app.click("[data-testid=space-form] button[type=submit]")
        .await;
    app.text_where("[data-testid=space-item]", |t| t.contains(name))
        .await;
}

/// Shares the (only) reflection to the space in `option` of the share screen's list, checks
/// the preview is redacted, confirms sharing a private reflection, and waits until the share
/// log shows `shared` entries marked shared (this one included).
async fn share_reflection(app: &App, option: usize, shared: u64, screenshot: Option<&str>) {
    app.click("[data-testid=nav-reflections]").await;
    app.click("[data-testid=reflection-card]").await;
    app.click("[data-testid=reflection-share]").await;
    app.find("[data-testid=share-screen]").await;
    app.click(&format!(
        "[data-testid=share-space] option:nth-child({option})"
    ))
    .await;
    let preview = app
        .text_where("[data-testid=share-preview]", |t| t.contains("[name]"))
        .await;
    assert!(
        !preview.contains("Jane") && !preview.contains("Smith"),
        "{preview}"
    );
    app.text_where("[data-testid=share-redactions]", |t| t.contains("1 name"))
        .await;
    app.find("[data-testid=share-private]").await;
    if let Some(name) = screenshot {
        app.eval(
            "document.querySelector('[data-testid=share-private]').scrollIntoView({block: 'end'})",
        )
        .await;
        app.screenshot(name).await;
    }
    app.click("[data-testid=share-private-confirm]").await;
    app.click("[data-testid=share-confirm]").await;
    let count = "return document.querySelectorAll(
        '[data-testid=share-log-item][data-status=shared]').length";
    let asked = Instant::now();
    while app.eval(count).await.as_u64() != Some(shared) {
        assert!(
            asked.elapsed() < PATIENCE,
            "the share never reached its space"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redacted_share_reaches_the_room_once_and_a_peers_post_stays_inert() {
    let server = Synapse::start();
    let alice = server.register("alice", "alice-e2e-password");
    let bob = server.register("bob", "bob-e2e-password");
    let room = server.create_room(&bob, "cpd");
    server.send_text(&bob, &room, PEER_POST, Some(PEER_POST));

    let data = tempfile::tempdir().unwrap();
    seed(data.path());
    let outside = tempfile::tempdir().unwrap();
    let (path, opened) = recording_opener(outside.path());
    let desktop = desktop_with_keychain(data.path(), &[("PATH", &path)]);
    let app = desktop.launch().await;

    app.click("[data-testid=nav-settings]").await;
    redact_jane(&app).await;
    add_space(
        &app,
        "matrix",
        "Youth work peer group",
        &[("homeserver", &server.url), ("room", "#cpd:localhost")],
    )
    .await;
    app.click("[data-testid=space-sign-in]").await;
    app.type_into("[data-testid=matrix-user]", "alice").await;
    app.type_into("[data-testid=matrix-password]", &alice.password)
        .await;
    app.click("[data-testid=matrix-sign-in]").await;
    app.text_where("[data-testid=space-user]", |t| t.contains(&alice.user_id))
        .await;
    app.click("[data-testid=space-check]").await;
    app.text_where("[data-testid=space-check-result]", |t| {
        t.contains("Signed in as")
    })
    .await;
    app.screenshot("26-spaces-settings").await;

    share_reflection(&app, 1, 1, Some("27-share-preview")).await;
    app.screenshot("28-share-log").await;
    app.click("[data-testid=share-link]").await;
    let asked = Instant::now();
    while !std::fs::read_to_string(&opened)
        .unwrap_or_default()
        .starts_with("https://matrix.to/#/")
    {
        assert!(
            asked.elapsed() < PATIENCE,
            "the link was never handed to the desktop"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    let ours: Vec<_> = server
        .messages(&bob, &room)
        .into_iter()
        .filter(|event| event["sender"] == alice.user_id.as_str())
        .collect();
    assert_eq!(ours.len(), 1, "exactly one message from Alice: {ours:#?}");
    let posted = ours[0]["content"].to_string();
    assert!(posted.contains("[name]") && posted.contains("Listening before planning"));
    assert!(
        !posted.contains("Jane") && !posted.contains("Smith"),
        "{posted}"
    );

    let title = app.eval("return document.title").await;
    app.click("[data-testid=feed-refresh]").await;
    // The refreshed feed holds our own share as well as Bob's post.
    app.text_where("[data-testid=feed-item]", |t| t.contains("curious"))
        .await;
    let peer = app
        .text_where("[data-testid=feed-item]", |t| t.contains("what matters"))
        .await;
    assert!(peer.contains(&bob.user_id), "{peer}");
    let links = app.all("[data-testid=feed-item] a").await;
    for link in links {
        let _ = link.click().await;
    }
    let live = app
        .eval(
            "return document.querySelectorAll(
               '[data-testid=feed-item] :is(img, script, iframe, [onerror], [href^=\"javascript\"])'
             ).length",
        )
        .await;
    assert_eq!(
        live, 0,
        "no image, script or javascript: link reached the page"
    );
    let bold = app
        .eval("return document.querySelectorAll('[data-testid=feed-item] strong').length")
        .await;
    assert!(
        bold.as_u64().unwrap() >= 2,
        "the Markdown itself is shown: {bold}"
    );
    assert_eq!(
        app.eval("return document.title").await,
        title,
        "no script ran"
    );
    app.screenshot("29-feed").await;

    app.click("[data-testid=feed-item]:last-child [data-testid=feed-reflect]")
        .await;
    app.text_where("[data-testid=reflection-source]", |t| {
        t.contains(&bob.user_id)
    })
    .await;

    let space_id: String = rusqlite::Connection::open(data.path().join("journal.sqlite3"))
        .unwrap()
        .query_row("SELECT id FROM space", [], |row| row.get(0))
        .unwrap();
    let token = Keychain::new("Cairn")
        .get(space_id.parse().unwrap(), SecretField::AccessToken)
        .unwrap()
        .expect("the app kept the access token in the keychain");
    app.quit().await;

    let started = Instant::now();
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(data.path()).unwrap().flatten() {
        if entry.path().is_file() {
            bytes.extend(std::fs::read(entry.path()).unwrap());
        }
    }
    let journal_text = String::from_utf8_lossy(&bytes);
    assert!(
        journal_text.contains("Youth work peer group"),
        "the scan reads the journal"
    );
    let log = desktop.log();
    for secret in [token.expose(), alice.password.as_str()] {
        assert!(
            !journal_text.contains(secret),
            "a credential is in the journal folder"
        );
        assert!(!log.contains(secret), "a credential is in the app's log");
    }
    assert!(started.elapsed() < PATIENCE);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webdav_and_email_spaces_are_set_up_and_shared_into_from_the_app() {
    let dav = WebDav::start();
    let sink = SmtpSink::start();
    let data = tempfile::tempdir().unwrap();
    seed(data.path());
    let desktop = desktop_with_keychain(data.path(), &[]);
    let app = desktop.launch().await;

    app.click("[data-testid=nav-settings]").await;
    redact_jane(&app).await;
    let port = sink.port.to_string();
    add_space(
        &app,
        "email",
        "Mentor",
        &[
            ("host", &sink.host),
            ("port", &port),
            ("security", "=none"),
            ("user", &sink.user),
            ("from", "alex@example.org"),
            ("to", "mentor@example.org"),
            ("secret", &sink.password),
        ],
    )
    .await;
    app.click("[data-testid=space-item][data-kind=email] [data-testid=space-check]")
        .await;
    app.text_where("[data-testid=space-check-result]", |t| {
        t.contains("accepted the sign-in")
    })
    .await;
    let folder = format!("{}CPD", dav.url);
    add_space(
        &app,
        "webdav",
        "Team cloud",
        &[
            ("url", &folder),
            ("user", &dav.user),
            ("secret", &dav.password),
        ],
    )
    .await;

    share_reflection(&app, 1, 1, None).await;
    let mail = sink.messages();
    assert_eq!(mail.len(), 1, "one message to the mentor");
    assert!(
        mail[0].contains("[name]") && !mail[0].contains("Jane"),
        "{}",
        mail[0]
    );

    share_reflection(&app, 2, 2, None).await;
    let files = dav.files();
    assert_eq!(files.len(), 1, "one document in the folder: {files:?}");
    let document = std::fs::read_to_string(dav.root.join(&files[0])).unwrap();
    assert!(document.contains("\"schemaVersion\": 1") && !document.contains("Jane"));
    app.quit().await;

    let log = desktop.log();
    for secret in [&sink.password, &dav.password] {
        assert!(
            !log.contains(secret.as_str()),
            "a password is in the app's log"
        );
    }
}
