#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

//! Discourse and chat webhooks cannot run here: these tests post to local stand-ins that follow
//! each service's documented contract (headers, bodies, status codes, rate-limit answers) and
//! record every request.

mod support;

use cairn_journal::ShareStatus;
use cairn_spaces::{ChatService, SpaceSettings};
use cairn_test_servers::{Behaviour, Service, StandIn};
use chrono::Utc;
use support::*;

const API_KEY: &str = "discourse-api-key-0123456789abcdef";

fn forum(server: &StandIn, topic_id: Option<u32>) -> SpaceSettings {
    SpaceSettings::Discourse {
        base_url: server.url.clone(),
        api_username: "alex".to_owned(),
        category: 7,
        topic_id,
    }
}

fn discourse() -> StandIn {
    StandIn::start(Service::Discourse {
        api_key: API_KEY.to_owned(),
        api_username: "alex".to_owned(),
    })
}

fn posts_to(server: &StandIn, path: &str) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.starts_with(path))
        .count()
}

#[test]
fn a_topic_is_created_once_even_when_the_answer_is_lost() {
    let server = discourse();
    let (journal, reflection) = journal_with_reflection();
    let keychain = keychain();
    let space = add_space(&journal, &keychain, forum(&server, None), Some(API_KEY));
    let logged = share(&journal, &space, &reflection);

    server.then(Behaviour::Hang { millis: 3000 });
    let first = attempt(&journal, &space, &keychain, &impatient_http(), logged.id);
    assert_eq!(first.status, ShareStatus::Queued, "{:?}", first.last_error);
    let second = attempt(&journal, &space, &keychain, &http(), logged.id);
    assert_eq!(
        second.status,
        ShareStatus::Shared,
        "{:?}",
        second.last_error
    );
    assert!(second.link.unwrap().contains("/t/"), "a link to the topic");

    assert_eq!(
        posts_to(&server, "/posts.json"),
        1,
        "the retry found the topic instead"
    );
    let lookup = server
        .requests()
        .into_iter()
        .find(|r| r.method == "GET")
        .expect("the retry looked the topic up");
    assert_eq!(
        lookup.path,
        format!("/t/external_id/cairn-{}.json", logged.id)
    );
    let posted = &server.posts()[0];
    assert_eq!(
        posted["external_id"],
        format!("cairn-{}", logged.id).as_str()
    );
    let request = &server.requests()[0];
    let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
    assert_eq!(body["category"], 7);
    assert_eq!(request.header("api-key"), Some(API_KEY));
    assert_eq!(request.header("api-username"), Some("alex"));
    assert_redacted(&request.body, "the Discourse post");
}

#[test]
fn discourse_answers_are_read_as_documented() {
    let server = discourse();
    let (journal, reflection) = journal_with_reflection();
    let keychain = keychain();
    let space = add_space(
        &journal,
        &keychain,
        forum(&server, None),
        Some("a-revoked-key"),
    );
    let refused = share_and_attempt(&journal, &space, &keychain, &reflection);
    assert_eq!(
        refused.status,
        ShareStatus::NeedsSignIn,
        "403 invalid_access"
    );
    assert!(!refused.last_error.unwrap().contains("a-revoked-key"));

    let space = add_space(&journal, &keychain, forum(&server, None), Some(API_KEY));
    server.then(Behaviour::RateLimited { seconds: 42 });
    let limited = share_and_attempt(&journal, &space, &keychain, &reflection);
    assert_eq!(limited.status, ShareStatus::Queued);
    let wait = limited.next_attempt_at.unwrap() - Utc::now();
    assert!(
        wait > chrono::Duration::seconds(38) && wait <= chrono::Duration::seconds(42),
        "{wait}"
    );

    server.then(Behaviour::ServerError);
    let failed = share_and_attempt(&journal, &space, &keychain, &reflection);
    assert_eq!(failed.status, ShareStatus::Queued, "a 500 is retried");

    server.hold_for_approval(true);
    let held = share_and_attempt(&journal, &space, &keychain, &reflection);
    assert_eq!(
        held.status,
        ShareStatus::Shared,
        "the forum confirmed it, pending approval"
    );
    assert!(held.remote_id.unwrap().contains("awaiting approval"));
    server.hold_for_approval(false);

    let reply_space = add_space(
        &journal,
        &keychain,
        forum(&server, Some(4242)),
        Some(API_KEY),
    );
    let unknown = share_and_attempt(&journal, &reply_space, &keychain, &reflection);
    assert_eq!(unknown.status, ShareStatus::Failed, "422 is not retried");
    assert!(unknown.last_error.unwrap().contains("422"));
}

fn webhook(service: ChatService, standin: Service) -> (StandIn, SpaceSettings) {
    (StandIn::start(standin), SpaceSettings::Webhook { service })
}

#[test]
fn each_chat_webhook_gets_the_payload_it_documents() {
    let cases = [
        webhook(ChatService::Slack, Service::Slack),
        webhook(ChatService::Mattermost, Service::Mattermost),
        webhook(ChatService::Discord, Service::Discord),
        webhook(ChatService::Teams, Service::Teams),
    ];
    let (journal, reflection) = journal_with_reflection();
    let keychain = keychain();
    for (server, settings) in &cases {
        let space = add_space(&journal, &keychain, settings.clone(), Some(&server.url));
        let sent = share_and_attempt(&journal, &space, &keychain, &reflection);
        assert_eq!(
            sent.status,
            ShareStatus::Shared,
            "{settings:?}: {:?}",
            sent.last_error
        );
        let request = &server.requests()[0];
        assert_eq!(request.header("content-type"), Some("application/json"));
        assert_redacted(&request.body, "the webhook payload");
        let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
        match settings {
            SpaceSettings::Webhook {
                service: ChatService::Slack,
            } => {
                assert_eq!(body["blocks"][1]["text"]["type"], "mrkdwn");
                assert!(
                    body["blocks"][1]["text"]["text"]
                        .as_str()
                        .unwrap()
                        .contains("*curious*")
                );
            }
            SpaceSettings::Webhook {
                service: ChatService::Discord,
            } => {
                assert!(request.path.ends_with("?wait=true"));
                assert_eq!(body["allowed_mentions"]["parse"], serde_json::json!([]));
                assert!(
                    sent.remote_id.unwrap() != "accepted",
                    "Discord returns the message id"
                );
            }
            SpaceSettings::Webhook {
                service: ChatService::Teams,
            } => {
                assert_eq!(
                    body["attachments"][0]["contentType"],
                    "application/vnd.microsoft.card.adaptive"
                );
            }
            _ => assert!(body["text"].as_str().unwrap().contains("#### Listening")),
        }
    }
}

#[test]
fn webhooks_wait_when_asked_and_never_repeat_a_post_whose_answer_was_lost() {
    let (slack, settings) = webhook(ChatService::Slack, Service::Slack);
    let (journal, reflection) = journal_with_reflection();
    let keychain = keychain();
    let space = add_space(&journal, &keychain, settings, Some(&slack.url));

    slack.then(Behaviour::RateLimited { seconds: 5 });
    let limited = share_and_attempt(&journal, &space, &keychain, &reflection);
    assert_eq!(limited.status, ShareStatus::Queued);
    let wait = limited.next_attempt_at.unwrap() - Utc::now();
    assert!(
        wait > chrono::Duration::seconds(3) && wait <= chrono::Duration::seconds(5),
        "{wait}"
    );

    slack.then(Behaviour::Hang { millis: 3000 });
    let lost = share(&journal, &space, &reflection);
    let first = attempt(&journal, &space, &keychain, &impatient_http(), lost.id);
    assert_eq!(
        first.status,
        ShareStatus::Failed,
        "Slack cannot recognise a repeat"
    );
    assert!(first.last_error.unwrap().contains("check the channel"));
    assert!(
        journal
            .shares_due()
            .unwrap()
            .iter()
            .all(|s| s.id != lost.id)
    );

    slack.then(Behaviour::Unauthorized);
    let refused = share_and_attempt(&journal, &space, &keychain, &reflection);
    assert_eq!(refused.status, ShareStatus::NeedsSignIn);
    assert!(
        !refused.last_error.unwrap().contains(&slack.url),
        "the webhook address is a secret"
    );

    let (discord, settings) = webhook(ChatService::Discord, Service::Discord);
    let space = add_space(&journal, &keychain, settings, Some(&discord.url));
    discord.then(Behaviour::RateLimited { seconds: 2 });
    let limited = share_and_attempt(&journal, &space, &keychain, &reflection);
    let wait = limited.next_attempt_at.unwrap() - Utc::now();
    assert!(
        wait > chrono::Duration::zero() && wait <= chrono::Duration::seconds(2),
        "{wait}"
    );
}
