//! The spaces a user shares into: kept with their checked settings in the journal, and the
//! credential each kind needs in the keychain.

use cairn_journal::{Journal, StoredSpace};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::error::{Result, SpacesError};
use crate::secret::{Secret, SecretField, SecretStore};
use crate::settings::{SpaceSettings, web_address};

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
