//! The portfolio as an editable Word document (docx-rs).
//!
//! A cover, then each major part from a new page under a "heading 1"; entries under
//! "heading 3" and their sections under "heading 4", so Word's navigation pane shows the
//! structure. Tables have a shaded header row; the footer numbers the pages.

mod blocks;
mod markdown;
mod styles;

use std::io::{Cursor, Write};

use blocks::{facts, heading, note, prose, run, styled, table, texts};
use docx_rs::{Docx, Paragraph};

use crate::error::Result;
use crate::model::Portfolio;
use crate::progress::{Progress, units};
use crate::text::{self, Part};

/// Writes `portfolio` to `out` as a .docx file.
pub(crate) fn write(
    portfolio: &Portfolio,
    out: &mut dyn Write,
    report: &dyn Fn(f32) -> bool,
) -> Result<()> {
    let mut progress = Progress::start(report, units(portfolio), 0.8)?;
    let title = text::title(portfolio);
    let footer = match portfolio.owner.name.trim() {
        "" => title.to_owned(),
        name => format!("{title} · {name}"),
    };
    let stamp = portfolio
        .generated_at
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let mut doc = styles::document(&footer)
        .created_at(&stamp)
        .updated_at(&stamp);
    doc = doc.add_paragraph(styled(styles::TITLE, title));
    let name = portfolio.owner.name.trim();
    if !name.is_empty() {
        doc = doc.add_paragraph(styled(styles::SUBTITLE, name));
    }
    doc = facts(doc, text::cover_facts(portfolio));
    for part in text::parts(portfolio) {
        doc = doc.add_paragraph(heading(1, part.title(portfolio.layout)).page_break_before(true));
        let p = &mut progress;
        doc = match part {
            Part::Summary => summary(doc, portfolio, p)?,
            Part::Activities => activities(doc, portfolio, p)?,
            Part::Reflections => reflections(doc, portfolio, p)?,
            Part::Goals => goals(doc, portfolio, p)?,
            Part::Feedback => feedback(doc, portfolio, p)?,
            Part::Reviews => reviews(doc, portfolio, p)?,
            Part::Coverage => coverage(doc, portfolio, p)?,
        };
    }
    let mut file = Cursor::new(Vec::new());
    doc.build().pack(&mut file).map_err(std::io::Error::other)?;
    progress.at(0.95)?;
    out.write_all(file.get_ref())?;
    out.flush()?;
    progress.finish();
    Ok(())
}

fn summary(mut doc: Docx, portfolio: &Portfolio, progress: &mut Progress) -> Result<Docx> {
    doc = facts(doc, text::total_facts(&portfolio.totals));
    for profile in &portfolio.profiles {
        doc = doc.add_paragraph(heading(2, &profile.label));
        doc = note(doc, &text::cycle(profile));
        let rows = profile
            .requirements
            .iter()
            .map(|r| text::requirement_row(r).to_vec())
            .collect();
        doc = doc.add_table(table(
            &[
                ("Requirement", 50, false),
                ("Achieved", 19, true),
                ("Target", 19, true),
                ("Met", 12, false),
            ],
            rows,
            false,
        ));
        for warning in &profile.warnings {
            doc = note(doc, warning);
        }
    }
    progress.advance(1)?;
    Ok(doc)
}

fn activities(mut doc: Docx, portfolio: &Portfolio, progress: &mut Progress) -> Result<Docx> {
    if portfolio.activities.is_empty() {
        return Ok(note(doc, Part::Activities.empty()));
    }
    let rows = portfolio
        .activities
        .iter()
        .map(text::activity_row)
        .chain([text::activity_total_row(&portfolio.totals)])
        .map(Vec::from)
        .collect();
    doc = doc.add_table(table(
        &[
            ("Date", 13, false),
            ("Activity", 24, false),
            ("Kind", 13, false),
            ("Mode", 11, false),
            ("Hours", 9, true),
            ("Participatory", 15, true),
            ("Standards", 15, false),
        ],
        rows,
        true,
    ));
    for activity in &portfolio.activities {
        doc = doc.add_paragraph(heading(3, &activity.title));
        doc = facts(doc, text::activity_facts(activity));
        doc = texts(doc, text::activity_texts(activity));
        progress.advance(1)?;
    }
    Ok(doc)
}

fn reflections(mut doc: Docx, portfolio: &Portfolio, progress: &mut Progress) -> Result<Docx> {
    if portfolio.reflections.is_empty() {
        return Ok(note(doc, Part::Reflections.empty()));
    }
    for (index, reflection) in portfolio.reflections.iter().enumerate() {
        doc = doc.add_paragraph(heading(3, &text::reflection_heading(portfolio, index)));
        doc = note(doc, &text::reflection_meta(reflection));
        if !reflection.standards.is_empty() {
            doc = facts(doc, vec![("Standards", reflection.standards.join("; "))]);
        }
        for section in &reflection.sections {
            doc = prose(doc, Some(&section.title), &section.text);
        }
        progress.advance(1)?;
    }
    Ok(doc)
}

fn goals(mut doc: Docx, portfolio: &Portfolio, progress: &mut Progress) -> Result<Docx> {
    if portfolio.goals.is_empty() {
        return Ok(note(doc, Part::Goals.empty()));
    }
    for goal in &portfolio.goals {
        doc = doc.add_paragraph(heading(3, &goal.fields.title));
        doc = facts(doc, text::goal_facts(goal));
        doc = texts(doc, text::goal_texts(goal));
        progress.advance(1)?;
    }
    Ok(doc)
}

fn feedback(mut doc: Docx, portfolio: &Portfolio, progress: &mut Progress) -> Result<Docx> {
    if portfolio.feedback.is_empty() {
        return Ok(note(doc, Part::Feedback.empty()));
    }
    for item in &portfolio.feedback {
        let fields = &item.fields;
        doc = doc.add_paragraph(heading(3, &text::dated(fields.received_on, &fields.source)));
        doc = texts(doc, text::feedback_texts(item));
        progress.advance(1)?;
    }
    Ok(doc)
}

fn reviews(mut doc: Docx, portfolio: &Portfolio, progress: &mut Progress) -> Result<Docx> {
    if portfolio.reviews.is_empty() {
        return Ok(note(doc, Part::Reviews.empty()));
    }
    for review in &portfolio.reviews {
        let fields = &review.fields;
        let who = &fields.reviewer_name;
        doc = doc.add_paragraph(heading(3, &text::dated(fields.held_on, who)));
        doc = facts(doc, text::review_facts(portfolio, review));
        doc = texts(doc, text::review_texts(review));
        progress.advance(1)?;
    }
    Ok(doc)
}

fn coverage(mut doc: Docx, portfolio: &Portfolio, progress: &mut Progress) -> Result<Docx> {
    let Some(coverage) = &portfolio.coverage else {
        return Ok(doc);
    };
    doc = doc.add_paragraph(
        Paragraph::new().add_run(run(&text::coverage_intro(&coverage.framework.name))),
    );
    let rows = coverage
        .items
        .iter()
        .map(|item| text::coverage_row(item).to_vec())
        .collect();
    doc = doc.add_table(table(
        &[
            ("Code", 9, false),
            ("Standard", 44, false),
            ("Activities", 12, true),
            ("Reflections", 14, true),
            ("Goals", 9, true),
            ("Hours", 12, true),
        ],
        rows,
        false,
    ));
    progress.advance(coverage.items.len())?;
    Ok(doc)
}
