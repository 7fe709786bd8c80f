//! Full-text search over activities, reflections, goals, communities and feedback, through the
//! `search_index` FTS5 table that triggers keep in step with the tables it indexes.

use chrono::NaiveDate;
use rusqlite::{Connection, ToSql, params_from_iter};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::change::Entity;
use crate::error::Result;
use crate::row;
use crate::vocab::{ActivityKind, Privacy};

/// Marks the start and end of a matched word inside a snippet; private-use characters, so they
/// never clash with what the user wrote and no HTML is involved.
const MARK_START: char = '\u{E000}';
const MARK_END: char = '\u{E001}';

/// What to look for, and in which entries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SearchQuery {
    /// Words as typed; the last is matched as a prefix, so results come while typing.
    pub text: String,
    /// Entries dated on or after this day (activities by start, reflections by writing, feedback
    /// by receipt).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only activities of these kinds.
    pub kinds: Vec<ActivityKind>,
    /// Only activities and reflections with this tag.
    pub tag: Option<String>,
    /// Only entries linked to this framework item.
    pub standard: Option<Uuid>,
    /// Only reflections with this privacy.
    pub privacy: Option<Privacy>,
    /// At most this many hits (capped at 50).
    pub limit: u32,
}

/// A piece of a snippet: matched words are `hit`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

/// One entry that matched, best first.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub entity: Entity,
    pub id: Uuid,
    pub title: String,
    pub snippet: Vec<SnippetPart>,
    pub date: Option<NaiveDate>,
}

/// The FTS5 query for words as typed: each word quoted (so no character is FTS syntax), all
/// required, the last a prefix. `None` when nothing searchable was typed.
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .map(|w| w.trim_matches(|c| c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    let (last, rest) = words.split_last()?;
    let mut query = rest.join(" ");
    if !query.is_empty() {
        query.push(' ');
    }
    query.push_str(last);
    query.push('*');
    Some(query)
}

/// The SQL condition and parameters for the filters, over `s` (the index row).
fn filters(query: &SearchQuery, params: &mut Vec<Box<dyn ToSql>>) -> String {
    let mut activity = vec!["a.deleted_at IS NULL".to_owned()];
    let mut reflection = vec!["r.deleted_at IS NULL".to_owned()];
    let mut others_allowed = true;
    let mut feedback = Vec::new();
    let bind = |value: Box<dyn ToSql>, params: &mut Vec<Box<dyn ToSql>>| {
        params.push(value);
        format!("?{}", params.len())
    };
    if let Some(from) = query.from {
        let p = bind(Box::new(from), params);
        activity.push(format!("coalesce(a.ended_on, a.started_on) >= {p}"));
        reflection.push(format!("date(r.created_at) >= {p}"));
        feedback.push(format!("f.received_on >= {p}"));
        others_allowed = false;
    }
    if let Some(to) = query.to {
        let p = bind(Box::new(to), params);
        activity.push(format!("a.started_on <= {p}"));
        reflection.push(format!("date(r.created_at) <= {p}"));
        feedback.push(format!("f.received_on <= {p}"));
        others_allowed = false;
    }
    if !query.kinds.is_empty() {
        let list: Vec<String> = query
            .kinds
            .iter()
            .map(|k| bind(Box::new(k.as_str()), params))
            .collect();
        activity.push(format!("a.kind IN ({})", list.join(", ")));
        reflection.push("0".to_owned());
        feedback.push("0".to_owned());
        others_allowed = false;
    }
    if let Some(tag) = &query.tag {
        let p = bind(Box::new(tag.clone()), params);
        activity.push(format!(
            "EXISTS (SELECT 1 FROM activity_tag l JOIN tag t ON t.id = l.tag_id
                     WHERE l.activity_id = a.id AND t.name = {p} COLLATE NOCASE)"
        ));
        reflection.push(format!(
            "EXISTS (SELECT 1 FROM reflection_tag l JOIN tag t ON t.id = l.tag_id
                     WHERE l.reflection_id = r.id AND t.name = {p} COLLATE NOCASE)"
        ));
        feedback.push("0".to_owned());
        others_allowed = false;
    }
    if let Some(item) = query.standard {
        let p = bind(Box::new(item.to_string()), params);
        activity.push(format!(
            "EXISTS (SELECT 1 FROM entry_standard e WHERE e.item_id = {p} AND e.activity_id = a.id)"
        ));
        reflection.push(format!(
            "EXISTS (SELECT 1 FROM entry_standard e WHERE e.item_id = {p} AND e.reflection_id = r.id)"
        ));
        feedback.push("0".to_owned());
        others_allowed = false;
    }
    if let Some(privacy) = query.privacy {
        let p = bind(Box::new(privacy.as_str()), params);
        reflection.push(format!("r.privacy = {p}"));
        activity.push("0".to_owned());
        feedback.push("0".to_owned());
        others_allowed = false;
    }
    let feedback = if feedback.is_empty() {
        "1".to_owned()
    } else {
        feedback.join(" AND ")
    };
    format!(
        "CASE s.entity
           WHEN 'activity' THEN EXISTS (SELECT 1 FROM activity a WHERE a.id = s.id AND {})
           WHEN 'reflection' THEN EXISTS (SELECT 1 FROM reflection r WHERE r.id = s.id AND {})
           WHEN 'feedback' THEN EXISTS (SELECT 1 FROM feedback f WHERE f.id = s.id AND {feedback})
           WHEN 'goal' THEN {others_allowed}
             AND EXISTS (SELECT 1 FROM goal g WHERE g.id = s.id AND g.deleted_at IS NULL)
           WHEN 'community' THEN {others_allowed}
             AND EXISTS (SELECT 1 FROM community c WHERE c.id = s.id AND c.deleted_at IS NULL)
           ELSE 0 END",
        activity.join(" AND "),
        reflection.join(" AND "),
    )
}

/// The entries matching `query`, best first: a match in a title outranks one in the text.
///
/// Ranking is done by FTS5 alone and the filters (the trash, dates, kinds...) are applied to
/// the best-ranked candidates only, so a word found in half the journal costs about what the
/// raw FTS5 query costs. When the filters turn down so many candidates that too few hits are
/// left, every match is considered.
pub(crate) fn search(conn: &Connection, query: &SearchQuery) -> Result<Vec<SearchHit>> {
    let Some(fts) = fts_query(&query.text) else {
        return Ok(Vec::new());
    };
    let limit = query.limit.clamp(1, 50);
    let mut params: Vec<Box<dyn ToSql>> = vec![Box::new(fts)];
    let condition = filters(query, &mut params);
    params.push(Box::new(limit));
    let limit_param = params.len();
    let sql = format!(
        "SELECT s.entity, s.id, s.title, s.snippet,
                CASE s.entity
                  WHEN 'activity' THEN (SELECT started_on FROM activity WHERE id = s.id)
                  WHEN 'reflection' THEN (SELECT date(created_at) FROM reflection WHERE id = s.id)
                  WHEN 'feedback' THEN (SELECT received_on FROM feedback WHERE id = s.id)
                  WHEN 'goal' THEN (SELECT target_on FROM goal WHERE id = s.id)
                  ELSE NULL END
         FROM (SELECT entity, id, title,
                      snippet(search_index, -1, char(57344), char(57345), '…', 14) AS snippet,
                      bm25(search_index, 0.0, 0.0, 5.0, 1.0) AS score
               FROM search_index WHERE search_index MATCH ?1
               ORDER BY score LIMIT ?{}) s
         WHERE {condition}
         ORDER BY s.score
         LIMIT ?{limit_param}",
        limit_param + 1
    );
    let mut statement = conn.prepare_cached(&sql)?;
    // A few spare candidates cover entries in the trash; -1 is SQLite's "no limit".
    let mut hits = Vec::new();
    for candidates in [i64::from(limit) * 2 + 20, -1] {
        let values = params
            .iter()
            .map(|p| p.as_ref())
            .chain([&candidates as &dyn ToSql]);
        hits = statement
            .query_map(params_from_iter(values), |row| {
                let entity: String = row.get(0)?;
                Ok(SearchHit {
                    entity: entity_of(&entity),
                    id: row::id(row, 1)?,
                    title: row.get(2)?,
                    snippet: parts(&row.get::<_, String>(3)?),
                    date: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if hits.len() >= limit as usize {
            break;
        }
    }
    Ok(hits)
}

fn entity_of(text: &str) -> Entity {
    match text {
        "activity" => Entity::Activity,
        "reflection" => Entity::Reflection,
        "goal" => Entity::Goal,
        "community" => Entity::Community,
        _ => Entity::Feedback,
    }
}

/// Splits a marked snippet into plain and matched parts.
fn parts(snippet: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut hit = false;
    for c in snippet.chars() {
        if c == MARK_START || c == MARK_END {
            if !current.is_empty() {
                parts.push(SnippetPart {
                    text: std::mem::take(&mut current),
                    hit,
                });
            }
            hit = c == MARK_START;
        } else {
            current.push(if c == '\n' { ' ' } else { c });
        }
    }
    if !current.is_empty() {
        parts.push(SnippetPart { text: current, hit });
    }
    parts
}

/// The same query, raw against the FTS5 table with no filters or joins: the baseline the
/// benchmarks compare [`search`] with.
pub fn raw_fts(conn: &Connection, text: &str, limit: u32) -> Result<Vec<String>> {
    let Some(fts) = fts_query(text) else {
        return Ok(Vec::new());
    };
    let mut statement = conn.prepare_cached(
        "SELECT id, snippet(search_index, -1, char(57344), char(57345), '…', 14)
         FROM search_index WHERE search_index MATCH ?1
         ORDER BY bm25(search_index, 0.0, 0.0, 5.0, 1.0) LIMIT ?2",
    )?;
    let ids = statement
        .query_map(rusqlite::params![fts, limit], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_words_become_a_safe_prefix_query() {
        assert_eq!(
            fts_query("role play").as_deref(),
            Some("\"role\" \"play\"*")
        );
        assert_eq!(fts_query("  ").as_deref(), None);
        assert_eq!(
            fts_query("NEAR(a b) OR \"x\" AND y*").as_deref(),
            Some("\"NEAR\" \"a\" \"b\" \"OR\" \"x\" \"AND\" \"y\"*"),
            "FTS operators typed by the user are searched for as words"
        );
        assert_eq!(
            fts_query("young people's").as_deref(),
            Some("\"young\" \"people's\"*")
        );
    }

    #[test]
    fn snippets_split_into_marked_parts() {
        let marked = format!("a {MARK_START}word{MARK_END} here\nthere");
        assert_eq!(
            parts(&marked),
            [
                SnippetPart {
                    text: "a ".into(),
                    hit: false
                },
                SnippetPart {
                    text: "word".into(),
                    hit: true
                },
                SnippetPart {
                    text: " here there".into(),
                    hit: false
                },
            ]
        );
    }
}
