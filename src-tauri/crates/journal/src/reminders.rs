//! Reminders to reflect: a weekly invitation on the user's chosen day, and a daily nudge while
//! recent activities wait for a reflection. Each is sent at most once a day.

use chrono::{Datelike, NaiveDateTime, TimeDelta, Timelike};
use rusqlite::Connection;
use serde::Serialize;
use specta::Type;

use crate::error::Result;
use crate::settings;

/// The hour of the day (local time) from which reminders may be sent.
const FROM_HOUR: u32 = 9;
/// Activities older than this without a reflection earn a nudge.
const NUDGE_AFTER_DAYS: i64 = 2;
/// Activities older than this are left alone: the nudge is about recent learning.
const NUDGE_WITHIN_DAYS: i64 = 30;

/// A notification to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct Reminder {
    pub title: String,
    pub body: String,
}

/// The reminders due at local time `now`, each recorded as sent so it is not sent again today.
pub(crate) fn take_due(conn: &Connection, now: NaiveDateTime) -> Result<Vec<Reminder>> {
    let preferences = settings::get(conn)?;
    let today = now.date();
    let stamp = today.to_string();
    let mut due = Vec::new();
    if now.hour() < FROM_HOUR {
        return Ok(due);
    }
    let sent_today = |key: &str| -> Result<bool> {
        Ok(settings::value(conn, key)?.as_deref() == Some(stamp.as_str()))
    };
    if preferences.weekly_reminder
        && today.weekday().number_from_monday() == preferences.reminder_day
        && !sent_today("reminded_weekly_on")?
    {
        settings::put(conn, "reminded_weekly_on", &stamp)?;
        due.push(Reminder {
            title: "Time to reflect".to_owned(),
            body: "Ten minutes on something from this week keeps your CPD record alive.".to_owned(),
        });
    }
    if preferences.nudge_unreflected && !sent_today("nudged_on")? {
        let waiting = waiting(conn, now)?;
        if let Some(first) = waiting.first() {
            settings::put(conn, "nudged_on", &stamp)?;
            let body = match waiting.len() {
                1 => format!("\u{201c}{first}\u{201d} is waiting for a few lines of reflection."),
                n => format!(
                    "\u{201c}{first}\u{201d} and {} more are waiting for a few lines of reflection.",
                    n - 1
                ),
            };
            due.push(Reminder {
                title: "Reflect while it is fresh".to_owned(),
                body,
            });
        }
    }
    Ok(due)
}

/// Titles of recent activities with no reflection that has writing, newest first.
fn waiting(conn: &Connection, now: NaiveDateTime) -> Result<Vec<String>> {
    let today = now.date();
    let newest = today - TimeDelta::days(NUDGE_AFTER_DAYS);
    let oldest = today - TimeDelta::days(NUDGE_WITHIN_DAYS);
    let mut statement = conn.prepare_cached(
        "SELECT a.title FROM activity a
         WHERE a.deleted_at IS NULL AND a.started_on BETWEEN ?1 AND ?2 AND NOT EXISTS
           (SELECT 1 FROM reflection r
             WHERE r.activity_id = a.id AND r.deleted_at IS NULL AND r.written)
         ORDER BY a.started_on DESC, a.created_at DESC",
    )?;
    let titles = statement
        .query_map(rusqlite::params![oldest, newest], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(titles)
}
