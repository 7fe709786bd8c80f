// Tests: a failed step must stop the test with a message, so it panics.
#![allow(clippy::expect_used, clippy::unwrap_used)]

//! Each stand-in answers as its service's documented contract says.

use std::time::Duration;

use cairn_test_servers::{Behaviour, Service, StandIn};
use reqwest::StatusCode;
use reqwest::blocking::{Client, Response};
use serde_json::{Value, json};

fn client(timeout: Duration) -> Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    Client::builder()
        .timeout(timeout)
        .build()
        .expect("cannot build a client")
}

fn discourse() -> StandIn {
    StandIn::start(Service::Discourse {
        api_key: "key".into(),
        api_username: "alice".into(),
    })
}

fn post(http: &Client, forum: &StandIn, body: &Value) -> reqwest::Result<Response> {
    http.post(format!("{}/posts.json", forum.url))
        .header("Api-Key", "key")
        .header("Api-Username", "alice")
        .json(body)
        .send()
}

fn lookup(http: &Client, forum: &StandIn, external_id: &str) -> Response {
    http.get(format!("{}/t/external_id/{external_id}.json", forum.url))
        .header("Api-Key", "key")
        .header("Api-Username", "alice")
        .send()
        .unwrap()
}

#[test]
fn discourse_creates_topics_and_replies_and_finds_them_by_external_id() {
    let forum = discourse();
    let http = client(Duration::from_secs(5));
    let stranger = http
        .post(format!("{}/posts.json", forum.url))
        .json(&json!({"raw": "x"}))
        .send()
        .unwrap();
    assert_eq!(stranger.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        stranger.json::<Value>().unwrap()["error_type"],
        "invalid_access"
    );

    let missing = post(&http, &forum, &json!({"title": "A title long enough"})).unwrap();
    assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(missing.json::<Value>().unwrap()["action"], "create_post");

    let topic = json!({"title": "Reflections on audit", "raw": "First <post>",
        "category": 4, "external_id": "cairn-share-1"});
    let created = post(&http, &forum, &topic).unwrap();
    assert_eq!(created.status(), StatusCode::OK);
    let created: Value = created.json().unwrap();
    assert_eq!(created["post_number"], 1);
    assert_eq!(created["topic_slug"], "reflections-on-audit");
    assert_eq!(created["cooked"], "<p>First &lt;post&gt;</p>");
    assert_eq!(created["username"], "alice");
    let again = post(&http, &forum, &topic).unwrap();
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let reply = json!({"topic_id": created["topic_id"], "raw": "A reply",
        "reply_to_post_number": 1});
    let reply: Value = post(&http, &forum, &reply).unwrap().json().unwrap();
    assert_eq!(reply["post_number"], 2);

    let found = lookup(&http, &forum, "cairn-share-1");
    assert_eq!(found.status(), StatusCode::OK);
    assert!(found.url().path().ends_with(&format!(
        "/t/reflections-on-audit/{}.json",
        created["topic_id"]
    )));
    let found: Value = found.json().unwrap();
    assert_eq!(found["id"], created["topic_id"]);
    assert_eq!(found["post_stream"]["posts"].as_array().unwrap().len(), 2);
    let absent = lookup(&http, &forum, "cairn-share-2");
    assert_eq!(absent.status(), StatusCode::NOT_FOUND);
    assert_eq!(absent.json::<Value>().unwrap()["error_type"], "not_found");

    let posts = forum.posts();
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[0]["external_id"], "cairn-share-1");
    assert_eq!(posts[0]["title"], "Reflections on audit");
    let requests = forum.requests();
    assert_eq!(requests[2].method, "POST");
    assert_eq!(requests[2].path, "/posts.json");
    assert_eq!(requests[2].header("Api-Key"), Some("key"));
    assert_eq!(
        serde_json::from_str::<Value>(&requests[2].body).unwrap(),
        topic
    );
}

#[test]
fn discourse_rate_limits_hangs_and_holds_for_approval() {
    let forum = discourse();
    let http = client(Duration::from_secs(5));
    let topic = |id: &str| json!({"title": "Audit", "raw": "Body", "external_id": id});

    forum.then(Behaviour::RateLimited { seconds: 7 });
    let limited = post(&http, &forum, &topic("a")).unwrap();
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.headers()["retry-after"], "7");
    let limited: Value = limited.json().unwrap();
    assert_eq!(limited["error_type"], "rate_limit");
    assert_eq!(limited["extras"]["wait_seconds"], 7);

    forum.then(Behaviour::ServerError);
    forum.then(Behaviour::Unauthorized);
    let failed = post(&http, &forum, &topic("a")).unwrap();
    assert_eq!(failed.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let refused = post(&http, &forum, &topic("a")).unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(forum.posts().is_empty());

    forum.then(Behaviour::Hang { millis: 1500 });
    let impatient = client(Duration::from_millis(300));
    let lost = post(&impatient, &forum, &topic("a"));
    assert!(lost.is_err_and(|error| error.is_timeout()));
    assert_eq!(lookup(&http, &forum, "a").status(), StatusCode::OK);
    assert_eq!(forum.posts().len(), 1);

    forum.hold_for_approval(true);
    let held: Value = post(&http, &forum, &topic("b")).unwrap().json().unwrap();
    assert_eq!(held["action"], "enqueued");
    assert_eq!(held["success"], true);
    assert_eq!(forum.posts().len(), 1);
    assert_eq!(forum.requests().len(), 7);
}

#[test]
fn slack_and_mattermost_take_text_and_refuse_empty_payloads() {
    let http = client(Duration::from_secs(5));
    let slack = StandIn::start(Service::Slack);
    let sent = http
        .post(&slack.url)
        .json(&json!({"text": "Hi"}))
        .send()
        .unwrap();
    assert_eq!(sent.status(), StatusCode::OK);
    assert_eq!(sent.text().unwrap(), "ok");
    let empty = http.post(&slack.url).json(&json!({})).send().unwrap();
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
    assert_eq!(empty.text().unwrap(), "invalid_payload");
    let form = http.post(&slack.url).body("text=Hi").send().unwrap();
    assert_eq!(form.status(), StatusCode::BAD_REQUEST);
    slack.then(Behaviour::RateLimited { seconds: 2 });
    slack.then(Behaviour::Unauthorized);
    let limited = http
        .post(&slack.url)
        .json(&json!({"text": "Hi"}))
        .send()
        .unwrap();
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.headers()["retry-after"], "2");
    let refused = http
        .post(&slack.url)
        .json(&json!({"text": "Hi"}))
        .send()
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(refused.text().unwrap(), "action_prohibited");
    assert_eq!(slack.posts(), [json!({"text": "Hi"})]);
    assert_eq!(slack.requests().len(), 5);

    let mattermost = StandIn::start(Service::Mattermost);
    let sent = http
        .post(&mattermost.url)
        .json(&json!({"text": "**Hi**", "username": "Cairn"}))
        .send()
        .unwrap();
    assert_eq!(sent.text().unwrap(), "ok");
    let empty = http
        .post(&mattermost.url)
        .json(&json!({"username": "Cairn"}))
        .send()
        .unwrap();
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
    let error: Value = empty.json().unwrap();
    assert_eq!(error["id"], "web.incoming_webhook.text.app_error");
    assert_eq!(error["status_code"], 400);
}

#[test]
fn discord_answers_the_message_when_asked_to_wait() {
    let http = client(Duration::from_secs(5));
    let discord = StandIn::start(Service::Discord);
    let message = json!({"content": "Hi", "allowed_mentions": {"parse": []}});
    let waited = http
        .post(format!("{}?wait=true", discord.url))
        .json(&message)
        .send()
        .unwrap();
    assert_eq!(waited.status(), StatusCode::OK);
    let waited: Value = waited.json().unwrap();
    assert_eq!(waited["content"], "Hi");
    assert!(waited["id"].is_string() && waited["channel_id"].is_string());
    let quiet = http.post(&discord.url).json(&message).send().unwrap();
    assert_eq!(quiet.status(), StatusCode::NO_CONTENT);
    let empty = http.post(&discord.url).json(&json!({})).send().unwrap();
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
    assert_eq!(empty.json::<Value>().unwrap()["code"], 50006);
    let long = json!({"content": "x".repeat(2001)});
    let long = http.post(&discord.url).json(&long).send().unwrap();
    assert_eq!(long.status(), StatusCode::BAD_REQUEST);

    discord.then(Behaviour::RateLimited { seconds: 3 });
    discord.then(Behaviour::Unauthorized);
    let limited = http.post(&discord.url).json(&message).send().unwrap();
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.headers()["retry-after"], "3");
    let limited: Value = limited.json().unwrap();
    assert_eq!(limited["retry_after"], 3.0);
    assert_eq!(limited["global"], false);
    let refused = http.post(&discord.url).json(&message).send().unwrap();
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(refused.json::<Value>().unwrap()["code"], 50027);
    assert_eq!(discord.posts().len(), 2);
}

#[test]
fn teams_accepts_only_an_adaptive_card_envelope() {
    let http = client(Duration::from_secs(5));
    let teams = StandIn::start(Service::Teams);
    let card = json!({"type": "message", "attachments": [{
        "contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": null,
        "content": {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "type": "AdaptiveCard", "version": "1.2",
            "body": [{"type": "TextBlock", "text": "Hi", "wrap": true}]}}]});
    let sent = http.post(&teams.url).json(&card).send().unwrap();
    assert_eq!(sent.status(), StatusCode::ACCEPTED);
    assert_eq!(sent.text().unwrap(), "");
    let legacy = json!({"@type": "MessageCard", "text": "Hi"});
    let legacy = http.post(&teams.url).json(&legacy).send().unwrap();
    assert_eq!(legacy.status(), StatusCode::BAD_REQUEST);
    teams.then(Behaviour::ServerError);
    let failed = http.post(&teams.url).json(&card).send().unwrap();
    assert_eq!(failed.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(teams.posts(), [card]);
    let recorded = &teams.requests()[0];
    assert!(recorded.path.starts_with("/workflows/"));
    assert!(recorded.path.contains("api-version=1"));
    assert_eq!(recorded.header("content-type"), Some("application/json"));
}
