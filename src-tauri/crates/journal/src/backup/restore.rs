//! Restoring a backup: its rows put back into an empty journal, or merged by id.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, params_from_iter};
use serde_json::Value;
use uuid::Uuid;

use super::{
    BACKUP_TABLES, BackupRow, BackupTables, Column, RestoreOutcome, columns, filter, quoted,
};
use crate::change::{ChangeAction, Entity};
use crate::error::{JournalError, Result};
use crate::{Journal, settings, snapshot};

fn to_sql(table: &str, column: &str, value: &Value) -> Result<SqlValue> {
    Ok(match value {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Array(_) | Value::Object(_) => {
            return Err(JournalError::invalid(
                "backup",
                format!("The backup's {table}.{column} holds a value Cairn cannot read."),
            ));
        }
    })
}

fn text<'a>(row: &'a BackupRow, column: &str) -> Option<&'a str> {
    row.get(column).and_then(Value::as_str)
}

/// Whether the journal holds anything the user made (settings aside).
fn holds_entries(conn: &Connection) -> Result<bool> {
    for table in BACKUP_TABLES.iter().filter(|t| **t != "setting") {
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM {}{})",
            quoted(table),
            filter(table)
        );
        let any: bool = conn.query_row(&sql, [], |row| row.get(0))?;
        if any {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Puts the rows back, counting what went in and what was already there.
struct Restorer<'c> {
    conn: &'c Connection,
    /// The journal held no entries: the backup's preferences replace its own.
    replace_settings: bool,
    outcome: RestoreOutcome,
    /// Backup tag id to the id of the journal's tag of the same name.
    tag_ids: HashMap<String, String>,
    /// Reflections this restore added: only their history comes with them.
    new_reflections: HashSet<String>,
}

impl Restorer<'_> {
    fn count(&mut self, inserted: bool) {
        if inserted {
            self.outcome.inserted += 1;
        } else {
            self.outcome.skipped += 1;
        }
    }

    /// Inserts `row` into `table` (only the columns this schema has), doing nothing when a
    /// row with the same key exists. Returns whether a row went in.
    fn insert(
        &self,
        table: &str,
        known: &[Column],
        row: &BackupRow,
        replace: bool,
    ) -> Result<bool> {
        let mut names = Vec::new();
        let mut values = Vec::new();
        for column in known {
            if let Some(value) = row.get(&column.name) {
                names.push(quoted(&column.name));
                values.push(to_sql(table, &column.name, value)?);
            }
        }
        if names.is_empty() {
            return Ok(false);
        }
        let marks = vec!["?"; names.len()].join(", ");
        let verb = if replace {
            "INSERT OR REPLACE"
        } else {
            "INSERT"
        };
        let tail = if replace {
            ""
        } else {
            " ON CONFLICT DO NOTHING"
        };
        let sql = format!(
            "{verb} INTO {} ({}) VALUES ({marks}){tail}",
            quoted(table),
            names.join(", ")
        );
        Ok(self.conn.execute(&sql, params_from_iter(values))? > 0)
    }

    fn table(&mut self, table: &str, rows: &[BackupRow]) -> Result<()> {
        let known = columns(self.conn, table)?;
        match table {
            "tag" => self.tags(&known, rows),
            "reflection_revision" => self.revisions(&known, rows),
            _ => {
                for row in rows {
                    if table == "framework" && !row.get("preset").is_none_or(Value::is_null) {
                        continue;
                    }
                    let mut row = row.clone();
                    if matches!(table, "activity_tag" | "reflection_tag") {
                        let mapped = text(&row, "tag_id").and_then(|id| self.tag_ids.get(id));
                        if let Some(mapped) = mapped {
                            row.insert("tag_id".into(), Value::String(mapped.clone()));
                        }
                    }
                    let replace = table == "setting" && self.replace_settings;
                    let inserted = self.insert(table, &known, &row, replace)?;
                    if table == "reflection"
                        && inserted
                        && let Some(id) = text(&row, "id")
                    {
                        self.new_reflections.insert(id.to_owned());
                    }
                    self.count(inserted);
                }
                Ok(())
            }
        }
    }

    /// Tags are unique by name: a backup tag whose name the journal already has becomes
    /// that tag, and its links follow.
    fn tags(&mut self, known: &[Column], rows: &[BackupRow]) -> Result<()> {
        for row in rows {
            let (Some(id), Some(name)) = (text(row, "id"), text(row, "name")) else {
                return Err(damaged("tag"));
            };
            let existing: Option<String> = self
                .conn
                .query_row(
                    "SELECT id FROM tag WHERE id = ?1 OR name = ?2 COLLATE NOCASE
                     ORDER BY id = ?1 DESC LIMIT 1",
                    [id, name],
                    |r| r.get(0),
                )
                .optional()?;
            match existing {
                Some(found) => {
                    if found != id {
                        self.tag_ids.insert(id.to_owned(), found);
                    }
                    self.count(false);
                }
                None => {
                    let inserted = self.insert("tag", known, row, false)?;
                    self.count(inserted);
                }
            }
        }
        Ok(())
    }

    /// A reflection's history comes only with a reflection this restore added, keeping its
    /// ids when all are free and otherwise taking new ones in the same order.
    fn revisions(&mut self, known: &[Column], rows: &[BackupRow]) -> Result<()> {
        let mut by_reflection: BTreeMap<&str, Vec<&BackupRow>> = BTreeMap::new();
        for row in rows {
            let reflection = text(row, "reflection_id").ok_or_else(|| damaged("revision"))?;
            by_reflection.entry(reflection).or_default().push(row);
        }
        for (reflection, mut history) in by_reflection {
            if !self.new_reflections.contains(reflection) {
                self.outcome.skipped += u32::try_from(history.len()).unwrap_or(u32::MAX);
                continue;
            }
            history.sort_by_key(|row| row.get("id").and_then(Value::as_i64));
            let mut free = true;
            for row in &history {
                let id = row.get("id").and_then(Value::as_i64);
                let taken = self
                    .conn
                    .query_row(
                        "SELECT 1 FROM reflection_revision WHERE id = ?1",
                        [id],
                        |_| Ok(()),
                    )
                    .optional()?;
                free &= id.is_some() && taken.is_none();
            }
            for row in history {
                let mut row = row.clone();
                if !free {
                    row.remove("id");
                }
                let inserted = self.insert("reflection_revision", known, &row, false)?;
                self.count(inserted);
            }
        }
        Ok(())
    }
}

fn damaged(what: &str) -> JournalError {
    JournalError::invalid(
        "backup",
        format!("The backup is damaged: a {what} row lacks its id."),
    )
}

impl Journal {
    /// Puts a backup's rows into this journal in one transaction: a failure changes nothing.
    /// Unless `merge`, the journal must hold no entries; when it holds none, the backup's
    /// preferences replace its own, merge or not. Rows whose id the journal already
    /// has are left as they are, so restoring twice adds nothing; columns this schema lacks
    /// are ignored and columns the backup lacks take their defaults. A journal kept in a
    /// folder is snapshotted first.
    pub fn restore_rows(&self, backup: &BackupTables, merge: bool) -> Result<RestoreOutcome> {
        if let Some(unknown) = backup
            .tables
            .keys()
            .find(|name| !BACKUP_TABLES.contains(&name.as_str()))
        {
            return Err(JournalError::invalid(
                "backup",
                format!("The backup holds a table this Cairn does not know: {unknown}."),
            ));
        }
        let empty = !holds_entries(&self.conn)?;
        if !merge && !empty {
            return Err(JournalError::invalid(
                "journal",
                "This journal already holds entries; choose merge",
            ));
        }
        if self.folder.is_some() {
            self.snapshot_before_restore()?;
        }
        let tx = self.conn.unchecked_transaction()?;
        tx.pragma_update(None, "defer_foreign_keys", true)?;
        let mut restorer = Restorer {
            conn: &tx,
            replace_settings: empty,
            outcome: RestoreOutcome {
                inserted: 0,
                skipped: 0,
            },
            tag_ids: HashMap::new(),
            new_reflections: HashSet::new(),
        };
        for table in BACKUP_TABLES {
            restorer.table(table, backup.rows(table))?;
        }
        let outcome = restorer.outcome;
        let broken: Option<String> = tx
            .query_row("PRAGMA foreign_key_check", [], |row| row.get(0))
            .optional()?;
        if let Some(table) = broken {
            return Err(JournalError::invalid(
                "backup",
                format!(
                    "The backup is incomplete: a {table} row refers to a record it does not \
                     hold. Nothing was restored."
                ),
            ));
        }
        tx.commit()?;
        self.announce_if(true, Entity::Journal, Uuid::nil(), ChangeAction::Updated);
        Ok(outcome)
    }

    fn snapshot_before_restore(&self) -> Result<()> {
        let Some(folder) = self.folder.as_ref().map(|f| f.join("snapshots")) else {
            return Ok(());
        };
        let now = self.now();
        if snapshot::list(&folder)?
            .iter()
            .all(|s| s.taken_at.timestamp() != now.timestamp())
        {
            snapshot::take(&self.conn, &folder, now)?;
        }
        let kept = settings::get(&self.conn)?.snapshots_kept as usize;
        snapshot::prune(&folder, kept.max(1) + 1)
    }
}
