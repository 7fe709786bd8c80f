//! Posting a logged share to its space, and reading what happened into the share log's terms.
//! Every attempt sends the document exactly as confirmed; retries use each space's way of
//! recognising a repeat (a Matrix transaction id, a Discourse `external_id`, a create-only
//! WebDAV or folder write), and a space that has none is never retried after a timeout.

use std::path::Path;
use std::time::Duration;

use cairn_journal::{ShareAttempt, ShareLogEntry};
use chrono::{DateTime, Utc};

use crate::document::{FILE_SUFFIX, SharedDocument};
use crate::error::Failure;
use crate::http::Http;
use crate::secret::{KeychainError, Secret, SecretField, SecretStore};
use crate::settings::SpaceSettings;
use crate::space::Space;
use crate::targets::{discourse, email, folder, matrix, webdav, webhook};

/// The first wait after a failure; each further failure doubles it, up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: Duration = Duration::from_secs(15);
/// The longest wait between attempts.
pub const MAX_BACKOFF: Duration = Duration::from_secs(30 * 60);

/// How long to wait before attempt number `attempts + 1`.
pub fn backoff(attempts: u32) -> Duration {
    FIRST_BACKOFF
        .checked_mul(1 << attempts.min(16))
        .map_or(MAX_BACKOFF, |wait| wait.min(MAX_BACKOFF))
}

/// The file a share is written to in a folder or WebDAV space: its date, title and id, so the
/// same share always has the same name.
pub fn file_name(document: &SharedDocument) -> String {
    let slug: String = document
        .title()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .take(40)
        .collect();
    let id = document.id.simple().to_string();
    format!(
        "{}-{}-{}{FILE_SUFFIX}",
        document.shared_at.format("%Y-%m-%d"),
        if slug.is_empty() { "reflection" } else { &slug },
        &id[..8]
    )
}

/// The Matrix transaction id of a share: the same on every attempt.
pub fn transaction_id(document: &SharedDocument) -> String {
    format!("cairn-{}", document.id)
}

/// The space's credential, or a request to sign in.
pub(crate) fn credential(
    secrets: &dyn SecretStore,
    space: &Space,
    field: SecretField,
) -> Result<Secret, Failure> {
    match secrets.get(space.id, field) {
        Ok(Some(secret)) => Ok(secret),
        Ok(None) => Err(Failure::SignIn(format!(
            "No credentials are saved for “{}”: sign in again in Settings.",
            space.name
        ))),
        Err(error @ KeychainError::Unavailable(_)) => Err(Failure::Unavailable(error.to_string())),
        Err(error) => Err(Failure::SignIn(error.to_string())),
    }
}

/// Whether a repeat of this space's post is recognised, so a timed-out attempt may be retried.
fn recognises_repeats(settings: &SpaceSettings) -> bool {
    match settings {
        SpaceSettings::Discourse { topic_id, .. } => topic_id.is_none(),
        SpaceSettings::Webhook { .. } => false,
        _ => true,
    }
}

/// Posts once: returns the space's id for the post and a link to it.
fn post(
    document: &SharedDocument,
    space: &Space,
    secrets: &dyn SecretStore,
    http: &Http,
    earlier_attempts: u32,
) -> Result<(String, Option<String>), Failure> {
    match &space.settings {
        SpaceSettings::Matrix {
            homeserver, room, ..
        } => {
            let token = credential(secrets, space, SecretField::AccessToken)?;
            let server = matrix::Matrix { http, homeserver };
            let room_id = server.join(&token, room)?;
            let content = matrix::content(document);
            let event = server.send(&token, &room_id, &transaction_id(document), &content)?;
            let link = matrix::link(&room_id, &event);
            Ok((event, Some(link)))
        }
        SpaceSettings::Discourse {
            base_url,
            api_username,
            category,
            topic_id,
        } => {
            let api_key = credential(secrets, space, SecretField::ApiKey)?;
            let forum = discourse::Forum {
                http,
                base_url,
                api_username,
                api_key: &api_key,
            };
            if topic_id.is_none()
                && earlier_attempts > 0
                && let Some((id, link)) = forum.find(&discourse::external_id(document))?
            {
                return Ok((id, Some(link)));
            }
            forum.post(&discourse::body(document, *category, *topic_id))
        }
        SpaceSettings::Webhook { service } => {
            let url = credential(secrets, space, SecretField::WebhookUrl)?;
            let id = webhook::post(http, &url, *service, &webhook::body(document, *service))?;
            Ok((id, None))
        }
        SpaceSettings::WebDav { .. } => {
            let name = file_name(document);
            let remote = webdav::Folder::of(space, secrets, http)?;
            let address = remote.create(&name, &document.to_json())?;
            Ok((name, Some(address)))
        }
        SpaceSettings::Folder { path, .. } => {
            let name = file_name(document);
            folder::create(Path::new(path), &name, &document.to_json())?;
            let address = Path::new(path).join(&name).display().to_string();
            Ok((name, Some(address)))
        }
        SpaceSettings::Email { .. } => {
            let mail = email::Mail::of(space, secrets, http.timeout())?;
            Ok((mail.send(document)?, None))
        }
    }
}

/// Makes one attempt to post `share` to `space` and says what the share log should record.
pub fn attempt(
    share: &ShareLogEntry,
    space: &Space,
    secrets: &dyn SecretStore,
    http: &Http,
    now: DateTime<Utc>,
) -> ShareAttempt {
    let document = match SharedDocument::read(&share.payload) {
        Ok(document) => document,
        Err(error) => {
            return ShareAttempt::Failed {
                error: error.to_string(),
            };
        }
    };
    match post(&document, space, secrets, http, share.attempts) {
        Ok((remote_id, link)) => ShareAttempt::Delivered { remote_id, link },
        Err(failure) => outcome(failure, &space.settings, share.attempts, now),
    }
}

fn later(now: DateTime<Utc>, wait: Duration) -> DateTime<Utc> {
    now + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX)
}

/// What a failure means for the share: wait and retry, sign in, or give up.
fn outcome(
    failure: Failure,
    settings: &SpaceSettings,
    attempts: u32,
    now: DateTime<Utc>,
) -> ShareAttempt {
    match failure {
        Failure::SignIn(error) => ShareAttempt::NeedsSignIn { error },
        Failure::Wait { after, message } => ShareAttempt::Retry {
            at: later(now, after),
            error: message,
        },
        Failure::Unavailable(error) => ShareAttempt::Retry {
            at: later(now, backoff(attempts)),
            error,
        },
        Failure::TimedOut(error) if recognises_repeats(settings) => ShareAttempt::Retry {
            at: later(now, backoff(attempts)),
            error,
        },
        Failure::TimedOut(error) => ShareAttempt::Failed {
            error: format!(
                "{error} This space cannot recognise a repeat, so Cairn will not send it again \
                 by itself: check the channel, and choose Try again only if the post is not there."
            ),
        },
        Failure::Refused(error) => ShareAttempt::Failed { error },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_half_an_hour() {
        assert_eq!(backoff(0), Duration::from_secs(15));
        assert_eq!(backoff(1), Duration::from_secs(30));
        assert_eq!(backoff(3), Duration::from_secs(120));
        assert_eq!(backoff(20), MAX_BACKOFF);
        assert_eq!(backoff(u32::MAX), MAX_BACKOFF);
    }

    #[test]
    fn a_timeout_is_retried_only_where_a_repeat_is_recognised() {
        let now = Utc::now();
        let matrix = SpaceSettings::Matrix {
            homeserver: "https://m.example".to_owned(),
            room: "#cpd:m.example".to_owned(),
            user_id: String::new(),
        };
        let slack = SpaceSettings::Webhook {
            service: crate::settings::ChatService::Slack,
        };
        let timed_out = || Failure::TimedOut("no answer".to_owned());
        assert!(matches!(
            outcome(timed_out(), &matrix, 0, now),
            ShareAttempt::Retry { .. }
        ));
        assert!(matches!(
            outcome(timed_out(), &slack, 0, now),
            ShareAttempt::Failed { .. }
        ));
        assert!(matches!(
            outcome(Failure::Unavailable("down".to_owned()), &slack, 2, now),
            ShareAttempt::Retry { at, .. } if at == now + chrono::Duration::seconds(60)
        ));
    }
}
