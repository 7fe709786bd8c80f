//! Writing a [`Portfolio`] as a Leap2A package.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, Seek, Write};
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use super::{ATOM, CAIRN, CATEGORIES, FEED_NAME, LEAP2, RDF, VERSION};
use crate::error::{PortfolioError, Result};
use crate::model::{Portfolio, PortfolioActivity, PortfolioReflection};

/// One attached file going into the package.
struct Enclosure {
    /// The resource entry's id.
    id: String,
    /// The activity entry it is evidence of.
    activity: String,
    /// The name the user gave it.
    name: String,
    /// Its path inside the package: `files/…`.
    href: String,
    source: PathBuf,
    length: u64,
}

/// Writes `portfolio` to `out` as a Leap2A 2010-07 package: a ZIP with `leap2a.xml` and the
/// activities' evidence under `files/`.
///
/// `evidence` finds the bytes of a file attached to an activity, by the activity's id and the
/// file's name as listed in [`PortfolioActivity::evidence`]; a file it cannot find (or that
/// cannot be read) is left out, with no entry for it. Reflections are linked to their activity
/// by its title, the way [`PortfolioReflection::activity`] names it.
///
/// The feed is well-formed whatever the entries hold: text is escaped, and characters XML 1.0
/// forbids (most control characters) are dropped.
///
/// `progress` is told how far the package has got, from 0.0 to 1.0, and cancels it by
/// returning `false`, as for [`crate::write`]: the result is then
/// [`PortfolioError::Cancelled`](crate::PortfolioError::Cancelled) and what was written is
/// incomplete.
pub fn write_leap2a(
    portfolio: &Portfolio,
    evidence: &dyn Fn(Uuid, &str) -> Option<PathBuf>,
    out: impl Write + Seek,
    progress: &dyn Fn(f32) -> bool,
) -> Result<()> {
    let mut enclosures = Vec::new();
    for activity in &portfolio.activities {
        for (index, name) in activity.evidence.iter().enumerate() {
            let Some(source) = evidence(activity.id, name) else {
                continue;
            };
            let Ok(metadata) = std::fs::metadata(&source) else {
                continue;
            };
            let number = enclosures.len() + 1;
            enclosures.push(Enclosure {
                id: format!(
                    "tag:cairnjournal.org,2026:evidence/{}/{}",
                    activity.id,
                    index + 1
                ),
                activity: entry_id(activity.id),
                name: name.clone(),
                href: format!("files/{number}-{}", safe_file_name(name)),
                source,
                length: metadata.len(),
            });
        }
    }
    let feed = feed(portfolio, &enclosures);

    let mut zip = ZipWriter::new(out);
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.start_file(FEED_NAME, options)
        .map_err(io::Error::from)?;
    zip.write_all(feed.as_bytes())?;
    let steps = enclosures.len() as f32 + 1.0;
    for (done, enclosure) in enclosures.iter().enumerate() {
        if !progress((done as f32 + 1.0) / steps) {
            return Err(PortfolioError::Cancelled);
        }
        zip.start_file(enclosure.href.as_str(), options)
            .map_err(io::Error::from)?;
        io::copy(&mut File::open(&enclosure.source)?, &mut zip)?;
    }
    zip.finish().map_err(io::Error::from)?.flush()?;
    progress(1.0);
    Ok(())
}

/// The id of the entry for a Cairn record.
fn entry_id(id: Uuid) -> String {
    format!("urn:uuid:{id}")
}

/// `leap2a.xml`.
fn feed(portfolio: &Portfolio, enclosures: &[Enclosure]) -> String {
    let mut xml = Xml::default();
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml.0,
        "<feed xmlns=\"{ATOM}\" xmlns:rdf=\"{RDF}\" xmlns:leap2=\"{LEAP2}\" \
         xmlns:categories=\"{CATEGORIES}\" xmlns:cairn=\"{CAIRN}\">"
    );
    xml.element("leap2:version", VERSION);
    xml.element(
        "id",
        &format!(
            "tag:cairnjournal.org,2026:portfolio/{}/{}/{}",
            portfolio.from,
            portfolio.to,
            portfolio.generated_at.timestamp()
        ),
    );
    let owner = portfolio.owner.name.trim();
    let author = if owner.is_empty() {
        "Cairn user"
    } else {
        owner
    };
    xml.element(
        "title",
        &format!(
            "CPD portfolio of {author}, {} to {}",
            portfolio.from, portfolio.to
        ),
    );
    xml.raw("<author>");
    xml.element("name", author);
    xml.raw("</author>\n");
    xml.element("updated", &timestamp(portfolio.generated_at));
    xml.raw("<generator>Cairn</generator>\n");

    let by_title: HashMap<&str, Uuid> = portfolio
        .activities
        .iter()
        .rev()
        .map(|a| (a.title.as_str(), a.id))
        .collect();
    let activity_of = |reflection: &PortfolioReflection| {
        reflection
            .activity
            .as_deref()
            .and_then(|title| by_title.get(title).copied())
    };
    for activity in &portfolio.activities {
        let reflections: Vec<Uuid> = portfolio
            .reflections
            .iter()
            .filter(|r| activity_of(r) == Some(activity.id))
            .map(|r| r.id)
            .collect();
        let evidence: Vec<&Enclosure> = enclosures
            .iter()
            .filter(|e| e.activity == entry_id(activity.id))
            .collect();
        activity_entry(&mut xml, portfolio, activity, &reflections, &evidence);
    }
    for reflection in &portfolio.reflections {
        reflection_entry(&mut xml, portfolio, reflection, activity_of(reflection));
    }
    for goal in &portfolio.goals {
        let fields = &goal.fields;
        xml.raw("<entry>\n");
        xml.element("id", &entry_id(goal.id));
        xml.element("title", &fields.title);
        xml.element("updated", &timestamp(goal.updated_at));
        xml.element("published", &timestamp(goal.created_at));
        let mut content = fields.description.clone();
        append_part(&mut content, "Success criteria", &fields.success_criteria);
        xml.content(&content);
        xml.rdf_type("plan");
        if let Some(target) = fields.target_on {
            xml.date("target", target);
        }
        xml.element("cairn:status", fields.status.as_str());
        xml.element("cairn:description", &fields.description);
        xml.element("cairn:success-criteria", &fields.success_criteria);
        xml.raw("</entry>\n");
    }
    for enclosure in enclosures {
        xml.raw("<entry>\n");
        xml.element("id", &enclosure.id);
        xml.element("title", &enclosure.name);
        xml.element("updated", &timestamp(portfolio.generated_at));
        xml.element("summary", &enclosure.name);
        let media_type = media_type(&enclosure.name);
        xml.empty("content", &[("type", media_type), ("src", &enclosure.href)]);
        xml.empty(
            "link",
            &[
                ("rel", "enclosure"),
                ("href", &enclosure.href),
                ("type", media_type),
                ("length", &enclosure.length.to_string()),
            ],
        );
        xml.link("leap2:is_evidence_of", &enclosure.activity);
        xml.rdf_type("resource");
        xml.raw("</entry>\n");
    }
    xml.raw("</feed>\n");
    xml.0
}

fn activity_entry(
    xml: &mut Xml,
    portfolio: &Portfolio,
    activity: &PortfolioActivity,
    reflections: &[Uuid],
    evidence: &[&Enclosure],
) {
    xml.raw("<entry>\n");
    xml.element("id", &entry_id(activity.id));
    xml.element("title", &activity.title);
    xml.element("updated", &timestamp(portfolio.generated_at));
    let mut content = activity.description.clone();
    append_part(&mut content, "Outcomes", &activity.outcomes);
    append_part(&mut content, "Impact", &activity.impact);
    xml.content(&content);
    xml.rdf_type("activity");
    xml.date("start", activity.started_on);
    xml.date("end", activity.ended_on.unwrap_or(activity.started_on));
    xml.empty(
        "category",
        &[
            ("term", activity.kind.as_str()),
            ("scheme", &format!("{CAIRN}kind#")),
            ("label", &activity.kind_label),
        ],
    );
    for tag in &activity.tags {
        xml.empty("category", &[("term", tag)]);
    }
    for reflection in reflections {
        xml.link("leap2:reflected_on_by", &entry_id(*reflection));
    }
    for enclosure in evidence {
        xml.link("leap2:has_evidence", &enclosure.id);
    }
    xml.element("cairn:kind", activity.kind.as_str());
    xml.element("cairn:mode", activity.mode.as_str());
    xml.element("cairn:minutes", &activity.minutes.to_string());
    xml.element(
        "cairn:participatory-minutes",
        &activity.participatory_minutes.to_string(),
    );
    xml.element("cairn:provider", &activity.provider);
    xml.element("cairn:location", &activity.location);
    xml.element("cairn:description", &activity.description);
    xml.element("cairn:outcomes", &activity.outcomes);
    xml.element("cairn:impact", &activity.impact);
    xml.raw("</entry>\n");
}

fn reflection_entry(
    xml: &mut Xml,
    portfolio: &Portfolio,
    reflection: &PortfolioReflection,
    activity: Option<Uuid>,
) {
    xml.raw("<entry>\n");
    xml.element("id", &entry_id(reflection.id));
    xml.element("title", &reflection.title);
    xml.element("updated", &timestamp(portfolio.generated_at));
    xml.element("published", &day(reflection.written_on));
    xml.content(&reflection_text(reflection));
    xml.rdf_type("entry");
    if let Some(activity) = activity {
        xml.link("leap2:reflects_on", &entry_id(activity));
    }
    xml.element("cairn:model", reflection.model.as_str());
    xml.raw("</entry>\n");
}

/// A reflection's writing as one text: a lone section as it is, several under their headings.
pub(super) fn reflection_text(reflection: &PortfolioReflection) -> String {
    match reflection.sections.as_slice() {
        [only] => only.text.clone(),
        sections => {
            let mut text = String::new();
            for section in sections {
                append_part(&mut text, &section.title, &section.text);
            }
            text
        }
    }
}

/// Appends `text` under `heading`, a blank line after what is there already.
fn append_part(content: &mut String, heading: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    if !content.is_empty() {
        content.push_str("\n\n");
    }
    content.push_str(heading);
    content.push_str("\n\n");
    content.push_str(text);
}

fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Midnight UTC of `on`: Atom dates are date-times.
fn day(on: NaiveDate) -> String {
    format!("{on}T00:00:00Z")
}

/// A name safe in a ZIP path and an unescaped URI: letters, digits, `.`, `-` and `_`.
fn safe_file_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let safe = safe.trim_start_matches('.');
    if safe.is_empty() {
        "file".to_owned()
    } else {
        safe.to_owned()
    }
}

/// The media type of a file by its extension.
fn media_type(name: &str) -> &'static str {
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "txt" => "text/plain",
        "md" => "text/markdown",
        "html" | "htm" => "text/html",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt" => "application/vnd.oasis.opendocument.text",
        _ => "application/octet-stream",
    }
}

/// XML built as text, every value escaped.
#[derive(Default)]
struct Xml(String);

impl Xml {
    fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }

    fn text(&mut self, text: &str) {
        escape_into(&mut self.0, text);
    }

    /// `<name>text</name>` on a line.
    fn element(&mut self, name: &str, text: &str) {
        let _ = write!(self.0, "<{name}>");
        self.text(text);
        let _ = writeln!(self.0, "</{name}>");
    }

    /// `<name a="v"/>` on a line.
    fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) {
        let _ = write!(self.0, "<{name}");
        for (key, value) in attributes {
            let _ = write!(self.0, " {key}=\"");
            self.text(value);
            self.0.push('"');
        }
        self.0.push_str("/>\n");
    }

    fn content(&mut self, text: &str) {
        self.raw("<content type=\"text\">");
        self.text(text);
        self.raw("</content>\n");
    }

    fn rdf_type(&mut self, leap2_type: &str) {
        self.empty(
            "rdf:type",
            &[("rdf:resource", &format!("leap2:{leap2_type}"))],
        );
    }

    fn date(&mut self, point: &str, on: NaiveDate) {
        let _ = writeln!(
            self.0,
            "<leap2:date leap2:point=\"{point}\">{on}</leap2:date>"
        );
    }

    fn link(&mut self, rel: &str, href: &str) {
        self.empty("link", &[("rel", rel), ("href", href)]);
    }
}

/// Appends `text` escaped for element content and attribute values alike; characters XML 1.0
/// does not allow are dropped, and tabs and line ends are written as character references so
/// that neither attribute normalisation nor line-end handling changes them.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push('\n'),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{escape_into, safe_file_name};

    #[test]
    fn escaping_drops_what_xml_forbids() {
        let mut out = String::new();
        escape_into(&mut out, "<a href=\"x\">&'\u{b}\u{1}\r\n\u{fffe}ok");
        assert_eq!(out, "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#13;\nok");
    }

    #[test]
    fn file_names_are_safe_in_a_zip() {
        assert_eq!(
            safe_file_name("../My certificate.pdf"),
            "_My_certificate.pdf"
        );
        assert_eq!(safe_file_name("..."), "file");
    }
}
