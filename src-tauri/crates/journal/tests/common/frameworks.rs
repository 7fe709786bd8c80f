//! Builders shared by the framework tests.

use cairn_journal::{Framework, FrameworkFields, ItemFields, Journal, JournalError};

pub fn item(code: &str, title: &str, parent: Option<&str>) -> ItemFields {
    ItemFields {
        id: None,
        code: code.into(),
        title: title.into(),
        description: String::new(),
        parent: parent.map(Into::into),
    }
}

pub fn fields(name: &str, items: Vec<ItemFields>) -> FrameworkFields {
    FrameworkFields {
        name: name.into(),
        body: "Our service".into(),
        description: String::new(),
        items,
    }
}

pub fn codes(framework: &Framework) -> Vec<&str> {
    framework.items.iter().map(|i| i.code.as_str()).collect()
}

pub fn invalid(result: cairn_journal::Result<impl std::fmt::Debug>) -> (&'static str, String) {
    match result {
        Err(JournalError::Invalid { field, message }) => (field, message),
        other => panic!("expected an Invalid error, got {other:?}"),
    }
}

pub fn user_frameworks(journal: &Journal) -> Vec<Framework> {
    journal
        .frameworks()
        .unwrap()
        .into_iter()
        .filter(|f| f.preset.is_none())
        .collect()
}
