//! Professional frameworks: the shipped presets, the user's own, the standards entries are
//! linked to, and how well a framework is covered.

use std::path::Path;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::Journal;
use crate::change::{ChangeAction, Entity};
use crate::coverage::{self, Coverage};
use crate::error::Result;
use crate::framework::{self, Framework, FrameworkFields};
use crate::standards::{self, StandardOwner};

impl Journal {
    /// Every framework: the presets shipped with Cairn first, then the user's by name.
    pub fn frameworks(&self) -> Result<Vec<Framework>> {
        framework::list(&self.conn)
    }

    /// One framework with its items.
    pub fn framework(&self, id: Uuid) -> Result<Framework> {
        framework::get(&self.conn, &id.to_string())
    }

    /// Adds a framework of the user's. Refused, naming the field (`name`, `items`), when the
    /// name or an item's title is missing, codes repeat, or a parent is missing or circular.
    pub fn create_framework(&self, fields: &FrameworkFields) -> Result<Framework> {
        let created = framework::insert(&self.conn, fields)?;
        self.announce_if(true, Entity::Framework, created.id, ChangeAction::Created);
        Ok(created)
    }

    /// Replaces a user framework's fields and items; writes and announces nothing when
    /// nothing changed. Items left out are deleted with their links. Presets are refused.
    pub fn update_framework(&self, id: Uuid, fields: &FrameworkFields) -> Result<Framework> {
        let (updated, changed) = framework::update(&self.conn, id, fields)?;
        self.announce_if(changed, Entity::Framework, id, ChangeAction::Updated);
        Ok(updated)
    }

    /// Deletes a user framework, its items and every entry's link to them; the entries stay.
    /// Presets are refused.
    pub fn delete_framework(&self, id: Uuid) -> Result<()> {
        framework::delete(&self.conn, id)?;
        self.announce_if(true, Entity::Framework, id, ChangeAction::Deleted);
        Ok(())
    }

    /// Adds a framework called `name` read from CSV text (see [`FrameworkFields::from_csv`]).
    /// Nothing is written when any row is refused; the error names its line and column.
    pub fn import_framework_csv(&self, name: &str, text: &str) -> Result<Framework> {
        self.create_framework(&FrameworkFields::from_csv(name, text)?)
    }

    /// Adds a framework read from JSON text (see [`FrameworkFields::from_json`]). Nothing is
    /// written when any item is refused; the error names its path or position.
    pub fn import_framework_json(&self, text: &str) -> Result<Framework> {
        self.create_framework(&FrameworkFields::from_json(text)?)
    }

    /// Adds a framework read from a `.json` file, or from a CSV file whose name (without its
    /// extension) becomes the framework's name.
    pub fn import_framework_file(&self, path: &Path) -> Result<Framework> {
        self.create_framework(&FrameworkFields::from_file(path)?)
    }

    /// Makes `item_ids` the standards an activity, reflection or goal supports, replacing
    /// those it had. An unknown item is refused (field `standards`) and nothing changes.
    /// Returns the standards as stored.
    pub fn set_standards(&self, owner: StandardOwner, item_ids: &[Uuid]) -> Result<Vec<Uuid>> {
        let changed = standards::set(&self.conn, owner, item_ids)?;
        self.announce_if(changed, owner.entity(), owner.id(), ChangeAction::Updated);
        standards::list(&self.conn, owner)
    }

    /// The framework items an entry supports, presets' first, each framework's in order.
    pub fn standards(&self, owner: StandardOwner) -> Result<Vec<Uuid>> {
        standards::list(&self.conn, owner)
    }

    /// For every item of a framework, the entries linked to it and their time between `from`
    /// and `to` (inclusive, either open). Entries in the trash are left out. Activities count
    /// when any of their days is in the range, their minutes shared by days; reflections by
    /// the day they were written; goals whatever their dates.
    pub fn coverage(
        &self,
        framework_id: Uuid,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Coverage> {
        coverage::compute(&self.conn, framework_id, from, to)
    }
}
