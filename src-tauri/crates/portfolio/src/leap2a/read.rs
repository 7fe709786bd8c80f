//! Reading a Leap2A package or feed, Cairn's own or Mahara's, into the journal.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{Cursor, Read};
use std::path::Path;

use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, GoalFields, GoalStatus, Journal, MAX_TITLE_CHARS,
    ReflectionFields,
};
use chrono::NaiveDate;
use quick_xml::NsReader;
use quick_xml::XmlVersion;
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use serde::Serialize;
use sha2::{Digest, Sha256};
use specta::Type;
use uuid::Uuid;

use super::{ATOM, CAIRN, FEED_NAME, LEAP2, RDF};
use crate::error::{PortfolioError, Result};

/// The largest `leap2a.xml` read, so that a hostile package cannot exhaust memory.
const MAX_FEED_BYTES: u64 = 64 * 1024 * 1024;

/// What one Leap2A import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Leap2aOutcome {
    pub activities: u32,
    pub reflections: u32,
    pub goals: u32,
    /// Entries already in the journal (see [`import_leap2a`]): not written again.
    pub skipped_duplicates: u32,
    /// Activities with no time recorded (Mahara's résumé items): Cairn needs the time spent,
    /// and does not invent it.
    pub skipped_without_time: u32,
    /// Entries of types Cairn does not hold: files, people, selections such as a blog itself.
    pub skipped_unsupported: u32,
}

/// Imports the Leap2A file at `path`, a ZIP package holding `leap2a.xml` or the bare feed:
/// `leap2:activity` entries become activities, `leap2:entry` (a Mahara journal post, a Cairn
/// reflection) free-writing reflections, private, and `leap2:plan` (a Mahara plan or task, a
/// Cairn goal) goals. Files are not imported. Fields Cairn wrote in its own namespace are read
/// back exactly; a reflection that `leap2:reflects_on` an activity in the same feed is linked
/// to it.
///
/// Importing the same file twice adds nothing: an activity is skipped when its import key (a
/// hash of its entry id) is known or an activity with the same title and start date exists; a
/// reflection when one with the same title and text exists; a goal when one with the same
/// title and target date exists. Activities are written in one transaction; reflections and
/// goals one by one after them.
pub fn import_leap2a(journal: &Journal, path: &Path) -> Result<Leap2aOutcome> {
    let bytes = fs::read(path).map_err(|e| {
        PortfolioError::invalid(
            "file",
            format!("Cairn could not read {}: {e}.", path.display()),
        )
    })?;
    let feed = feed_of(&bytes)?;
    let root = parse(&feed)?;
    if !root.is(ATOM, "feed") {
        return Err(PortfolioError::invalid(
            "file",
            "This file is not a Leap2A export: it holds no Atom feed.",
        ));
    }
    let entries: Vec<Entry> = root.children(ATOM, "entry").map(Entry::read).collect();
    import(journal, &entries)
}

/// The feed's text: `leap2a.xml` from a ZIP, or the file itself.
fn feed_of(bytes: &[u8]) -> Result<String> {
    let xml = if bytes.starts_with(b"PK") {
        let unreadable = |e: zip::result::ZipError| {
            PortfolioError::invalid("file", format!("This ZIP file cannot be read: {e}."))
        };
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
        let name = archive
            .file_names()
            .filter(|n| n.rsplit('/').next() == Some(FEED_NAME))
            .min_by_key(|n| n.len())
            .map(str::to_owned)
            .ok_or_else(|| {
                PortfolioError::invalid(
                    "file",
                    "This ZIP file holds no leap2a.xml: it is not a Leap2A export.",
                )
            })?;
        let file = archive.by_name(&name).map_err(unreadable)?;
        let mut xml = Vec::new();
        file.take(MAX_FEED_BYTES).read_to_end(&mut xml)?;
        xml
    } else {
        bytes.to_vec()
    };
    let text = String::from_utf8(xml)
        .map_err(|_| PortfolioError::invalid("file", "The Leap2A feed is not UTF-8 text."))?;
    Ok(text.trim_start_matches('\u{feff}').to_owned())
}

/// An XML element with its namespace resolved.
#[derive(Debug, Default)]
struct Element {
    ns: String,
    name: String,
    /// Namespace, local name, value.
    attributes: Vec<(String, String, String)>,
    children: Vec<Node>,
}

#[derive(Debug)]
enum Node {
    Element(Element),
    Text(String),
}

fn parse(xml: &str) -> Result<Element> {
    let bad = |e: quick_xml::Error| {
        PortfolioError::invalid(
            "file",
            format!("The Leap2A feed is not well-formed XML: {e}."),
        )
    };
    let mut reader = NsReader::from_str(xml);
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        let event = reader.read_event().map_err(bad)?;
        match event {
            Event::Start(ref start) | Event::Empty(ref start) => {
                let (ns, local) = reader.resolver().resolve_element(start.name());
                let mut element = Element {
                    ns: namespace(&ns),
                    name: local.as_ref().to_owned(),
                    ..Element::default()
                };
                for attribute in start.attributes() {
                    let attribute = attribute.map_err(|e| bad(e.into()))?;
                    let key = attribute.key.as_ref();
                    if key == "xmlns" || key.starts_with("xmlns:") {
                        continue;
                    }
                    let (ns, local) = reader.resolver().resolve_attribute(attribute.key);
                    let value = attribute
                        .normalized_value(XmlVersion::Implicit1_0)
                        .map_err(bad)?;
                    element.attributes.push((
                        namespace(&ns),
                        local.as_ref().to_owned(),
                        value.into_owned(),
                    ));
                }
                if matches!(event, Event::Start(_)) {
                    stack.push(element);
                } else if let Some(parent) = stack.last_mut() {
                    parent.children.push(Node::Element(element));
                }
            }
            Event::End(_) => {
                let Some(element) = stack.pop() else {
                    return Err(PortfolioError::invalid("file", "Unbalanced XML."));
                };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(Node::Element(element)),
                    None => return Err(PortfolioError::invalid("file", "Unbalanced XML.")),
                }
            }
            Event::Text(text) => push_text(&mut stack, &text.xml10_content()),
            Event::CData(text) => push_text(&mut stack, &text.xml10_content()),
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref().map_err(bad)? {
                    Some(c) => c.to_string(),
                    None => {
                        let name = reference.xml10_content();
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .map_or_else(|| format!("&{name};"), str::to_owned)
                    }
                };
                push_text(&mut stack, &resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let document = match (stack.pop(), stack.is_empty()) {
        (Some(document), true) => document,
        _ => {
            return Err(PortfolioError::invalid(
                "file",
                "The Leap2A feed ends early.",
            ));
        }
    };
    document
        .children
        .into_iter()
        .find_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
        .ok_or_else(|| PortfolioError::invalid("file", "The Leap2A feed is empty."))
}

fn namespace(resolved: &ResolveResult<'_>) -> String {
    match resolved {
        ResolveResult::Bound(ns) => ns.as_ref().to_owned(),
        _ => String::new(),
    }
}

fn push_text(stack: &mut [Element], text: &str) {
    if let Some(parent) = stack.last_mut() {
        match parent.children.last_mut() {
            Some(Node::Text(last)) => last.push_str(text),
            _ => parent.children.push(Node::Text(text.to_owned())),
        }
    }
}

impl Element {
    fn is(&self, ns: &str, name: &str) -> bool {
        self.ns == ns && self.name == name
    }

    fn children<'a>(&'a self, ns: &'a str, name: &'a str) -> impl Iterator<Item = &'a Element> {
        self.children.iter().filter_map(move |node| match node {
            Node::Element(e) if e.is(ns, name) => Some(e),
            _ => None,
        })
    }

    fn child<'a>(&'a self, ns: &'a str, name: &'a str) -> Option<&'a Element> {
        self.children(ns, name).next()
    }

    fn attribute(&self, ns: &str, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, local, _)| n == ns && local == name)
            .map(|(_, _, value)| value.as_str())
    }

    /// The text inside, XHTML blocks and line breaks as new lines.
    fn text(&self) -> String {
        let mut out = String::new();
        self.text_into(&mut out);
        out
    }

    fn text_into(&self, out: &mut String) {
        for node in &self.children {
            match node {
                Node::Text(text) => out.push_str(text),
                Node::Element(element) => {
                    let block = matches!(
                        element.name.as_str(),
                        "p" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "tr"
                    );
                    if element.name == "br" {
                        out.push('\n');
                    }
                    if block && !out.is_empty() && !out.ends_with("\n\n") {
                        out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
                    }
                    element.text_into(out);
                }
            }
        }
    }
}

/// One Atom entry as Cairn reads it.
#[derive(Debug, Default)]
struct Entry {
    id: String,
    /// The Leap2 type's local name: `activity`, `entry`, `plan`…
    kind: String,
    title: String,
    content: String,
    published: Option<NaiveDate>,
    updated: Option<NaiveDate>,
    /// `leap2:date` by point: `start`, `end`, `target`.
    dates: HashMap<String, NaiveDate>,
    /// `link` elements by the relation's local name: `reflects_on`, `is_part_of`…
    links: Vec<(String, String)>,
    /// Cairn's own elements.
    cairn: HashMap<String, String>,
    tags: Vec<String>,
}

impl Entry {
    fn read(entry: &Element) -> Self {
        let text = |name: &str| entry.child(ATOM, name).map(Element::text);
        let kind = entry
            .child(RDF, "type")
            .and_then(|t| t.attribute(RDF, "resource"))
            .map(|resource| last_segment(resource).to_owned())
            .unwrap_or_default();
        let mut dates = HashMap::new();
        for date in entry.children(LEAP2, "date") {
            let point = date.attribute(LEAP2, "point").unwrap_or("start");
            if let Some(day) = parse_day(&date.text()) {
                dates.entry(point.to_owned()).or_insert(day);
            }
        }
        let links = entry
            .children(ATOM, "link")
            .filter_map(|link| {
                Some((
                    last_segment(link.attribute("", "rel")?).to_owned(),
                    link.attribute("", "href")?.to_owned(),
                ))
            })
            .collect();
        let cairn = entry
            .children
            .iter()
            .filter_map(|node| match node {
                Node::Element(e) if e.ns == CAIRN => Some((e.name.clone(), e.text())),
                _ => None,
            })
            .collect();
        let tags = entry
            .children(ATOM, "category")
            .filter(|c| c.attribute("", "scheme").is_none())
            .filter_map(|c| c.attribute("", "term"))
            .map(str::to_owned)
            .collect();
        Self {
            id: text("id").unwrap_or_default().trim().to_owned(),
            kind,
            title: text("title").unwrap_or_default().trim().to_owned(),
            content: entry
                .child(ATOM, "content")
                .map(content_text)
                .unwrap_or_default(),
            published: text("published").and_then(|t| parse_day(&t)),
            updated: text("updated").and_then(|t| parse_day(&t)),
            dates,
            links,
            cairn,
            tags,
        }
    }

    fn cairn(&self, name: &str) -> Option<&str> {
        self.cairn.get(name).map(String::as_str)
    }

    fn link(&self, rel: &str) -> Option<&str> {
        self.links
            .iter()
            .find(|(r, _)| r == rel)
            .map(|(_, href)| href.as_str())
    }

    /// The title, shortened to fit, or `fallback`.
    fn title_or(&self, fallback: &str) -> String {
        let title: String = self.title.chars().take(MAX_TITLE_CHARS).collect();
        let title = title.trim();
        if title.is_empty() {
            fallback.to_owned()
        } else {
            title.to_owned()
        }
    }
}

/// `activity` from `leap2:activity`, `http://terms.leapspecs.org/activity` or
/// `…LEAP2A_types#activity`.
fn last_segment(value: &str) -> &str {
    value.rsplit([':', '/', '#']).next().unwrap_or(value)
}

/// A day from an Atom or Leap2 date: `2026-03-01`, `2026-03-01T09:00:00Z`, `2026-03`, `2026`.
fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let head = text.get(..10).unwrap_or(text);
    NaiveDate::parse_from_str(head, "%Y-%m-%d")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(&format!("{head}-01"), "%Y-%m-%d").ok())
        .or_else(|| NaiveDate::parse_from_str(&format!("{head}-01-01"), "%Y-%m-%d").ok())
}

/// An Atom content element as plain text, whatever its type.
fn content_text(content: &Element) -> String {
    match content.attribute("", "type") {
        Some("html") => html_text(&content.text()),
        _ => content.text(),
    }
    .trim()
    .to_owned()
}

/// Escaped HTML as text: blocks and breaks as new lines, other tags dropped, the common
/// entities decoded.
fn html_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        let name = tag.trim_start_matches('/');
        let name = name.split(|c: char| c.is_whitespace() || c == '/').next();
        match name {
            Some("br") => out.push('\n'),
            Some("p" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "tr") if tag.starts_with('/') => {
                out.push_str("\n\n");
            }
            _ => {}
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The import key of an entry: its id, hashed so that any id fits.
fn import_key(id: &str) -> String {
    let digest = Sha256::digest(id.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("leap2a:{hex}")
}

fn import(journal: &Journal, entries: &[Entry]) -> Result<Leap2aOutcome> {
    let mut outcome = Leap2aOutcome::default();

    let existing: HashSet<(String, NaiveDate)> =
        crate::gather::all(|page| journal.activities(page))?
            .into_iter()
            .map(|a| (a.fields.title, a.fields.started_on))
            .collect();
    let mut batch = Vec::new();
    let mut imported_activities = Vec::new();
    for entry in entries.iter().filter(|e| e.kind == "activity") {
        let Some(fields) = activity_fields(entry) else {
            outcome.skipped_without_time += 1;
            continue;
        };
        if existing.contains(&(fields.title.clone(), fields.started_on)) {
            outcome.skipped_duplicates += 1;
            continue;
        }
        imported_activities.push((entry.id.clone(), fields.title.clone(), fields.started_on));
        batch.push((import_key(&entry.id), fields));
    }
    let written = journal.import_activities(&batch)?;
    outcome.activities = written.imported;
    outcome.skipped_duplicates += written.skipped_duplicates;

    // The journal's activities by title and day, to link reflections to those just written
    // (or found already there).
    let by_day: HashMap<(String, NaiveDate), Uuid> =
        crate::gather::all(|page| journal.activities(page))?
            .into_iter()
            .map(|a| ((a.fields.title, a.fields.started_on), a.id))
            .collect();
    let mut activity_ids: HashMap<&str, Uuid> = HashMap::new();
    for entry in entries.iter().filter(|e| e.kind == "activity") {
        if let Some(fields) = activity_fields(entry)
            && let Some(id) = by_day.get(&(fields.title, fields.started_on))
        {
            activity_ids.insert(entry.id.as_str(), *id);
        }
    }

    let mut reflections: HashSet<(String, String)> =
        crate::gather::all(|page| journal.reflections(page))?
            .into_iter()
            .map(|r| (body(&r.fields), r.fields.title))
            .map(|(body, title)| (title, body))
            .collect();
    let mut goals: HashSet<(String, Option<NaiveDate>)> = journal
        .goals()?
        .into_iter()
        .map(|g| (g.fields.title, g.fields.target_on))
        .collect();
    let titles: HashMap<&str, &str> = entries
        .iter()
        .map(|e| (e.id.as_str(), e.title.as_str()))
        .collect();
    for entry in entries {
        match entry.kind.as_str() {
            "activity" => {}
            "entry" => {
                let activity = entry
                    .link("reflects_on")
                    .and_then(|id| activity_ids.get(id).copied());
                let mut fields = ReflectionFields::free(entry.title_or(""), activity);
                if let Some(section) = fields.sections.first_mut() {
                    section.text.clone_from(&entry.content);
                }
                fields.tags.clone_from(&entry.tags);
                if !reflections.insert((fields.title.clone(), body(&fields))) {
                    outcome.skipped_duplicates += 1;
                    continue;
                }
                journal.create_reflection(&fields)?;
                outcome.reflections += 1;
            }
            "plan" => {
                let mut description = entry
                    .cairn("description")
                    .map_or_else(|| entry.content.clone(), str::to_owned);
                if let Some(plan) = entry.link("is_part_of").and_then(|id| titles.get(id))
                    && !plan.trim().is_empty()
                {
                    if !description.is_empty() {
                        description.push_str("\n\n");
                    }
                    description.push_str(&format!("Part of the plan \u{201c}{plan}\u{201d}."));
                }
                let fields = GoalFields {
                    title: entry.title_or("Untitled goal"),
                    description,
                    success_criteria: entry.cairn("success-criteria").unwrap_or("").to_owned(),
                    target_on: entry.dates.get("target").copied(),
                    status: entry
                        .cairn("status")
                        .and_then(GoalStatus::parse)
                        .unwrap_or(GoalStatus::Active),
                };
                if !goals.insert((fields.title.clone(), fields.target_on)) {
                    outcome.skipped_duplicates += 1;
                    continue;
                }
                journal.create_goal(&fields)?;
                outcome.goals += 1;
            }
            _ => outcome.skipped_unsupported += 1,
        }
    }
    Ok(outcome)
}

/// A reflection's writing, for recognising one already imported.
fn body(fields: &ReflectionFields) -> String {
    fields
        .sections
        .iter()
        .map(|s| s.text.trim())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// An activity entry as Cairn fields; `None` when it records no time spent.
fn activity_fields(entry: &Entry) -> Option<ActivityFields> {
    let minutes: i32 = entry.cairn("minutes")?.trim().parse().ok()?;
    let started_on = entry
        .dates
        .get("start")
        .copied()
        .or(entry.published)
        .or(entry.updated)?;
    let ended_on = entry
        .dates
        .get("end")
        .copied()
        .filter(|end| *end > started_on);
    let text = |name: &str| entry.cairn(name).unwrap_or("").to_owned();
    let mut fields = ActivityFields::new(entry.title_or("Untitled activity"), started_on, minutes);
    fields.ended_on = ended_on;
    fields.description = entry
        .cairn("description")
        .map_or_else(|| entry.content.clone(), str::to_owned);
    if let Some(kind) = entry.cairn("kind").and_then(ActivityKind::parse) {
        fields.kind = kind;
        fields.mode = kind.usual_mode();
    }
    if let Some(mode) = entry.cairn("mode").and_then(ActivityMode::parse) {
        fields.mode = mode;
    }
    fields.participatory_minutes = entry
        .cairn("participatory-minutes")
        .and_then(|m| m.trim().parse().ok())
        .unwrap_or(0);
    fields.provider = text("provider");
    fields.location = text("location");
    fields.outcomes = text("outcomes");
    fields.impact = text("impact");
    fields.tags.clone_from(&entry.tags);
    Some(fields)
}

#[cfg(test)]
mod tests {
    use super::{html_text, last_segment, parse_day};

    #[test]
    fn types_are_read_in_any_spelling() {
        assert_eq!(last_segment("leap2:activity"), "activity");
        assert_eq!(last_segment("http://terms.leapspecs.org/plan"), "plan");
        assert_eq!(last_segment("leaptype:entry"), "entry");
    }

    #[test]
    fn dates_of_any_precision() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_day("2026-03-04T09:00:00Z"), day(2026, 3, 4));
        assert_eq!(parse_day("2026-03"), day(2026, 3, 1));
        assert_eq!(parse_day("2026"), day(2026, 1, 1));
        assert_eq!(parse_day("last spring"), None);
    }

    #[test]
    fn html_content_becomes_text() {
        assert_eq!(
            html_text("<p>One &amp; two</p><p>Three<br/>four</p>").trim(),
            "One & two\n\nThree\nfour"
        );
    }
}
