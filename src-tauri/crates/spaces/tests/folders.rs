#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

//! Sharing into a real WebDAV server (WsgiDAV on loopback) and a shared folder, and reading
//! peers' documents back from both.

mod support;

use cairn_journal::ShareStatus;
use cairn_spaces::{SharedDocument, SpaceSettings};
use cairn_test_servers::WebDav;
use support::*;

fn webdav_space(server: &WebDav) -> SpaceSettings {
    SpaceSettings::WebDav {
        url: format!("{}CPD", server.url),
        user: server.user.clone(),
        sign_as: "Alex (CLD worker)".to_owned(),
    }
}

#[test]
fn a_document_lands_once_redacted_even_when_the_first_attempt_times_out() {
    let server = WebDav::start();
    let (journal, reflection) = journal_with_reflection();
    let keychain = keychain();
    let space = add_space(
        &journal,
        &keychain,
        webdav_space(&server),
        Some(&server.password),
    );
    let second = share_through_a_timeout(
        &journal,
        &space,
        &keychain,
        &reflection,
        || server.pause(),
        || server.resume(),
    );

    let files = server.files();
    assert_eq!(files.len(), 1, "exactly one file: {files:?}");
    assert_eq!(
        files[0].file_name().unwrap().to_string_lossy(),
        second.remote_id.unwrap()
    );
    let text = std::fs::read_to_string(server.root.join(&files[0])).unwrap();
    assert_redacted(&text, "the WebDAV document");
    let document = SharedDocument::read(&text).unwrap();
    assert_eq!(document.id, second.id, "the document is the share");
    assert_eq!(document.author, "Alex (CLD worker)");
}

#[test]
fn a_wrong_password_asks_to_sign_in_and_a_stopped_server_waits() {
    let mut server = WebDav::start();
    let (journal, reflection) = journal_with_reflection();
    let keychain = keychain();
    let space = add_space(
        &journal,
        &keychain,
        webdav_space(&server),
        Some("not-the-password"),
    );
    let logged = share(&journal, &space, &reflection);
    let refused = attempt(&journal, &space, &keychain, &http(), logged.id);
    assert_eq!(refused.status, ShareStatus::NeedsSignIn, "401");
    assert!(!refused.last_error.unwrap().contains("not-the-password"));

    let space = cairn_spaces::save_space(
        &journal,
        &keychain,
        &cairn_spaces::SpaceInput {
            id: Some(space.id),
            name: space.name.clone(),
            settings: space.settings.clone(),
            secret: Some(cairn_spaces::Secret::new(server.password.clone())),
        },
    )
    .unwrap();
    assert_eq!(
        journal.share(logged.id).unwrap().status,
        ShareStatus::Queued,
        "a new password queues what waited for it"
    );
    server.stop();
    let down = attempt(&journal, &space, &keychain, &http(), logged.id);
    assert_eq!(down.status, ShareStatus::Queued);
    assert!(down.next_attempt_at.is_some());
    assert_eq!(server.files().len(), 0);
}

#[test]
fn the_feed_reads_peers_documents_from_webdav_and_a_shared_folder() {
    let server = WebDav::start();
    let (journal, reflection) = journal_with_reflection();
    let keychain = keychain();
    let space = add_space(
        &journal,
        &keychain,
        webdav_space(&server),
        Some(&server.password),
    );
    let logged = share(&journal, &space, &reflection);
    attempt(&journal, &space, &keychain, &http(), logged.id);
    let ours = std::fs::read_to_string(server.root.join(&server.files()[0])).unwrap();
    let mut peer = SharedDocument::read(&ours).unwrap();
    peer.id = uuid::Uuid::new_v4();
    peer.author = "Sam".to_owned();
    peer.reflections[0].title = "Peer <script>alert(1)</script> notes".to_owned();
    peer.reflections[0].sections[0].markdown =
        "[click](javascript:alert(1)) <iframe src=https://example.org></iframe> ok".to_owned();
    std::fs::write(
        server.root.join("CPD").join(cairn_spaces::file_name(&peer)),
        peer.to_json(),
    )
    .unwrap();
    std::fs::write(server.root.join("CPD").join("notes.txt"), "not a document").unwrap();

    let feed = cairn_spaces::feed(&space, &keychain, &http(), &[logged.id]).unwrap();
    assert_eq!(
        feed.len(),
        2,
        "two documents, the text file ignored: {feed:#?}"
    );
    let theirs = feed.iter().find(|item| !item.mine).unwrap();
    assert_eq!(theirs.author, "Sam");
    for dangerous in ["<script", "javascript:", "<iframe"] {
        assert!(
            !theirs.html.contains(dangerous),
            "{dangerous}: {}",
            theirs.html
        );
    }
    assert!(feed.iter().any(|item| item.mine), "our own share is marked");

    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join(cairn_spaces::file_name(&peer)),
        peer.to_json(),
    )
    .unwrap();
    let shared_folder = add_space(
        &journal,
        &keychain,
        SpaceSettings::Folder {
            path: folder.path().display().to_string(),
            sign_as: String::new(),
        },
        None,
    );
    let logged = share(&journal, &shared_folder, &reflection);
    let written = attempt(&journal, &shared_folder, &keychain, &http(), logged.id);
    assert_eq!(
        written.status,
        ShareStatus::Shared,
        "{:?}",
        written.last_error
    );
    let feed = cairn_spaces::feed(&shared_folder, &keychain, &http(), &[logged.id]).unwrap();
    assert_eq!(feed.len(), 2);
    assert_eq!(feed.iter().filter(|item| item.mine).count(), 1);
}
