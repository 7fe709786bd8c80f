//! The professional frameworks shipped with Cairn, as data. They are put in every journal
//! when it opens, with stable ids, and are read-only: the user links entries to their items.

use rusqlite::{Connection, params};
use uuid::Uuid;

use crate::error::Result;
use crate::row;

mod cld;
mod gtcs;
mod hcpc;
mod nmc;

use cld::CLD;
use gtcs::GTCS;
use hcpc::HCPC;
use nmc::NMC;

/// The namespace of preset ids: a framework's id is `v5(NAMESPACE, key)`, an item's is
/// `v5(NAMESPACE, "key/code")`. Never change it: links to preset items depend on it.
const NAMESPACE: Uuid = Uuid::from_u128(0x08b9_cfb7_0316_4a8c_9df8_21ee_eb4c_7dbd);

/// The keys of the shipped frameworks, in the order they are listed.
pub const PRESET_KEYS: &[&str] = &["cld", "nmc", "hcpc", "gtcs"];

/// The id of the shipped framework with `key` ("cld", "nmc", "hcpc", "gtcs").
pub fn preset_framework_id(key: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, key.as_bytes())
}

/// The id of the item with `code` in the shipped framework with `key` ("cld", "C1").
pub fn preset_item_id(key: &str, code: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("{key}/{code}").as_bytes())
}

/// Where a framework comes in the list: presets in shipped order, then the user's.
/// The preset framework a professional body's profile is measured against.
pub(crate) fn key_for(body: crate::ProfileBody) -> Option<&'static str> {
    match body {
        crate::ProfileBody::Cld => Some("cld"),
        crate::ProfileBody::Nmc => Some("nmc"),
        crate::ProfileBody::Hcpc => Some("hcpc"),
        crate::ProfileBody::Gtcs => Some("gtcs"),
        crate::ProfileBody::Custom => None,
    }
}

pub(crate) fn rank(preset: Option<&str>) -> usize {
    preset
        .and_then(|key| PRESET_KEYS.iter().position(|k| *k == key))
        .unwrap_or(PRESET_KEYS.len())
}

/// A shipped framework.
struct Preset {
    key: &'static str,
    name: &'static str,
    body: &'static str,
    description: &'static str,
    /// Parents before their children.
    items: &'static [Item],
}

/// One item of a shipped framework; `parent` is the parent's code.
struct Item {
    code: &'static str,
    title: &'static str,
    description: &'static str,
    parent: Option<&'static str>,
}

const fn item(
    code: &'static str,
    title: &'static str,
    parent: Option<&'static str>,
    description: &'static str,
) -> Item {
    Item {
        code,
        title,
        description,
        parent,
    }
}

const PRESETS: &[Preset] = &[CLD, NMC, HCPC, GTCS];

/// Puts every shipped framework into the journal, adding what is missing and bringing the
/// wording of what is there up to date; writes nothing when all is current. Returns the
/// connection so opening can chain it.
pub(crate) fn installed(conn: Connection) -> Result<Connection> {
    install(&conn)?;
    Ok(conn)
}

pub(crate) fn install(conn: &Connection) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    let now = row::now();
    for preset in PRESETS {
        let framework_id = preset_framework_id(preset.key).to_string();
        tx.execute(
            "INSERT INTO framework (id, preset, name, body, description, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, body = excluded.body,
                description = excluded.description, updated_at = excluded.updated_at
             WHERE name IS NOT excluded.name OR body IS NOT excluded.body
                OR description IS NOT excluded.description",
            params![
                framework_id,
                preset.key,
                preset.name,
                preset.body,
                preset.description,
                now
            ],
        )?;
        let mut upsert = tx.prepare_cached(
            "INSERT INTO framework_item (id, framework_id, parent_id, code, title, description,
                position)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id,
                code = excluded.code, title = excluded.title,
                description = excluded.description, position = excluded.position
             WHERE parent_id IS NOT excluded.parent_id OR code IS NOT excluded.code
                OR title IS NOT excluded.title OR description IS NOT excluded.description
                OR position IS NOT excluded.position",
        )?;
        for (position, item) in preset.items.iter().enumerate() {
            upsert.execute(params![
                preset_item_id(preset.key, item.code).to_string(),
                framework_id,
                item.parent
                    .map(|parent| preset_item_id(preset.key, parent).to_string()),
                item.code,
                item.title,
                item.description,
                position as i64
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::{self, FrameworkFields, ItemFields};

    #[test]
    fn every_preset_keeps_the_rules_of_user_frameworks() {
        for preset in PRESETS {
            let fields = FrameworkFields {
                name: preset.name.into(),
                body: preset.body.into(),
                description: preset.description.into(),
                items: preset
                    .items
                    .iter()
                    .map(|item| ItemFields {
                        id: None,
                        code: item.code.into(),
                        title: item.title.into(),
                        description: item.description.into(),
                        parent: item.parent.map(Into::into),
                    })
                    .collect(),
            };
            let checked = framework::check(&fields);
            assert!(checked.is_ok(), "{}: {checked:?}", preset.key);
            for (index, item) in preset.items.iter().enumerate() {
                if let Some(parent) = item.parent {
                    let before = preset.items[..index].iter().any(|p| p.code == parent);
                    assert!(
                        before,
                        "{}/{}: the parent comes first",
                        preset.key, item.code
                    );
                }
            }
        }
        let keys: Vec<&str> = PRESETS.iter().map(|p| p.key).collect();
        assert_eq!(keys, PRESET_KEYS, "the listed keys are the shipped presets");
    }

    #[test]
    fn preset_ids_never_change() {
        // Entries link to these ids: a different namespace or name scheme would orphan them.
        assert_eq!(
            preset_item_id("cld", "C1"),
            Uuid::new_v5(&NAMESPACE, b"cld/C1"),
            "an item's id is v5 of \"key/code\""
        );
        assert_eq!(
            NAMESPACE.to_string(),
            "08b9cfb7-0316-4a8c-9df8-21eeeb4c7dbd",
            "the namespace is fixed"
        );
    }
}
