//! Small conversions shared by the tables.

use chrono::{DateTime, Utc};
use rusqlite::Row;
use rusqlite::types::Type;
use uuid::Uuid;

/// The current instant, to the microsecond, so that it survives a round trip exactly.
pub(crate) fn now() -> DateTime<Utc> {
    let now = Utc::now();
    DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now)
}

/// Reads an id stored as text.
pub(crate) fn id(row: &Row<'_>, index: usize) -> rusqlite::Result<Uuid> {
    let text: String = row.get(index)?;
    Uuid::parse_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e)))
}

/// Reads an optional id stored as text.
pub(crate) fn optional_id(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<Uuid>> {
    match row.get_ref(index)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => id(row, index).map(Some),
    }
}

/// The one row `sql` selects for `id` (its only parameter), or NotFound naming `entity`.
pub(crate) fn one<T>(
    conn: &rusqlite::Connection,
    sql: &str,
    entity: &'static str,
    id: &str,
    read: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> crate::Result<T> {
    use rusqlite::OptionalExtension;
    conn.query_row(sql, [id], read)
        .optional()?
        .ok_or_else(|| crate::JournalError::NotFound {
            entity,
            id: id.to_owned(),
        })
}

/// Every row `sql` selects (with no parameters), read in order.
pub(crate) fn all<T>(
    conn: &rusqlite::Connection,
    sql: &str,
    read: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> crate::Result<Vec<T>> {
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement
        .query_map([], read)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
