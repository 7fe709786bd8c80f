//! The `activity` table: one logged piece of CPD.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, ToSql, params, params_from_iter};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::tags::{self, Tagged};
use crate::vocab::{ActivityKind, ActivityMode};
use crate::{Page, PageRequest};
use crate::{links, row};

/// Longest title accepted, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
const MINUTES_PER_DAY: i64 = 24 * 60;

/// What the user writes about an activity: everything but its identity and timestamps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ActivityFields {
    pub title: String,
    /// Markdown.
    pub description: String,
    pub kind: ActivityKind,
    pub mode: ActivityMode,
    /// The part of `minutes` spent learning with others.
    pub participatory_minutes: i32,
    pub started_on: NaiveDate,
    /// The last day of a multi-day activity; `None` for a single day.
    pub ended_on: Option<NaiveDate>,
    /// Time spent, in minutes.
    pub minutes: i32,
    pub provider: String,
    pub location: String,
    pub outcomes: String,
    /// The difference it made to practice.
    pub impact: String,
    /// Tag names, sorted; tags that do not exist yet are created.
    pub tags: Vec<String>,
    /// The development goal it counts towards.
    pub goal_id: Option<Uuid>,
    /// The community of practice it took place in.
    pub community_id: Option<Uuid>,
}

/// A stored activity.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: Uuid,
    pub fields: ActivityFields,
    /// How many reflections linked to it (not in the trash) have something written.
    pub reflection_count: u32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// When it went to the trash.
    pub deleted_at: Option<DateTime<Utc>>,
}

impl ActivityFields {
    /// A one-day formal activity with only the required fields set.
    pub fn new(title: impl Into<String>, started_on: NaiveDate, minutes: i32) -> Self {
        Self {
            title: title.into(),
            description: String::new(),
            kind: ActivityKind::Course,
            mode: ActivityMode::Formal,
            participatory_minutes: 0,
            started_on,
            ended_on: None,
            minutes,
            provider: String::new(),
            location: String::new(),
            outcomes: String::new(),
            impact: String::new(),
            tags: Vec::new(),
            goal_id: None,
            community_id: None,
        }
    }

    /// Checks every rule; the error names the first field that breaks one.
    pub fn validate(&self) -> Result<()> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err(JournalError::invalid("title", "Give the activity a title."));
        }
        if title.chars().count() > MAX_TITLE_CHARS {
            return Err(JournalError::invalid(
                "title",
                format!(
                    "Keep the title under {MAX_TITLE_CHARS} characters; the description has room for more."
                ),
            ));
        }
        let last_day = self.ended_on.unwrap_or(self.started_on);
        if last_day < self.started_on {
            return Err(JournalError::invalid(
                "endedOn",
                "The end date is before the start date.",
            ));
        }
        if self.minutes <= 0 {
            return Err(JournalError::invalid(
                "minutes",
                "Enter the time spent: more than 0 minutes.",
            ));
        }
        let days = (last_day - self.started_on).num_days() + 1;
        if i64::from(self.minutes) > days * MINUTES_PER_DAY {
            let span = if days == 1 {
                "one day".to_owned()
            } else {
                format!("{days} days")
            };
            return Err(JournalError::invalid(
                "minutes",
                format!(
                    "That is more than 24 hours a day: {span} allow at most {} hours.",
                    days * 24
                ),
            ));
        }
        if self.participatory_minutes < 0 || self.participatory_minutes > self.minutes {
            return Err(JournalError::invalid(
                "participatoryMinutes",
                "Participatory time must be between none and the whole time spent.",
            ));
        }
        Ok(())
    }

    /// The same fields as they will be stored: the title trimmed, the tags tidied.
    fn normalised(&self, conn: &Connection) -> Result<Self> {
        Ok(Self {
            title: self.title.trim().to_owned(),
            tags: tags::normalise(conn, &self.tags)?,
            ..self.clone()
        })
    }
}

const COLUMNS: &str = "a.id, a.title, a.description, a.kind, a.mode, a.participatory_minutes,
    a.started_on, a.ended_on, a.minutes, a.provider, a.location, a.outcomes, a.impact,
    a.created_at, a.updated_at, a.deleted_at,
    (SELECT count(*) FROM reflection r
      WHERE r.activity_id = a.id AND r.deleted_at IS NULL AND r.written)";

fn columns() -> String {
    format!(
        "{COLUMNS}, {}, a.goal_id, a.community_id",
        tags::names_sql(Tagged::Activity, "a.id")
    )
}

/// Inserts a validated activity and returns it as stored.
pub(crate) fn insert(conn: &Connection, fields: &ActivityFields) -> Result<Activity> {
    let tx = conn.unchecked_transaction()?;
    let id = insert_within(&tx, fields)?;
    tx.commit()?;
    get_text(conn, &id)
}

/// Validates and inserts an activity inside the caller's transaction (which commits or rolls
/// back); returns the new id.
pub(crate) fn insert_within(conn: &Connection, fields: &ActivityFields) -> Result<String> {
    fields.validate()?;
    links::check(conn, fields.goal_id, fields.community_id)?;
    let id = Uuid::new_v4().to_string();
    let fields = fields.normalised(conn)?;
    let now = row::now();
    let (goal, community) = links::text(fields.goal_id, fields.community_id);
    let mut values: Vec<&dyn ToSql> = vec![&id];
    values.extend(field_values(&fields));
    values.extend([&goal as &dyn ToSql, &community, &now]);
    conn.prepare_cached(
        "INSERT INTO activity (id, title, description, kind, mode, participatory_minutes,
            started_on, ended_on, minutes, provider, location, outcomes, impact,
            goal_id, community_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
    )?
    .execute(params_from_iter(values))?;
    tags::set(conn, Tagged::Activity, &id, &fields.tags)?;
    Ok(id)
}

/// Replaces an activity's fields. Also says whether anything changed: nothing is written
/// when the fields are the same.
pub(crate) fn update(
    conn: &Connection,
    id: Uuid,
    fields: &ActivityFields,
) -> Result<(Activity, bool)> {
    fields.validate()?;
    let fields = fields.normalised(conn)?;
    let current = get(conn, id)?;
    if current.fields == fields {
        return Ok((current, false));
    }
    links::check(conn, fields.goal_id, fields.community_id)?;
    let id = id.to_string();
    let now = row::now();
    let tx = conn.unchecked_transaction()?;
    let (goal, community) = links::text(fields.goal_id, fields.community_id);
    let mut values: Vec<&dyn ToSql> = vec![&id];
    values.extend(field_values(&fields));
    values.extend([&goal as &dyn ToSql, &community, &now]);
    conn.execute(
        "UPDATE activity SET title = ?2, description = ?3, kind = ?4, mode = ?5,
            participatory_minutes = ?6, started_on = ?7, ended_on = ?8, minutes = ?9,
            provider = ?10, location = ?11, outcomes = ?12, impact = ?13, goal_id = ?14,
            community_id = ?15, updated_at = ?16
         WHERE id = ?1",
        params_from_iter(values),
    )?;
    tags::set(&tx, Tagged::Activity, &id, &fields.tags)?;
    tx.commit()?;
    Ok((get_text(conn, &id)?, true))
}

/// The fields in column order, from `title` to `impact`.
fn field_values(fields: &ActivityFields) -> [&dyn ToSql; 12] {
    [
        &fields.title,
        &fields.description,
        &fields.kind,
        &fields.mode,
        &fields.participatory_minutes,
        &fields.started_on,
        &fields.ended_on,
        &fields.minutes,
        &fields.provider,
        &fields.location,
        &fields.outcomes,
        &fields.impact,
    ]
}

/// Moves an activity to the trash (`trashed = true`) or back out of it. Also says whether
/// anything changed: nothing is written when it already was where it was asked to go.
pub(crate) fn set_trashed(conn: &Connection, id: Uuid, trashed: bool) -> Result<(Activity, bool)> {
    let id = id.to_string();
    let changed = conn.execute(
        "UPDATE activity SET deleted_at = ?2 WHERE id = ?1 AND (deleted_at IS NULL) = ?3",
        params![id, trashed.then(row::now), trashed],
    )?;
    Ok((get_text(conn, &id)?, changed > 0))
}

/// One activity, in the trash or not.
pub(crate) fn get(conn: &Connection, id: Uuid) -> Result<Activity> {
    get_text(conn, &id.to_string())
}

fn get_text(conn: &Connection, id: &str) -> Result<Activity> {
    conn.query_row(
        &format!("SELECT {} FROM activity a WHERE a.id = ?1", columns()),
        [id],
        read,
    )
    .optional()?
    .ok_or_else(|| not_found(id))
}

/// Whether an activity with this id exists (in the trash or not).
pub(crate) fn exists(conn: &Connection, id: Uuid) -> Result<bool> {
    let found = conn
        .query_row(
            "SELECT 1 FROM activity WHERE id = ?1",
            [id.to_string()],
            |_| Ok(()),
        )
        .optional()?;
    Ok(found.is_some())
}

/// Activities not in the trash, newest first (by start date, then by creation); or, with
/// `trash`, the activities in the trash, most recently trashed first.
pub(crate) fn list(conn: &Connection, page: PageRequest, trash: bool) -> Result<Page<Activity>> {
    // Spelled out rather than `(deleted_at IS NOT NULL) = ?`, so that SQLite walks the
    // `activity_newest_first` index in order and stops at the page's end.
    let (filter, order) = if trash {
        ("a.deleted_at IS NOT NULL", "a.deleted_at DESC")
    } else {
        (
            "a.deleted_at IS NULL",
            "a.started_on DESC, a.created_at DESC",
        )
    };
    let total: u32 = conn.query_row(
        &format!("SELECT count(*) FROM activity a WHERE {filter}"),
        [],
        |row| row.get(0),
    )?;
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {} FROM activity a WHERE {filter}
         ORDER BY {order} LIMIT ?1 OFFSET ?2",
        columns()
    ))?;
    let items = statement
        .query_map(params![page.limit(), page.offset], read)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Page { items, total })
}

/// Deletes an activity in the trash for good, with its evidence links; its reflections stay,
/// unlinked. An activity not in the trash is refused.
pub(crate) fn purge(conn: &Connection, id: Uuid) -> Result<()> {
    let current = get(conn, id)?;
    if current.deleted_at.is_none() {
        return Err(JournalError::invalid(
            "id",
            "Only an activity in the trash can be deleted for good.",
        ));
    }
    conn.execute("DELETE FROM activity WHERE id = ?1", [id.to_string()])?;
    Ok(())
}

fn not_found(id: &str) -> JournalError {
    JournalError::NotFound {
        entity: "activity",
        id: id.to_owned(),
    }
}

/// Reads one row selected with [`COLUMNS`].
fn read(row: &Row<'_>) -> rusqlite::Result<Activity> {
    Ok(Activity {
        id: row::id(row, 0)?,
        fields: ActivityFields {
            title: row.get(1)?,
            description: row.get(2)?,
            kind: row.get(3)?,
            mode: row.get(4)?,
            participatory_minutes: row.get(5)?,
            started_on: row.get(6)?,
            ended_on: row.get(7)?,
            minutes: row.get(8)?,
            provider: row.get(9)?,
            location: row.get(10)?,
            outcomes: row.get(11)?,
            impact: row.get(12)?,
            tags: tags::read_names(row, 17)?,
            goal_id: row::optional_id(row, 18)?,
            community_id: row::optional_id(row, 19)?,
        },
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
        deleted_at: row.get(15)?,
        reflection_count: row.get(16)?,
    })
}
