//! The `setting` table: the user's preferences that belong with the journal.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{JournalError, Result};
use crate::vocab::ReflectionModel;

/// Snapshots kept when the user has not chosen.
pub const DEFAULT_SNAPSHOTS_KEPT: u32 = 7;

/// Preferences stored in the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The model a new reflection starts with.
    pub preferred_model: ReflectionModel,
    /// How many daily snapshots to keep (1 to 90).
    pub snapshots_kept: u32,
    /// A weekly notification inviting a reflection.
    pub weekly_reminder: bool,
    /// The day of the weekly reminder, 1 (Monday) to 7 (Sunday).
    pub reminder_day: u32,
    /// A daily nudge while recent activities wait for a reflection.
    pub nudge_unreflected: bool,
    /// The practitioner's name, for the cover of an exported portfolio.
    pub owner_name: String,
    /// Their registration or membership number, for the same cover.
    pub registration_number: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            preferred_model: ReflectionModel::Free,
            snapshots_kept: DEFAULT_SNAPSHOTS_KEPT,
            weekly_reminder: false,
            reminder_day: 5,
            nudge_unreflected: false,
            owner_name: String::new(),
            registration_number: String::new(),
        }
    }
}

/// A stored value by key (preferences and bookkeeping such as when a reminder was last sent).
pub(crate) fn value(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| {
            row.get(0)
        })
        .optional()?)
}

/// The stored preferences, with defaults for any never set or no longer understood.
pub(crate) fn get(conn: &Connection) -> Result<Settings> {
    let defaults = Settings::default();
    Ok(Settings {
        preferred_model: value(conn, "preferred_model")?
            .and_then(|v| ReflectionModel::parse(&v))
            .unwrap_or(defaults.preferred_model),
        snapshots_kept: parsed(conn, "snapshots_kept")?.unwrap_or(defaults.snapshots_kept),
        weekly_reminder: parsed(conn, "weekly_reminder")?.unwrap_or(defaults.weekly_reminder),
        reminder_day: parsed(conn, "reminder_day")?.unwrap_or(defaults.reminder_day),
        nudge_unreflected: parsed(conn, "nudge_unreflected")?.unwrap_or(defaults.nudge_unreflected),
        owner_name: value(conn, "owner_name")?.unwrap_or_default(),
        registration_number: value(conn, "registration_number")?.unwrap_or_default(),
    })
}

fn parsed<T: std::str::FromStr>(conn: &Connection, key: &str) -> Result<Option<T>> {
    Ok(value(conn, key)?.and_then(|v| v.parse().ok()))
}

/// Stores one value by key.
pub(crate) fn put(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

/// Stores the preferences; says whether anything changed.
pub(crate) fn set(conn: &Connection, settings: &Settings) -> Result<bool> {
    if !(1..=90).contains(&settings.snapshots_kept) {
        return Err(JournalError::invalid(
            "snapshotsKept",
            "Keep between 1 and 90 snapshots.",
        ));
    }
    if !(1..=7).contains(&settings.reminder_day) {
        return Err(JournalError::invalid(
            "reminderDay",
            "Choose a day of the week for the reminder.",
        ));
    }
    if get(conn)? == *settings {
        return Ok(false);
    }
    let tx = conn.unchecked_transaction()?;
    for (key, value) in [
        (
            "preferred_model",
            settings.preferred_model.as_str().to_owned(),
        ),
        ("snapshots_kept", settings.snapshots_kept.to_string()),
        ("weekly_reminder", settings.weekly_reminder.to_string()),
        ("reminder_day", settings.reminder_day.to_string()),
        ("nudge_unreflected", settings.nudge_unreflected.to_string()),
        ("owner_name", settings.owner_name.trim().to_owned()),
        (
            "registration_number",
            settings.registration_number.trim().to_owned(),
        ),
    ] {
        put(&tx, key, &value)?;
    }
    tx.commit()?;
    Ok(true)
}
