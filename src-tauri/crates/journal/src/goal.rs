//! The `goal` table: the personal development plan's goals and what counts towards them.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, Row, params};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::vocab::vocabulary;
use crate::{MAX_TITLE_CHARS, row};

vocabulary! {
    /// Where a goal stands.
    GoalStatus {
        Active = "active", "In progress";
        Achieved = "achieved", "Achieved";
        Paused = "paused", "Paused";
        SetAside = "set_aside", "Set aside";
    }
}

/// What the user writes about a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalFields {
    pub title: String,
    /// Markdown.
    pub description: String,
    /// How the user will know it is achieved (Markdown).
    pub success_criteria: String,
    pub target_on: Option<NaiveDate>,
    pub status: GoalStatus,
}

/// A stored goal with what counts towards it so far.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Goal {
    pub id: Uuid,
    pub fields: GoalFields,
    /// Activities (not in the trash) linked to the goal.
    pub activities: u32,
    /// Reflections (not in the trash) linked to the goal.
    pub reflections: u32,
    /// Time spent on the linked activities.
    pub minutes: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
}

impl GoalFields {
    /// An active goal with only a title.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            description: String::new(),
            success_criteria: String::new(),
            target_on: None,
            status: GoalStatus::Active,
        }
    }

    fn validated(&self) -> Result<Self> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err(JournalError::invalid("title", "Give the goal a title."));
        }
        if title.chars().count() > MAX_TITLE_CHARS {
            return Err(JournalError::invalid(
                "title",
                "Keep the title short; the description has room for more.",
            ));
        }
        Ok(Self {
            title: title.to_owned(),
            ..self.clone()
        })
    }
}

const COLUMNS: &str = "g.id, g.title, g.description, g.success_criteria, g.target_on, g.status,
    g.created_at, g.updated_at, g.deleted_at,
    (SELECT count(*) FROM activity a WHERE a.goal_id = g.id AND a.deleted_at IS NULL),
    (SELECT count(*) FROM reflection r WHERE r.goal_id = g.id AND r.deleted_at IS NULL),
    (SELECT coalesce(sum(a.minutes), 0) FROM activity a
      WHERE a.goal_id = g.id AND a.deleted_at IS NULL)";

/// Adds a goal.
pub(crate) fn insert(conn: &Connection, fields: &GoalFields) -> Result<Goal> {
    let fields = fields.validated()?;
    let id = Uuid::new_v4().to_string();
    write(
        conn,
        "INSERT INTO goal (id, title, description, success_criteria, target_on, status,
            created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        &id,
        &fields,
    )?;
    get(conn, &id)
}

/// Replaces a goal's fields; says whether anything changed.
pub(crate) fn update(conn: &Connection, id: Uuid, fields: &GoalFields) -> Result<(Goal, bool)> {
    let fields = fields.validated()?;
    let id = id.to_string();
    let current = get(conn, &id)?;
    if current.fields == fields {
        return Ok((current, false));
    }
    write(
        conn,
        "UPDATE goal SET title = ?2, description = ?3, success_criteria = ?4, target_on = ?5,
            status = ?6, updated_at = ?7 WHERE id = ?1",
        &id,
        &fields,
    )?;
    Ok((get(conn, &id)?, true))
}

fn write(conn: &Connection, sql: &str, id: &str, fields: &GoalFields) -> Result<()> {
    conn.execute(
        sql,
        params![
            id,
            fields.title,
            fields.description,
            fields.success_criteria,
            fields.target_on,
            fields.status,
            row::now()
        ],
    )?;
    Ok(())
}

/// Moves a goal to the trash or back; says whether anything changed.
pub(crate) fn set_trashed(conn: &Connection, id: Uuid, trashed: bool) -> Result<(Goal, bool)> {
    let id = id.to_string();
    let changed = conn.execute(
        "UPDATE goal SET deleted_at = ?2 WHERE id = ?1 AND (deleted_at IS NULL) = ?3",
        params![id, trashed.then(row::now), trashed],
    )?;
    Ok((get(conn, &id)?, changed > 0))
}

/// One goal.
pub(crate) fn get(conn: &Connection, id: &str) -> Result<Goal> {
    row::one(
        conn,
        &format!("SELECT {COLUMNS} FROM goal g WHERE g.id = ?1"),
        "goal",
        id,
        read,
    )
}

/// Goals not in the trash: those in progress first, then by target date.
pub(crate) fn list(conn: &Connection) -> Result<Vec<Goal>> {
    row::all(
        conn,
        &format!(
            "SELECT {COLUMNS} FROM goal g WHERE g.deleted_at IS NULL
         ORDER BY g.status <> 'active', g.target_on IS NULL, g.target_on, g.created_at"
        ),
        read,
    )
}

fn read(row: &Row<'_>) -> rusqlite::Result<Goal> {
    Ok(Goal {
        id: row::id(row, 0)?,
        fields: GoalFields {
            title: row.get(1)?,
            description: row.get(2)?,
            success_criteria: row.get(3)?,
            target_on: row.get(4)?,
            status: row.get(5)?,
        },
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
        deleted_at: row.get(8)?,
        activities: row.get(9)?,
        reflections: row.get(10)?,
        minutes: row.get(11)?,
    })
}
