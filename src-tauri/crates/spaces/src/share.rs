//! The share flow up to the share log: the chosen reflections made into one redacted document,
//! a preview of exactly what the space will receive, and the confirmed share queued.

use cairn_journal::models::guide;
use cairn_journal::{Journal, NewShare, Privacy, Reflection, ReflectionModel, ShareLogEntry};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::document::{
    SCHEMA_VERSION, SharedActivity, SharedDocument, SharedReflection, SharedSection,
};
use crate::error::{Result, SpacesError};
use crate::redact::{RedactionCounts, Redactor};
use crate::settings::SpaceSettings;
use crate::space::{Space, space};
use crate::targets::{discourse, email, matrix, webhook};

/// The most reflections one share may carry.
pub const MAX_REFLECTIONS: usize = 20;

/// What the user chose to share, and where.
#[derive(Debug, Clone, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ShareRequest {
    pub space_id: Uuid,
    pub reflection_ids: Vec<Uuid>,
    /// Include each reflection's activity (title, kind, date, time, description).
    pub include_activity: bool,
    /// Phrases the user marked in the preview, redacted wherever they appear.
    pub marks: Vec<String>,
}

/// The identity a preview gave the share, so that confirming posts exactly what was shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    pub share_id: Uuid,
    pub prepared_at: DateTime<Utc>,
    /// A digest of the document previewed: confirming refuses anything else.
    pub digest: String,
}

/// A digest of a document's JSON (not a security measure: it notices edits made between the
/// preview and the confirmation).
fn digest(document: &SharedDocument) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    document.to_json().hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// Exactly what will be posted, as the space will show it.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SharePreview {
    pub draft: Draft,
    pub space_name: String,
    /// The space's kind ("Matrix room").
    pub target: String,
    pub title: String,
    /// The post rendered as the space shows it (sanitised HTML), for spaces that show HTML.
    pub html: Option<String>,
    /// The post as plain text, for e-mail.
    pub text: Option<String>,
    /// The request body or file exactly as it will be sent.
    pub payload: String,
    pub redactions: RedactionCounts,
    /// Titles of chosen reflections marked private: sharing them needs a confirmation.
    pub private_titles: Vec<String>,
    /// An NMC reflective account is included: nobody may be identifiable.
    pub nmc_reminder: bool,
}

/// The document and what making it took out or found.
struct Composed {
    document: SharedDocument,
    redactions: RedactionCounts,
    private_titles: Vec<String>,
    nmc: bool,
    activity_ids: Vec<Uuid>,
}

fn section_title(model: ReflectionModel, key: &str) -> String {
    if model == ReflectionModel::Free {
        return String::new();
    }
    guide(model)
        .stages
        .into_iter()
        .find(|stage| stage.key == key)
        .map_or_else(|| key.replace('_', " "), |stage| stage.title)
}

fn shared_reflection(
    journal: &Journal,
    reflection: &Reflection,
    include_activity: bool,
    redactor: &Redactor,
    counts: &mut RedactionCounts,
) -> Result<(SharedReflection, Option<Uuid>)> {
    let fields = &reflection.fields;
    let title = if fields.title.trim().is_empty() {
        "Untitled reflection".to_owned()
    } else {
        redactor.redact(fields.title.trim(), counts)
    };
    let sections = fields
        .sections
        .iter()
        .filter(|section| !section.text.trim().is_empty())
        .map(|section| SharedSection {
            title: section_title(fields.model, &section.stage),
            markdown: redactor.redact(&section.text, counts),
        })
        .collect();
    let activity = match fields.activity_id.filter(|_| include_activity) {
        Some(id) => {
            let activity = journal.activity(id)?;
            let a = &activity.fields;
            Some(SharedActivity {
                title: redactor.redact(&a.title, counts),
                kind: a.kind.label().to_owned(),
                started_on: a.started_on,
                ended_on: a.ended_on,
                minutes: u32::try_from(a.minutes).unwrap_or_default(),
                description: redactor.redact(&a.description, counts),
            })
        }
        None => None,
    };
    let activity_id = activity.as_ref().and(fields.activity_id);
    Ok((
        SharedReflection {
            title,
            model: fields.model.label().to_owned(),
            sections,
            activity,
        },
        activity_id,
    ))
}

fn compose(
    journal: &Journal,
    request: &ShareRequest,
    space: &Space,
    share_id: Uuid,
    prepared_at: DateTime<Utc>,
) -> Result<Composed> {
    if request.reflection_ids.is_empty() {
        return Err(SpacesError::invalid(
            "reflections",
            "Choose a reflection to share.",
        ));
    }
    if request.reflection_ids.len() > MAX_REFLECTIONS {
        return Err(SpacesError::invalid(
            "reflections",
            format!("Share at most {MAX_REFLECTIONS} reflections at once."),
        ));
    }
    let redactor = Redactor::new(&journal.redaction_names()?, &request.marks);
    let mut counts = RedactionCounts::default();
    let mut composed = Composed {
        document: SharedDocument {
            schema_version: SCHEMA_VERSION,
            id: share_id,
            generator: concat!("Cairn ", env!("CARGO_PKG_VERSION")).to_owned(),
            shared_at: prepared_at,
            author: match &space.settings {
                SpaceSettings::WebDav { sign_as, .. } | SpaceSettings::Folder { sign_as, .. } => {
                    sign_as.trim().to_owned()
                }
                _ => String::new(),
            },
            reflections: Vec::new(),
        },
        redactions: RedactionCounts::default(),
        private_titles: Vec::new(),
        nmc: false,
        activity_ids: Vec::new(),
    };
    for &id in &request.reflection_ids {
        let reflection = journal.reflection(id)?;
        if reflection.deleted_at.is_some() {
            return Err(SpacesError::invalid(
                "reflections",
                "A reflection in the trash cannot be shared; restore it first.",
            ));
        }
        if reflection.fields.privacy == Privacy::Private {
            composed
                .private_titles
                .push(if reflection.fields.title.trim().is_empty() {
                    "Untitled reflection".to_owned()
                } else {
                    reflection.fields.title.clone()
                });
        }
        composed.nmc |= reflection.fields.model == ReflectionModel::NmcAccount;
        let (shared, activity) = shared_reflection(
            journal,
            &reflection,
            request.include_activity,
            &redactor,
            &mut counts,
        )?;
        composed.document.reflections.push(shared);
        composed.activity_ids.extend(activity);
    }
    composed.redactions = counts;
    Ok(composed)
}

fn pretty(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// The post as the space shows it, and the exact bytes sent.
fn rendering(
    document: &SharedDocument,
    settings: &SpaceSettings,
) -> (Option<String>, Option<String>, String) {
    let html = || Some(document.html());
    match settings {
        SpaceSettings::Matrix { .. } => (html(), None, pretty(&matrix::content(document))),
        SpaceSettings::Discourse {
            category, topic_id, ..
        } => (
            html(),
            None,
            pretty(&discourse::body(document, *category, *topic_id)),
        ),
        SpaceSettings::Webhook { service } => {
            (html(), None, pretty(&webhook::body(document, *service)))
        }
        SpaceSettings::WebDav { .. } | SpaceSettings::Folder { .. } => {
            (html(), None, document.to_json())
        }
        SpaceSettings::Email { from, to, .. } => {
            let text = email::text(document);
            let payload = format!(
                "From: {from}\nTo: {to}\nSubject: {}\nMessage-ID: {}\n\n{text}\n[attached: reflection.cairn.json]",
                document.title(),
                email::message_id(document)
            );
            (None, Some(text), payload)
        }
    }
}

/// Builds the preview of sharing `request`: redaction applied, nothing sent or stored.
pub fn preview(
    journal: &Journal,
    request: &ShareRequest,
    now: DateTime<Utc>,
) -> Result<SharePreview> {
    let space = space(journal, request.space_id)?;
    let composed = compose(journal, request, &space, Uuid::new_v4(), now)?;
    let (html, text, payload) = rendering(&composed.document, &space.settings);
    Ok(SharePreview {
        draft: Draft {
            share_id: composed.document.id,
            prepared_at: now,
            digest: digest(&composed.document),
        },
        space_name: space.name.clone(),
        target: space.label.clone(),
        title: composed.document.title(),
        html,
        text,
        payload,
        redactions: composed.redactions,
        private_titles: composed.private_titles,
        nmc_reminder: composed.nmc,
    })
}

/// Logs the share the user confirmed after `draft`'s preview, queued to be sent. Private
/// reflections need `share_private`.
pub fn confirm(
    journal: &Journal,
    request: &ShareRequest,
    draft: &Draft,
    share_private: bool,
) -> Result<ShareLogEntry> {
    let space = space(journal, request.space_id)?;
    let composed = compose(journal, request, &space, draft.share_id, draft.prepared_at)?;
    if digest(&composed.document) != draft.digest {
        return Err(SpacesError::invalid(
            "preview",
            "What you chose changed since the preview; look at the preview again before sharing.",
        ));
    }
    if let (Some(title), false) = (composed.private_titles.first(), share_private) {
        return Err(SpacesError::invalid(
            "privacy",
            format!("“{title}” is private. Confirm that you want to share it."),
        ));
    }
    Ok(journal.log_share(&NewShare {
        id: draft.share_id,
        space_id: space.id,
        space_name: space.name.clone(),
        title: composed.document.title(),
        payload: composed.document.to_json(),
        reflection_ids: request.reflection_ids.clone(),
        activity_ids: composed.activity_ids,
    })?)
}
