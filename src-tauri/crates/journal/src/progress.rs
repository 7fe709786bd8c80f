//! Requirement profiles and progress towards them: the profiles are stored, the facts are
//! gathered from the journal, and the rules in [`crate::requirements`] weigh them.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;
use uuid::Uuid;

use crate::Journal;
use crate::change::{ChangeAction, Entity};
use crate::error::Result;
use crate::profile::{self, Profile, ProfileFields};
use crate::requirements::{self, ActivityFact, Facts, ProfileProgress, ReflectionFact};

impl Journal {
    /// Adds a requirement profile (several may exist: dual registration).
    pub fn create_profile(&self, fields: &ProfileFields) -> Result<Profile> {
        let created = profile::insert(&self.conn, fields)?;
        self.announce_if(true, Entity::Profile, created.id, ChangeAction::Created);
        Ok(created)
    }

    /// Replaces a profile's fields; writes and announces nothing when nothing changed.
    pub fn update_profile(&self, id: Uuid, fields: &ProfileFields) -> Result<Profile> {
        let (updated, changed) = profile::update(&self.conn, id, fields)?;
        self.announce_if(changed, Entity::Profile, id, ChangeAction::Updated);
        Ok(updated)
    }

    /// Deletes a profile; nothing recorded in the journal changes.
    pub fn delete_profile(&self, id: Uuid) -> Result<()> {
        profile::delete(&self.conn, id)?;
        self.announce_if(true, Entity::Profile, id, ChangeAction::Deleted);
        Ok(())
    }

    /// One profile.
    pub fn profile(&self, id: Uuid) -> Result<Profile> {
        profile::get(&self.conn, &id.to_string())
    }

    /// Every profile, the first added first.
    pub fn profiles(&self) -> Result<Vec<Profile>> {
        profile::list(&self.conn)
    }

    /// How far the journal meets a profile's requirements in the cycle containing `today`.
    /// Entries in the trash do not count.
    pub fn progress(&self, profile_id: Uuid, today: NaiveDate) -> Result<ProfileProgress> {
        let profile = self.profile(profile_id)?;
        let (from, _) = requirements::current_cycle(&profile.fields, today);
        let facts = gather(&self.conn, from)?;
        Ok(requirements::evaluate(&profile, today, &facts))
    }

    /// [`Journal::progress`] for every profile, the first added first.
    pub fn all_progress(&self, today: NaiveDate) -> Result<Vec<ProfileProgress>> {
        let profiles = self.profiles()?;
        let Some(from) = profiles
            .iter()
            .map(|p| requirements::current_cycle(&p.fields, today).0)
            .min()
        else {
            return Ok(Vec::new());
        };
        let facts = gather(&self.conn, from)?;
        Ok(profiles
            .iter()
            .map(|p| requirements::evaluate(p, today, &facts))
            .collect())
    }
}

/// The facts dated on or after `from` (activities still going on then included), leaving out
/// the trash.
fn gather(conn: &Connection, from: NaiveDate) -> Result<Facts> {
    let activities = conn
        .prepare_cached(
            "SELECT started_on, ended_on, minutes, participatory_minutes, kind, mode
             FROM activity
             WHERE deleted_at IS NULL AND coalesce(ended_on, started_on) >= ?1",
        )?
        .query_map([from], |row| {
            Ok(ActivityFact {
                started_on: row.get(0)?,
                ended_on: row.get(1)?,
                minutes: row.get(2)?,
                participatory_minutes: row.get(3)?,
                kind: row.get(4)?,
                mode: row.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let reflections = conn
        .prepare_cached(
            "SELECT r.created_at, r.model, r.written
             FROM reflection r
             WHERE r.deleted_at IS NULL AND substr(r.created_at, 1, 10) >= ?1",
        )?
        .query_map([from], |row| {
            let created: DateTime<Utc> = row.get(0)?;
            Ok(ReflectionFact {
                created_on: created.date_naive(),
                model: row.get(1)?,
                has_text: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let dates = |sql: &str| -> Result<Vec<NaiveDate>> {
        Ok(conn
            .prepare_cached(sql)?
            .query_map([from], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?)
    };
    Ok(Facts {
        activities,
        reflections,
        feedback: dates("SELECT received_on FROM feedback WHERE received_on >= ?1")?,
        reviews: dates("SELECT held_on FROM review WHERE held_on >= ?1")?,
    })
}
