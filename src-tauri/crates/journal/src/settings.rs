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
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            preferred_model: ReflectionModel::Free,
            snapshots_kept: DEFAULT_SNAPSHOTS_KEPT,
        }
    }
}

fn value(conn: &Connection, key: &str) -> Result<Option<String>> {
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
        snapshots_kept: value(conn, "snapshots_kept")?
            .and_then(|v| v.parse().ok())
            .unwrap_or(defaults.snapshots_kept),
    })
}

/// Stores the preferences; says whether anything changed.
pub(crate) fn set(conn: &Connection, settings: &Settings) -> Result<bool> {
    if !(1..=90).contains(&settings.snapshots_kept) {
        return Err(JournalError::invalid(
            "snapshotsKept",
            "Keep between 1 and 90 snapshots.",
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
    ] {
        tx.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
    }
    tx.commit()?;
    Ok(true)
}
