//! The documented answers of each stand-in service: chat webhooks here, Discourse in
//! `crate::discourse`.

use serde_json::{Value, json};

use crate::http::{Request, Response};
use crate::standin::{Service, State};

use crate::discourse;

/// Answers a request as the service's contract says, storing what it creates.
pub(crate) fn handle(state: &mut State, request: &Request) -> Response {
    let service = state.service.clone();
    if let Service::Discourse {
        api_key,
        api_username,
    } = &service
    {
        return discourse::handle(state, request, api_key, api_username);
    }
    let path = request.path.split('?').next().unwrap_or_default();
    let known = match service {
        Service::Slack => path.starts_with("/services/"),
        Service::Mattermost => path.starts_with("/hooks/"),
        Service::Discord => path.starts_with("/api/webhooks/"),
        Service::Teams => path.starts_with("/workflows/"),
        Service::Discourse { .. } => false,
    };
    if !known || request.method != "POST" {
        return Response::text(404, "Not Found");
    }
    let payload = json_body(request).unwrap_or(Value::Null);
    let answer = match service {
        Service::Slack => slack(&payload),
        Service::Mattermost => mattermost(&payload),
        Service::Discord => discord(&payload, &request.path, state.next_id),
        Service::Teams => teams(&payload),
        Service::Discourse { .. } => unreachable!(),
    };
    if answer.status < 300 {
        state.next_id += 1;
        state.posts.push(payload);
    }
    answer
}

/// The JSON body, if the request says `Content-Type: application/json` and it parses.
pub(crate) fn json_body(request: &Request) -> Option<Value> {
    let content_type = request.header("content-type").unwrap_or_default();
    if !content_type.starts_with("application/json") {
        return None;
    }
    serde_json::from_str(&request.body).ok()
}

fn nonempty_string(value: &Value) -> bool {
    value.as_str().is_some_and(|text| !text.is_empty())
}

fn nonempty_array(value: &Value) -> bool {
    value.as_array().is_some_and(|items| !items.is_empty())
}

fn slack(payload: &Value) -> Response {
    if nonempty_string(&payload["text"]) || nonempty_array(&payload["blocks"]) {
        Response::text(200, "ok")
    } else {
        Response::text(400, "invalid_payload")
    }
}

fn mattermost(payload: &Value) -> Response {
    if payload.is_null() {
        return Response::json(
            400,
            &json!({"id": "web.incoming_webhook.parse.app_error",
                "message": "Unable to parse incoming data.", "status_code": 400}),
        );
    }
    if nonempty_string(&payload["text"]) || nonempty_array(&payload["attachments"]) {
        Response::text(200, "ok")
    } else {
        Response::json(
            400,
            &json!({"id": "web.incoming_webhook.text.app_error",
                "message": "No text specified.", "status_code": 400}),
        )
    }
}

fn discord(payload: &Value, path: &str, id: u64) -> Response {
    let content = payload["content"].as_str().unwrap_or_default();
    if content.chars().count() > 2000 {
        return Response::json(
            400,
            &json!({"message": "Invalid Form Body", "code": 50035, "errors": {"content":
                {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH",
                    "message": "Must be 2000 or fewer in length."}]}}}),
        );
    }
    if content.is_empty() && !nonempty_array(&payload["embeds"]) {
        return Response::json(
            400,
            &json!({"message": "Cannot send an empty message", "code": 50006}),
        );
    }
    let wait = path
        .split_once('?')
        .is_some_and(|(_, query)| query.split('&').any(|pair| pair == "wait=true"));
    if !wait {
        return Response::empty(204);
    }
    let webhook_id = path.split('/').nth(3).unwrap_or_default();
    Response::json(
        200,
        &json!({
            "id": format!("11{id:017}"),
            "type": 0,
            "channel_id": "1000000000000000001",
            "content": content,
            "embeds": payload["embeds"].as_array().cloned().unwrap_or_default(),
            "author": {"id": webhook_id, "username": "Cairn", "bot": true},
            "webhook_id": webhook_id,
            "timestamp": now(),
        }),
    )
}

fn teams(payload: &Value) -> Response {
    let card_ok = |attachment: &Value| {
        attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
            && attachment["content"]["type"] == "AdaptiveCard"
            && attachment["content"]["version"].is_string()
            && attachment["content"]["body"].is_array()
    };
    let valid = payload["type"] == "message"
        && payload["attachments"]
            .as_array()
            .is_some_and(|items| !items.is_empty() && items.iter().all(card_ok));
    if valid {
        Response::empty(202)
    } else {
        Response::json(
            400,
            &json!({"error": {"code": "InvalidRequestContent",
                "message": "The request content is not a valid Adaptive Card message."}}),
        )
    }
}

/// 429 in the service's shape, with `Retry-After`.
pub(crate) fn rate_limited(service: &Service, seconds: u32) -> Response {
    let response = match service {
        Service::Discourse { .. } => Response::json(
            429,
            &json!({"errors": [format!("You've performed this action too many times. \
                Please wait {seconds} seconds before trying again.")],
                "error_type": "rate_limit", "extras": {"wait_seconds": seconds}}),
        ),
        Service::Slack => Response::text(429, "rate_limited"),
        Service::Mattermost => Response::text(429, "limit exceeded\n"),
        Service::Discord => Response::json(
            429,
            &json!({"message": "You are being rate limited.",
                "retry_after": f64::from(seconds), "global": false}),
        ),
        Service::Teams => Response::json(
            429,
            &json!({"error": {"code": "WorkflowTriggeredTooManyTimes",
                "message": "Too many requests."}}),
        ),
    };
    response.header("Retry-After", &seconds.to_string())
}

/// A 500 answer.
pub(crate) fn server_error() -> Response {
    Response::text(500, "Internal Server Error")
}

/// The service's answer to bad credentials.
pub(crate) fn unauthorized(service: &Service) -> Response {
    match service {
        Service::Discourse { .. } => discourse::invalid_access(),
        Service::Slack => Response::text(403, "action_prohibited"),
        Service::Mattermost => Response::json(
            400,
            &json!({"id": "web.incoming_webhook.invalid.app_error",
                "message": "Invalid webhook.", "status_code": 400}),
        ),
        Service::Discord => Response::json(
            401,
            &json!({"message": "Invalid Webhook Token", "code": 50027}),
        ),
        Service::Teams => Response::json(
            401,
            &json!({"error": {"code": "DirectApiAuthorizationRequired",
                "message": "The request must be authenticated."}}),
        ),
    }
}

/// The time now as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
pub(crate) fn now() -> String {
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let (secs, millis) = (since.as_secs(), since.subsec_millis());
    let days = (secs / 86_400) as i64;
    let rest = secs % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}
