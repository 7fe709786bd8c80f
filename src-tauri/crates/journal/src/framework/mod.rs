//! The `framework` and `framework_item` tables: professional frameworks and their items.
//! Shipped presets (the `presets` module) are read-only; the user's own frameworks are editable.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

mod check;
mod store;

pub(crate) use check::{Problem, capitalised, check};
pub(crate) use store::{delete, get, insert, list, update};

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
