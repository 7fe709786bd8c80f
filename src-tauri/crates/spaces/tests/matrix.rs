#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

//! Sharing into a real Synapse homeserver on loopback, through the real OS keychain.

mod support;

use cairn_journal::ShareStatus;
use cairn_spaces::{MatrixSignIn, Secret, SecretField, SecretStore, SpaceSettings};
use cairn_test_servers::{MatrixAccount, Synapse};
use chrono::Utc;
use support::*;

fn matrix_space(server: &Synapse) -> SpaceSettings {
    SpaceSettings::Matrix {
        homeserver: server.url.clone(),
        room: format!("#cpd:{}", server.server_name),
        user_id: String::new(),
    }
}

/// Signs `account` in through Cairn (the password flow) and keeps the token in the keychain.
fn sign_in(
    journal: &cairn_journal::Journal,
    keychain: &cairn_spaces::Keychain,
    space: &cairn_spaces::Space,
    account: &MatrixAccount,
    user: &str,
) -> cairn_spaces::Space {
    let how = MatrixSignIn::Password {
        user: user.to_owned(),
        password: Secret::new(account.password.clone()),
    };
    let (user_id, token) = cairn_spaces::sign_in_to_matrix(space, &http(), &how).unwrap();
    assert_eq!(user_id, account.user_id);
    cairn_spaces::signed_in(journal, keychain, space, &user_id, &token).unwrap()
}

fn our_messages(server: &Synapse, peer: &MatrixAccount, room: &str) -> Vec<serde_json::Value> {
    server
        .messages(peer, room)
        .into_iter()
        .filter(|event| event["content"][cairn_spaces::MATRIX_KEY].is_object())
        .collect()
}

/// A homeserver with Bob's room `#cpd`, Alice (the Cairn user) and a journal whose Matrix
/// space points at the room, signed in as Alice when `signed_in`.
struct Room {
    server: Synapse,
    alice: MatrixAccount,
    bob: MatrixAccount,
    room: String,
    journal: cairn_journal::Journal,
    reflection: cairn_journal::Reflection,
    keychain: cairn_spaces::Keychain,
    space: cairn_spaces::Space,
}

fn room(server: Synapse, signed_in: bool) -> Room {
    let alice = server.register("alice", "alice-password");
    let bob = server.register("bob", "bob-password");
    let room = server.create_room(&bob, "cpd");
    let (journal, reflection) = journal_with_reflection();
    let keychain = keychain();
    let mut space = add_space(&journal, &keychain, matrix_space(&server), None);
    if signed_in {
        space = sign_in(&journal, &keychain, &space, &alice, "alice");
    }
    Room {
        server,
        alice,
        bob,
        room,
        journal,
        reflection,
        keychain,
        space,
    }
}

#[test]
fn a_share_arrives_once_redacted_even_when_the_first_attempt_times_out() {
    let w = room(Synapse::start(), true);
    let second = share_through_a_timeout(
        &w.journal,
        &w.space,
        &w.keychain,
        &w.reflection,
        || w.server.pause(),
        || w.server.resume(),
    );
    let event_id = second.remote_id.clone().unwrap();
    assert!(second.link.unwrap().contains("matrix.to"));

    let posted = our_messages(&w.server, &w.bob, &w.room);
    assert_eq!(posted.len(), 1, "exactly one message: {posted:#?}");
    assert_eq!(posted[0]["event_id"], event_id.as_str());
    let content = &posted[0]["content"];
    assert_eq!(content["format"], "org.matrix.custom.html");
    assert!(
        content["formatted_body"]
            .as_str()
            .unwrap()
            .contains("<strong>curious</strong>")
    );
    assert!(content["body"].as_str().unwrap().contains("[name]"));
    assert_redacted(
        &w.server
            .messages(&w.bob, &w.room)
            .iter()
            .map(ToString::to_string)
            .collect::<String>(),
        "the room",
    );
}

#[test]
fn refused_credentials_ask_to_sign_in_and_signing_in_sends_what_waited() {
    let w = room(Synapse::start(), false);

    let logged = share(&w.journal, &w.space, &w.reflection);
    let unsigned = attempt(&w.journal, &w.space, &w.keychain, &http(), logged.id);
    assert_eq!(
        unsigned.status,
        ShareStatus::NeedsSignIn,
        "no token saved yet"
    );

    w.keychain
        .set(
            w.space.id,
            SecretField::AccessToken,
            &Secret::new("syt_not_a_real_token"),
        )
        .unwrap();
    w.journal.retry_share(logged.id).unwrap();
    let refused = attempt(&w.journal, &w.space, &w.keychain, &http(), logged.id);
    assert_eq!(
        refused.status,
        ShareStatus::NeedsSignIn,
        "401 M_UNKNOWN_TOKEN"
    );
    assert!(!refused.last_error.unwrap().contains("syt_not_a_real_token"));

    let wrong = cairn_spaces::sign_in_to_matrix(
        &w.space,
        &http(),
        &MatrixSignIn::Password {
            user: "alice".to_owned(),
            password: Secret::new("wrong"),
        },
    )
    .unwrap_err();
    assert!(
        wrong
            .to_string()
            .contains("refused that user name or password"),
        "{wrong}"
    );

    let again = sign_in(&w.journal, &w.keychain, &w.space, &w.alice, "alice");
    assert_eq!(
        w.journal.share(logged.id).unwrap().status,
        ShareStatus::Queued
    );
    let sent = attempt(&w.journal, &again, &w.keychain, &http(), logged.id);
    assert_eq!(sent.status, ShareStatus::Shared, "{:?}", sent.last_error);
    assert_eq!(our_messages(&w.server, &w.bob, &w.room).len(), 1);
}

#[test]
fn a_stopped_server_keeps_the_share_queued_until_it_is_back() {
    let mut w = room(Synapse::start(), true);
    let logged = share(&w.journal, &w.space, &w.reflection);

    w.server.stop();
    let down = attempt(&w.journal, &w.space, &w.keychain, &http(), logged.id);
    assert_eq!(down.status, ShareStatus::Queued);
    assert_eq!(down.attempts, 1);
    assert!(down.last_error.unwrap().contains("Cannot reach"));
    let wait = down.next_attempt_at.unwrap() - Utc::now();
    assert!(
        wait > chrono::Duration::seconds(10) && wait <= chrono::Duration::seconds(15),
        "the first backoff is 15 s: {wait}"
    );
    w.server.restart();
    let back = attempt(&w.journal, &w.space, &w.keychain, &http(), logged.id);
    assert_eq!(back.status, ShareStatus::Shared, "{:?}", back.last_error);
    assert_eq!(our_messages(&w.server, &w.bob, &w.room).len(), 1);
}

#[test]
fn rate_limiting_waits_as_the_server_says() {
    let w = room(Synapse::start_with_default_rate_limits(), true);
    let limited = (0..60)
        .map(|_| {
            let logged = share(&w.journal, &w.space, &w.reflection);
            attempt(&w.journal, &w.space, &w.keychain, &http(), logged.id)
        })
        .find(|entry| entry.status == ShareStatus::Queued)
        .expect("Synapse's default limits answer 429 within 60 quick messages");
    assert!(limited.last_error.unwrap().contains("slow down"));
    let wait = limited.next_attempt_at.unwrap() - Utc::now();
    assert!(
        wait > chrono::Duration::zero() && wait < chrono::Duration::seconds(15),
        "the wait is the server's retry_after_ms, not the 15 s backoff: {wait}"
    );
}

#[test]
fn the_feed_shows_peers_posts_sanitised_and_reflecting_on_one_links_it() {
    let w = room(Synapse::start(), true);
    w.server.send_text(
        &w.bob,
        &w.room,
        "Try asking **what matters** first <img src=x onerror=alert(1)><script>alert(2)</script>",
        Some("<b>Try</b> asking <img src=x onerror=alert(1)>"),
    );
    let logged = share(&w.journal, &w.space, &w.reflection);
    attempt(&w.journal, &w.space, &w.keychain, &http(), logged.id);

    let feed = cairn_spaces::feed(&w.space, &w.keychain, &http(), &[]).unwrap();
    assert_eq!(feed.len(), 2, "{feed:#?}");
    let (mine, peer) = (&feed[0], &feed[1]);
    assert!(mine.mine && mine.from_cairn, "newest first: our share");
    assert_eq!(mine.title, "Listening before planning");
    assert_eq!(peer.author, w.bob.user_id);
    assert!(!peer.mine && !peer.from_cairn);
    assert!(
        peer.html.contains("<strong>what matters</strong>"),
        "{}",
        peer.html
    );
    for dangerous in ["<img", "onerror", "<script", "alert(2)"] {
        assert!(
            !peer.html.contains(dangerous),
            "{dangerous} in {}",
            peer.html
        );
    }

    let answer = cairn_spaces::reflect_on(&w.journal, &w.space, peer).unwrap();
    let source = w.journal.reflection_source(answer.id).unwrap().unwrap();
    assert_eq!(source.remote_id, peer.remote_id);
    assert_eq!(source.author, w.bob.user_id);
    assert!(answer.fields.title.starts_with("On “Try asking"));
    assert!(answer.fields.sections[0].text.starts_with("> Try asking"));
}
