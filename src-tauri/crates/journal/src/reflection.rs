//! The `reflection` table: private writing about practice, optionally linked to an activity.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::activity::{self, MAX_TITLE_CHARS};
use crate::error::{JournalError, Result};
use crate::tags::{self, Tagged};
use crate::vocab::{Privacy, ReflectionModel};
use crate::{Page, PageRequest};
use crate::{links, row};

/// The text written for one stage of a reflective model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Section {
    /// The stage's key within its model (`body` for free writing).
    pub stage: String,
    /// Markdown.
    pub text: String,
}

/// What the user writes in a reflection: everything but its identity and timestamps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionFields {
    /// May stay empty while the user writes; shown as "Untitled reflection".
    pub title: String,
    pub model: ReflectionModel,
    pub sections: Vec<Section>,
    /// The activity this reflects on, if any.
    pub activity_id: Option<Uuid>,
    pub privacy: Privacy,
    /// Tag names, sorted; tags that do not exist yet are created.
    pub tags: Vec<String>,
    /// The development goal it counts towards.
    pub goal_id: Option<Uuid>,
    /// The community of practice it is about (a community health check, say).
    pub community_id: Option<Uuid>,
}

/// A stored reflection.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Reflection {
    pub id: Uuid,
    pub fields: ReflectionFields,
    /// The linked activity's title, for display.
    pub activity_title: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
}

impl ReflectionFields {
    /// A private free-writing reflection with one empty section.
    pub fn free(title: impl Into<String>, activity_id: Option<Uuid>) -> Self {
        Self {
            title: title.into(),
            model: ReflectionModel::Free,
            sections: vec![Section {
                stage: "body".to_owned(),
                text: String::new(),
            }],
            activity_id,
            privacy: Privacy::Private,
            tags: Vec::new(),
            goal_id: None,
            community_id: None,
        }
    }

    /// A private free-writing reflection on `activity`, titled after it (shortened to fit).
    pub fn on_activity(activity: &crate::Activity) -> Self {
        let title: String = format!("Reflecting on {}", activity.fields.title)
            .chars()
            .take(MAX_TITLE_CHARS)
            .collect();
        Self::free(title, Some(activity.id))
    }

    /// Checks every rule; the error names the field that breaks one.
    pub(crate) fn validate(&self, conn: &Connection) -> Result<()> {
        if self.title.trim().chars().count() > MAX_TITLE_CHARS {
            return Err(JournalError::invalid(
                "title",
                format!("Keep the title to {MAX_TITLE_CHARS} characters at most."),
            ));
        }
        if let Some(activity_id) = self.activity_id
            && !activity::exists(conn, activity_id)?
        {
            return Err(JournalError::invalid(
                "activityId",
                "The linked activity does not exist in this journal.",
            ));
        }
        links::check(conn, self.goal_id, self.community_id)
    }
}

const COLUMNS: &str = "r.id, r.title, r.model, r.sections, r.activity_id, r.privacy,
    r.created_at, r.updated_at, r.deleted_at,
    (SELECT a.title FROM activity a WHERE a.id = r.activity_id)";

fn columns() -> String {
    format!(
        "{COLUMNS}, {}, r.goal_id, r.community_id",
        tags::names_sql(Tagged::Reflection, "r.id")
    )
}

/// Inserts a validated reflection and returns it as stored.
pub(crate) fn insert(conn: &Connection, fields: &ReflectionFields) -> Result<Reflection> {
    fields.validate(conn)?;
    let id = Uuid::new_v4().to_string();
    let tags = tags::normalise(conn, &fields.tags)?;
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "INSERT INTO reflection (id, title, model, sections, activity_id, privacy,
            goal_id, community_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            id,
            fields.title.trim(),
            fields.model,
            sections_json(&fields.sections)?,
            fields.activity_id.map(|a| a.to_string()),
            fields.privacy,
            fields.goal_id.map(|g| g.to_string()),
            fields.community_id.map(|c| c.to_string()),
            row::now(),
        ],
    )?;
    tags::set(&tx, Tagged::Reflection, &id, &tags)?;
    tx.commit()?;
    get_text(conn, &id)
}

/// Replaces a reflection's fields. Also says whether anything changed: nothing is written
/// when the fields are the same.
pub(crate) fn update(
    conn: &Connection,
    id: Uuid,
    fields: &ReflectionFields,
) -> Result<(Reflection, bool)> {
    let current = get(conn, id)?;
    let mut fields = fields.clone();
    fields.title = fields.title.trim().to_owned();
    fields.tags = tags::normalise(conn, &fields.tags)?;
    if current.fields == fields {
        return Ok((current, false));
    }
    fields.validate(conn)?;
    let id = id.to_string();
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "UPDATE reflection SET title = ?2, model = ?3, sections = ?4, activity_id = ?5,
            privacy = ?6, goal_id = ?7, community_id = ?8, updated_at = ?9
         WHERE id = ?1",
        params![
            id,
            fields.title,
            fields.model,
            sections_json(&fields.sections)?,
            fields.activity_id.map(|a| a.to_string()),
            fields.privacy,
            fields.goal_id.map(|g| g.to_string()),
            fields.community_id.map(|c| c.to_string()),
            row::now(),
        ],
    )?;
    tags::set(&tx, Tagged::Reflection, &id, &fields.tags)?;
    tx.commit()?;
    Ok((get_text(conn, &id)?, true))
}

/// Moves a reflection to the trash (`trashed = true`) or back out of it. Also says whether
/// anything changed: nothing is written when it already was where it was asked to go.
pub(crate) fn set_trashed(
    conn: &Connection,
    id: Uuid,
    trashed: bool,
) -> Result<(Reflection, bool)> {
    let id = id.to_string();
    let changed = conn.execute(
        "UPDATE reflection SET deleted_at = ?2 WHERE id = ?1 AND (deleted_at IS NULL) = ?3",
        params![id, trashed.then(row::now), trashed],
    )?;
    Ok((get_text(conn, &id)?, changed > 0))
}

/// One reflection, in the trash or not.
pub(crate) fn get(conn: &Connection, id: Uuid) -> Result<Reflection> {
    get_text(conn, &id.to_string())
}

fn get_text(conn: &Connection, id: &str) -> Result<Reflection> {
    conn.query_row(
        &format!("SELECT {} FROM reflection r WHERE r.id = ?1", columns()),
        [id],
        read,
    )
    .optional()?
    .ok_or_else(|| not_found(id))
}

/// Reflections not in the trash, most recently written first; or, with `trash`, the
/// reflections in the trash, most recently trashed first.
pub(crate) fn list(conn: &Connection, page: PageRequest, trash: bool) -> Result<Page<Reflection>> {
    // Spelled out, as for activities, so that SQLite walks `reflection_newest_first` in order
    // and stops at the page's end.
    let (filter, order) = if trash {
        ("r.deleted_at IS NOT NULL", "r.deleted_at DESC")
    } else {
        ("r.deleted_at IS NULL", "r.updated_at DESC")
    };
    let total: u32 = conn.query_row(
        &format!("SELECT count(*) FROM reflection r WHERE {filter}"),
        [],
        |row| row.get(0),
    )?;
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {} FROM reflection r WHERE {filter} ORDER BY {order} LIMIT ?1 OFFSET ?2",
        columns()
    ))?;
    let items = statement
        .query_map(params![page.limit(), page.offset], read)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Page { items, total })
}

/// Deletes a reflection in the trash for good, with its history and evidence links. A
/// reflection not in the trash is refused.
pub(crate) fn purge(conn: &Connection, id: Uuid) -> Result<()> {
    if get(conn, id)?.deleted_at.is_none() {
        return Err(JournalError::invalid(
            "id",
            "Only a reflection in the trash can be deleted for good.",
        ));
    }
    conn.execute("DELETE FROM reflection WHERE id = ?1", [id.to_string()])?;
    Ok(())
}

/// The reflections (not in the trash) linked to one activity, oldest first.
pub(crate) fn for_activity(conn: &Connection, activity_id: Uuid) -> Result<Vec<Reflection>> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {} FROM reflection r
         WHERE r.activity_id = ?1 AND r.deleted_at IS NULL ORDER BY r.created_at",
        columns()
    ))?;
    let items = statement
        .query_map([activity_id.to_string()], read)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(items)
}

fn sections_json(sections: &[Section]) -> Result<String> {
    Ok(serde_json::to_string(sections)?)
}

fn not_found(id: &str) -> JournalError {
    JournalError::NotFound {
        entity: "reflection",
        id: id.to_owned(),
    }
}

/// Reads one row selected with [`COLUMNS`].
fn read(row: &Row<'_>) -> rusqlite::Result<Reflection> {
    let sections: String = row.get(3)?;
    let sections = serde_json::from_str(&sections).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(Reflection {
        id: row::id(row, 0)?,
        fields: ReflectionFields {
            title: row.get(1)?,
            model: row.get(2)?,
            sections,
            activity_id: row::optional_id(row, 4)?,
            privacy: row.get(5)?,
            tags: tags::read_names(row, 10)?,
            goal_id: row::optional_id(row, 11)?,
            community_id: row::optional_id(row, 12)?,
        },
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
        deleted_at: row.get(8)?,
        activity_title: row.get(9)?,
    })
}
