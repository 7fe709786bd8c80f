//! The rules a framework's fields must pass before they are stored; no database needed.

use std::collections::{HashMap, HashSet};

use uuid::Uuid;

use super::{FrameworkFields, FrameworkItem, MAX_CODE_CHARS, MAX_FRAMEWORK_ITEMS};
use crate::MAX_TITLE_CHARS;
use crate::error::JournalError;

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
    pub(super) fn item(index: usize, column: &'static str, message: impl Into<String>) -> Self {
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
