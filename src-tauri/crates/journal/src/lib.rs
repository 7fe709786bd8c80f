//! Cairn's journal: the domain types and the SQLite store. No Tauri, no network.
//!
//! [`Journal`] is the one way in. Every write goes through it and is announced once to the
//! change listener, so a UI can refresh from a single stream of [`Change`]s.

mod activity;
mod backup;
mod change;
mod community;
mod coverage;
mod error;
mod evidence;
mod feedback;
mod files;
mod framework;
mod framework_import;
mod frameworks;
mod goal;
mod imports;
mod links;
pub mod markdown;
pub mod models;
mod organise;
mod page;
mod practice;
mod presets;
mod profile;
mod progress;
mod reflection;
mod reminders;
pub mod requirements;
mod review;
mod revision;
mod row;
pub mod search;
mod settings;
mod snapshot;
mod spaces;
mod standards;
mod stats;
mod store;
mod tags;
mod vocab;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use uuid::Uuid;

pub use activity::{Activity, ActivityFields, MAX_TITLE_CHARS};
pub use backup::{BACKUP_TABLES, BackupRow, BackupTables, RestoreOutcome};
pub use change::{Change, ChangeAction, Entity};
pub use community::{Community, CommunityFields, LevelChange, ParticipationLevel};
pub use coverage::{Coverage, ItemCoverage};
pub use error::{JournalError, Result};
pub use evidence::{Evidence, EvidenceOwner, MAX_EVIDENCE_BYTES};
pub use feedback::{Feedback, FeedbackFields};
pub use framework::{
    Framework, FrameworkFields, FrameworkItem, ItemFields, MAX_CODE_CHARS, MAX_FRAMEWORK_ITEMS,
};
pub use framework_import::MAX_FRAMEWORK_FILE_BYTES;
pub use goal::{Goal, GoalFields, GoalStatus};
pub use imports::{ImportOutcome, MAX_IMPORT_KEY_CHARS};
pub use page::{MAX_PAGE, Page, PageRequest};
pub use presets::{PRESET_KEYS, preset_framework_id, preset_item_id};
pub use profile::{
    FULL_TIME_WEEKLY_HOURS, MAX_CYCLE_YEARS, MAX_HOURS_TARGET, Profile, ProfileFields,
};
pub use reflection::{Reflection, ReflectionFields, Section};
pub use reminders::Reminder;
pub use requirements::{
    ActivityFact, Facts, HcpcActivityType, ProfileProgress, ReflectionFact, Requirement,
    RequirementUnit,
};
pub use review::{Review, ReviewFields};
pub use revision::{Revision, SESSION_GAP, SESSION_SPAN};
pub use search::{SearchHit, SearchQuery, SnippetPart};
pub use settings::{DEFAULT_SNAPSHOTS_KEPT, Settings};
pub use snapshot::{SNAPSHOT_INTERVAL, Snapshot};
pub use spaces::{
    NewShare, ReflectionSource, ShareAttempt, ShareLogEntry, ShareStatus, StoredSpace,
};
pub use standards::StandardOwner;
pub use stats::{Dashboard, MonthTotal, RecentEntry, Share};
pub use store::SCHEMA_VERSION;
pub use tags::{MAX_TAG_CHARS, TagUsage};
pub use vocab::ProfileBody;
pub use vocab::{
    ActivityKind, ActivityMode, Choice, KindChoice, Privacy, ReflectionModel, Vocabulary,
};

type Listener = Box<dyn Fn(&Change) + Send>;
type Clock = Box<dyn Fn() -> DateTime<Utc> + Send>;

/// An open journal file.
pub struct Journal {
    conn: Connection,
    path: PathBuf,
    /// The folder beside the journal file holding evidence and snapshots; none in memory.
    folder: Option<PathBuf>,
    listener: Option<Listener>,
    clock: Clock,
    /// The first moment this journal saved a revision since it was opened.
    opened: std::cell::Cell<Option<DateTime<Utc>>>,
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
            conn: presets::installed(store::open(path)?)?,
            path: path.to_path_buf(),
            folder: Some(
                path.parent()
                    .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
            ),
            listener: None,
            clock: Box::new(row::now),
            opened: std::cell::Cell::new(None),
        })
    }

    /// A private journal in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        Ok(Self {
            conn: presets::installed(store::open_in_memory()?)?,
            path: PathBuf::from(":memory:"),
            folder: None,
            listener: None,
            clock: Box::new(row::now),
            opened: std::cell::Cell::new(None),
        })
    }

    /// Calls `listener` once after every write that changed something.
    pub fn set_listener(&mut self, listener: impl Fn(&Change) + Send + 'static) {
        self.listener = Some(Box::new(listener));
    }

    /// Makes `clock` the journal's idea of now (tests of time-dependent behaviour).
    pub fn set_clock(&mut self, clock: impl Fn() -> DateTime<Utc> + Send + 'static) {
        self.clock = Box::new(clock);
    }

    fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// Now, and when this journal's first revision since opening was saved.
    fn revision_times(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        let now = self.now();
        let opened = self.opened.get().unwrap_or(now);
        self.opened.set(Some(opened));
        (now, opened)
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
        activity::list(&self.conn, page, false)
    }

    /// Activities in the trash, most recently trashed first.
    pub fn trashed_activities(&self, page: PageRequest) -> Result<Page<Activity>> {
        activity::list(&self.conn, page, true)
    }

    /// Deletes an activity in the trash for good, with its attachments; its reflections stay.
    pub fn purge_activity(&self, id: Uuid) -> Result<()> {
        activity::purge(&self.conn, id)?;
        self.announce_if(true, Entity::Activity, id, ChangeAction::Deleted);
        self.sweep_files()?;
        Ok(())
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

    /// Starts a private reflection, on `activity_id` when given, laid out for `model` (the
    /// user's preferred model when `None`).
    pub fn start_reflection(
        &self,
        activity_id: Option<Uuid>,
        model: Option<ReflectionModel>,
    ) -> Result<Reflection> {
        let mut fields = match activity_id {
            Some(id) => ReflectionFields::on_activity(&self.activity(id)?),
            None => ReflectionFields::free("", None),
        };
        fields.model = match model {
            Some(model) => model,
            None => self.settings()?.preferred_model,
        };
        fields.sections = models::rearrange(&fields.sections, fields.model);
        self.create_reflection(&fields)
    }

    /// Starts a reflection.
    pub fn create_reflection(&self, fields: &ReflectionFields) -> Result<Reflection> {
        let created = reflection::insert(&self.conn, fields)?;
        revision::record(
            &self.conn,
            &created,
            self.revision_times(),
            revision::Session::Continue,
        )?;
        self.announce_if(true, Entity::Reflection, created.id, ChangeAction::Created);
        Ok(created)
    }

    /// Replaces a reflection's fields; writes and announces nothing when nothing changed. A
    /// change to the writing is kept in the reflection's history, one revision per session.
    pub fn update_reflection(&self, id: Uuid, fields: &ReflectionFields) -> Result<Reflection> {
        self.save_reflection(id, fields, revision::Session::Continue)
    }

    fn save_reflection(
        &self,
        id: Uuid,
        fields: &ReflectionFields,
        session: revision::Session,
    ) -> Result<Reflection> {
        let before = self.reflection(id)?;
        let (updated, changed) = reflection::update(&self.conn, id, fields)?;
        let (old, new) = (&before.fields, &updated.fields);
        if (old.title.as_str(), old.model, &old.sections)
            != (new.title.as_str(), new.model, &new.sections)
        {
            revision::record(&self.conn, &updated, self.revision_times(), session)?;
        }
        self.announce_if(changed, Entity::Reflection, id, ChangeAction::Updated);
        Ok(updated)
    }

    /// Lays a reflection out for another model. Writing under stages the two models share
    /// stays in place; writing under stages the new model lacks is kept after its stages.
    pub fn change_model(&self, id: Uuid, model: ReflectionModel) -> Result<Reflection> {
        let mut fields = self.reflection(id)?.fields;
        fields.sections = models::rearrange(&fields.sections, model);
        fields.model = model;
        self.update_reflection(id, &fields)
    }

    /// A reflection's earlier states, newest first; the newest matches the reflection.
    pub fn revisions(&self, reflection_id: Uuid) -> Result<Vec<Revision>> {
        self.reflection(reflection_id)?;
        revision::list(&self.conn, reflection_id)
    }

    /// Brings back the title, model and writing of an earlier revision. What it replaces
    /// stays in the history.
    pub fn restore_revision(&self, reflection_id: Uuid, revision_id: u32) -> Result<Reflection> {
        let earlier = revision::get(&self.conn, reflection_id, revision_id)?;
        let mut fields = self.reflection(reflection_id)?.fields;
        fields.title = earlier.title;
        fields.model = earlier.model;
        fields.sections = earlier.sections;
        self.save_reflection(reflection_id, &fields, revision::Session::New)
    }

    /// One reflection, in the trash or not.
    pub fn reflection(&self, id: Uuid) -> Result<Reflection> {
        reflection::get(&self.conn, id)
    }

    /// Reflections not in the trash, most recently written first.
    pub fn reflections(&self, page: PageRequest) -> Result<Page<Reflection>> {
        reflection::list(&self.conn, page, false)
    }

    /// Reflections in the trash, most recently trashed first.
    pub fn trashed_reflections(&self, page: PageRequest) -> Result<Page<Reflection>> {
        reflection::list(&self.conn, page, true)
    }

    /// Deletes a reflection in the trash for good, with its history and attachments.
    pub fn purge_reflection(&self, id: Uuid) -> Result<()> {
        reflection::purge(&self.conn, id)?;
        self.announce_if(true, Entity::Reflection, id, ChangeAction::Deleted);
        self.sweep_files()?;
        Ok(())
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

    /// Every tag with how many entries carry it, by name.
    pub fn tags(&self) -> Result<Vec<TagUsage>> {
        tags::list(&self.conn)
    }

    /// Renames a tag everywhere it is used.
    pub fn rename_tag(&self, id: Uuid, name: &str) -> Result<()> {
        tags::rename(&self.conn, id, name)?;
        self.announce_if(true, Entity::Tag, id, ChangeAction::Updated);
        Ok(())
    }

    /// Moves every use of tag `from` onto `into`, then deletes `from`.
    pub fn merge_tags(&self, from: Uuid, into: Uuid) -> Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        tags::merge(&tx, from, into)?;
        tx.commit()?;
        self.announce_if(true, Entity::Tag, from, ChangeAction::Deleted);
        Ok(())
    }

    /// Deletes a tag, taking it off every entry.
    pub fn delete_tag(&self, id: Uuid) -> Result<()> {
        tags::delete(&self.conn, id)?;
        self.announce_if(true, Entity::Tag, id, ChangeAction::Deleted);
        Ok(())
    }
}
