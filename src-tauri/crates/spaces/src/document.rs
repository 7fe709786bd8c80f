//! The shared-reflection document: what Cairn writes to folder and WebDAV spaces and attaches
//! to Matrix posts, so that another Cairn can read it back. JSON with Markdown text and a
//! `schemaVersion`, read by matching the version explicitly.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use specta::Type;
use uuid::Uuid;

/// The version this Cairn writes and the newest it reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The key under which a Matrix message carries the document.
pub const MATRIX_KEY: &str = "app.cairn.shared_reflection";

/// The ending of a document's file name in a folder or WebDAV space.
pub const FILE_SUFFIX: &str = ".cairn.json";

/// One share: one or more redacted reflections, each with its activity if the user chose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SharedDocument {
    pub schema_version: u32,
    /// The share's id: the same on every attempt to post it.
    pub id: Uuid,
    /// The program and version that wrote it ("Cairn 0.1.0").
    pub generator: String,
    pub shared_at: DateTime<Utc>,
    /// How the sharer signs (empty for no name).
    #[serde(default)]
    pub author: String,
    pub reflections: Vec<SharedReflection>,
}

/// One reflection as shared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SharedReflection {
    pub title: String,
    /// The reflective model's name ("Gibbs' reflective cycle").
    pub model: String,
    pub sections: Vec<SharedSection>,
    #[serde(default)]
    pub activity: Option<SharedActivity>,
}

/// One stage's writing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SharedSection {
    /// The stage's heading ("Feelings"); empty for free writing.
    pub title: String,
    /// Markdown.
    pub markdown: String,
}

/// The activity a reflection is about, as shared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SharedActivity {
    pub title: String,
    /// The kind's name ("Peer discussion").
    pub kind: String,
    pub started_on: NaiveDate,
    #[serde(default)]
    pub ended_on: Option<NaiveDate>,
    pub minutes: u32,
    /// Markdown.
    #[serde(default)]
    pub description: String,
}

/// Why a document could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DocumentError {
    #[error("This is not a Cairn shared reflection (it is not JSON with a schemaVersion).")]
    NotADocument,
    #[error(
        "This shared reflection was written by a newer Cairn (schema {0}); update Cairn to \
         read it."
    )]
    Newer(u64),
    #[error("This shared reflection is damaged: {0}")]
    Damaged(String),
}

impl SharedDocument {
    /// Reads a document, refusing versions this Cairn does not know.
    pub fn read(json: &str) -> Result<Self, DocumentError> {
        let value: Value = serde_json::from_str(json).map_err(|_| DocumentError::NotADocument)?;
        Self::from_value(value)
    }

    /// Reads a document already parsed (from a Matrix message's content, say).
    pub fn from_value(value: Value) -> Result<Self, DocumentError> {
        let version = value
            .get("schemaVersion")
            .and_then(Value::as_u64)
            .ok_or(DocumentError::NotADocument)?;
        match version {
            1 => serde_json::from_value(value).map_err(|e| DocumentError::Damaged(e.to_string())),
            0 => Err(DocumentError::NotADocument),
            newer => Err(DocumentError::Newer(newer)),
        }
    }

    /// The document as written to a file: pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The post's title: the reflection's, or a count when there are several.
    pub fn title(&self) -> String {
        match self.reflections.as_slice() {
            [one] => one.title.clone(),
            many => format!("{} reflections", many.len()),
        }
    }

    /// The post as sanitised HTML: the title as a heading, then the Markdown rendered through
    /// the journal's sanitiser. Matrix receives it as its formatted body; the preview shows it.
    pub fn html(&self) -> String {
        format!(
            "<h3>{}</h3>\n{}",
            escape_html(&self.title()),
            cairn_journal::markdown::render(&self.markdown())
        )
    }

    /// The whole share as one Markdown text: each reflection's title, model and activity, then
    /// its stages under their headings.
    pub fn markdown(&self) -> String {
        let single = self.reflections.len() == 1;
        let mut out = Vec::new();
        for reflection in &self.reflections {
            if !single {
                out.push(format!("## {}", reflection.title));
            }
            let mut about = vec![format!("*{}*", reflection.model)];
            if let Some(activity) = &reflection.activity {
                about.push(format!(
                    "after **{}** ({}, {}, {})",
                    activity.title,
                    activity.kind,
                    activity.started_on.format("%-d %B %Y"),
                    hours(activity.minutes)
                ));
            }
            out.push(about.join(" · "));
            if let Some(activity) = &reflection.activity
                && !activity.description.trim().is_empty()
            {
                out.push(activity.description.trim().to_owned());
            }
            let heading = if single { "###" } else { "####" };
            for section in &reflection.sections {
                if section.markdown.trim().is_empty() {
                    continue;
                }
                if !section.title.is_empty() {
                    out.push(format!("{heading} {}", section.title));
                }
                out.push(section.markdown.trim().to_owned());
            }
        }
        out.join("\n\n")
    }
}

/// Text made safe to put between HTML tags or in an attribute.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// "1 h 30 min", "45 min", "2 h".
pub fn hours(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

    use super::*;

    fn sample() -> SharedDocument {
        SharedDocument {
            schema_version: SCHEMA_VERSION,
            id: Uuid::nil(),
            generator: "Cairn 0.1.0".to_owned(),
            shared_at: DateTime::from_timestamp(1_764_547_200, 0).unwrap(),
            author: String::new(),
            reflections: vec![SharedReflection {
                title: "Listening first".to_owned(),
                model: "Gibbs' reflective cycle".to_owned(),
                sections: vec![
                    SharedSection {
                        title: "Description".to_owned(),
                        markdown: "We met [name].".to_owned(),
                    },
                    SharedSection {
                        title: "Feelings".to_owned(),
                        markdown: "  ".to_owned(),
                    },
                ],
                activity: Some(SharedActivity {
                    title: "Youth forum".to_owned(),
                    kind: "Community-of-practice meeting".to_owned(),
                    started_on: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
                    ended_on: None,
                    minutes: 90,
                    description: String::new(),
                }),
            }],
        }
    }

    #[test]
    fn a_document_round_trips_through_its_json() {
        let document = sample();
        let json = document.to_json();
        assert!(json.contains("\"schemaVersion\": 1"), "{json}");
        assert_eq!(SharedDocument::read(&json).unwrap(), document);
    }

    #[test]
    fn versions_are_matched_explicitly() {
        assert_eq!(
            SharedDocument::read(r#"{"schemaVersion": 2, "anything": true}"#),
            Err(DocumentError::Newer(2))
        );
        assert_eq!(
            SharedDocument::read(r#"{"title": "no version"}"#),
            Err(DocumentError::NotADocument)
        );
        assert_eq!(
            SharedDocument::read("not json"),
            Err(DocumentError::NotADocument)
        );
        assert!(matches!(
            SharedDocument::read(r#"{"schemaVersion": 1, "id": "x"}"#),
            Err(DocumentError::Damaged(_))
        ));
    }

    #[test]
    fn the_markdown_names_the_model_and_activity_and_skips_empty_stages() {
        let markdown = sample().markdown();
        assert_eq!(
            markdown,
            "*Gibbs' reflective cycle* · after **Youth forum** (Community-of-practice \
             meeting, 30 November 2026, 1 h 30 min)\n\n### Description\n\nWe met [name]."
        );
    }
}
