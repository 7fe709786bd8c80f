//! Credentials, kept only in the OS keychain and never printed or serialized.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// A password, token, API key or webhook address. `Debug` prints `<redacted>` and serializing
/// one fails, so a secret cannot slip into a log line, an error, the journal or an export.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The credential itself, for the one place that sends it to its server.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether nothing was entered.
    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("a secret is never serialized"))
    }
}

/// Secrets arrive from the settings form once, as text, on their way to the keychain.
impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self)
    }
}

impl specta::Type for Secret {
    fn definition(types: &mut specta::Types) -> specta::datatype::DataType {
        String::definition(types)
    }
}

/// Which credential of a space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretField {
    /// A Matrix access token.
    AccessToken,
    /// A Discourse API key.
    ApiKey,
    /// A chat webhook's address, which is itself the credential.
    WebhookUrl,
    /// A WebDAV app password or an SMTP password.
    Password,
}

impl SecretField {
    fn key(self) -> &'static str {
        match self {
            Self::AccessToken => "access-token",
            Self::ApiKey => "api-key",
            Self::WebhookUrl => "webhook-url",
            Self::Password => "password",
        }
    }
}

/// Why the keychain could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeychainError {
    /// No keychain service answers (no Secret Service on the session bus, say).
    #[error(
        "No system keychain is available ({0}). Cairn keeps passwords, tokens and keys only \
         in the keychain, never in the journal: start or unlock your keyring (GNOME Keyring or \
         KWallet on Linux) and try again."
    )]
    Unavailable(String),
    /// The keychain answered but refused.
    #[error("The system keychain refused: {0}")]
    Failed(String),
}

/// Where secrets are kept.
pub trait SecretStore: Send + Sync {
    /// The space's credential, if one was saved.
    fn get(&self, space: Uuid, field: SecretField) -> Result<Option<Secret>, KeychainError>;
    /// Saves (or replaces) the space's credential.
    fn set(&self, space: Uuid, field: SecretField, secret: &Secret) -> Result<(), KeychainError>;
    /// Forgets the space's credential; forgetting one never saved is not an error.
    fn delete(&self, space: Uuid, field: SecretField) -> Result<(), KeychainError>;
}

/// The OS keychain: Secret Service on Linux, Keychain on macOS, Credential Manager on Windows.
#[derive(Debug, Clone)]
pub struct Keychain {
    service: String,
}

impl Keychain {
    /// Keeps secrets under `service` (the app's name; tests use their own).
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
        }
    }

    fn entry(&self, space: Uuid, field: SecretField) -> Result<keyring::Entry, KeychainError> {
        keyring::Entry::new(&self.service, &format!("space/{space}/{}", field.key()))
            .map_err(keychain_error)
    }
}

/// Sorts keyring's errors into "no keychain" and "the keychain refused", keeping only its
/// description (never a credential: keyring's errors do not carry the secret).
fn keychain_error(error: keyring::Error) -> KeychainError {
    match error {
        keyring::Error::NoStorageAccess(cause) | keyring::Error::PlatformFailure(cause) => {
            KeychainError::Unavailable(cause.to_string())
        }
        other => KeychainError::Failed(other.to_string()),
    }
}

impl SecretStore for Keychain {
    fn get(&self, space: Uuid, field: SecretField) -> Result<Option<Secret>, KeychainError> {
        match self.entry(space, field)?.get_password() {
            Ok(value) => Ok(Some(Secret(value))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(keychain_error(error)),
        }
    }

    fn set(&self, space: Uuid, field: SecretField, secret: &Secret) -> Result<(), KeychainError> {
        self.entry(space, field)?
            .set_password(secret.expose())
            .map_err(keychain_error)
    }

    fn delete(&self, space: Uuid, field: SecretField) -> Result<(), KeychainError> {
        match self.entry(space, field)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(error) => Err(keychain_error(error)),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

    use super::*;

    #[test]
    fn a_secret_never_prints_or_serializes() {
        let secret = Secret::new("syt_very_secret_token");
        assert_eq!(format!("{secret:?}"), "<redacted>");
        assert_eq!(format!("{:?}", Some(&secret)), "Some(<redacted>)");
        let error = serde_json::to_string(&secret).unwrap_err().to_string();
        assert!(
            !error.contains("syt_very_secret_token"),
            "the error names no secret: {error}"
        );
        #[derive(Serialize)]
        struct Holder {
            token: Secret,
        }
        assert!(
            serde_json::to_string(&Holder { token: secret }).is_err(),
            "a struct holding a secret cannot be serialized either"
        );
    }

    #[test]
    fn a_secret_arrives_from_the_form_as_text() {
        let secret: Secret = serde_json::from_str("\"hunter2\"").unwrap();
        assert_eq!(secret.expose(), "hunter2");
    }
}
