//! The `entry_standard` table: which framework items an activity, reflection or goal supports.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::change::Entity;
use crate::error::{JournalError, Result};
use crate::row;

/// The entry a set of standards belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(tag = "entity", content = "id", rename_all = "snake_case")]
pub enum StandardOwner {
    Activity(Uuid),
    Reflection(Uuid),
    Goal(Uuid),
}

impl StandardOwner {
    /// The owner's table, its column in `entry_standard`, and its id as stored.
    fn parts(self) -> (&'static str, &'static str, String) {
        match self {
            Self::Activity(id) => ("activity", "activity_id", id.to_string()),
            Self::Reflection(id) => ("reflection", "reflection_id", id.to_string()),
            Self::Goal(id) => ("goal", "goal_id", id.to_string()),
        }
    }

    /// The kind of record whose change a new set of standards is.
    pub(crate) fn entity(self) -> Entity {
        match self {
            Self::Activity(_) => Entity::Activity,
            Self::Reflection(_) => Entity::Reflection,
            Self::Goal(_) => Entity::Goal,
        }
    }

    /// The owner's id.
    pub(crate) fn id(self) -> Uuid {
        match self {
            Self::Activity(id) | Self::Reflection(id) | Self::Goal(id) => id,
        }
    }
}

/// Makes `item_ids` the entry's standards (repeats ignored); says whether the set changed.
/// An entry that does not exist, or an item that does not, is refused and nothing is written.
pub(crate) fn set(conn: &Connection, owner: StandardOwner, item_ids: &[Uuid]) -> Result<bool> {
    let (table, column, id) = owner.parts();
    let exists = conn
        .query_row(
            &format!("SELECT 1 FROM {table} WHERE id = ?1"),
            [&id],
            |_| Ok(()),
        )
        .optional()?;
    if exists.is_none() {
        return Err(JournalError::NotFound { entity: table, id });
    }
    let mut wanted = item_ids.to_vec();
    wanted.sort();
    wanted.dedup();
    let mut known = conn.prepare_cached("SELECT 1 FROM framework_item WHERE id = ?1")?;
    for item in &wanted {
        if known
            .query_row([item.to_string()], |_| Ok(()))
            .optional()?
            .is_none()
        {
            return Err(JournalError::invalid(
                "standards",
                "A chosen standard does not exist in this journal; it may have gone with its \
                 framework. Choose again.",
            ));
        }
    }
    let mut current = list(conn, owner)?;
    current.sort();
    if current == wanted {
        return Ok(false);
    }
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        &format!("DELETE FROM entry_standard WHERE {column} = ?1"),
        [&id],
    )?;
    {
        let mut insert = tx.prepare_cached(&format!(
            "INSERT INTO entry_standard (item_id, {column}) VALUES (?1, ?2)"
        ))?;
        for item in &wanted {
            insert.execute([item.to_string(), id.clone()])?;
        }
    }
    tx.commit()?;
    Ok(true)
}

/// The items an entry supports: presets first, then by framework name and item order.
pub(crate) fn list(conn: &Connection, owner: StandardOwner) -> Result<Vec<Uuid>> {
    let (_, column, id) = owner.parts();
    let mut statement = conn.prepare_cached(&format!(
        "SELECT i.id, f.preset FROM entry_standard s
            JOIN framework_item i ON i.id = s.item_id
            JOIN framework f ON f.id = i.framework_id
         WHERE s.{column} = ?1
         ORDER BY f.name COLLATE NOCASE, f.id, i.position, i.rowid"
    ))?;
    let mut rows = statement
        .query_map([id], |row| {
            Ok((row::id(row, 0)?, row.get::<_, Option<String>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.sort_by_key(|(_, preset)| crate::presets::rank(preset.as_deref()));
    Ok(rows.into_iter().map(|(id, _)| id).collect())
}
