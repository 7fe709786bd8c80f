//! The Atom feed, `leap2a.xml`: one entry for each activity, reflection, goal and file.

use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use crate::leap2a::{ATOM, CAIRN, CATEGORIES, LEAP2, RDF, VERSION};
use crate::model::{Portfolio, PortfolioActivity, PortfolioReflection};

use super::xml::Xml;
use super::{Enclosure, media_type};

/// The id of the entry for a Cairn record.
pub(super) fn entry_id(id: Uuid) -> String {
    format!("urn:uuid:{id}")
}

/// `leap2a.xml`.
pub(super) fn feed(portfolio: &Portfolio, enclosures: &[Enclosure]) -> String {
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
