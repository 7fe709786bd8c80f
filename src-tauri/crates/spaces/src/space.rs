//! The spaces a user shares into: each kind's settings (never a secret), checked before they
//! are kept, and the credential each kind needs from the keychain.

use std::path::Path;

use cairn_journal::{Journal, StoredSpace};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::error::{Result, SpacesError};
use crate::secret::{Secret, SecretField, SecretStore};

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
    fn checked(&self) -> Result<Self> {
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
fn web_address(text: &str, field: &'static str) -> Result<String> {
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

/// A configured space.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Space {
    pub id: Uuid,
    pub name: String,
    pub settings: SpaceSettings,
    /// The kind's name.
    pub label: String,
    pub has_feed: bool,
    pub created_at: DateTime<Utc>,
}

impl Space {
    /// Reads a stored space; settings no longer understood are an error naming the space.
    pub fn from_stored(stored: StoredSpace) -> Result<Self> {
        let settings: SpaceSettings = serde_json::from_str(&stored.settings).map_err(|_| {
            SpacesError::invalid(
                "settings",
                format!("The settings of “{}” could not be read.", stored.name),
            )
        })?;
        Ok(Self {
            id: stored.id,
            name: stored.name,
            label: settings.label(),
            has_feed: settings.has_feed(),
            settings,
            created_at: stored.created_at,
        })
    }
}

/// What the settings form sends: the space, and its credential when the user typed one.
#[derive(Debug, Clone, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SpaceInput {
    /// None for a new space.
    pub id: Option<Uuid>,
    pub name: String,
    pub settings: SpaceSettings,
    /// A new credential; none keeps the one in the keychain.
    pub secret: Option<Secret>,
}

/// Every space, by name.
pub fn spaces(journal: &Journal) -> Result<Vec<Space>> {
    journal
        .spaces()?
        .into_iter()
        .map(Space::from_stored)
        .collect()
}

/// One space.
pub fn space(journal: &Journal, id: Uuid) -> Result<Space> {
    Space::from_stored(journal.space(id)?)
}

/// Checks and keeps a space, its credential going to the keychain (never the journal). A new
/// space that needs a credential must come with one.
pub fn save_space(
    journal: &Journal,
    secrets: &dyn SecretStore,
    input: &SpaceInput,
) -> Result<Space> {
    let settings = input.settings.checked()?;
    let secret = input.secret.as_ref().filter(|s| !s.is_empty());
    if let Some(id) = input.id
        && space(journal, id)?.settings.kind() != settings.kind()
    {
        return Err(SpacesError::invalid(
            "kind",
            "A space's kind cannot change; add a new space instead.",
        ));
    }
    let field = settings.secret_field();
    if let (SpaceSettings::Matrix { .. }, Some(_)) = (&settings, secret) {
        return Err(SpacesError::invalid(
            "secret",
            "Sign in to a Matrix space once it is saved, with a password or a pasted access \
             token, so that Cairn learns who is signed in.",
        ));
    }
    if input.id.is_none()
        && secret.is_none()
        && field.is_some()
        && !matches!(settings, SpaceSettings::Matrix { .. })
    {
        return Err(SpacesError::invalid("secret", missing_secret(&settings)));
    }
    if let (Some(SecretField::WebhookUrl), Some(url)) = (field, secret) {
        web_address(url.expose(), "secret")?;
    }
    let json = serde_json::to_string(&settings).map_err(|e| {
        SpacesError::invalid("settings", format!("The settings could not be kept: {e}"))
    })?;
    if let Some(id) = input.id {
        // Check the keychain first, so a refused credential leaves the space as it was.
        if let (Some(field), Some(secret)) = (field, secret) {
            secrets.set(id, field, secret)?;
        }
        let saved = journal.save_space(Some(id), &input.name, settings.kind(), &json)?;
        if secret.is_some() {
            journal.retry_signed_out_shares(id)?;
        }
        return Space::from_stored(saved);
    }
    let saved = journal.save_space(None, &input.name, settings.kind(), &json)?;
    if let (Some(field), Some(secret)) = (field, secret)
        && let Err(error) = secrets.set(saved.id, field, secret)
    {
        journal.delete_space(saved.id)?;
        return Err(error.into());
    }
    Space::from_stored(saved)
}

fn missing_secret(settings: &SpaceSettings) -> &'static str {
    match settings {
        SpaceSettings::Discourse { .. } => "Paste the API key an administrator made for you.",
        SpaceSettings::Webhook { .. } => "Paste the webhook address the channel gave you.",
        _ => "Give the password (an app password if your server offers them).",
    }
}

/// Keeps a Matrix sign-in: the token in the keychain, who signed in in the settings, and
/// every share that waited for it queued again.
pub fn signed_in(
    journal: &Journal,
    secrets: &dyn SecretStore,
    space: &Space,
    user: &str,
    token: &Secret,
) -> Result<Space> {
    let SpaceSettings::Matrix {
        homeserver, room, ..
    } = &space.settings
    else {
        return Err(SpacesError::invalid(
            "space",
            "Only a Matrix space signs in this way.",
        ));
    };
    secrets.set(space.id, SecretField::AccessToken, token)?;
    let settings = SpaceSettings::Matrix {
        homeserver: homeserver.clone(),
        room: room.clone(),
        user_id: user.to_owned(),
    };
    let json = serde_json::to_string(&settings).map_err(|e| {
        SpacesError::invalid("settings", format!("The settings could not be kept: {e}"))
    })?;
    let saved = journal.save_space(Some(space.id), &space.name, settings.kind(), &json)?;
    journal.retry_signed_out_shares(space.id)?;
    Space::from_stored(saved)
}

/// Removes a space and forgets its credentials; the share log keeps its name.
pub fn delete_space(journal: &Journal, secrets: &dyn SecretStore, id: Uuid) -> Result<()> {
    let space = space(journal, id)?;
    if let Some(field) = space.settings.secret_field() {
        secrets.delete(id, field)?;
    }
    journal.delete_space(id)?;
    Ok(())
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
