//! The portfolio as one Markdown file (CommonMark with GitHub tables).
//!
//! Plain text the user typed (titles, names, places) is escaped so Markdown leaves it as it
//! is; what the user wrote in Markdown (descriptions, reflections) goes in unchanged.

use std::io::Write;

use crate::error::Result;
use crate::model::Portfolio;
use crate::progress::TextOut;
use crate::text::{self, Part, Texts};

/// Writes `portfolio` to `out` as Markdown.
pub(crate) fn write(
    portfolio: &Portfolio,
    out: &mut dyn Write,
    report: &dyn Fn(f32) -> bool,
) -> Result<()> {
    let mut doc = TextOut::start(out, report, portfolio)?;
    doc.push(&format!("# {}\n\n", inline(&text::full_title(portfolio))));
    facts(&mut doc, text::cover_facts(portfolio));
    for part in text::parts(portfolio) {
        doc.push(&format!("\n## {}\n", part.title(portfolio.layout)));
        match part {
            Part::Summary => summary(portfolio, &mut doc)?,
            Part::Activities => activities(portfolio, &mut doc)?,
            Part::Reflections => reflections(portfolio, &mut doc)?,
            Part::Goals => goals(portfolio, &mut doc)?,
            Part::Feedback => feedback(portfolio, &mut doc)?,
            Part::Reviews => reviews(portfolio, &mut doc)?,
            Part::Coverage => coverage(portfolio, &mut doc)?,
        }
    }
    doc.finish()
}

fn summary(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    let totals = &portfolio.totals;
    doc.push(&format!(
        "\n- **Activities:** {}\n- **Hours:** {} (participatory: {})\n- **Reflections:** {}\n",
        totals.activities,
        text::hours(totals.minutes),
        text::hours(totals.participatory_minutes),
        totals.reflections,
    ));
    for profile in &portfolio.profiles {
        doc.push(&format!(
            "\n### {}\n\n{}\n\n",
            inline(&profile.label),
            text::cycle(profile),
        ));
        let rows = profile.requirements.iter().map(|r| {
            let mut row = cells(text::requirement_row(r));
            row.push(cell(&r.note));
            row
        });
        doc.push(&table(
            &["Requirement", "Achieved", "Target", "Met", "Note"],
            rows,
        ));
        for warning in &profile.warnings {
            doc.push(&format!("\n> **Note:** {}\n", inline(warning)));
        }
    }
    doc.done(1)
}

fn activities(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    if portfolio.activities.is_empty() {
        doc.push(&empty(Part::Activities));
        return Ok(());
    }
    doc.push("\n");
    let log = portfolio.activities.iter().map(text::activity_row);
    let total = text::activity_total_row(&portfolio.totals).map(|cell| match cell.as_str() {
        "" => cell,
        _ => format!("**{cell}**"),
    });
    doc.push(&table(
        &[
            "Date",
            "Activity",
            "Kind",
            "Mode",
            "Hours",
            "Participatory hours",
            "Standards",
        ],
        log.map(cells).chain([total.to_vec()]),
    ));
    let activities = &portfolio.activities;
    entries(doc, Part::Activities, activities, |doc, _, activity| {
        let title = inline(&activity.title);
        doc.push(&format!(
            "\n### {}: {title}\n\n",
            text::activity_dates(activity)
        ));
        facts(doc, text::activity_facts(activity));
        texts(doc, text::activity_texts(activity));
    })
}

fn reflections(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    let reflections = &portfolio.reflections;
    entries(doc, Part::Reflections, reflections, |doc, index, item| {
        doc.push(&format!(
            "\n### {}\n\n*{}*\n",
            inline(&text::reflection_heading(portfolio, index)),
            inline(&text::reflection_meta(item)),
        ));
        if !item.standards.is_empty() {
            let standards = inline(&item.standards.join("; "));
            doc.push(&format!("\n**Standards:** {standards}\n"));
        }
        for section in &item.sections {
            doc.push(&format!(
                "\n#### {}\n\n{}\n",
                inline(&section.title),
                block(&section.text)
            ));
        }
    })
}

fn goals(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    entries(doc, Part::Goals, &portfolio.goals, |doc, _, goal| {
        doc.push(&format!("\n### {}\n\n", inline(&goal.fields.title)));
        facts(doc, text::goal_facts(goal));
        texts(doc, text::goal_texts(goal));
    })
}

fn feedback(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    entries(doc, Part::Feedback, &portfolio.feedback, |doc, _, item| {
        let source = inline(&item.fields.source);
        let heading = text::dated(item.fields.received_on, &source);
        doc.push(&format!("\n### {heading}\n"));
        texts(doc, text::feedback_texts(item));
    })
}

fn reviews(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    entries(doc, Part::Reviews, &portfolio.reviews, |doc, _, review| {
        let reviewer = inline(&review.fields.reviewer_name);
        let heading = text::dated(review.fields.held_on, &reviewer);
        doc.push(&format!("\n### {heading}\n\n"));
        facts(doc, text::review_facts(portfolio, review));
        texts(doc, text::review_texts(review));
    })
}

fn coverage(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    let Some(coverage) = &portfolio.coverage else {
        return Ok(());
    };
    doc.push(&format!(
        "\n{}\n\n",
        text::coverage_intro(&inline(&coverage.framework.name))
    ));
    doc.push(&table(
        &[
            "Code",
            "Standard",
            "Activities",
            "Reflections",
            "Goals",
            "Hours",
        ],
        coverage.items.iter().map(text::coverage_row).map(cells),
    ));
    doc.done(coverage.items.len())
}

/// What a part says when the period holds nothing for it.
fn empty(part: Part) -> String {
    format!("\n{}\n", part.empty())
}

/// Each of a part's `items` as `write` writes it; the part's note when there are none.
fn entries<T>(
    doc: &mut TextOut,
    part: Part,
    items: &[T],
    write: impl FnMut(&mut TextOut, usize, &T),
) -> Result<()> {
    doc.entries(items, &empty(part), "", write)
}

/// An entry's texts, each under its heading.
fn texts(doc: &mut TextOut, texts: Texts) {
    for (heading, body) in texts {
        if let Some(heading) = heading {
            doc.push(&format!("\n**{heading}**\n"));
        }
        doc.push(&format!("\n{}\n", block(body)));
    }
}

/// A bulleted list of labelled facts.
fn facts(doc: &mut TextOut, facts: Vec<(&'static str, String)>) {
    for (label, value) in facts {
        doc.push(&format!("- **{label}:** {}\n", inline(&value)));
    }
}

/// A table with a header row; every cell already escaped.
fn table(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = format!("| {} |\n|", headers.join(" | "));
    out.push_str(&"---|".repeat(headers.len()));
    out.push('\n');
    for row in rows {
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    out
}

/// Plain text as inline Markdown: characters Markdown would act on are escaped, and line
/// breaks become spaces.
pub(crate) fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.trim().chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' => {
                out.push('\\');
                out.push(ch);
            }
            '\r' => {}
            '\n' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

/// A row of plain text as table cells.
fn cells<const N: usize>(row: [String; N]) -> Vec<String> {
    row.iter().map(|text| cell(text)).collect()
}

/// Plain text as a table cell: escaped, with its line breaks kept as `<br>`.
pub(crate) fn cell(text: &str) -> String {
    text.trim()
        .lines()
        .map(inline)
        .collect::<Vec<_>>()
        .join("<br>")
}

/// Markdown written by the user, trimmed so it sits between blank lines.
fn block(markdown: &str) -> String {
    markdown.trim().replace("\r\n", "\n")
}

#[cfg(test)]
mod tests {
    use super::{cell, inline};

    #[test]
    fn plain_text_cannot_make_markup() {
        assert_eq!(inline("a *b* [c](d) <e>"), r"a \*b\* \[c\](d) \<e\>");
        assert_eq!(cell("one | two\nthree"), r"one \| two<br>three");
        assert_eq!(cell("a\r\n\r\nb"), "a<br><br>b");
    }
}
