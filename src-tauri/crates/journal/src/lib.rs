//! Cairn's journal: the domain types and the SQLite store. No Tauri, no network.
//!
//! [`Journal`] is the one way in. Every write goes through it and is announced once to the
//! change listener, so a UI can refresh from a single stream of [`Change`]s.

mod activity;
mod change;
mod error;
mod reflection;
mod row;
mod store;
mod vocab;

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

pub use activity::{Activity, ActivityFields, MAX_TITLE_CHARS};
pub use change::{Change, ChangeAction, Entity};
pub use error::{JournalError, Result};
pub use reflection::{Reflection, ReflectionFields, Section};
pub use store::SCHEMA_VERSION;
pub use vocab::{
    ActivityKind, ActivityMode, Choice, KindChoice, Privacy, ReflectionModel, Vocabulary,
};

/// The most rows one page may hold.
pub const MAX_PAGE: u32 = 200;

/// Which slice of a list to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PageRequest {
    pub offset: u32,
    /// Capped at [`MAX_PAGE`].
    pub limit: u32,
}

impl PageRequest {
    /// The first `limit` rows.
    pub fn first(limit: u32) -> Self {
        Self { offset: 0, limit }
    }

    fn limit(self) -> u32 {
        self.limit.min(MAX_PAGE)
    }
}

/// One page of a list and the size of the whole list.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u32,
}

type Listener = Box<dyn Fn(&Change) + Send>;

/// An open journal file.
pub struct Journal {
    conn: Connection,
    path: PathBuf,
    listener: Option<Listener>,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal").field("path", &self.path).finish()
    }
}

impl Journal {
    /// Opens the journal at `path`, creating it if absent and migrating it if older.
    /// A file that is not a Cairn journal, or is newer than this build, is refused untouched.
    pub fn open(path: &Path) -> Result<Self> {
        Ok(Self {
            conn: store::open(path)?,
            path: path.to_path_buf(),
            listener: None,
        })
    }

    /// A private journal in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        Ok(Self {
            conn: store::open_in_memory()?,
            path: PathBuf::from(":memory:"),
            listener: None,
        })
    }

    /// Calls `listener` once after every write that changed something.
    pub fn set_listener(&mut self, listener: impl Fn(&Change) + Send + 'static) {
        self.listener = Some(Box::new(listener));
    }

    fn announce_if(&self, changed: bool, entity: Entity, id: Uuid, action: ChangeAction) {
        if let (true, Some(listener)) = (changed, &self.listener) {
            listener(&Change { entity, id, action });
        }
    }

    /// Logs a new activity.
    pub fn create_activity(&self, fields: &ActivityFields) -> Result<Activity> {
        let created = activity::insert(&self.conn, fields)?;
        self.announce_if(true, Entity::Activity, created.id, ChangeAction::Created);
        Ok(created)
    }

    /// Replaces an activity's fields; writes and announces nothing when nothing changed.
    pub fn update_activity(&self, id: Uuid, fields: &ActivityFields) -> Result<Activity> {
        let (updated, changed) = activity::update(&self.conn, id, fields)?;
        self.announce_if(changed, Entity::Activity, id, ChangeAction::Updated);
        Ok(updated)
    }

    /// One activity, in the trash or not.
    pub fn activity(&self, id: Uuid) -> Result<Activity> {
        activity::get(&self.conn, id)
    }

    /// Activities not in the trash, newest first.
    pub fn activities(&self, page: PageRequest) -> Result<Page<Activity>> {
        activity::list(&self.conn, page)
    }

    /// Moves an activity to the trash; its reflections keep their link.
    pub fn trash_activity(&self, id: Uuid) -> Result<Activity> {
        let (trashed, changed) = activity::set_trashed(&self.conn, id, true)?;
        self.announce_if(changed, Entity::Activity, id, ChangeAction::Trashed);
        Ok(trashed)
    }

    /// Brings an activity back from the trash.
    pub fn restore_activity(&self, id: Uuid) -> Result<Activity> {
        let (restored, changed) = activity::set_trashed(&self.conn, id, false)?;
        self.announce_if(changed, Entity::Activity, id, ChangeAction::Restored);
        Ok(restored)
    }

    /// Starts a private free-writing reflection, on `activity_id` when given.
    pub fn start_reflection(&self, activity_id: Option<Uuid>) -> Result<Reflection> {
        let fields = match activity_id {
            Some(id) => ReflectionFields::on_activity(&self.activity(id)?),
            None => ReflectionFields::free("", None),
        };
        self.create_reflection(&fields)
    }

    /// Starts a reflection.
    pub fn create_reflection(&self, fields: &ReflectionFields) -> Result<Reflection> {
        let created = reflection::insert(&self.conn, fields)?;
        self.announce_if(true, Entity::Reflection, created.id, ChangeAction::Created);
        Ok(created)
    }

    /// Replaces a reflection's fields; writes and announces nothing when nothing changed.
    pub fn update_reflection(&self, id: Uuid, fields: &ReflectionFields) -> Result<Reflection> {
        let (updated, changed) = reflection::update(&self.conn, id, fields)?;
        self.announce_if(changed, Entity::Reflection, id, ChangeAction::Updated);
        Ok(updated)
    }

    /// One reflection, in the trash or not.
    pub fn reflection(&self, id: Uuid) -> Result<Reflection> {
        reflection::get(&self.conn, id)
    }

    /// Reflections not in the trash, most recently written first.
    pub fn reflections(&self, page: PageRequest) -> Result<Page<Reflection>> {
        reflection::list(&self.conn, page)
    }

    /// The reflections linked to an activity, oldest first.
    pub fn reflections_on(&self, activity_id: Uuid) -> Result<Vec<Reflection>> {
        reflection::for_activity(&self.conn, activity_id)
    }

    /// Moves a reflection to the trash.
    pub fn trash_reflection(&self, id: Uuid) -> Result<Reflection> {
        let (trashed, changed) = reflection::set_trashed(&self.conn, id, true)?;
        self.announce_if(changed, Entity::Reflection, id, ChangeAction::Trashed);
        Ok(trashed)
    }

    /// Brings a reflection back from the trash.
    pub fn restore_reflection(&self, id: Uuid) -> Result<Reflection> {
        let (restored, changed) = reflection::set_trashed(&self.conn, id, false)?;
        self.announce_if(changed, Entity::Reflection, id, ChangeAction::Restored);
        Ok(restored)
    }
}
