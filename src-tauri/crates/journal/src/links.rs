//! The goal and community an activity or reflection may belong to.

use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use crate::error::{JournalError, Result};

/// Refuses a link to a goal or community that does not exist.
pub(crate) fn check(conn: &Connection, goal: Option<Uuid>, community: Option<Uuid>) -> Result<()> {
    for (table, field, id) in [
        ("goal", "goalId", goal),
        ("community", "communityId", community),
    ] {
        let Some(id) = id else { continue };
        let found = conn
            .query_row(
                &format!("SELECT 1 FROM {table} WHERE id = ?1"),
                [id.to_string()],
                |_| Ok(()),
            )
            .optional()?;
        if found.is_none() {
            return Err(JournalError::invalid(
                field,
                format!("The linked {table} does not exist in this journal."),
            ));
        }
    }
    Ok(())
}

/// The two links as stored.
pub(crate) fn text(
    goal: Option<Uuid>,
    community: Option<Uuid>,
) -> (Option<String>, Option<String>) {
    (
        goal.map(|g| g.to_string()),
        community.map(|c| c.to_string()),
    )
}
