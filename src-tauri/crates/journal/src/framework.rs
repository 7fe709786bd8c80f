//! The `framework` and `framework_item` tables: professional frameworks and their items.
//! Shipped presets (see `presets.rs`) are read-only; the user's own frameworks are editable.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::{MAX_TITLE_CHARS, presets, row};

/// Longest item code accepted, in characters.
pub const MAX_CODE_CHARS: usize = 40;

/// The most items one framework may hold.
pub const MAX_FRAMEWORK_ITEMS: usize = 2000;

/// What the user writes about one item of a framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemFields {
    /// `None` for a new item. An existing item's id keeps the item, and the entries linked to
    /// it; an id no item has yet (one the UI made) is taken as the new item's id.
    pub id: Option<Uuid>,
    /// "C1", "2.1"; may be empty. Unique within the framework, ignoring case.
    pub code: String,
    pub title: String,
    /// Markdown.
    pub description: String,
    /// The item this one sits under: its code or its id. `None` (or blank) at the top level.
    pub parent: Option<String>,
}

/// What the user writes about a framework: everything but its identity and timestamps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FrameworkFields {
    pub name: String,
    /// The professional body or organisation that sets it ("NMC"); may be empty.
    pub body: String,
    /// Markdown.
    pub description: String,
    /// In the order they are shown; a parent need not come before its children.
    pub items: Vec<ItemFields>,
}

/// A stored item of a framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FrameworkItem {
    pub id: Uuid,
    /// The item it sits under; `None` at the top level.
    pub parent_id: Option<Uuid>,
    pub code: String,
    pub title: String,
    pub description: String,
}

/// A stored framework with its items in order.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Framework {
    pub id: Uuid,
    /// The key of a framework shipped with Cairn ("cld", "nmc", "hcpc", "gtcs"); such a
    /// framework is read-only. `None` for the user's own.
    pub preset: Option<String>,
    pub name: String,
    pub body: String,
    pub description: String,
    pub items: Vec<FrameworkItem>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Framework {
    /// The framework as fields to edit: every item keeps its id, parents are given by id.
    pub fn fields(&self) -> FrameworkFields {
        FrameworkFields {
            name: self.name.clone(),
            body: self.body.clone(),
            description: self.description.clone(),
            items: self
                .items
                .iter()
                .map(|item| ItemFields {
                    id: Some(item.id),
                    code: item.code.clone(),
                    title: item.title.clone(),
                    description: item.description.clone(),
                    parent: item.parent_id.map(|p| p.to_string()),
                })
                .collect(),
        }
    }
}

/// Why fields were refused, with where, so each caller can say it in its own terms (an item
/// number, a CSV line, a JSON path). Messages start in lower case and end with a full stop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A field of the framework itself ("name", "body").
    Framework {
        field: &'static str,
        message: String,
    },
    /// A field ("code", "title", "parent", "id") of the item at `index`.
    Item {
        index: usize,
        column: &'static str,
        message: String,
    },
}

impl Problem {
    fn item(index: usize, column: &'static str, message: impl Into<String>) -> Self {
        Self::Item {
            index,
            column,
            message: message.into(),
        }
    }

    /// The problem as the journal's error, items named by their place in the list.
    pub(crate) fn into_error(self) -> JournalError {
        match self {
            Problem::Framework { field, message } => {
                JournalError::invalid(field, capitalised(&message))
            }
            Problem::Item { index, message, .. } => {
                JournalError::invalid("items", format!("Item {}: {message}", index + 1))
            }
        }
    }
}

/// `text` with its first letter in upper case.
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Fields that passed every rule: trimmed, every item with its id and its parent's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Checked {
    pub(crate) name: String,
    pub(crate) body: String,
    pub(crate) description: String,
    pub(crate) items: Vec<FrameworkItem>,
}

/// Checks every rule that needs no database: name, titles, codes unique, parents found in
/// the same framework, no item inside itself. New items get fresh ids.
pub(crate) fn check(fields: &FrameworkFields) -> Result<Checked, Problem> {
    let name = fields.name.trim();
    if name.is_empty() {
        return Err(Problem::Framework {
            field: "name",
            message: "give the framework a name.".into(),
        });
    }
    for (field, value) in [("name", name), ("body", fields.body.trim())] {
        if value.chars().count() > MAX_TITLE_CHARS {
            return Err(Problem::Framework {
                field,
                message: format!("keep the {field} to {MAX_TITLE_CHARS} characters at most."),
            });
        }
    }
    if fields.items.len() > MAX_FRAMEWORK_ITEMS {
        return Err(Problem::Framework {
            field: "items",
            message: format!("a framework holds {MAX_FRAMEWORK_ITEMS} items at most."),
        });
    }
    let mut items = Vec::with_capacity(fields.items.len());
    let mut by_code: HashMap<String, usize> = HashMap::new();
    let mut ids: HashSet<Uuid> = HashSet::new();
    for (index, item) in fields.items.iter().enumerate() {
        let code = item.code.trim();
        if code.chars().count() > MAX_CODE_CHARS {
            return Err(Problem::item(
                index,
                "code",
                format!("keep the code to {MAX_CODE_CHARS} characters at most."),
            ));
        }
        let title = item.title.trim();
        if title.is_empty() {
            return Err(Problem::item(index, "title", "a title is required."));
        }
        if title.chars().count() > MAX_TITLE_CHARS {
            return Err(Problem::item(
                index,
                "title",
                format!(
                    "keep the title to {MAX_TITLE_CHARS} characters; the description has room \
                     for more."
                ),
            ));
        }
        if !code.is_empty() && by_code.insert(code.to_lowercase(), index).is_some() {
            return Err(Problem::item(
                index,
                "code",
                format!(
                    "the code \u{201c}{code}\u{201d} is used by another item; codes must be \
                     unique within a framework."
                ),
            ));
        }
        let id = item.id.unwrap_or_else(Uuid::new_v4);
        if !ids.insert(id) {
            return Err(Problem::item(index, "id", "this item appears twice."));
        }
        items.push(FrameworkItem {
            id,
            parent_id: None,
            code: code.to_owned(),
            title: title.to_owned(),
            description: item.description.trim().to_owned(),
        });
    }
    let parents = resolve_parents(fields, &items, &by_code)?;
    for (index, parent) in parents.iter().enumerate() {
        items[index].parent_id = parent.map(|p| items[p].id);
    }
    check_loops(&parents)?;
    Ok(Checked {
        name: name.to_owned(),
        body: fields.body.trim().to_owned(),
        description: fields.description.trim().to_owned(),
        items,
    })
}

/// Each item's parent as an index into `items`.
fn resolve_parents(
    fields: &FrameworkFields,
    items: &[FrameworkItem],
    by_code: &HashMap<String, usize>,
) -> Result<Vec<Option<usize>>, Problem> {
    let by_id: HashMap<Uuid, usize> = items
        .iter()
        .enumerate()
        .map(|(index, item)| (item.id, index))
        .collect();
    let mut parents = Vec::with_capacity(items.len());
    for (index, item) in fields.items.iter().enumerate() {
        let Some(parent) = item
            .parent
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
        else {
            parents.push(None);
            continue;
        };
        let found = by_code.get(&parent.to_lowercase()).copied().or_else(|| {
            Uuid::parse_str(parent)
                .ok()
                .and_then(|id| by_id.get(&id).copied())
        });
        match found {
            Some(found) if found == index => {
                return Err(Problem::item(
                    index,
                    "parent",
                    "an item cannot be its own parent.",
                ));
            }
            Some(found) => parents.push(Some(found)),
            None => {
                let what = match Uuid::parse_str(parent) {
                    Ok(_) => "id",
                    Err(_) => "code",
                };
                return Err(Problem::item(
                    index,
                    "parent",
                    format!("no item in this framework has the {what} \u{201c}{parent}\u{201d}."),
                ));
            }
        }
    }
    Ok(parents)
}

/// Refuses parents that lead round in a loop.
fn check_loops(parents: &[Option<usize>]) -> Result<(), Problem> {
    // 0 unvisited, 1 on the current path, 2 known to reach the top level.
    let mut state = vec![0u8; parents.len()];
    for start in 0..parents.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        while let Some(index) = at {
            match state[index] {
                2 => break,
                1 => {
                    return Err(Problem::item(
                        index,
                        "parent",
                        "the parents go round in a loop: following them from this item leads \
                         back to it.",
                    ));
                }
                _ => {
                    state[index] = 1;
                    path.push(index);
                    at = parents[index];
                }
            }
        }
        for index in path {
            state[index] = 2;
        }
    }
    Ok(())
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn item(code: &str, title: &str, parent: Option<&str>) -> ItemFields {
        ItemFields {
            id: None,
            code: code.into(),
            title: title.into(),
            description: String::new(),
            parent: parent.map(Into::into),
        }
    }

    fn fields(items: Vec<ItemFields>) -> FrameworkFields {
        FrameworkFields {
            name: "Mine".into(),
            body: String::new(),
            description: String::new(),
            items,
        }
    }

    #[test]
    fn a_child_may_come_before_its_parent() {
        let checked = check(&fields(vec![
            item("A.1", "Child", Some("a")),
            item("A", "Top", None),
        ]))
        .unwrap();
        assert_eq!(
            checked.items[0].parent_id,
            Some(checked.items[1].id),
            "the parent is found by code, ignoring case, wherever it is"
        );
    }

    #[test]
    fn a_loop_of_parents_is_refused() {
        let problem = check(&fields(vec![
            item("A", "One", Some("C")),
            item("B", "Two", Some("A")),
            item("C", "Three", Some("B")),
            item("D", "Four", None),
        ]))
        .unwrap_err();
        assert!(
            matches!(
                problem,
                Problem::Item {
                    column: "parent",
                    ..
                }
            ),
            "the loop is named at a parent: {problem:?}"
        );
    }
}
