//! What each kind of space needs to know (never a secret), checked before it is kept.

use std::path::Path;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Result, SpacesError};
use crate::secret::SecretField;

/// A chat service that takes incoming webhooks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ChatService {
    Slack,
    Mattermost,
    Discord,
    Teams,
}

impl ChatService {
    /// The service's name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Slack => "Slack",
            Self::Mattermost => "Mattermost",
            Self::Discord => "Discord",
            Self::Teams => "Microsoft Teams",
        }
    }
}

/// How an SMTP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SmtpSecurity {
    /// TLS from the first byte (port 465).
    Tls,
    /// Plain, then STARTTLS before anything is sent (port 587).
    StartTls,
    /// No encryption: only for a server on this computer.
    None,
}

/// What a space is and where it lives; its credential is in the keychain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SpaceSettings {
    /// A Matrix room.
    #[serde(rename_all = "camelCase")]
    Matrix {
        /// `https://matrix.example.org`.
        homeserver: String,
        /// `#alias:server` or `!id:server`.
        room: String,
        /// Who is signed in (filled in by signing in).
        #[serde(default)]
        user_id: String,
    },
    /// A Discourse forum: a new topic in a category, or replies to one topic.
    #[serde(rename_all = "camelCase")]
    Discourse {
        base_url: String,
        api_username: String,
        category: u32,
        /// Reply to this topic instead of starting one.
        #[serde(default)]
        topic_id: Option<u32>,
    },
    /// A chat channel's incoming webhook; the webhook's address is the credential.
    #[serde(rename_all = "camelCase")]
    Webhook { service: ChatService },
    /// A WebDAV folder (Nextcloud, ownCloud, SharePoint-style).
    #[serde(rename_all = "camelCase")]
    #[serde(rename = "webdav")]
    WebDav {
        /// The folder's address, e.g. `https://cloud.example.org/remote.php/dav/files/me/CPD`.
        url: String,
        user: String,
        /// How posts are signed (empty for no name).
        #[serde(default)]
        sign_as: String,
    },
    /// A folder on this computer that a sync client shares with a team.
    #[serde(rename_all = "camelCase")]
    Folder {
        path: String,
        #[serde(default)]
        sign_as: String,
    },
    /// E-mail to a mentor or verifier.
    #[serde(rename_all = "camelCase")]
    Email {
        host: String,
        port: u16,
        security: SmtpSecurity,
        /// The SMTP user name (empty for a server that needs none).
        #[serde(default)]
        user: String,
        from: String,
        to: String,
    },
}

impl SpaceSettings {
    /// The kind's key, as stored.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Matrix { .. } => "matrix",
            Self::Discourse { .. } => "discourse",
            Self::Webhook { .. } => "webhook",
            Self::WebDav { .. } => "webdav",
            Self::Folder { .. } => "folder",
            Self::Email { .. } => "email",
        }
    }

    /// The kind's name, for the user.
    pub fn label(&self) -> String {
        match self {
            Self::Matrix { .. } => "Matrix room".to_owned(),
            Self::Discourse { .. } => "Discourse forum".to_owned(),
            Self::Webhook { service } => format!("{} webhook", service.label()),
            Self::WebDav { .. } => "WebDAV folder".to_owned(),
            Self::Folder { .. } => "Shared folder".to_owned(),
            Self::Email { .. } => "E-mail".to_owned(),
        }
    }

    /// The credential this kind needs, if any.
    pub fn secret_field(&self) -> Option<SecretField> {
        match self {
            Self::Matrix { .. } => Some(SecretField::AccessToken),
            Self::Discourse { .. } => Some(SecretField::ApiKey),
            Self::Webhook { .. } => Some(SecretField::WebhookUrl),
            Self::WebDav { .. } => Some(SecretField::Password),
            Self::Email { user, .. } if !user.trim().is_empty() => Some(SecretField::Password),
            Self::Folder { .. } | Self::Email { .. } => None,
        }
    }

    /// Whether peers' posts can be read back from this kind.
    pub fn has_feed(&self) -> bool {
        matches!(
            self,
            Self::Matrix { .. } | Self::WebDav { .. } | Self::Folder { .. }
        )
    }

    /// The settings tidied, or what the user must correct.
    pub(crate) fn checked(&self) -> Result<Self> {
        let mut settings = self.clone();
        match &mut settings {
            Self::Matrix {
                homeserver, room, ..
            } => {
                *homeserver = web_address(homeserver, "homeserver")?;
                *room = room.trim().to_owned();
                if !(room.starts_with('#') || room.starts_with('!')) || !room.contains(':') {
                    return Err(SpacesError::invalid(
                        "room",
                        "Give the room as #alias:server or !id:server.",
                    ));
                }
            }
            Self::Discourse {
                base_url,
                api_username,
                ..
            } => {
                *base_url = web_address(base_url, "baseUrl")?;
                *api_username = api_username.trim().to_owned();
                if api_username.is_empty() {
                    return Err(SpacesError::invalid(
                        "apiUsername",
                        "Give the user name the API key belongs to.",
                    ));
                }
            }
            Self::Webhook { .. } => {}
            Self::WebDav { url, user, .. } => {
                *url = web_address(url, "url")?;
                if !url.ends_with('/') {
                    url.push('/');
                }
                *user = user.trim().to_owned();
                if user.is_empty() {
                    return Err(SpacesError::invalid("user", "Give the user name."));
                }
            }
            Self::Folder { path, .. } => {
                *path = path.trim().to_owned();
                if !Path::new(path.as_str()).is_dir() {
                    return Err(SpacesError::invalid(
                        "path",
                        "Choose a folder that exists on this computer.",
                    ));
                }
            }
            Self::Email { host, from, to, .. } => {
                *host = host.trim().to_owned();
                if host.is_empty() {
                    return Err(SpacesError::invalid("host", "Give the mail server's name."));
                }
                for (field, address) in [("from", from), ("to", to)] {
                    *address = address.trim().to_owned();
                    if address.parse::<lettre::message::Mailbox>().is_err() {
                        return Err(SpacesError::invalid(
                            field,
                            format!("“{address}” is not an e-mail address."),
                        ));
                    }
                }
            }
        }
        Ok(settings)
    }
}

/// An http or https address, without a trailing slash unless it is a folder.
pub(crate) fn web_address(text: &str, field: &'static str) -> Result<String> {
    let text = text.trim();
    match reqwest::Url::parse(text) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.has_host() => {
            Ok(text.trim_end_matches('/').to_owned())
        }
        _ => Err(SpacesError::invalid(
            field,
            "Give the full address, starting https://",
        )),
    }
}

/// A post's address checked before it is handed to the system: http or https only, so a
/// `file:` or `javascript:` link from a space never opens.
pub fn web_link(text: &str) -> Result<String> {
    web_address(text, "link").map(|_| text.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_links_are_opened() {
        assert!(web_link(" https://matrix.to/#/!room/$event ").is_ok());
        for refused in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "/home/me/cpd",
            "ftp://x.org",
        ] {
            assert!(web_link(refused).is_err(), "{refused}");
        }
    }
}
