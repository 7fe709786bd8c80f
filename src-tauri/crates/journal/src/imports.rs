//! Importing activities from elsewhere (a spreadsheet CPD log), and the `import_key` table
//! that makes importing the same rows twice add nothing.
//!
//! A key is chosen by the importer: a hash of a row's values as read, so that the same
//! activity in a re-saved or re-exported file is still recognised. The key is kept while its
//! activity exists, in the trash or not; purging the activity for good forgets it.

use std::collections::HashSet;

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::activity::{self, ActivityFields};
use crate::change::{ChangeAction, Entity};
use crate::error::{JournalError, Result};
use crate::{Journal, links};

/// Longest import key accepted, in characters (a SHA-256 in hex is 64).
pub const MAX_IMPORT_KEY_CHARS: usize = 128;

/// What one import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    /// Activities written.
    pub imported: u32,
    /// Rows whose key the journal already held (or that came twice in the batch): not written.
    pub skipped_duplicates: u32,
}

impl Journal {
    /// Writes every activity in `batch` whose key the journal does not hold yet, all in one
    /// transaction: every entry is checked first, and any failure writes nothing.
    ///
    /// One change is announced when anything was written: `Entity::Activity`,
    /// `ChangeAction::Created`, with the nil id, meaning "many activities were created; refresh
    /// what lists them" (one event per row would flood the change stream on a large import).
    pub fn import_activities(&self, batch: &[(String, ActivityFields)]) -> Result<ImportOutcome> {
        let total = batch.len();
        for (index, (key, fields)) in batch.iter().enumerate() {
            check_key(key)?;
            fields
                .validate()
                .and_then(|()| links::check(&self.conn, fields.goal_id, fields.community_id))
                .map_err(|error| numbered(error, index, total))?;
        }
        let imported_at = self.now();
        let tx = self.conn.unchecked_transaction()?;
        let mut outcome = ImportOutcome::default();
        for (index, (key, fields)) in batch.iter().enumerate() {
            if holds(&tx, key)? {
                outcome.skipped_duplicates += 1;
                continue;
            }
            let id = activity::insert_within(&tx, fields)
                .map_err(|error| numbered(error, index, total))?;
            tx.prepare_cached(
                "INSERT INTO import_key (key, activity_id, imported_at) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![key, id, imported_at])?;
            outcome.imported += 1;
        }
        tx.commit()?;
        self.announce_if(
            outcome.imported > 0,
            Entity::Activity,
            Uuid::nil(),
            ChangeAction::Created,
        );
        Ok(outcome)
    }

    /// Which of `keys` the journal already holds.
    pub fn known_import_keys(&self, keys: &[String]) -> Result<HashSet<String>> {
        if keys.is_empty() {
            return Ok(HashSet::new());
        }
        let mut statement = self.conn.prepare_cached(
            "SELECT key FROM import_key WHERE key IN (SELECT value FROM json_each(?1))",
        )?;
        let known = statement
            .query_map([serde_json::to_string(keys)?], |row| row.get(0))?
            .collect::<rusqlite::Result<HashSet<String>>>()?;
        Ok(known)
    }
}

/// Whether the journal holds `key`.
fn holds(conn: &Connection, key: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM import_key WHERE key = ?1")?
        .query_row([key], |_| Ok(()))
        .optional()?
        .is_some())
}

fn check_key(key: &str) -> Result<()> {
    if key.trim().is_empty() || key.chars().count() > MAX_IMPORT_KEY_CHARS {
        return Err(JournalError::invalid(
            "key",
            format!("An import key must be 1 to {MAX_IMPORT_KEY_CHARS} characters."),
        ));
    }
    Ok(())
}

/// Says which entry of the batch a validation error is about.
fn numbered(error: JournalError, index: usize, total: usize) -> JournalError {
    match error {
        JournalError::Invalid { field, message } => JournalError::Invalid {
            field,
            message: format!(
                "Activity {} of {total}: {message} Nothing was imported.",
                index + 1
            ),
        },
        other => other,
    }
}
