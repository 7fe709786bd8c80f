//! Matrix client-server API v3: the five endpoints Cairn needs, with plain reqwest.

use reqwest::Method;
use serde_json::{Value, json};

use crate::document::{MATRIX_KEY, SharedDocument};
use crate::error::Failure;
use crate::http::{Answer, Http, send};
use crate::secret::Secret;

const SERVICE: &str = "The Matrix server";

/// A path segment percent-encoded: room ids and aliases hold `!`, `#` and `:`.
fn segment(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A signed-in session with one homeserver.
pub(crate) struct Matrix<'a> {
    pub http: &'a Http,
    pub homeserver: &'a str,
}

impl Matrix<'_> {
    fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&Secret>,
        body: Option<&Value>,
    ) -> Result<Value, Failure> {
        let url = format!("{}/_matrix/client/v3/{path}", self.homeserver);
        let mut request = self.http.client().request(method, url);
        if let Some(token) = token {
            request = request.bearer_auth(token.expose());
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = send(request, SERVICE)?;
        if response.status().is_success() {
            return response.json().map_err(|_| {
                Failure::Unavailable(format!("{SERVICE} gave an answer Cairn cannot read."))
            });
        }
        Err(failure(&Answer::read(response), token.is_none()))
    }

    /// Whether the server signs in with a password (`m.login.password` is listed).
    pub fn offers_password(&self) -> Result<bool, Failure> {
        let flows = self.call(Method::GET, "login", None, None)?;
        Ok(flows["flows"]
            .as_array()
            .is_some_and(|flows| flows.iter().any(|f| f["type"] == "m.login.password")))
    }

    /// Signs in with a password; returns the user id and a new access token.
    pub fn sign_in(&self, user: &str, password: &Secret) -> Result<(String, Secret), Failure> {
        let body = json!({
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user},
            "password": password.expose(),
            "initial_device_display_name": "Cairn",
        });
        let answer = self.call(Method::POST, "login", None, Some(&body))?;
        match (answer["user_id"].as_str(), answer["access_token"].as_str()) {
            (Some(user_id), Some(token)) => Ok((user_id.to_owned(), Secret::new(token))),
            _ => Err(Failure::Unavailable(format!(
                "{SERVICE} did not return a session."
            ))),
        }
    }

    /// Who a pasted access token belongs to.
    pub fn whoami(&self, token: &Secret) -> Result<String, Failure> {
        let answer = self.call(Method::GET, "account/whoami", Some(token), None)?;
        answer["user_id"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| Failure::Unavailable(format!("{SERVICE} did not say who is signed in.")))
    }

    /// Joins the room (a no-op when already in it) and returns its id.
    pub fn join(&self, token: &Secret, room: &str) -> Result<String, Failure> {
        let answer = self.call(
            Method::POST,
            &format!("join/{}", segment(room)),
            Some(token),
            Some(&json!({})),
        )?;
        answer["room_id"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| Failure::Unavailable(format!("{SERVICE} did not name the room.")))
    }

    /// Sends a message under a transaction id: the same id never posts twice.
    pub fn send(
        &self,
        token: &Secret,
        room_id: &str,
        txn: &str,
        content: &Value,
    ) -> Result<String, Failure> {
        let path = format!(
            "rooms/{}/send/m.room.message/{}",
            segment(room_id),
            segment(txn)
        );
        let answer = self.call(Method::PUT, &path, Some(token), Some(content))?;
        answer["event_id"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| Failure::Unavailable(format!("{SERVICE} did not confirm the message.")))
    }

    /// The room's latest messages, newest first.
    pub fn messages(
        &self,
        token: &Secret,
        room_id: &str,
        limit: u32,
    ) -> Result<Vec<Value>, Failure> {
        let path = format!("rooms/{}/messages?dir=b&limit={limit}", segment(room_id));
        let answer = self.call(Method::GET, &path, Some(token), None)?;
        Ok(answer["chunk"].as_array().cloned().unwrap_or_default())
    }
}

/// Matrix errors are `{errcode, error}`: an unknown token asks for sign-in, a refused password
/// too; a 403 on anything else is the room refusing, not the credentials.
fn failure(answer: &Answer, signing_in: bool) -> Failure {
    let body = answer.json().unwrap_or_default();
    let said = body["error"].as_str().map(str::to_owned);
    let wait = body["retry_after_ms"]
        .as_u64()
        .map(std::time::Duration::from_millis);
    match (answer.status.as_u16(), body["errcode"].as_str()) {
        (403, _) if signing_in => {
            Failure::SignIn("The Matrix server refused that user name or password.".to_owned())
        }
        (403, _) => Failure::Refused(format!(
            "The Matrix room refused the post: {}",
            said.unwrap_or_else(|| "not allowed".to_owned())
        )),
        (404, _) => Failure::Refused(format!(
            "The Matrix room was not found: {}",
            said.unwrap_or_else(|| "check its address".to_owned())
        )),
        _ => answer.failure(SERVICE, said, wait),
    }
}

/// The message a share becomes: Markdown as the plain body, sanitised HTML as the formatted
/// body, and the document itself so another Cairn can read it.
pub(crate) fn content(document: &SharedDocument) -> Value {
    let markdown = document.markdown();
    json!({
        "msgtype": "m.text",
        "body": format!("{}\n\n{markdown}", document.title()),
        "format": "org.matrix.custom.html",
        "formatted_body": document.html(),
        MATRIX_KEY: document,
    })
}

/// A link to an event that opens in any Matrix client.
pub(crate) fn link(room: &str, event_id: &str) -> String {
    format!(
        "https://matrix.to/#/{}/{}",
        segment(room),
        segment(event_id)
    )
}
