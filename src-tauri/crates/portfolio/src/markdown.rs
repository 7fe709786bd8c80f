//! The portfolio as one Markdown file (CommonMark with GitHub tables).
//!
//! Plain text the user typed (titles, names, places) is escaped so Markdown leaves it as it
//! is; what the user wrote in Markdown (descriptions, reflections) goes in unchanged.

use std::io::Write;

use crate::error::Result;
use crate::model::Portfolio;
use crate::progress::TextOut;
use crate::text::{self, Part};

/// Writes `portfolio` to `out` as Markdown.
pub(crate) fn write(
    portfolio: &Portfolio,
    out: &mut dyn Write,
    report: &dyn Fn(f32) -> bool,
) -> Result<()> {
    let mut doc = TextOut::start(out, report, portfolio)?;
    let title = match portfolio.owner.name.trim() {
        "" => text::title(portfolio).to_owned(),
        name => format!("{}: {name}", text::title(portfolio)),
    };
    doc.push(&format!("# {}\n\n", inline(&title)));
    for (label, value) in text::cover_facts(portfolio) {
        doc.push(&format!("- **{label}:** {}\n", inline(&value)));
    }
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
            "\n### {}\n\nCycle {} to {}.\n\n",
            inline(&profile.label),
            text::long_date(profile.cycle_start),
            text::long_date(profile.cycle_end),
        ));
        let rows = profile.requirements.iter().map(|r| {
            vec![
                cell(&r.label),
                cell(&text::achieved(r)),
                cell(&text::target(r)),
                cell(text::status(r)),
                cell(&r.note),
            ]
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
        doc.push(&format!("\n{}\n", Part::Activities.empty()));
        return Ok(());
    }
    doc.push("\n");
    let mut rows: Vec<Vec<String>> = portfolio
        .activities
        .iter()
        .map(|a| {
            vec![
                cell(&text::activity_dates(a)),
                cell(&a.title),
                cell(&a.kind_label),
                cell(&a.mode_label),
                text::hours(a.minutes),
                text::hours(a.participatory_minutes),
                cell(&a.standards.join("; ")),
            ]
        })
        .collect();
    let totals = &portfolio.totals;
    rows.push(vec![
        String::new(),
        "**Total**".to_owned(),
        String::new(),
        String::new(),
        format!("**{}**", text::hours(totals.minutes)),
        format!("**{}**", text::hours(totals.participatory_minutes)),
        String::new(),
    ]);
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
        rows,
    ));
    for activity in &portfolio.activities {
        doc.push(&format!(
            "\n### {}: {}\n\n",
            text::activity_dates(activity),
            inline(&activity.title)
        ));
        facts(doc, text::activity_facts(activity));
        for (heading, body) in text::activity_texts(activity) {
            doc.push(&format!("\n**{heading}**\n\n{}\n", block(body)));
        }
        doc.done(1)?;
    }
    Ok(())
}

fn reflections(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    if portfolio.reflections.is_empty() {
        doc.push(&format!("\n{}\n", Part::Reflections.empty()));
    }
    for (index, reflection) in portfolio.reflections.iter().enumerate() {
        doc.push(&format!(
            "\n### {}\n\n*{}*\n",
            inline(&text::reflection_heading(portfolio, index)),
            inline(&text::reflection_meta(reflection)),
        ));
        if !reflection.standards.is_empty() {
            doc.push(&format!(
                "\n**Standards:** {}\n",
                inline(&reflection.standards.join("; "))
            ));
        }
        for section in &reflection.sections {
            doc.push(&format!(
                "\n#### {}\n\n{}\n",
                inline(&section.title),
                block(&section.text)
            ));
        }
        doc.done(1)?;
    }
    Ok(())
}

fn goals(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    if portfolio.goals.is_empty() {
        doc.push(&format!("\n{}\n", Part::Goals.empty()));
    }
    for goal in &portfolio.goals {
        doc.push(&format!("\n### {}\n\n", inline(&goal.fields.title)));
        facts(doc, text::goal_facts(goal));
        if !goal.fields.description.trim().is_empty() {
            doc.push(&format!("\n{}\n", block(&goal.fields.description)));
        }
        if !goal.fields.success_criteria.trim().is_empty() {
            doc.push(&format!(
                "\n**Success criteria**\n\n{}\n",
                block(&goal.fields.success_criteria)
            ));
        }
        doc.done(1)?;
    }
    Ok(())
}

fn feedback(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    if portfolio.feedback.is_empty() {
        doc.push(&format!("\n{}\n", Part::Feedback.empty()));
    }
    for item in &portfolio.feedback {
        let fields = &item.fields;
        doc.push(&format!(
            "\n### {}: {}\n",
            text::short_date(fields.received_on),
            inline(&fields.source)
        ));
        for (heading, body) in [
            ("What it said", &fields.content),
            ("How I used it", &fields.use_made),
        ] {
            if !body.trim().is_empty() {
                doc.push(&format!("\n**{heading}**\n\n{}\n", block(body)));
            }
        }
        doc.done(1)?;
    }
    Ok(())
}

fn reviews(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    if portfolio.reviews.is_empty() {
        doc.push(&format!("\n{}\n", Part::Reviews.empty()));
    }
    for review in &portfolio.reviews {
        doc.push(&format!(
            "\n### {}: {}\n\n",
            text::short_date(review.fields.held_on),
            inline(&review.fields.reviewer_name)
        ));
        facts(doc, text::review_facts(portfolio, review));
        if !review.fields.notes.trim().is_empty() {
            doc.push(&format!("\n{}\n", block(&review.fields.notes)));
        }
        doc.done(1)?;
    }
    Ok(())
}

fn coverage(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    let Some(coverage) = &portfolio.coverage else {
        return Ok(());
    };
    doc.push(&format!(
        "\nEntries in this period supporting each item of {}.\n\n",
        inline(&coverage.framework.name)
    ));
    let rows = coverage.items.iter().map(|item| {
        vec![
            cell(&item.code),
            cell(&item.title),
            item.activities.to_string(),
            item.reflections.to_string(),
            item.goals.to_string(),
            text::hours(item.minutes),
        ]
    });
    doc.push(&table(
        &[
            "Code",
            "Standard",
            "Activities",
            "Reflections",
            "Goals",
            "Hours",
        ],
        rows,
    ));
    doc.done(coverage.items.len())
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
