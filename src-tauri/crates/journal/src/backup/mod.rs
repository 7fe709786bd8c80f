//! Every user record as plain rows, for a backup, and those rows put back: into an empty
//! journal exactly, or merged by id into one that already holds entries.

mod dump;
mod restore;

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use specta::Type;

use crate::error::Result;

/// The user's tables, parents before children, so rows can be put back in this order.
/// The search index is left out (triggers rebuild it), as are preset frameworks (Cairn
/// installs them).
pub const BACKUP_TABLES: &[&str] = &[
    "setting",
    "tag",
    "goal",
    "community",
    "community_level",
    "activity",
    "reflection",
    "reflection_revision",
    "activity_tag",
    "reflection_tag",
    "evidence",
    "feedback",
    "review",
    "review_reflection",
    "framework",
    "framework_item",
    "entry_standard",
    "profile",
    "import_key",
    "space",
    "redaction_name",
    "reflection_source",
    "share",
    "share_reflection",
    "share_activity",
];

/// One row: column name to value (text, integer, real or null).
pub type BackupRow = Map<String, Value>;

/// Every user table's rows by table name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BackupTables {
    /// Rows by table name, each table's rows in key order.
    pub tables: BTreeMap<String, Vec<BackupRow>>,
}

impl BackupTables {
    /// The rows of `table`; none when the backup lacks it.
    pub fn rows(&self, table: &str) -> &[BackupRow] {
        self.tables.get(table).map_or(&[], Vec::as_slice)
    }

    /// How many rows there are in all.
    pub fn row_count(&self) -> u32 {
        let count: usize = self.tables.values().map(Vec::len).sum();
        u32::try_from(count).unwrap_or(u32::MAX)
    }
}

/// What a restore did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RestoreOutcome {
    /// Rows added to the journal.
    pub inserted: u32,
    /// Rows the journal already held (by id), left as they were.
    pub skipped: u32,
}

struct Column {
    name: String,
    /// Position in the primary key, 0 when not part of it.
    pk: i64,
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<Column>> {
    let mut statement = conn.prepare(&format!("PRAGMA table_info(\"{table}\")"))?;
    let found = statement
        .query_map([], |row| {
            Ok(Column {
                name: row.get("name")?,
                pk: row.get("pk")?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(found)
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Which rows of `table` a backup holds: all, but only the user's own frameworks.
fn filter(table: &str) -> &'static str {
    match table {
        "framework" => " WHERE preset IS NULL",
        "framework_item" => {
            " WHERE framework_id IN (SELECT id FROM framework WHERE preset IS NULL)"
        }
        _ => "",
    }
}
