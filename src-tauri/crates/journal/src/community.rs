//! The `community` table: the communities of practice the user takes part in, and how their
//! participation in each changed over time (`community_level`).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, Row, params};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::vocab::vocabulary;
use crate::{MAX_TITLE_CHARS, row};

vocabulary! {
    /// How much a member takes part (Wenger, McDermott and Snyder's levels).
    ParticipationLevel {
        Core = "core", "Core";
        Active = "active", "Active";
        Occasional = "occasional", "Occasional";
        Peripheral = "peripheral", "Peripheral";
        Transactional = "transactional", "Transactional";
    }
}

/// What the user records about a community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CommunityFields {
    pub name: String,
    /// Online (a forum, a chat space) rather than meeting in person.
    pub online: bool,
    /// Where it lives: a web address, a room, a place.
    pub link: String,
    pub joined_on: Option<NaiveDate>,
    /// The user's level of participation now; a change is kept in the community's history.
    pub level: ParticipationLevel,
    /// Markdown.
    pub notes: String,
}

/// When the user's participation became `level`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LevelChange {
    pub level: ParticipationLevel,
    pub since: NaiveDate,
}

/// A stored community.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Community {
    pub id: Uuid,
    pub fields: CommunityFields,
    /// Every level the user has had, oldest first; the last is `fields.level`.
    pub history: Vec<LevelChange>,
    /// Activities (not in the trash) that took place in it.
    pub activities: u32,
    pub minutes: i32,
    /// Reflections (not in the trash) about it.
    pub reflections: u32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl CommunityFields {
    /// A community the user takes an active part in, with only a name.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            online: false,
            link: String::new(),
            joined_on: None,
            level: ParticipationLevel::Active,
            notes: String::new(),
        }
    }

    fn validated(&self) -> Result<Self> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(JournalError::invalid("name", "Give the community a name."));
        }
        if name.chars().count() > MAX_TITLE_CHARS {
            return Err(JournalError::invalid("name", "Keep the name short."));
        }
        Ok(Self {
            name: name.to_owned(),
            link: self.link.trim().to_owned(),
            ..self.clone()
        })
    }
}

const COLUMNS: &str = "c.id, c.name, c.online, c.link, c.joined_on, c.notes,
    c.created_at, c.updated_at,
    (SELECT json_group_array(json_object('level', level, 'since', since))
       FROM (SELECT level, since FROM community_level WHERE community_id = c.id ORDER BY since)),
    (SELECT count(*) FROM activity a WHERE a.community_id = c.id AND a.deleted_at IS NULL),
    (SELECT coalesce(sum(a.minutes), 0) FROM activity a
      WHERE a.community_id = c.id AND a.deleted_at IS NULL),
    (SELECT count(*) FROM reflection r WHERE r.community_id = c.id AND r.deleted_at IS NULL)";

/// Adds a community; its level is recorded as holding since `today` (or since it was joined).
pub(crate) fn insert(
    conn: &Connection,
    fields: &CommunityFields,
    today: NaiveDate,
) -> Result<Community> {
    let fields = fields.validated()?;
    let id = Uuid::new_v4().to_string();
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "INSERT INTO community (id, name, online, link, joined_on, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            id,
            fields.name,
            fields.online,
            fields.link,
            fields.joined_on,
            fields.notes,
            row::now()
        ],
    )?;
    record_level(
        &tx,
        &id,
        fields.level,
        fields.joined_on.unwrap_or(today).min(today),
    )?;
    tx.commit()?;
    get(conn, &id)
}

/// Replaces a community's fields; a new level is added to its history as from `today`.
pub(crate) fn update(
    conn: &Connection,
    id: Uuid,
    fields: &CommunityFields,
    today: NaiveDate,
) -> Result<(Community, bool)> {
    let fields = fields.validated()?;
    let id = id.to_string();
    let current = get(conn, &id)?;
    if current.fields == fields {
        return Ok((current, false));
    }
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "UPDATE community SET name = ?2, online = ?3, link = ?4, joined_on = ?5, notes = ?6,
            updated_at = ?7 WHERE id = ?1",
        params![
            id,
            fields.name,
            fields.online,
            fields.link,
            fields.joined_on,
            fields.notes,
            row::now()
        ],
    )?;
    if current.fields.level != fields.level {
        record_level(&tx, &id, fields.level, today)?;
    }
    tx.commit()?;
    Ok((get(conn, &id)?, true))
}

/// Records `level` from `since`; a second change on the same day replaces the first.
fn record_level(
    conn: &Connection,
    id: &str,
    level: ParticipationLevel,
    since: NaiveDate,
) -> Result<()> {
    conn.execute(
        "INSERT INTO community_level (community_id, level, since) VALUES (?1, ?2, ?3)
         ON CONFLICT (community_id, since) DO UPDATE SET level = excluded.level",
        params![id, level, since],
    )?;
    Ok(())
}

/// Deletes a community; its activities and reflections stay, unlinked.
pub(crate) fn delete(conn: &Connection, id: Uuid) -> Result<()> {
    let id = id.to_string();
    get(conn, &id)?;
    conn.execute("DELETE FROM community WHERE id = ?1", [id])?;
    Ok(())
}

/// One community.
pub(crate) fn get(conn: &Connection, id: &str) -> Result<Community> {
    row::one(
        conn,
        &format!("SELECT {COLUMNS} FROM community c WHERE c.id = ?1"),
        "community",
        id,
        read,
    )
}

/// Every community, by name.
pub(crate) fn list(conn: &Connection) -> Result<Vec<Community>> {
    row::all(
        conn,
        &format!(
            "SELECT {COLUMNS} FROM community c WHERE c.deleted_at IS NULL ORDER BY c.name COLLATE NOCASE"
        ),
        read,
    )
}

fn read(row: &Row<'_>) -> rusqlite::Result<Community> {
    let history: String = row.get(8)?;
    let history: Vec<LevelChange> = serde_json::from_str(&history).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(8, rusqlite::types::Type::Text, Box::new(e))
    })?;
    let level = history
        .last()
        .map_or(ParticipationLevel::Active, |change| change.level);
    Ok(Community {
        id: row::id(row, 0)?,
        fields: CommunityFields {
            name: row.get(1)?,
            online: row.get(2)?,
            link: row.get(3)?,
            joined_on: row.get(4)?,
            level,
            notes: row.get(5)?,
        },
        history,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
        activities: row.get(9)?,
        minutes: row.get(10)?,
        reflections: row.get(11)?,
    })
}
