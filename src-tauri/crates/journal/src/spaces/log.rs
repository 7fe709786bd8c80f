//! The `share` and `share_entry` tables: the share log.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use super::{NewShare, ShareAttempt, ShareLogEntry, ShareStatus};
use crate::error::{JournalError, Result};
use crate::row;

/// How many shares the log shows.
const LOG_LIMIT: u32 = 500;

/// The longest error message kept for a failed attempt.
const MAX_ERROR_CHARS: usize = 500;

const COLUMNS: &str = "id, space_id, space_name, title, payload, status, attempts, \
     next_attempt_at, last_error, remote_id, link, created_at, shared_at";

fn read(row: &Row<'_>) -> rusqlite::Result<ShareLogEntry> {
    Ok(ShareLogEntry {
        id: row::id(row, 0)?,
        space_id: row::optional_id(row, 1)?,
        space_name: row.get(2)?,
        title: row.get(3)?,
        payload: row.get(4)?,
        status: row.get(5)?,
        attempts: row.get(6)?,
        next_attempt_at: row.get(7)?,
        last_error: row.get(8)?,
        remote_id: row.get(9)?,
        link: row.get(10)?,
        created_at: row.get(11)?,
        shared_at: row.get(12)?,
        reflection_ids: Vec::new(),
        activity_ids: Vec::new(),
    })
}

/// Fills in which entries each share carried.
fn with_entries(conn: &Connection, mut shares: Vec<ShareLogEntry>) -> Result<Vec<ShareLogEntry>> {
    let mut reflections = conn.prepare_cached(
        "SELECT reflection_id FROM share_reflection WHERE share_id = ?1 ORDER BY reflection_id",
    )?;
    let mut activities = conn.prepare_cached(
        "SELECT activity_id FROM share_activity WHERE share_id = ?1 ORDER BY activity_id",
    )?;
    for share in &mut shares {
        let key = share.id.to_string();
        share.reflection_ids = reflections
            .query_map([&key], |row| row::id(row, 0))?
            .collect::<rusqlite::Result<_>>()?;
        share.activity_ids = activities
            .query_map([&key], |row| row::id(row, 0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(shares)
}

fn select(
    conn: &Connection,
    condition: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<ShareLogEntry>> {
    let mut statement = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM share {condition}"))?;
    let shares = statement
        .query_map(params, read)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    with_entries(conn, shares)
}

/// Logs a confirmed share, queued.
pub(super) fn insert(
    conn: &Connection,
    share: &NewShare,
    now: DateTime<Utc>,
) -> Result<ShareLogEntry> {
    let tx = conn.unchecked_transaction()?;
    let id = share.id.to_string();
    tx.execute(
        "INSERT INTO share (id, space_id, space_name, title, payload, status, next_attempt_at,
                            created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            id,
            share.space_id.to_string(),
            share.space_name,
            share.title,
            share.payload,
            ShareStatus::Queued,
            now,
        ],
    )?;
    for reflection in &share.reflection_ids {
        tx.execute(
            "INSERT OR IGNORE INTO share_reflection (share_id, reflection_id) VALUES (?1, ?2)",
            [&id, &reflection.to_string()],
        )?;
    }
    for activity in &share.activity_ids {
        tx.execute(
            "INSERT OR IGNORE INTO share_activity (share_id, activity_id) VALUES (?1, ?2)",
            [&id, &activity.to_string()],
        )?;
    }
    tx.commit()?;
    get(conn, share.id)
}

/// One share.
pub(super) fn get(conn: &Connection, id: Uuid) -> Result<ShareLogEntry> {
    select(conn, "WHERE id = ?1", [id.to_string()])?
        .pop()
        .ok_or_else(|| JournalError::NotFound {
            entity: "share",
            id: id.to_string(),
        })
}

/// The log, newest first.
pub(super) fn list(conn: &Connection) -> Result<Vec<ShareLogEntry>> {
    select(
        conn,
        "ORDER BY created_at DESC, rowid DESC LIMIT ?1",
        [LOG_LIMIT],
    )
}

/// Queued shares due by `now`, oldest first.
pub(super) fn due(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<ShareLogEntry>> {
    select(
        conn,
        "WHERE status = ?1 AND next_attempt_at <= ?2 ORDER BY created_at, rowid",
        params![ShareStatus::Queued, now],
    )
}

/// When the next queued share falls due.
pub(super) fn next_due(conn: &Connection) -> Result<Option<DateTime<Utc>>> {
    Ok(conn
        .query_row(
            "SELECT min(next_attempt_at) FROM share WHERE status = ?1",
            [ShareStatus::Queued],
            |row| row.get(0),
        )
        .optional()?
        .flatten())
}

fn short(error: &str) -> String {
    error.chars().take(MAX_ERROR_CHARS).collect()
}

/// Records an attempt. A share already delivered stays delivered: a late answer to an earlier
/// attempt cannot undo it.
pub(super) fn record(
    conn: &Connection,
    id: Uuid,
    attempt: &ShareAttempt,
    now: DateTime<Utc>,
) -> Result<ShareLogEntry> {
    let current = get(conn, id)?;
    if current.status == ShareStatus::Shared {
        return Ok(current);
    }
    let key = id.to_string();
    match attempt {
        ShareAttempt::Delivered { remote_id, link } => conn.execute(
            "UPDATE share SET status = ?2, attempts = attempts + 1, next_attempt_at = NULL,
                 last_error = NULL, remote_id = ?3, link = ?4, shared_at = ?5 WHERE id = ?1",
            params![key, ShareStatus::Shared, remote_id, link, now],
        )?,
        ShareAttempt::Retry { at, error } => conn.execute(
            "UPDATE share SET status = ?2, attempts = attempts + 1, next_attempt_at = ?3,
                 last_error = ?4 WHERE id = ?1",
            params![key, ShareStatus::Queued, at, short(error)],
        )?,
        ShareAttempt::NeedsSignIn { error } => conn.execute(
            "UPDATE share SET status = ?2, attempts = attempts + 1, next_attempt_at = NULL,
                 last_error = ?3 WHERE id = ?1",
            params![key, ShareStatus::NeedsSignIn, short(error)],
        )?,
        ShareAttempt::Failed { error } => conn.execute(
            "UPDATE share SET status = ?2, attempts = attempts + 1, next_attempt_at = NULL,
                 last_error = ?3 WHERE id = ?1",
            params![key, ShareStatus::Failed, short(error)],
        )?,
    };
    get(conn, id)
}

/// Queues a waiting or failed share for now.
pub(super) fn requeue(conn: &Connection, id: Uuid, now: DateTime<Utc>) -> Result<ShareLogEntry> {
    let current = get(conn, id)?;
    if current.status == ShareStatus::Shared {
        return Ok(current);
    }
    if current.space_id.is_none() {
        return Err(JournalError::invalid(
            "space",
            "The space this was going to has been removed; share it again to another space.",
        ));
    }
    conn.execute(
        "UPDATE share SET status = ?2, next_attempt_at = ?3 WHERE id = ?1",
        params![id.to_string(), ShareStatus::Queued, now],
    )?;
    get(conn, id)
}

/// Queues for now every share to `space` that waits for the user to sign in again.
pub(super) fn requeue_signed_out(
    conn: &Connection,
    space: Uuid,
    now: DateTime<Utc>,
) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE share SET status = ?3, next_attempt_at = ?4 WHERE space_id = ?1 AND status = ?2",
        params![
            space.to_string(),
            ShareStatus::NeedsSignIn,
            ShareStatus::Queued,
            now
        ],
    )?)
}
