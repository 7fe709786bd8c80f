#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

//! Credentials live only in the OS keychain: after sharing into every kind of space (and
//! failing with wrong credentials), neither the journal file, nor a backup, nor anything the
//! crate reports holds a secret. Without a keychain, Cairn says so and keeps nothing.

mod support;

use std::path::Path;

use cairn_journal::{Journal, ShareStatus};
use cairn_spaces::{
    ChatService, MatrixSignIn, Secret, SecretField, SecretStore, SmtpSecurity, SpaceSettings,
};
use cairn_test_servers::{Service, SmtpSink, StandIn, Synapse, WebDav};
use support::*;

const API_KEY: &str = "discourse-key-5f2c9a7e1b3d";

/// Every byte of every file in `folder` (the journal, its WAL, snapshots, evidence).
fn every_byte(folder: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    for entry in walk(folder) {
        bytes.extend(std::fs::read(entry).unwrap());
    }
    bytes
}

fn walk(folder: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn no_secret_reaches_the_journal_a_backup_or_a_message() {
    let synapse = Synapse::start();
    let alice = synapse.register("alice", "alice-secret-password");
    let bob = synapse.register("bob", "bob-secret-password");
    synapse.create_room(&bob, "cpd");
    let dav = WebDav::start();
    let sink = SmtpSink::start();
    let forum = StandIn::start(Service::Discourse {
        api_key: API_KEY.to_owned(),
        api_username: "alex".to_owned(),
    });
    let slack = StandIn::start(Service::Slack);

    let folder = tempfile::tempdir().unwrap();
    let journal = Journal::open(&folder.path().join("journal.sqlite3")).unwrap();
    let reflection = support::write_reflection(&journal);
    let keychain = keychain();
    let mut reports = Vec::new();

    let matrix = add_space(
        &journal,
        &keychain,
        SpaceSettings::Matrix {
            homeserver: synapse.url.clone(),
            room: "#cpd:localhost".to_owned(),
            user_id: String::new(),
        },
        None,
    );
    let how = MatrixSignIn::Password {
        user: "alice".to_owned(),
        password: Secret::new(alice.password.clone()),
    };
    let (user, token) = cairn_spaces::sign_in_to_matrix(&matrix, &http(), &how).unwrap();
    let matrix = cairn_spaces::signed_in(&journal, &keychain, &matrix, &user, &token).unwrap();
    let others = [
        (
            SpaceSettings::WebDav {
                url: dav.url.clone(),
                user: dav.user.clone(),
                sign_as: String::new(),
            },
            dav.password.clone(),
        ),
        (
            SpaceSettings::Email {
                host: sink.host.clone(),
                port: sink.port,
                security: SmtpSecurity::None,
                user: sink.user.clone(),
                from: "alex@example.org".to_owned(),
                to: "mentor@example.org".to_owned(),
            },
            sink.password.clone(),
        ),
        (
            SpaceSettings::Discourse {
                base_url: forum.url.clone(),
                api_username: "alex".to_owned(),
                category: 1,
                topic_id: None,
            },
            API_KEY.to_owned(),
        ),
        (
            SpaceSettings::Webhook {
                service: ChatService::Slack,
            },
            slack.url.clone(),
        ),
    ];
    let mut spaces = vec![matrix];
    for (settings, secret) in others {
        spaces.push(add_space(&journal, &keychain, settings, Some(&secret)));
    }
    for space in &spaces {
        let entry = share_and_attempt(&journal, space, &keychain, &reflection);
        assert_eq!(
            entry.status,
            ShareStatus::Shared,
            "{}: {:?}",
            space.label,
            entry.last_error
        );
        reports.push(format!("{entry:?} {space:?}"));
        reports
            .push(cairn_spaces::check(space, &keychain, &http()).unwrap_or_else(|e| e.to_string()));
    }
    // Wrong credentials too, so refusals are written to the share log.
    for space in &spaces[1..] {
        let field = space.settings.secret_field().unwrap();
        let real = keychain.get(space.id, field).unwrap().unwrap();
        keychain
            .set(space.id, field, &Secret::new("http://127.0.0.1:9/wrong"))
            .unwrap();
        let entry = share_and_attempt(&journal, space, &keychain, &reflection);
        assert_ne!(entry.status, ShareStatus::Shared, "{}", space.label);
        reports.push(format!("{entry:?}"));
        keychain.set(space.id, field, &real).unwrap();
    }
    assert_eq!(
        keychain
            .get(spaces[0].id, SecretField::AccessToken)
            .unwrap(),
        Some(token.clone()),
        "the token is in the keychain"
    );

    let backup = folder.path().join("backup.zip");
    cairn_portfolio::backup_to_file(&journal, &backup).unwrap();
    let tables =
        serde_json::to_string(&cairn_portfolio::read_backup(&backup).unwrap().tables).unwrap();
    assert!(
        tables.contains("Listening before planning"),
        "the backup holds the share log"
    );
    let html = folder.path().join("portfolio.html");
    let today = chrono::Utc::now().date_naive();
    let request = cairn_portfolio::ExportRequest {
        layout: cairn_portfolio::Layout::General,
        owner: cairn_portfolio::Owner::default(),
        from: today - chrono::Duration::days(30),
        to: today + chrono::Duration::days(1),
        include_private: true,
        entries: None,
        with_evidence: false,
        template: None,
    };
    cairn_portfolio::export_to_file(
        &journal,
        &request,
        cairn_portfolio::ExportFormat::Html,
        &html,
        &|_| true,
    )
    .unwrap();
    journal
        .share_log()
        .unwrap()
        .iter()
        .for_each(|entry| reports.push(format!("{entry:?}")));
    drop(journal);

    let on_disk = every_byte(folder.path());
    assert!(
        contains(&on_disk, &synapse.url) && contains(&on_disk, "Listening before planning"),
        "the scan reads the journal's own bytes (the homeserver address is in it)"
    );
    let secrets = [
        token.expose().to_owned(),
        alice.password.clone(),
        dav.password.clone(),
        sink.password.clone(),
        API_KEY.to_owned(),
        slack.url.clone(),
    ];
    for secret in &secrets {
        assert!(
            !contains(&on_disk, secret),
            "a secret is in the journal folder or an export"
        );
        assert!(
            !contains(tables.as_bytes(), secret),
            "a secret is in the backup's records"
        );
        for report in &reports {
            assert!(!report.contains(secret.as_str()), "a secret is in {report}");
        }
    }
}

#[test]
fn without_a_keychain_cairn_says_so_and_keeps_nothing() {
    if std::env::var_os("CAIRN_TEST_WITHOUT_KEYCHAIN").is_none() {
        // The bus address is read per process: run this test again in a child with none.
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "without_a_keychain_cairn_says_so_and_keeps_nothing",
                "--nocapture",
            ])
            .env("CAIRN_TEST_WITHOUT_KEYCHAIN", "1")
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/nonexistent/cairn-no-bus",
            )
            .status()
            .unwrap();
        assert!(status.success(), "the child run failed");
        return;
    }
    let journal = Journal::open_in_memory().unwrap();
    let error = cairn_spaces::save_space(
        &journal,
        &keychain(),
        &cairn_spaces::SpaceInput {
            id: None,
            name: "Team chat".to_owned(),
            settings: SpaceSettings::Webhook {
                service: ChatService::Mattermost,
            },
            secret: Some(Secret::new("https://chat.example.org/hooks/abc123")),
        },
    )
    .unwrap_err()
    .to_string();
    assert!(error.contains("No system keychain is available"), "{error}");
    assert!(error.contains("never in the journal"), "{error}");
    assert!(!error.contains("abc123"), "{error}");
    assert!(
        journal.spaces().unwrap().is_empty(),
        "no half-made space is left behind"
    );
}
