//! The `review` table: reflective discussions and verifications, and the reflections discussed.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::{MAX_TITLE_CHARS, row};

/// What the user records about a review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewFields {
    pub held_on: NaiveDate,
    pub reviewer_name: String,
    /// "Line manager", "NMC registrant", "Verifier".
    pub reviewer_role: String,
    /// The reviewer's professional registration number (an NMC PIN, say).
    pub registration_number: String,
    /// E-mail or postal address.
    pub contact: String,
    /// Markdown.
    pub notes: String,
    /// The reflections discussed.
    pub reflection_ids: Vec<Uuid>,
}

/// A stored review.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Review {
    pub id: Uuid,
    pub fields: ReviewFields,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl ReviewFields {
    fn validate(&self, conn: &Connection) -> Result<Self> {
        let name = self.reviewer_name.trim();
        if name.is_empty() {
            return Err(JournalError::invalid(
                "reviewerName",
                "Give the name of the person you met.",
            ));
        }
        for (field, value) in [
            ("reviewerName", name),
            ("reviewerRole", self.reviewer_role.trim()),
            ("registrationNumber", self.registration_number.trim()),
        ] {
            if value.chars().count() > MAX_TITLE_CHARS {
                return Err(JournalError::invalid(
                    field,
                    "That is too long for this field.",
                ));
            }
        }
        let mut reflection_ids = self.reflection_ids.clone();
        reflection_ids.sort();
        reflection_ids.dedup();
        for id in &reflection_ids {
            let found = conn
                .query_row(
                    "SELECT 1 FROM reflection WHERE id = ?1",
                    [id.to_string()],
                    |_| Ok(()),
                )
                .optional()?;
            if found.is_none() {
                return Err(JournalError::invalid(
                    "reflectionIds",
                    "A reflection chosen for discussion does not exist in this journal.",
                ));
            }
        }
        Ok(Self {
            reviewer_name: name.to_owned(),
            reviewer_role: self.reviewer_role.trim().to_owned(),
            registration_number: self.registration_number.trim().to_owned(),
            contact: self.contact.trim().to_owned(),
            reflection_ids,
            ..self.clone()
        })
    }
}

const COLUMNS: &str = "id, held_on, reviewer_name, reviewer_role, registration_number, contact,
    notes, created_at, updated_at,
    (SELECT json_group_array(reflection_id) FROM
        (SELECT reflection_id FROM review_reflection WHERE review_id = review.id
         ORDER BY reflection_id))";

/// Records a review.
pub(crate) fn insert(conn: &Connection, fields: &ReviewFields) -> Result<Review> {
    let fields = fields.validate(conn)?;
    let id = Uuid::new_v4().to_string();
    write(
        conn,
        "INSERT INTO review (id, held_on, reviewer_name, reviewer_role, registration_number,
            contact, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        &id,
        &fields,
    )?;
    get(conn, &id)
}

/// Replaces a review's fields; says whether anything changed.
pub(crate) fn update(conn: &Connection, id: Uuid, fields: &ReviewFields) -> Result<(Review, bool)> {
    let fields = fields.validate(conn)?;
    let id = id.to_string();
    let current = get(conn, &id)?;
    if current.fields == fields {
        return Ok((current, false));
    }
    write(
        conn,
        "UPDATE review SET held_on = ?2, reviewer_name = ?3, reviewer_role = ?4,
            registration_number = ?5, contact = ?6, notes = ?7, updated_at = ?8 WHERE id = ?1",
        &id,
        &fields,
    )?;
    Ok((get(conn, &id)?, true))
}

/// Runs an insert or update whose parameters are the id, the fields in column order and now,
/// then links the reflections discussed; all in one transaction.
fn write(conn: &Connection, sql: &str, id: &str, fields: &ReviewFields) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        sql,
        params![
            id,
            fields.held_on,
            fields.reviewer_name,
            fields.reviewer_role,
            fields.registration_number,
            fields.contact,
            fields.notes,
            row::now()
        ],
    )?;
    tx.execute("DELETE FROM review_reflection WHERE review_id = ?1", [id])?;
    for reflection in &fields.reflection_ids {
        tx.execute(
            "INSERT INTO review_reflection (review_id, reflection_id) VALUES (?1, ?2)",
            [id, &reflection.to_string()],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// Deletes a review (the reflections discussed stay).
pub(crate) fn delete(conn: &Connection, id: Uuid) -> Result<()> {
    let id = id.to_string();
    get(conn, &id)?;
    conn.execute("DELETE FROM review WHERE id = ?1", [id])?;
    Ok(())
}

/// One review.
pub(crate) fn get(conn: &Connection, id: &str) -> Result<Review> {
    row::one(
        conn,
        &format!("SELECT {COLUMNS} FROM review WHERE id = ?1"),
        "review",
        id,
        read,
    )
}

/// All reviews, most recent first.
pub(crate) fn list(conn: &Connection) -> Result<Vec<Review>> {
    row::all(
        conn,
        &format!("SELECT {COLUMNS} FROM review ORDER BY held_on DESC, created_at DESC"),
        read,
    )
}

fn read(row: &Row<'_>) -> rusqlite::Result<Review> {
    let ids: String = row.get(9)?;
    let reflection_ids = serde_json::from_str(&ids).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(9, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(Review {
        id: row::id(row, 0)?,
        fields: ReviewFields {
            held_on: row.get(1)?,
            reviewer_name: row.get(2)?,
            reviewer_role: row.get(3)?,
            registration_number: row.get(4)?,
            contact: row.get(5)?,
            notes: row.get(6)?,
            reflection_ids,
        },
        created_at: row.get(7)?,
        updated_at: row.get(8)?,
    })
}
