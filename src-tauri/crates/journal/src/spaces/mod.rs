//! What the journal keeps about community spaces: each space's non-secret configuration, the
//! share log, the names taken out of anything shared, and the peer posts reflections answer.
//! The networking, redaction and secrets live in `cairn-spaces`; this is only the storage.

mod log;
mod store;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::Journal;
use crate::change::{ChangeAction, Entity};
use crate::error::Result;
use crate::reflection::{Reflection, ReflectionFields};
use crate::vocab::vocabulary;

vocabulary! {
    /// Where a share stands.
    ShareStatus {
        Queued = "queued", "Waiting to send";
        Shared = "shared", "Shared";
        NeedsSignIn = "needs_sign_in", "Sign in again";
        Failed = "failed", "Not sent";
    }
}

/// A space as stored: its kind and settings are the spaces crate's to interpret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSpace {
    pub id: Uuid,
    pub name: String,
    /// The kind's key (`matrix`, `webdav`, ...).
    pub kind: String,
    /// The kind's non-secret settings as JSON.
    pub settings: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A share about to be logged: everything the user confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewShare {
    /// Chosen by the caller, since the payload names it (a retry must send the same id).
    pub id: Uuid,
    pub space_id: Uuid,
    pub space_name: String,
    pub title: String,
    /// The redacted document exactly as previewed.
    pub payload: String,
    pub reflection_ids: Vec<Uuid>,
    pub activity_ids: Vec<Uuid>,
}

/// One row of the share log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ShareLogEntry {
    pub id: Uuid,
    /// None once the space has been removed.
    pub space_id: Option<Uuid>,
    pub space_name: String,
    pub title: String,
    #[serde(skip)]
    pub payload: String,
    pub status: ShareStatus,
    pub attempts: u32,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    /// The space's id for the post (a Matrix event id, a topic id, a file name).
    pub remote_id: Option<String>,
    /// Where the post can be seen, when the space gives an address.
    pub link: Option<String>,
    pub created_at: DateTime<Utc>,
    pub shared_at: Option<DateTime<Utc>>,
    pub reflection_ids: Vec<Uuid>,
    pub activity_ids: Vec<Uuid>,
}

/// What one attempt to post a share came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareAttempt {
    /// The space confirmed the post.
    Delivered {
        remote_id: String,
        link: Option<String>,
    },
    /// Not this time: try again at `at`.
    Retry { at: DateTime<Utc>, error: String },
    /// The space refused the credentials: wait until the user signs in again.
    NeedsSignIn { error: String },
    /// The space refused the post itself: trying again would not help.
    Failed { error: String },
}

/// A peer's post that a reflection answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionSource {
    pub space_id: Option<Uuid>,
    pub space_name: String,
    /// The post's id in its space.
    pub remote_id: String,
    pub author: String,
    pub title: String,
    pub link: Option<String>,
    pub posted_at: Option<DateTime<Utc>>,
}

impl Journal {
    /// Every configured space, by name.
    pub fn spaces(&self) -> Result<Vec<StoredSpace>> {
        store::list(&self.conn)
    }

    /// One space.
    pub fn space(&self, id: Uuid) -> Result<StoredSpace> {
        store::get(&self.conn, id)
    }

    /// Adds a space (no `id`) or replaces one's name and settings.
    pub fn save_space(
        &self,
        id: Option<Uuid>,
        name: &str,
        kind: &str,
        settings: &str,
    ) -> Result<StoredSpace> {
        let now = self.now();
        let (saved, action) = match id {
            None => (
                store::insert(&self.conn, name, kind, settings, now)?,
                ChangeAction::Created,
            ),
            Some(id) => (
                store::update(&self.conn, id, name, settings, now)?,
                ChangeAction::Updated,
            ),
        };
        self.announce_if(true, Entity::Space, saved.id, action);
        Ok(saved)
    }

    /// Removes a space; its shares stay in the log under its name.
    pub fn delete_space(&self, id: Uuid) -> Result<()> {
        store::delete(&self.conn, id)?;
        self.announce_if(true, Entity::Space, id, ChangeAction::Deleted);
        Ok(())
    }

    /// The names taken out of anything shared, alphabetically.
    pub fn redaction_names(&self) -> Result<Vec<String>> {
        store::redaction_names(&self.conn)
    }

    /// Replaces the redaction list; blanks and repeats (ignoring case) are dropped.
    pub fn set_redaction_names(&self, names: &[String]) -> Result<Vec<String>> {
        let names = store::set_redaction_names(&self.conn, names)?;
        self.announce_if(true, Entity::Settings, Uuid::nil(), ChangeAction::Updated);
        Ok(names)
    }

    /// Logs a confirmed share, queued to be sent now.
    pub fn log_share(&self, share: &NewShare) -> Result<ShareLogEntry> {
        let entry = log::insert(&self.conn, share, self.now())?;
        self.announce_if(true, Entity::Share, entry.id, ChangeAction::Created);
        Ok(entry)
    }

    /// The share log, newest first.
    pub fn share_log(&self) -> Result<Vec<ShareLogEntry>> {
        log::list(&self.conn)
    }

    /// One share.
    pub fn share(&self, id: Uuid) -> Result<ShareLogEntry> {
        log::get(&self.conn, id)
    }

    /// Queued shares whose next attempt is due, oldest first.
    pub fn shares_due(&self) -> Result<Vec<ShareLogEntry>> {
        log::due(&self.conn, self.now())
    }

    /// When the next queued share falls due, if any is waiting.
    pub fn next_share_due(&self) -> Result<Option<DateTime<Utc>>> {
        log::next_due(&self.conn)
    }

    /// Records what an attempt to post a share came to.
    pub fn record_share_attempt(&self, id: Uuid, attempt: &ShareAttempt) -> Result<ShareLogEntry> {
        let entry = log::record(&self.conn, id, attempt, self.now())?;
        self.announce_if(true, Entity::Share, id, ChangeAction::Updated);
        Ok(entry)
    }

    /// Queues a share that waits or failed to be tried again now (after signing in again).
    /// A share already delivered is left as it is.
    pub fn retry_share(&self, id: Uuid) -> Result<ShareLogEntry> {
        let entry = log::requeue(&self.conn, id, self.now())?;
        self.announce_if(true, Entity::Share, id, ChangeAction::Updated);
        Ok(entry)
    }

    /// After the user signs in to a space again: queues every share that waited for it.
    pub fn retry_signed_out_shares(&self, space_id: Uuid) -> Result<()> {
        let queued = log::requeue_signed_out(&self.conn, space_id, self.now())?;
        self.announce_if(queued > 0, Entity::Share, space_id, ChangeAction::Updated);
        Ok(())
    }

    /// Starts a reflection answering a peer's post, linked to it.
    pub fn create_reflection_on(
        &self,
        fields: &ReflectionFields,
        source: &ReflectionSource,
    ) -> Result<Reflection> {
        // The reflection is written first (in its own transaction) so that the worst a crash
        // between the two writes leaves is a reflection without its link.
        let created = self.create_reflection(fields)?;
        store::insert_source(&self.conn, created.id, source)?;
        Ok(created)
    }

    /// The peer's post a reflection answers, if it answers one.
    pub fn reflection_source(&self, reflection_id: Uuid) -> Result<Option<ReflectionSource>> {
        store::source(&self.conn, reflection_id)
    }
}
