//! The dashboard's figures: hours by month, kind and mode, recent entries, and plain-language
//! hints where learning is thin.

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::{Connection, Row, params};
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use crate::change::Entity;
use crate::error::Result;
use crate::row;
use crate::vocab::{ActivityKind, ActivityMode};

/// Time logged in one calendar month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MonthTotal {
    /// The month's first day.
    pub month: NaiveDate,
    pub minutes: i32,
    pub participatory_minutes: i32,
}

/// Time logged of one kind, or in one mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct Share<T> {
    pub value: T,
    pub minutes: i32,
}

/// An entry written or logged lately.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct RecentEntry {
    pub entity: Entity,
    pub id: Uuid,
    pub title: String,
    pub date: NaiveDate,
}

/// Everything the dashboard shows apart from the requirement profiles.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    /// The last twelve months, oldest first, the current month last.
    pub months: Vec<MonthTotal>,
    /// Time by kind over the same twelve months, most first.
    pub by_kind: Vec<Share<ActivityKind>>,
    /// Time by mode over the same twelve months, most first.
    pub by_mode: Vec<Share<ActivityMode>>,
    pub activities: u32,
    pub reflections: u32,
    /// Activities (not in the trash) with no reflection that has writing.
    pub awaiting_reflection: u32,
    /// The newest activities and reflections, newest first.
    pub recent: Vec<RecentEntry>,
    /// Sentences pointing at where learning is thin.
    pub hints: Vec<String>,
    /// Progress against each requirement profile the user keeps to.
    pub profiles: Vec<crate::ProfileProgress>,
}

/// How long without a reflection before the dashboard says so.
const QUIET_WEEKS: i64 = 6;

/// The dashboard as of `today`.
pub(crate) fn dashboard(conn: &Connection, today: NaiveDate) -> Result<Dashboard> {
    let this_month = today.with_day(1).unwrap_or(today);
    let first = this_month
        .checked_sub_months(Months::new(11))
        .unwrap_or(this_month);
    let (months, by_kind, by_mode) = time_totals(conn, first, this_month, today)?;
    // Awaiting a reflection: the activities not in the trash less those with a written
    // reflection, counted from the reflections' side through a small partial index (every
    // activity_id names an existing activity: the foreign key sets it NULL on deletion).
    let (activities, reflections, reflected, reflected_in_trash): (u32, u32, u32, u32) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM activity WHERE deleted_at IS NULL),
                    (SELECT count(*) FROM reflection WHERE deleted_at IS NULL),
                    (SELECT count(DISTINCT activity_id)
                       FROM reflection INDEXED BY reflection_written_by_activity
                      WHERE deleted_at IS NULL AND written AND activity_id IS NOT NULL),
                    (SELECT count(*) FROM activity a INDEXED BY activity_newest_first
                      WHERE a.deleted_at IS NOT NULL AND EXISTS
                       (SELECT 1 FROM reflection r INDEXED BY reflection_written_by_activity
                         WHERE r.activity_id = a.id AND r.deleted_at IS NULL AND r.written))",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )?;
    let awaiting_reflection = activities - (reflected - reflected_in_trash);
    let last_reflection: Option<NaiveDate> = conn.query_row(
        "SELECT date(max(created_at)) FROM reflection INDEXED BY reflection_written_newest
          WHERE deleted_at IS NULL AND written",
        [],
        |row| row.get(0),
    )?;
    let mut hints = Vec::new();
    if activities > 0 {
        match last_reflection {
            Some(last) if (today - last).num_weeks() >= QUIET_WEEKS => hints.push(format!(
                "No reflection for {} weeks: a few lines on something recent keep your record alive.",
                (today - last).num_weeks()
            )),
            None => hints.push(
                "You have not written a reflection yet: reflecting on an activity turns it into evidence."
                    .to_owned(),
            ),
            _ => {}
        }
    }
    let total: i32 = by_mode.iter().map(|share| share.minutes).sum();
    if let [only] = by_mode.as_slice()
        && only.value == ActivityMode::SelfDirected
        && total > 0
    {
        hints.push(
            "All your hours this year are self-directed: professional bodies value learning with others too."
                .to_owned(),
        );
    }
    if awaiting_reflection >= 3 {
        hints.push(format!(
            "{awaiting_reflection} activities are waiting for a reflection."
        ));
    }
    Ok(Dashboard {
        months,
        by_kind,
        by_mode,
        activities,
        reflections,
        awaiting_reflection,
        recent: recent(conn)?,
        hints,
        profiles: Vec::new(),
    })
}

type TimeTotals = (
    Vec<MonthTotal>,
    Vec<Share<ActivityKind>>,
    Vec<Share<ActivityMode>>,
);

/// Time in each month from `first` to `last` (both first days of a month), and time by kind
/// and by mode from `first` to `today`: one pass over the covering `activity_time` index.
fn time_totals(
    conn: &Connection,
    first: NaiveDate,
    last: NaiveDate,
    today: NaiveDate,
) -> Result<TimeTotals> {
    let mut statement = conn.prepare_cached(
        "SELECT date(started_on, 'start of month'), kind, mode, started_on <= ?3,
                sum(minutes), sum(participatory_minutes)
         FROM activity WHERE deleted_at IS NULL AND started_on >= ?1 AND started_on <= ?2
         GROUP BY 1, 2, 3, 4",
    )?;
    let groups = statement
        .query_map(params![first, last_day(last), today], |row| {
            Ok((
                row.get::<_, NaiveDate>(0)?,
                row.get::<_, ActivityKind>(1)?,
                row.get::<_, ActivityMode>(2)?,
                row.get::<_, bool>(3)?,
                row.get::<_, i32>(4)?,
                row.get::<_, i32>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut months = Vec::new();
    let mut month = first;
    while month <= last {
        months.push(MonthTotal {
            month,
            minutes: 0,
            participatory_minutes: 0,
        });
        month = month
            .checked_add_months(Months::new(1))
            .unwrap_or(NaiveDate::MAX);
    }
    let mut by_kind: Vec<Share<ActivityKind>> = Vec::new();
    let mut by_mode: Vec<Share<ActivityMode>> = Vec::new();
    for (month, kind, mode, by_today, minutes, participatory) in groups {
        if let Some(total) = months.iter_mut().find(|total| total.month == month) {
            total.minutes += minutes;
            total.participatory_minutes += participatory;
        }
        if by_today {
            add(&mut by_kind, kind, minutes);
            add(&mut by_mode, mode, minutes);
        }
    }
    // Most time first, then by stored value, as `ORDER BY 2 DESC, 1` gave.
    by_kind.sort_by(|a, b| (b.minutes, a.value.as_str()).cmp(&(a.minutes, b.value.as_str())));
    by_mode.sort_by(|a, b| (b.minutes, a.value.as_str()).cmp(&(a.minutes, b.value.as_str())));
    Ok((months, by_kind, by_mode))
}

fn add<T: PartialEq>(shares: &mut Vec<Share<T>>, value: T, minutes: i32) {
    match shares.iter_mut().find(|share| share.value == value) {
        Some(share) => share.minutes += minutes,
        None => shares.push(Share { value, minutes }),
    }
}

/// The last day of the month starting on `first`.
fn last_day(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(first)
}

fn recent(conn: &Connection) -> Result<Vec<RecentEntry>> {
    let mut statement = conn.prepare_cached(
        "SELECT * FROM (
           SELECT 'activity', id, title, started_on AS day, created_at FROM activity
            WHERE deleted_at IS NULL ORDER BY started_on DESC, created_at DESC LIMIT 6)
         UNION ALL SELECT * FROM (
           SELECT 'reflection', id, title, date(updated_at), updated_at FROM reflection
            WHERE deleted_at IS NULL ORDER BY updated_at DESC LIMIT 6)
         ORDER BY 4 DESC, 5 DESC LIMIT 6",
    )?;
    let entries = statement
        .query_map([], read_recent)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(entries)
}

fn read_recent(row: &Row<'_>) -> rusqlite::Result<RecentEntry> {
    let entity: String = row.get(0)?;
    Ok(RecentEntry {
        entity: if entity == "activity" {
            Entity::Activity
        } else {
            Entity::Reflection
        },
        id: row::id(row, 1)?,
        title: row.get(2)?,
        date: row.get(3)?,
    })
}
