//! The `reflection_revision` table: earlier states of a reflection, one per writing session.

use chrono::{DateTime, TimeDelta, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::reflection::{Reflection, Section};
use crate::row;
use crate::vocab::ReflectionModel;

/// Saves closer together than this belong to one writing session.
pub const SESSION_GAP: TimeDelta = TimeDelta::minutes(10);
/// A session that runs longer than this is closed, so a long stretch of writing leaves
/// more than one point to go back to.
pub const SESSION_SPAN: TimeDelta = TimeDelta::minutes(30);

/// A reflection's text as it stood at the end of a writing session.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Revision {
    pub id: u32,
    pub reflection_id: Uuid,
    pub title: String,
    pub model: ReflectionModel,
    pub sections: Vec<Section>,
    /// The first save of the session.
    pub started_at: DateTime<Utc>,
    /// The last save of the session.
    pub saved_at: DateTime<Utc>,
}

/// Whether a new revision must be started rather than the session's one rewritten.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Session {
    /// Coalesce with the open session when it is recent enough.
    Continue,
    /// Always start a new revision (a restore, so the state it replaced stays in history).
    New,
}

/// Records `reflection`'s text, saved at `now`, in its history. A blank reflection with no
/// history yet records nothing. A session that began before `opened` (when the journal was
/// opened: the app started again, perhaps after a crash) is never continued.
pub(crate) fn record(
    conn: &Connection,
    reflection: &Reflection,
    (now, opened): (DateTime<Utc>, DateTime<Utc>),
    session: Session,
) -> Result<()> {
    let id = reflection.id.to_string();
    let latest: Option<(u32, DateTime<Utc>, DateTime<Utc>)> = conn
        .query_row(
            "SELECT id, started_at, saved_at FROM reflection_revision
             WHERE reflection_id = ?1 ORDER BY id DESC LIMIT 1",
            [&id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let fields = &reflection.fields;
    let sections = serde_json::to_string(&fields.sections)?;
    match latest {
        None if fields.title.trim().is_empty() && blank(&fields.sections) => {}
        Some((revision, started, saved))
            if session == Session::Continue
                && started >= opened
                && now - saved < SESSION_GAP
                && now - started < SESSION_SPAN =>
        {
            conn.execute(
                "UPDATE reflection_revision SET title = ?2, model = ?3, sections = ?4, saved_at = ?5
                 WHERE id = ?1",
                params![revision, fields.title, fields.model, sections, now],
            )?;
        }
        _ => {
            conn.execute(
                "INSERT INTO reflection_revision
                    (reflection_id, title, model, sections, started_at, saved_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![id, fields.title, fields.model, sections, now],
            )?;
        }
    }
    Ok(())
}

fn blank(sections: &[Section]) -> bool {
    sections.iter().all(|s| s.text.trim().is_empty())
}

/// A reflection's revisions, newest first.
pub(crate) fn list(conn: &Connection, reflection_id: Uuid) -> Result<Vec<Revision>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, reflection_id, title, model, sections, started_at, saved_at
         FROM reflection_revision WHERE reflection_id = ?1 ORDER BY id DESC",
    )?;
    let revisions = statement
        .query_map([reflection_id.to_string()], read)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(revisions)
}

/// One revision of one reflection.
pub(crate) fn get(conn: &Connection, reflection_id: Uuid, id: u32) -> Result<Revision> {
    conn.query_row(
        "SELECT id, reflection_id, title, model, sections, started_at, saved_at
         FROM reflection_revision WHERE reflection_id = ?1 AND id = ?2",
        params![reflection_id.to_string(), id],
        read,
    )
    .optional()?
    .ok_or_else(|| JournalError::NotFound {
        entity: "revision",
        id: id.to_string(),
    })
}

fn read(row: &Row<'_>) -> rusqlite::Result<Revision> {
    let sections: String = row.get(4)?;
    let sections = serde_json::from_str(&sections).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(Revision {
        id: row.get(0)?,
        reflection_id: row::id(row, 1)?,
        title: row.get(2)?,
        model: row.get(3)?,
        sections,
        started_at: row.get(5)?,
        saved_at: row.get(6)?,
    })
}
