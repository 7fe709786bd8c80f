//! Discourse's documented API: `POST /posts.json`, `GET /t/external_id/{id}.json` and the
//! topic it redirects to.

use serde_json::{Value, json};

use crate::contracts::{json_body, now};
use crate::http::{Request, Response};
use crate::standin::State;

/// Topic ids start here, so that a test confusing them with post ids fails.
const FIRST_TOPIC_ID: u64 = 1000;

/// A topic a Discourse stand-in holds.
pub(crate) struct Topic {
    id: u64,
    slug: String,
    title: String,
    external_id: Option<String>,
    posts: Vec<Value>,
}

impl Topic {
    fn json(&self) -> Value {
        json!({"id": self.id, "slug": self.slug, "title": self.title,
            "external_id": self.external_id, "posts_count": self.posts.len(),
            "post_stream": {"posts": self.posts}})
    }
}

/// Answers a request to the forum.
pub(crate) fn handle(
    state: &mut State,
    request: &Request,
    api_key: &str,
    api_username: &str,
) -> Response {
    if request.header("api-key") != Some(api_key)
        || request.header("api-username") != Some(api_username)
    {
        return invalid_access();
    }
    let path = request.path.split('?').next().unwrap_or_default();
    match (request.method.as_str(), path) {
        ("POST", "/posts.json") => create(state, request, api_username),
        ("GET", path) if path.starts_with("/t/external_id/") => {
            let external_id = path["/t/external_id/".len()..].trim_end_matches(".json");
            match state
                .topics
                .iter()
                .find(|topic| topic.external_id.as_deref() == Some(external_id))
            {
                Some(topic) => Response::empty(301)
                    .header("Location", &format!("/t/{}/{}.json", topic.slug, topic.id)),
                None => not_found(),
            }
        }
        ("GET", path) if path.starts_with("/t/") && path.ends_with(".json") => {
            let id = path.trim_end_matches(".json").rsplit('/').next();
            let id: Option<u64> = id.and_then(|id| id.parse().ok());
            match state.topics.iter().find(|topic| Some(topic.id) == id) {
                Some(topic) => Response::json(200, &topic.json()),
                None => not_found(),
            }
        }
        _ => not_found(),
    }
}

/// 403 for a missing or wrong `Api-Key` / `Api-Username`.
pub(crate) fn invalid_access() -> Response {
    Response::json(
        403,
        &json!({"errors": ["You are not permitted to view the requested resource. \
            The API username or key is invalid."], "error_type": "invalid_access"}),
    )
}

fn not_found() -> Response {
    Response::json(
        404,
        &json!({"errors": ["The requested URL or resource could not be found."],
            "error_type": "not_found"}),
    )
}

fn unprocessable(message: &str) -> Response {
    Response::json(422, &json!({"action": "create_post", "errors": [message]}))
}

fn create(state: &mut State, request: &Request, username: &str) -> Response {
    let Some(body) = json_body(request) else {
        return Response::json(
            400,
            &json!({"errors": ["param is missing or the value is empty: raw"],
                "error_type": "invalid_parameters"}),
        );
    };
    let raw = match &body["raw"] {
        Value::String(raw) if !raw.trim().is_empty() => raw.clone(),
        Value::Null => return unprocessable("raw is required"),
        _ => return unprocessable("Body can't be blank"),
    };
    let topic_id = body["topic_id"]
        .as_u64()
        .or_else(|| body["topic_id"].as_str().and_then(|id| id.parse().ok()));
    let external_id = body["external_id"].as_str().map(str::to_string);
    let index = match topic_id {
        Some(topic_id) => match state.topics.iter().position(|topic| topic.id == topic_id) {
            Some(index) => index,
            None => return unprocessable("Topic not found"),
        },
        None => {
            let title = body["title"]
                .as_str()
                .unwrap_or_default()
                .trim()
                .to_string();
            if title.is_empty() {
                return unprocessable("Title can't be blank");
            }
            if let Some(external_id) = &external_id {
                if external_id.chars().count() > 50 {
                    return unprocessable("External ID is too long (maximum is 50 characters)");
                }
                let taken = state
                    .topics
                    .iter()
                    .any(|topic| topic.external_id.as_ref() == Some(external_id));
                if taken {
                    return unprocessable("External ID has already been taken");
                }
            }
            if state.hold {
                return enqueued(state, &raw);
            }
            state.topics.push(Topic {
                id: FIRST_TOPIC_ID + state.topics.len() as u64,
                slug: slug(&title),
                title,
                external_id: external_id.clone(),
                posts: Vec::new(),
            });
            state.topics.len() - 1
        }
    };
    if state.hold {
        return enqueued(state, &raw);
    }
    let id = state.next_id;
    state.next_id += 1;
    let topic = &mut state.topics[index];
    let post = json!({
        "id": id,
        "topic_id": topic.id,
        "topic_slug": topic.slug,
        "post_number": topic.posts.len() + 1,
        "reply_to_post_number": body["reply_to_post_number"],
        "raw": raw,
        "cooked": format!("<p>{}</p>", escape(&raw)),
        "username": username,
        "created_at": now(),
    });
    topic.posts.push(post.clone());
    let mut stored = post.clone();
    let first = topic.posts.len() == 1;
    stored["external_id"] = json!(if first {
        topic.external_id.clone()
    } else {
        None
    });
    stored["title"] = json!(first.then(|| topic.title.clone()));
    state.posts.push(stored);
    Response::json(200, &post)
}

/// The documented answer for a post held for approval; nothing is created.
fn enqueued(state: &mut State, raw: &str) -> Response {
    let id = state.next_id;
    state.next_id += 1;
    Response::json(
        200,
        &json!({"action": "enqueued", "success": true, "pending_count": 1,
            "pending_post": {"id": id, "raw": raw, "created_at": now()}}),
    )
}

fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        "topic".into()
    } else {
        words.join("-")
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
