//! How well a framework is covered: for each item, the entries linked to it and the time.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Local, NaiveDate, Utc};
use rusqlite::Connection;
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::framework::{self, Framework};
use crate::row;

/// The evidence behind one item of a framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemCoverage {
    pub item_id: Uuid,
    pub code: String,
    pub title: String,
    pub parent_id: Option<Uuid>,
    /// Activities linked to this item (not to its children) that fall in the range.
    pub activities: u32,
    /// Reflections linked to this item written in the range.
    pub reflections: u32,
    /// Goals linked to this item, whatever their dates.
    pub goals: u32,
    /// Time within the range of the activities linked to the item, directly or through a
    /// linked reflection on them; each activity counts once.
    pub minutes: i32,
}

/// Every item of a framework, in order, with the evidence for it; items with none are listed
/// with zeros so that gaps show.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub framework: Framework,
    pub items: Vec<ItemCoverage>,
}

/// The range to count in, inclusive; either end may be open.
#[derive(Debug, Clone, Copy)]
struct Range {
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
}

impl Range {
    fn contains(self, day: NaiveDate) -> bool {
        self.from.is_none_or(|from| day >= from) && self.to.is_none_or(|to| day <= to)
    }

    /// The minutes of an activity on `started..=ended` that fall in the range, shared evenly
    /// over its days; `None` when it has no day in the range.
    fn minutes(self, started: NaiveDate, ended: Option<NaiveDate>, minutes: i64) -> Option<i64> {
        let ended = ended.filter(|e| *e > started).unwrap_or(started);
        let first = self.from.map_or(started, |from| from.max(started));
        let last = self.to.map_or(ended, |to| to.min(ended));
        if first > last {
            return None;
        }
        let days = (ended - started).num_days() + 1;
        let inside = (last - first).num_days() + 1;
        Some((minutes * inside + days / 2) / days)
    }
}

/// What was found for one item while counting.
#[derive(Default)]
struct Tally {
    activities: HashSet<Uuid>,
    reflections: u32,
    goals: u32,
    /// Minutes in range per activity, direct or through a reflection.
    minutes: HashMap<Uuid, i64>,
}

/// Counts the evidence for every item of `framework_id` between `from` and `to`. Entries in
/// the trash are left out. Activities count when any of their days is in the range, with
/// their minutes shared pro rata by days; reflections count by the day they were written.
pub(crate) fn compute(
    conn: &Connection,
    framework_id: Uuid,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Coverage> {
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(JournalError::invalid(
            "to",
            "The end of the range comes before its start.",
        ));
    }
    let framework = framework::get(conn, &framework_id.to_string())?;
    let range = Range { from, to };
    let mut tallies: HashMap<Uuid, Tally> = HashMap::new();
    let id = framework_id.to_string();

    let mut activities = conn.prepare_cached(
        "SELECT s.item_id, a.id, a.started_on, a.ended_on, a.minutes
         FROM entry_standard s
            JOIN framework_item i ON i.id = s.item_id
            JOIN activity a ON a.id = s.activity_id
         WHERE i.framework_id = ?1 AND a.deleted_at IS NULL",
    )?;
    let rows = activities.query_map([&id], |row| {
        Ok((
            row::id(row, 0)?,
            row::id(row, 1)?,
            row.get::<_, NaiveDate>(2)?,
            row.get::<_, Option<NaiveDate>>(3)?,
            row.get::<_, i64>(4)?,
        ))
    })?;
    for row in rows {
        let (item, activity, started, ended, minutes) = row?;
        if let Some(minutes) = range.minutes(started, ended, minutes) {
            let tally = tallies.entry(item).or_default();
            tally.activities.insert(activity);
            tally.minutes.insert(activity, minutes);
        }
    }

    let mut reflections = conn.prepare_cached(
        "SELECT s.item_id, r.created_at, a.id, a.started_on, a.ended_on, a.minutes
         FROM entry_standard s
            JOIN framework_item i ON i.id = s.item_id
            JOIN reflection r ON r.id = s.reflection_id
            LEFT JOIN activity a ON a.id = r.activity_id AND a.deleted_at IS NULL
         WHERE i.framework_id = ?1 AND r.deleted_at IS NULL",
    )?;
    let rows = reflections.query_map([&id], |row| {
        Ok((
            row::id(row, 0)?,
            row.get::<_, DateTime<Utc>>(1)?,
            row::optional_id(row, 2)?,
            row.get::<_, Option<NaiveDate>>(3)?,
            row.get::<_, Option<NaiveDate>>(4)?,
            row.get::<_, Option<i64>>(5)?,
        ))
    })?;
    for row in rows {
        let (item, written, activity, started, ended, minutes) = row?;
        let tally = tallies.entry(item).or_default();
        if range.contains(written.with_timezone(&Local).date_naive()) {
            tally.reflections += 1;
        }
        if let (Some(activity), Some(started), Some(minutes)) = (activity, started, minutes)
            && let Some(minutes) = range.minutes(started, ended, minutes)
        {
            tally.minutes.insert(activity, minutes);
        }
    }

    let mut goals = conn.prepare_cached(
        "SELECT s.item_id, count(*)
         FROM entry_standard s
            JOIN framework_item i ON i.id = s.item_id
            JOIN goal g ON g.id = s.goal_id
         WHERE i.framework_id = ?1 AND g.deleted_at IS NULL
         GROUP BY s.item_id",
    )?;
    let rows = goals.query_map([&id], |row| Ok((row::id(row, 0)?, row.get::<_, u32>(1)?)))?;
    for row in rows {
        let (item, count) = row?;
        tallies.entry(item).or_default().goals = count;
    }

    let items = framework
        .items
        .iter()
        .map(|item| {
            let tally = tallies.remove(&item.id).unwrap_or_default();
            let minutes: i64 = tally.minutes.values().sum();
            ItemCoverage {
                item_id: item.id,
                code: item.code.clone(),
                title: item.title.clone(),
                parent_id: item.parent_id,
                activities: u32::try_from(tally.activities.len()).unwrap_or(u32::MAX),
                reflections: tally.reflections,
                goals: tally.goals,
                minutes: i32::try_from(minutes).unwrap_or(i32::MAX),
            }
        })
        .collect();
    Ok(Coverage { framework, items })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn minutes_are_shared_by_days_in_the_range() {
        let range = Range {
            from: Some(day("2026-01-01")),
            to: Some(day("2026-12-31")),
        };
        assert_eq!(
            range.minutes(day("2025-12-30"), Some(day("2026-01-02")), 400),
            Some(200),
            "two of four days fall in the range"
        );
        assert_eq!(
            range.minutes(day("2026-12-31"), Some(day("2027-01-02")), 300),
            Some(100),
            "one of three days falls in the range"
        );
        assert_eq!(
            range.minutes(day("2026-03-01"), None, 90),
            Some(90),
            "a day inside counts whole"
        );
        assert_eq!(
            range.minutes(day("2025-03-01"), Some(day("2025-03-02")), 90),
            None,
            "an activity outside the range is not counted"
        );
        let open = Range {
            from: None,
            to: None,
        };
        assert_eq!(
            open.minutes(day("2025-03-01"), Some(day("2025-03-09")), 90),
            Some(90),
            "an open range takes everything"
        );
    }
}
