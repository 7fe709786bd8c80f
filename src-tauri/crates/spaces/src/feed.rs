//! What peers shared in a space, made safe to show: untrusted text is rendered from Markdown
//! through the journal's sanitiser, so it never runs script or loads remote content. And
//! "reflect on this", which starts a reflection linked to the post.

use std::path::Path;

use cairn_journal::models::guide;
use cairn_journal::{Journal, Reflection, ReflectionFields, ReflectionSource};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::deliver::credential;
use crate::document::{MATRIX_KEY, SharedDocument};
use crate::error::{Result, SpacesError};
use crate::http::Http;
use crate::secret::{SecretField, SecretStore};
use crate::settings::SpaceSettings;
use crate::space::Space;
use crate::targets::{folder, matrix, webdav};

/// How many posts a feed shows.
pub const FEED_LIMIT: u32 = 50;

/// The longest quote of a post a new reflection starts with.
const QUOTE_CHARS: usize = 600;

/// One post in a space's feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FeedItem {
    /// The post's id in its space (event id, file name).
    pub remote_id: String,
    pub author: String,
    pub title: String,
    /// Sanitised HTML, safe to insert.
    pub html: String,
    /// The post's text as Markdown, for quoting.
    pub markdown: String,
    pub posted_at: Option<DateTime<Utc>>,
    pub link: Option<String>,
    /// Written by a Cairn (a shared-reflection document).
    pub from_cairn: bool,
    /// Posted by this user.
    pub mine: bool,
}

fn item_from_document(
    document: &SharedDocument,
    remote_id: String,
    author: Option<&str>,
    link: Option<String>,
    mine: bool,
) -> FeedItem {
    let markdown = document.markdown();
    FeedItem {
        remote_id,
        author: author
            .map(str::to_owned)
            .filter(|a| !a.is_empty())
            .unwrap_or_else(|| {
                if document.author.trim().is_empty() {
                    "A member of this space".to_owned()
                } else {
                    document.author.trim().to_owned()
                }
            }),
        title: document.title(),
        html: cairn_journal::markdown::render(&markdown),
        markdown,
        posted_at: Some(document.shared_at),
        link,
        from_cairn: true,
        mine,
    }
}

/// A plain post's title: its first line as plain text, without markup or Markdown marks.
fn first_line(text: &str) -> String {
    let pattern = crate::redact::fixed;
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let line = pattern(r"(?is)<(script|style)\b.*?(</(script|style)\s*>|$)").replace_all(line, "");
    let line = pattern(r"<[^>]*>?").replace_all(&line, "");
    let line = pattern(r"\[([^\]]*)\]\([^)]*\)").replace_all(&line, "$1");
    let line: String = line.chars().filter(|c| !"*_`#".contains(*c)).collect();
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > 80 {
        format!("{}…", line.chars().take(79).collect::<String>())
    } else {
        line
    }
}

fn matrix_item(event: &serde_json::Value, room_id: &str, me: &str) -> Option<FeedItem> {
    if event["type"] != "m.room.message" {
        return None;
    }
    let content = &event["content"];
    let event_id = event["event_id"].as_str()?.to_owned();
    let sender = event["sender"].as_str().unwrap_or("someone");
    let link = Some(matrix::link(room_id, &event_id));
    let mine = sender == me;
    if let Ok(document) = SharedDocument::from_value(content[MATRIX_KEY].clone()) {
        return Some(item_from_document(
            &document,
            event_id,
            Some(sender),
            link,
            mine,
        ));
    }
    let body = content["body"].as_str()?;
    Some(FeedItem {
        remote_id: event_id,
        author: sender.to_owned(),
        title: first_line(body),
        html: cairn_journal::markdown::render(body),
        markdown: body.to_owned(),
        posted_at: event["origin_server_ts"]
            .as_i64()
            .and_then(DateTime::from_timestamp_millis),
        link,
        from_cairn: false,
        mine,
    })
}

/// The latest posts in `space`, newest first. `own` are the ids of this user's shares, to
/// mark their posts in folder and WebDAV spaces.
pub fn feed(
    space: &Space,
    secrets: &dyn SecretStore,
    http: &Http,
    own: &[Uuid],
) -> Result<Vec<FeedItem>> {
    let documents = |listed: Vec<folder::Found>, base: &str| {
        listed
            .into_iter()
            .filter_map(
                |folder::Found {
                     name,
                     modified,
                     text,
                 }| {
                    let document = SharedDocument::read(&text).ok()?;
                    let mut item = item_from_document(
                        &document,
                        name.clone(),
                        None,
                        Some(format!("{base}{name}")),
                        own.contains(&document.id),
                    );
                    item.posted_at = item.posted_at.or(modified);
                    Some(item)
                },
            )
            .take(FEED_LIMIT as usize)
            .collect::<Vec<_>>()
    };
    match &space.settings {
        SpaceSettings::Matrix {
            homeserver,
            room,
            user_id,
        } => {
            let token = credential(secrets, space, SecretField::AccessToken)?;
            let server = matrix::Matrix { http, homeserver };
            let room_id = server.join(&token, room)?;
            Ok(server
                .messages(&token, &room_id, FEED_LIMIT)?
                .iter()
                .filter_map(|event| matrix_item(event, &room_id, user_id))
                .collect())
        }
        SpaceSettings::WebDav { .. } => {
            let remote = webdav::Folder::of(space, secrets, http)?;
            let mut listed = remote.list()?;
            listed.sort_by(|a, b| {
                b.modified
                    .cmp(&a.modified)
                    .then_with(|| a.name.cmp(&b.name))
            });
            let mut read = Vec::new();
            for file in listed.into_iter().take(FEED_LIMIT as usize) {
                let text = remote.read(&file.name)?;
                read.push(folder::Found {
                    name: file.name,
                    modified: file.modified,
                    text,
                });
            }
            Ok(documents(read, remote.url))
        }
        SpaceSettings::Folder { path, .. } => {
            let base = format!(
                "{}{}",
                path.trim_end_matches(std::path::MAIN_SEPARATOR),
                std::path::MAIN_SEPARATOR
            );
            Ok(documents(folder::list(Path::new(path))?, &base))
        }
        _ => Err(SpacesError::invalid(
            "space",
            format!("A {} has no feed Cairn can read.", space.label),
        )),
    }
}

/// Starts a private reflection, in the user's preferred model, answering `item`: its first
/// stage opens with a quote of the post, and the reflection keeps a link to it.
pub fn reflect_on(journal: &Journal, space: &Space, item: &FeedItem) -> Result<Reflection> {
    let model = journal.settings()?.preferred_model;
    let mut fields = ReflectionFields::free(format!("On “{}”", item.title), None);
    fields.model = model;
    let quoted: String = item.markdown.chars().take(QUOTE_CHARS).collect();
    let ellipsis = if item.markdown.chars().count() > QUOTE_CHARS {
        "…"
    } else {
        ""
    };
    let quote = quoted
        .lines()
        .map(|line| format!("> {line}").trim_end().to_owned())
        .collect::<Vec<_>>()
        .join("\n");
    let first = guide(model)
        .stages
        .first()
        .map_or_else(|| "body".to_owned(), |stage| stage.key.clone());
    fields.sections = cairn_journal::models::rearrange(&[], model);
    if let Some(section) = fields.sections.iter_mut().find(|s| s.stage == first) {
        section.text = format!(
            "{quote}{ellipsis}\n>\n> — {}, in {}\n\n",
            item.author, space.name
        );
    }
    Ok(journal.create_reflection_on(
        &fields,
        &ReflectionSource {
            space_id: Some(space.id),
            space_name: space.name.clone(),
            remote_id: item.remote_id.clone(),
            author: item.author.clone(),
            title: item.title.clone(),
            link: item.link.clone(),
            posted_at: item.posted_at,
        },
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_posts_title_is_plain_text() {
        assert_eq!(
            first_line(
                "\n## Try **asking** <img src=x onerror=alert(1)><script>alert(2)</script> \
                 [first](https://x.org)\nmore"
            ),
            "Try asking first"
        );
        assert_eq!(first_line(&"word ".repeat(30)).chars().count(), 80);
    }
}
