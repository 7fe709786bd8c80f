//! Discourse: a share becomes a topic in a category (with `external_id`, so a retry can find a
//! topic an earlier attempt created) or a reply to a chosen topic.

use serde_json::{Value, json};

use crate::document::SharedDocument;
use crate::error::Failure;
use crate::http::{Answer, Http, send};
use crate::secret::Secret;

const SERVICE: &str = "The Discourse forum";

/// Where and as whom to post.
pub(crate) struct Forum<'a> {
    pub http: &'a Http,
    pub base_url: &'a str,
    pub api_username: &'a str,
    pub api_key: &'a Secret,
}

/// The topic's key on the forum: the same on every attempt (Discourse allows 50 characters).
pub(crate) fn external_id(document: &SharedDocument) -> String {
    format!("cairn-{}", document.id)
}

/// The request body: a new topic, or a reply when a topic is chosen.
pub(crate) fn body(document: &SharedDocument, category: u32, topic_id: Option<u32>) -> Value {
    match topic_id {
        Some(topic_id) => json!({
            "topic_id": topic_id,
            "raw": format!("**{}**\n\n{}", document.title(), document.markdown()),
        }),
        None => json!({
            "title": document.title(),
            "raw": document.markdown(),
            "category": category,
            "external_id": external_id(document),
        }),
    }
}

impl Forum<'_> {
    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::blocking::RequestBuilder {
        self.http
            .client()
            .request(method, format!("{}{path}", self.base_url))
            .header("Api-Key", self.api_key.expose())
            .header("Api-Username", self.api_username)
            .header("Accept", "application/json")
    }

    /// The topic an earlier attempt created, if the forum has it: `(topic id, link)`.
    pub fn find(&self, external_id: &str) -> Result<Option<(String, String)>, Failure> {
        let path = format!("/t/external_id/{external_id}.json");
        let response = send(self.request(reqwest::Method::GET, &path), SERVICE)?;
        if response.status() == reqwest::StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if !response.status().is_success() {
            return Err(failure(&Answer::read(response)));
        }
        let topic: Value = response.json().unwrap_or_default();
        Ok(topic["id"].as_u64().map(|id| {
            let slug = topic["slug"].as_str().unwrap_or("topic");
            (id.to_string(), format!("{}/t/{slug}/{id}", self.base_url))
        }))
    }

    /// Posts; returns the post's id and link. A post held for approval has no link yet.
    pub fn post(&self, body: &Value) -> Result<(String, Option<String>), Failure> {
        let response = send(
            self.request(reqwest::Method::POST, "/posts.json")
                .json(body),
            SERVICE,
        )?;
        if !response.status().is_success() {
            return Err(failure(&Answer::read(response)));
        }
        let post: Value = response.json().unwrap_or_default();
        if post["action"] == "enqueued" {
            let pending = post["pending_post"]["id"].as_u64().unwrap_or_default();
            return Ok((format!("pending {pending} (awaiting approval)"), None));
        }
        match (post["id"].as_u64(), post["topic_id"].as_u64()) {
            (Some(id), Some(topic)) => {
                let slug = post["topic_slug"].as_str().unwrap_or("topic");
                let number = post["post_number"].as_u64().unwrap_or(1);
                Ok((
                    id.to_string(),
                    Some(format!("{}/t/{slug}/{topic}/{number}", self.base_url)),
                ))
            }
            _ => Err(Failure::Unavailable(format!(
                "{SERVICE} did not confirm the post."
            ))),
        }
    }
}

/// Discourse errors are `{errors: [...], error_type}`; a 429 says how long in `extras`.
fn failure(answer: &Answer) -> Failure {
    let body = answer.json().unwrap_or_default();
    let said = body["errors"].as_array().map(|errors| {
        errors
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    });
    let wait = body["extras"]["wait_seconds"]
        .as_u64()
        .map(std::time::Duration::from_secs);
    answer.failure(SERVICE, said, wait)
}
