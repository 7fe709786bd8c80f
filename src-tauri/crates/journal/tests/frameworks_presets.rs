//! Professional frameworks: the shipped presets, present once, in order and read-only.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use cairn_journal::{Journal, PRESET_KEYS, preset_framework_id, preset_item_id};
use tempfile::TempDir;

use common::frameworks::{codes, invalid};

#[test]
fn the_presets_are_present_in_order_with_stable_ids() {
    let journal = Journal::open_in_memory().unwrap();
    let frameworks = journal.frameworks().unwrap();
    let keys: Vec<_> = frameworks.iter().map(|f| f.preset.as_deref()).collect();
    assert_eq!(
        keys,
        PRESET_KEYS.iter().map(|k| Some(*k)).collect::<Vec<_>>(),
        "a new journal holds the four presets, in shipped order"
    );

    let cld = &frameworks[0];
    assert_eq!(
        cld.id,
        preset_framework_id("cld"),
        "the framework id is stable"
    );
    assert_eq!(
        codes(cld),
        [
            "C", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "V", "V1", "V2", "V3", "V4", "V5"
        ],
        "CLD: seven competences and five values under two headings"
    );
    let c1 = &cld.items[1];
    assert_eq!(c1.id, preset_item_id("cld", "C1"), "an item id is stable");
    assert_eq!(
        c1.parent_id,
        Some(preset_item_id("cld", "C")),
        "competences sit under their heading"
    );
    assert_eq!(
        c1.title,
        "Know and understand the community in which we work"
    );
    assert_eq!(
        cld.items[13].title,
        "Promotion of learning as a lifelong activity"
    );

    let nmc: Vec<&str> = frameworks[1]
        .items
        .iter()
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(
        nmc,
        [
            "Prioritise people",
            "Practise effectively",
            "Preserve safety",
            "Promote professionalism and trust"
        ],
        "the Code's four themes"
    );
    assert_eq!(codes(&frameworks[1]), ["1", "2", "3", "4"]);
    assert_eq!(
        codes(&frameworks[2]),
        ["1", "2", "3", "4", "5"],
        "HCPC's five standards"
    );
    let gtcs_sections: Vec<&str> = frameworks[3]
        .items
        .iter()
        .filter(|i| i.parent_id.is_none())
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(
        gtcs_sections,
        [
            "Professional values and personal commitment",
            "Professional knowledge and understanding",
            "Professional skills and abilities"
        ],
        "the Standard for Full Registration's three sections"
    );
}

#[test]
fn presets_are_added_once_however_often_the_journal_opens() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("journal.sqlite3");
    let first = Journal::open(&path).unwrap().frameworks().unwrap();
    drop(Journal::open(&path).unwrap());
    let third = Journal::open(&path).unwrap().frameworks().unwrap();
    assert_eq!(first, third, "reopening adds and changes nothing");
}

#[test]
fn presets_are_read_only() {
    let journal = Journal::open_in_memory().unwrap();
    let nmc = journal.framework(preset_framework_id("nmc")).unwrap();
    let mut edited = nmc.fields();
    edited.name = "My Code".into();
    let (field, message) = invalid(journal.update_framework(nmc.id, &edited));
    assert_eq!(field, "framework");
    assert!(message.contains("shipped with Cairn"), "{message}");
    let (field, _) = invalid(journal.delete_framework(nmc.id));
    assert_eq!(field, "framework", "a preset cannot be deleted");
    assert_eq!(
        journal.framework(nmc.id).unwrap(),
        nmc,
        "the preset is as shipped"
    );
}
