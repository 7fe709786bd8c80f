//! The `feedback` table: practice-related feedback and what the practitioner did with it.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, Row, params};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::row;

/// What the user records about a piece of feedback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackFields {
    pub received_on: NaiveDate,
    /// Who or where it came from: "a service user", "my line manager", "a course evaluation".
    pub source: String,
    /// What it said (Markdown).
    pub content: String,
    /// How it was used to improve practice (Markdown).
    pub use_made: String,
}

/// A stored piece of feedback.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Feedback {
    pub id: Uuid,
    pub fields: FeedbackFields,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl FeedbackFields {
    fn validate(&self) -> Result<Self> {
        let source = self.source.trim();
        if source.is_empty() {
            return Err(JournalError::invalid(
                "source",
                "Say who or where the feedback came from.",
            ));
        }
        if source.chars().count() > crate::MAX_TITLE_CHARS {
            return Err(JournalError::invalid(
                "source",
                "Keep the source short; the feedback itself has room for more.",
            ));
        }
        Ok(Self {
            source: source.to_owned(),
            ..self.clone()
        })
    }
}

const COLUMNS: &str = "id, received_on, source, content, use_made, created_at, updated_at";

/// Records a piece of feedback.
pub(crate) fn insert(conn: &Connection, fields: &FeedbackFields) -> Result<Feedback> {
    let fields = fields.validate()?;
    let id = Uuid::new_v4().to_string();
    write(
        conn,
        "INSERT INTO feedback (id, received_on, source, content, use_made, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        &id,
        &fields,
    )?;
    get(conn, &id)
}

/// Replaces a piece of feedback's fields; says whether anything changed.
pub(crate) fn update(
    conn: &Connection,
    id: Uuid,
    fields: &FeedbackFields,
) -> Result<(Feedback, bool)> {
    let fields = fields.validate()?;
    let id = id.to_string();
    let current = get(conn, &id)?;
    if current.fields == fields {
        return Ok((current, false));
    }
    write(
        conn,
        "UPDATE feedback SET received_on = ?2, source = ?3, content = ?4, use_made = ?5,
            updated_at = ?6 WHERE id = ?1",
        &id,
        &fields,
    )?;
    Ok((get(conn, &id)?, true))
}

/// Runs an insert or update whose parameters are the id, the fields in column order and now.
fn write(conn: &Connection, sql: &str, id: &str, fields: &FeedbackFields) -> Result<()> {
    conn.execute(
        sql,
        params![
            id,
            fields.received_on,
            fields.source,
            fields.content,
            fields.use_made,
            row::now()
        ],
    )?;
    Ok(())
}

/// Deletes a piece of feedback.
pub(crate) fn delete(conn: &Connection, id: Uuid) -> Result<()> {
    let id = id.to_string();
    get(conn, &id)?;
    conn.execute("DELETE FROM feedback WHERE id = ?1", [id])?;
    Ok(())
}

/// One piece of feedback.
pub(crate) fn get(conn: &Connection, id: &str) -> Result<Feedback> {
    row::one(
        conn,
        &format!("SELECT {COLUMNS} FROM feedback WHERE id = ?1"),
        "feedback",
        id,
        read,
    )
}

/// All feedback, most recently received first.
pub(crate) fn list(conn: &Connection) -> Result<Vec<Feedback>> {
    row::all(
        conn,
        &format!("SELECT {COLUMNS} FROM feedback ORDER BY received_on DESC, created_at DESC"),
        read,
    )
}

fn read(row: &Row<'_>) -> rusqlite::Result<Feedback> {
    Ok(Feedback {
        id: row::id(row, 0)?,
        fields: FeedbackFields {
            received_on: row.get(1)?,
            source: row.get(2)?,
            content: row.get(3)?,
            use_made: row.get(4)?,
        },
        created_at: row.get(5)?,
        updated_at: row.get(6)?,
    })
}
