//! Parsing the Atom feed: XML elements with their namespaces, and each entry as Cairn reads it.

use std::collections::HashMap;

use cairn_journal::MAX_TITLE_CHARS;
use chrono::NaiveDate;
use quick_xml::NsReader;
use quick_xml::XmlVersion;
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;

use crate::error::{PortfolioError, Result};
use crate::leap2a::{ATOM, CAIRN, LEAP2, RDF};

/// An XML element with its namespace resolved.
#[derive(Debug, Default)]
pub(super) struct Element {
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

pub(super) fn parse(xml: &str) -> Result<Element> {
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
    pub(super) fn is(&self, ns: &str, name: &str) -> bool {
        self.ns == ns && self.name == name
    }

    pub(super) fn children<'a>(
        &'a self,
        ns: &'a str,
        name: &'a str,
    ) -> impl Iterator<Item = &'a Element> {
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
pub(super) struct Entry {
    pub(super) id: String,
    /// The Leap2 type's local name: `activity`, `entry`, `plan`…
    pub(super) kind: String,
    pub(super) title: String,
    pub(super) content: String,
    pub(super) published: Option<NaiveDate>,
    pub(super) updated: Option<NaiveDate>,
    /// `leap2:date` by point: `start`, `end`, `target`.
    pub(super) dates: HashMap<String, NaiveDate>,
    /// `link` elements by the relation's local name: `reflects_on`, `is_part_of`…
    pub(super) links: Vec<(String, String)>,
    /// Cairn's own elements.
    pub(super) cairn: HashMap<String, String>,
    pub(super) tags: Vec<String>,
}

impl Entry {
    pub(super) fn read(entry: &Element) -> Self {
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

    pub(super) fn cairn(&self, name: &str) -> Option<&str> {
        self.cairn.get(name).map(String::as_str)
    }

    pub(super) fn link(&self, rel: &str) -> Option<&str> {
        self.links
            .iter()
            .find(|(r, _)| r == rel)
            .map(|(_, href)| href.as_str())
    }

    /// The title, shortened to fit, or `fallback`.
    pub(super) fn title_or(&self, fallback: &str) -> String {
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
