//! The one change stream: what a write changed.

use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

/// The kind of record a change touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Entity {
    Activity,
    Reflection,
    Tag,
    Evidence,
    Feedback,
    Review,
    Settings,
    Framework,
    Goal,
    Community,
    Profile,
    /// A community space's configuration.
    Space,
    /// A row of the share log.
    Share,
    /// Everything may have changed (a snapshot was restored).
    Journal,
}

/// What happened to the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ChangeAction {
    Created,
    Updated,
    Trashed,
    Restored,
    /// Gone for good.
    Deleted,
}

/// One write to the journal, announced after it committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Change {
    pub entity: Entity,
    pub id: Uuid,
    pub action: ChangeAction,
}
