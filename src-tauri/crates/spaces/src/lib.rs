//! Community spaces: sharing chosen, redacted reflections into the places a community of
//! practice lives (a Matrix room, a Discourse forum, a chat webhook, a WebDAV or shared folder,
//! e-mail), reading what peers shared, and keeping every credential in the OS keychain.
//!
//! Nothing here holds the journal across a network call: the shell reads what to send, lets
//! go of the journal, posts, then records the answer.

mod deliver;
mod document;
mod error;
mod feed;
mod http;
mod redact;
mod secret;
mod settings;
mod share;
mod signin;
mod space;
mod targets;

pub use deliver::{FIRST_BACKOFF, MAX_BACKOFF, attempt, backoff, file_name, transaction_id};
pub use document::{
    DocumentError, FILE_SUFFIX, MATRIX_KEY, SCHEMA_VERSION, SharedActivity, SharedDocument,
    SharedReflection, SharedSection,
};
pub use error::{Failure, Result, SpacesError};
pub use feed::{FEED_LIMIT, FeedItem, feed, reflect_on};
pub use http::{DEFAULT_TIMEOUT, Http};
pub use redact::{RedactionCounts, Redactor};
pub use secret::{Keychain, KeychainError, Secret, SecretField, SecretStore};
pub use settings::{ChatService, SmtpSecurity, SpaceSettings, web_link};
pub use share::{Draft, MAX_REFLECTIONS, SharePreview, ShareRequest, confirm, preview};
pub use signin::{MatrixSignIn, check, sign_in_to_matrix};
pub use space::{Space, SpaceInput, delete_space, save_space, signed_in, space, spaces};
