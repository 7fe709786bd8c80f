//! Feedback, reviews and preferences: the rest of what a practitioner records.

use uuid::Uuid;

use crate::Journal;
use crate::change::{ChangeAction, Entity};
use crate::error::Result;
use crate::feedback::{self, Feedback, FeedbackFields};
use crate::review::{self, Review, ReviewFields};
use crate::settings::{self, Settings};

impl Journal {
    /// Records a piece of practice-related feedback.
    pub fn create_feedback(&self, fields: &FeedbackFields) -> Result<Feedback> {
        let created = feedback::insert(&self.conn, fields)?;
        self.announce_if(true, Entity::Feedback, created.id, ChangeAction::Created);
        Ok(created)
    }

    /// Replaces a piece of feedback's fields.
    pub fn update_feedback(&self, id: Uuid, fields: &FeedbackFields) -> Result<Feedback> {
        let (updated, changed) = feedback::update(&self.conn, id, fields)?;
        self.announce_if(changed, Entity::Feedback, id, ChangeAction::Updated);
        Ok(updated)
    }

    /// Deletes a piece of feedback.
    pub fn delete_feedback(&self, id: Uuid) -> Result<()> {
        feedback::delete(&self.conn, id)?;
        self.announce_if(true, Entity::Feedback, id, ChangeAction::Deleted);
        Ok(())
    }

    /// All feedback, most recently received first.
    pub fn feedback(&self) -> Result<Vec<Feedback>> {
        feedback::list(&self.conn)
    }

    /// Records a reflective discussion or verification.
    pub fn create_review(&self, fields: &ReviewFields) -> Result<Review> {
        let created = review::insert(&self.conn, fields)?;
        self.announce_if(true, Entity::Review, created.id, ChangeAction::Created);
        Ok(created)
    }

    /// Replaces a review's fields.
    pub fn update_review(&self, id: Uuid, fields: &ReviewFields) -> Result<Review> {
        let (updated, changed) = review::update(&self.conn, id, fields)?;
        self.announce_if(changed, Entity::Review, id, ChangeAction::Updated);
        Ok(updated)
    }

    /// Deletes a review; the reflections it discussed stay.
    pub fn delete_review(&self, id: Uuid) -> Result<()> {
        review::delete(&self.conn, id)?;
        self.announce_if(true, Entity::Review, id, ChangeAction::Deleted);
        Ok(())
    }

    /// All reviews, most recent first.
    pub fn reviews(&self) -> Result<Vec<Review>> {
        review::list(&self.conn)
    }

    /// The user's preferences.
    pub fn settings(&self) -> Result<Settings> {
        settings::get(&self.conn)
    }

    /// Stores the user's preferences.
    pub fn set_settings(&self, settings: &Settings) -> Result<Settings> {
        let changed = settings::set(&self.conn, settings)?;
        self.announce_if(
            changed,
            Entity::Settings,
            Uuid::nil(),
            ChangeAction::Updated,
        );
        self.settings()
    }
}
