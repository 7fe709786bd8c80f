//! Frameworks and their items in the `framework` and `framework_item` tables.

use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use super::{Framework, FrameworkFields, FrameworkItem, Problem, check};
use crate::error::{JournalError, Result};
use crate::{presets, row};

/// Refuses item ids that belong to another framework.
fn check_ids(conn: &Connection, framework_id: &str, items: &[FrameworkItem]) -> Result<()> {
    let mut statement =
        conn.prepare_cached("SELECT framework_id FROM framework_item WHERE id = ?1")?;
    for (index, item) in items.iter().enumerate() {
        let owner: Option<String> = statement
            .query_row([item.id.to_string()], |row| row.get(0))
            .optional()?;
        if owner.is_some_and(|owner| owner != framework_id) {
            return Err(
                Problem::item(index, "id", "this item belongs to another framework.").into_error(),
            );
        }
    }
    Ok(())
}

/// Stores a new framework of the user's.
pub(crate) fn insert(conn: &Connection, fields: &FrameworkFields) -> Result<Framework> {
    let checked = check(fields).map_err(Problem::into_error)?;
    let id = Uuid::new_v4().to_string();
    check_ids(conn, &id, &checked.items)?;
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "INSERT INTO framework (id, preset, name, body, description, created_at, updated_at)
         VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?5)",
        params![
            id,
            checked.name,
            checked.body,
            checked.description,
            row::now()
        ],
    )?;
    write_items(&tx, &id, &checked.items)?;
    tx.commit()?;
    get(conn, &id)
}

/// Replaces a user framework's fields and items; says whether anything changed. Items left
/// out are deleted with their links to entries. Presets are refused.
pub(crate) fn update(
    conn: &Connection,
    id: Uuid,
    fields: &FrameworkFields,
) -> Result<(Framework, bool)> {
    let id = id.to_string();
    let current = get(conn, &id)?;
    refuse_preset(&current)?;
    let checked = check(fields).map_err(Problem::into_error)?;
    check_ids(conn, &id, &checked.items)?;
    let unchanged = (
        current.name.as_str(),
        current.body.as_str(),
        current.description.as_str(),
        &current.items,
    ) == (
        checked.name.as_str(),
        checked.body.as_str(),
        checked.description.as_str(),
        &checked.items,
    );
    if unchanged {
        return Ok((current, false));
    }
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "UPDATE framework SET name = ?2, body = ?3, description = ?4, updated_at = ?5
         WHERE id = ?1",
        params![
            id,
            checked.name,
            checked.body,
            checked.description,
            row::now()
        ],
    )?;
    write_items(&tx, &id, &checked.items)?;
    tx.commit()?;
    Ok((get(conn, &id)?, true))
}

/// Makes `items` the framework's items: kept ones updated, new ones added, the rest deleted.
fn write_items(conn: &Connection, framework_id: &str, items: &[FrameworkItem]) -> Result<()> {
    // Parents are cleared first, so deleting a dropped item cascades to no kept one.
    conn.execute(
        "UPDATE framework_item SET parent_id = NULL WHERE framework_id = ?1",
        [framework_id],
    )?;
    let kept = serde_json::to_string(&items.iter().map(|i| i.id).collect::<Vec<_>>())?;
    conn.execute(
        "DELETE FROM framework_item WHERE framework_id = ?1
            AND id NOT IN (SELECT value FROM json_each(?2))",
        [framework_id, &kept],
    )?;
    let mut upsert = conn.prepare_cached(
        "INSERT INTO framework_item (id, framework_id, parent_id, code, title, description,
            position)
         VALUES (?1, ?2, NULL, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET code = excluded.code, title = excluded.title,
            description = excluded.description, position = excluded.position",
    )?;
    for (position, item) in items.iter().enumerate() {
        upsert.execute(params![
            item.id.to_string(),
            framework_id,
            item.code,
            item.title,
            item.description,
            position as i64
        ])?;
    }
    let mut parent =
        conn.prepare_cached("UPDATE framework_item SET parent_id = ?2 WHERE id = ?1")?;
    for item in items {
        if let Some(parent_id) = item.parent_id {
            parent.execute([item.id.to_string(), parent_id.to_string()])?;
        }
    }
    Ok(())
}

/// Deletes a user framework with its items and their links to entries. Presets are refused.
pub(crate) fn delete(conn: &Connection, id: Uuid) -> Result<()> {
    let id = id.to_string();
    let current = get(conn, &id)?;
    refuse_preset(&current)?;
    conn.execute("DELETE FROM framework WHERE id = ?1", [id])?;
    Ok(())
}

fn refuse_preset(framework: &Framework) -> Result<()> {
    if framework.preset.is_some() {
        return Err(JournalError::invalid(
            "framework",
            format!(
                "\u{201c}{}\u{201d} is shipped with Cairn and cannot be changed or deleted. \
                 Create a framework of your own to adapt it.",
                framework.name
            ),
        ));
    }
    Ok(())
}

const COLUMNS: &str = "id, preset, name, body, description, created_at, updated_at";

/// One framework with its items.
pub(crate) fn get(conn: &Connection, id: &str) -> Result<Framework> {
    let framework = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM framework WHERE id = ?1"),
            [id],
            read,
        )
        .optional()?
        .ok_or_else(|| JournalError::NotFound {
            entity: "framework",
            id: id.to_owned(),
        })?;
    with_items(conn, framework)
}

/// Every framework: the presets in the order Cairn ships them, then the user's by name.
pub(crate) fn list(conn: &Connection) -> Result<Vec<Framework>> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM framework ORDER BY name COLLATE NOCASE, created_at"
    ))?;
    let mut frameworks = statement
        .query_map([], read)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    frameworks.sort_by_key(|f| presets::rank(f.preset.as_deref()));
    frameworks
        .into_iter()
        .map(|framework| with_items(conn, framework))
        .collect()
}

fn with_items(conn: &Connection, mut framework: Framework) -> Result<Framework> {
    framework.items = items(conn, framework.id)?;
    Ok(framework)
}

/// A framework's items, in order.
pub(crate) fn items(conn: &Connection, framework_id: Uuid) -> Result<Vec<FrameworkItem>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, parent_id, code, title, description FROM framework_item
         WHERE framework_id = ?1 ORDER BY position, rowid",
    )?;
    let items = statement
        .query_map([framework_id.to_string()], |row| {
            Ok(FrameworkItem {
                id: row::id(row, 0)?,
                parent_id: row::optional_id(row, 1)?,
                code: row.get(2)?,
                title: row.get(3)?,
                description: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(items)
}

fn read(row: &Row<'_>) -> rusqlite::Result<Framework> {
    Ok(Framework {
        id: row::id(row, 0)?,
        preset: row.get(1)?,
        name: row.get(2)?,
        body: row.get(3)?,
        description: row.get(4)?,
        items: Vec::new(),
        created_at: row.get(5)?,
        updated_at: row.get(6)?,
    })
}
