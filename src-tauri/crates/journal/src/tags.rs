//! The `tag` table and its links to activities and reflections.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::row;

/// Longest tag name accepted, in characters.
pub const MAX_TAG_CHARS: usize = 40;

/// A tag and how many entries (not in the trash) carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct TagUsage {
    pub id: Uuid,
    pub name: String,
    pub activities: u32,
    pub reflections: u32,
}

/// Which kind of entry a set of tags belongs to.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Tagged {
    Activity,
    Reflection,
}

impl Tagged {
    fn table(self) -> (&'static str, &'static str) {
        match self {
            Tagged::Activity => ("activity_tag", "activity_id"),
            Tagged::Reflection => ("reflection_tag", "reflection_id"),
        }
    }
}

/// SQL giving an entry's tag names as a JSON array, sorted; `{owner}` is the entry's id column.
pub(crate) fn names_sql(tagged: Tagged, owner: &str) -> String {
    let (table, column) = tagged.table();
    format!(
        "(SELECT json_group_array(name) FROM (SELECT t.name FROM {table} l
            JOIN tag t ON t.id = l.tag_id WHERE l.{column} = {owner}
            ORDER BY t.name COLLATE NOCASE))"
    )
}

/// Reads the JSON array written by [`names_sql`].
pub(crate) fn read_names(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<Vec<String>> {
    let json: String = row.get(index)?;
    serde_json::from_str(&json).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Tidies names as typed: white space collapsed, blanks and repeats (ignoring case) dropped,
/// an existing tag's spelling preferred, sorted as they are read back.
pub(crate) fn normalise(conn: &Connection, names: &[String]) -> Result<Vec<String>> {
    let mut tidy: Vec<String> = Vec::new();
    for name in names {
        let Some(name) = tidy_name(name)? else {
            continue;
        };
        if tidy.iter().any(|t| t.to_lowercase() == name.to_lowercase()) {
            continue;
        }
        tidy.push(existing_name(conn, &name)?.unwrap_or(name));
    }
    tidy.sort_by_key(|name| name.to_lowercase());
    Ok(tidy)
}

/// One name with its white space collapsed; `None` when blank, an error when too long.
fn tidy_name(name: &str) -> Result<Option<String>> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() > MAX_TAG_CHARS {
        return Err(JournalError::invalid(
            "tags",
            format!("Keep each tag to {MAX_TAG_CHARS} characters at most."),
        ));
    }
    Ok(Some(name).filter(|n| !n.is_empty()))
}

fn existing_name(conn: &Connection, name: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM tag WHERE name = ?1 COLLATE NOCASE",
            [name],
            |row| row.get(0),
        )
        .optional()?)
}

/// Makes `names` (already [`normalise`]d) the entry's tags, creating tags that are new.
pub(crate) fn set(conn: &Connection, tagged: Tagged, owner: &str, names: &[String]) -> Result<()> {
    let (table, column) = tagged.table();
    conn.execute(&format!("DELETE FROM {table} WHERE {column} = ?1"), [owner])?;
    for name in names {
        let id = match id_of(conn, name)? {
            Some(id) => id,
            None => create(conn, name)?,
        };
        conn.execute(
            &format!("INSERT INTO {table} ({column}, tag_id) VALUES (?1, ?2)"),
            [owner, &id],
        )?;
    }
    Ok(())
}

fn id_of(conn: &Connection, name: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT id FROM tag WHERE name = ?1 COLLATE NOCASE",
            [name],
            |row| row.get(0),
        )
        .optional()?)
}

fn create(conn: &Connection, name: &str) -> Result<String> {
    let id = Uuid::new_v4().to_string();
    conn.execute(
        "INSERT INTO tag (id, name, created_at) VALUES (?1, ?2, ?3)",
        params![id, name, row::now()],
    )?;
    Ok(id)
}

/// Every tag with its use, by name. Tags no entry uses any more are listed with zero counts
/// until deleted, so a rename or merge can still reach them.
pub(crate) fn list(conn: &Connection) -> Result<Vec<TagUsage>> {
    let mut statement = conn.prepare_cached(
        "SELECT t.id, t.name,
            (SELECT count(*) FROM activity_tag l JOIN activity a ON a.id = l.activity_id
              WHERE l.tag_id = t.id AND a.deleted_at IS NULL),
            (SELECT count(*) FROM reflection_tag l JOIN reflection r ON r.id = l.reflection_id
              WHERE l.tag_id = t.id AND r.deleted_at IS NULL)
         FROM tag t ORDER BY t.name COLLATE NOCASE",
    )?;
    let tags = statement
        .query_map([], |row| {
            Ok(TagUsage {
                id: row::id(row, 0)?,
                name: row.get(1)?,
                activities: row.get(2)?,
                reflections: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(tags)
}

/// Renames a tag. A name another tag already has is refused: merge them instead.
pub(crate) fn rename(conn: &Connection, id: Uuid, name: &str) -> Result<()> {
    let Some(name) = tidy_name(name).map_err(|_| {
        JournalError::invalid(
            "name",
            format!("Keep the name to {MAX_TAG_CHARS} characters at most."),
        )
    })?
    else {
        return Err(JournalError::invalid("name", "Give the tag a name."));
    };
    if let Some(other) = id_of(conn, &name)?
        && other != id.to_string()
    {
        return Err(JournalError::invalid(
            "name",
            format!("There is already a tag called \u{201c}{name}\u{201d}: merge the two instead."),
        ));
    }
    let changed = conn.execute(
        "UPDATE tag SET name = ?2 WHERE id = ?1",
        params![id.to_string(), name],
    )?;
    found(changed, id)
}

/// Moves every use of tag `from` onto tag `into` and deletes `from`.
pub(crate) fn merge(conn: &Connection, from: Uuid, into: Uuid) -> Result<()> {
    if from == into {
        return Err(JournalError::invalid(
            "into",
            "Choose a different tag to merge into.",
        ));
    }
    let (from, into) = (from.to_string(), into.to_string());
    for id in [&from, &into] {
        let exists = conn
            .query_row("SELECT 1 FROM tag WHERE id = ?1", [id], |_| Ok(()))
            .optional()?;
        if exists.is_none() {
            return Err(not_found(id));
        }
    }
    for (table, column) in [Tagged::Activity.table(), Tagged::Reflection.table()] {
        conn.execute(
            &format!(
                "INSERT OR IGNORE INTO {table} ({column}, tag_id)
                 SELECT {column}, ?2 FROM {table} WHERE tag_id = ?1"
            ),
            [&from, &into],
        )?;
    }
    conn.execute("DELETE FROM tag WHERE id = ?1", [&from])?;
    Ok(())
}

/// Deletes a tag and takes it off every entry.
pub(crate) fn delete(conn: &Connection, id: Uuid) -> Result<()> {
    let changed = conn.execute("DELETE FROM tag WHERE id = ?1", [id.to_string()])?;
    found(changed, id)
}

fn found(changed: usize, id: Uuid) -> Result<()> {
    if changed == 0 {
        return Err(not_found(&id.to_string()));
    }
    Ok(())
}

fn not_found(id: &str) -> JournalError {
    JournalError::NotFound {
        entity: "tag",
        id: id.to_owned(),
    }
}
