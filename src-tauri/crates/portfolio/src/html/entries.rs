//! The entries of the HTML portfolio: activities, reflections, goals, feedback and reviews.

use super::{empty, esc, facts, prose};
use crate::error::Result;
use crate::model::Portfolio;
use crate::progress::TextOut;
use crate::text::{self, Part};

pub(super) fn activities(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    if portfolio.activities.is_empty() {
        doc.push(&empty(Part::Activities));
        return Ok(());
    }
    doc.push(
        "<table class=\"log\">\n<thead><tr><th>Date</th><th>Activity</th><th>Kind</th>\
         <th>Mode</th><th class=\"num\">Hours</th><th class=\"num\">Participatory</th>\
         <th>Standards</th></tr></thead>\n<tbody>\n",
    );
    for (index, a) in portfolio.activities.iter().enumerate() {
        doc.push(&format!(
            "<tr><td class=\"date\">{}</td><td><a href=\"#activity-{}\">{}</a></td><td>{}</td>\
             <td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
            text::activity_dates(a),
            index + 1,
            esc(&a.title),
            esc(&a.kind_label),
            esc(&a.mode_label),
            text::hours(a.minutes),
            text::hours(a.participatory_minutes),
            esc(&a.standards.join("; ")),
        ));
    }
    let totals = &portfolio.totals;
    doc.push(&format!(
        "</tbody>\n<tfoot><tr><td></td><th scope=\"row\">Total</th><td></td><td></td>\
         <td class=\"num\">{}</td><td class=\"num\">{}</td><td></td></tr></tfoot>\n</table>\n",
        text::hours(totals.minutes),
        text::hours(totals.participatory_minutes),
    ));
    for (index, activity) in portfolio.activities.iter().enumerate() {
        doc.push(&format!(
            "<article class=\"entry\" id=\"activity-{}\">\n<h3>{}</h3>\n",
            index + 1,
            esc(&activity.title)
        ));
        facts(doc, text::activity_facts(activity));
        for (heading, body) in text::activity_texts(activity) {
            doc.push(&format!("<h4>{heading}</h4>\n{}", prose(body)));
        }
        doc.push("</article>\n");
        doc.done(1)?;
    }
    Ok(())
}

pub(super) fn reflections(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    if portfolio.reflections.is_empty() {
        doc.push(&empty(Part::Reflections));
    }
    for (index, reflection) in portfolio.reflections.iter().enumerate() {
        doc.push(&format!(
            "<article class=\"entry reflection\" id=\"reflection-{}\">\n<h3>{}</h3>\n\
             <p class=\"meta\">{}</p>\n",
            index + 1,
            esc(&text::reflection_heading(portfolio, index)),
            esc(&text::reflection_meta(reflection)),
        ));
        if !reflection.standards.is_empty() {
            facts(doc, vec![("Standards", reflection.standards.join("; "))]);
        }
        for section in &reflection.sections {
            doc.push(&format!(
                "<h4>{}</h4>\n{}",
                esc(&section.title),
                prose(&section.text)
            ));
        }
        doc.push("</article>\n");
        doc.done(1)?;
    }
    Ok(())
}

pub(super) fn goals(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    if portfolio.goals.is_empty() {
        doc.push(&empty(Part::Goals));
    }
    for goal in &portfolio.goals {
        let fields = &goal.fields;
        doc.push(&format!(
            "<article class=\"entry\">\n<h3>{}</h3>\n",
            esc(&fields.title)
        ));
        facts(doc, text::goal_facts(goal));
        if !fields.description.trim().is_empty() {
            doc.push(&prose(&fields.description));
        }
        if !fields.success_criteria.trim().is_empty() {
            doc.push(&format!(
                "<h4>Success criteria</h4>\n{}",
                prose(&fields.success_criteria)
            ));
        }
        doc.push("</article>\n");
        doc.done(1)?;
    }
    Ok(())
}

pub(super) fn feedback(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    if portfolio.feedback.is_empty() {
        doc.push(&empty(Part::Feedback));
    }
    for item in &portfolio.feedback {
        let fields = &item.fields;
        doc.push(&format!(
            "<article class=\"entry\">\n<h3>{}: {}</h3>\n",
            text::short_date(fields.received_on),
            esc(&fields.source)
        ));
        for (heading, body) in [
            ("What it said", &fields.content),
            ("How I used it", &fields.use_made),
        ] {
            if !body.trim().is_empty() {
                doc.push(&format!("<h4>{heading}</h4>\n{}", prose(body)));
            }
        }
        doc.push("</article>\n");
        doc.done(1)?;
    }
    Ok(())
}

pub(super) fn reviews(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    if portfolio.reviews.is_empty() {
        doc.push(&empty(Part::Reviews));
    }
    for review in &portfolio.reviews {
        doc.push(&format!(
            "<article class=\"entry\">\n<h3>{}: {}</h3>\n",
            text::short_date(review.fields.held_on),
            esc(&review.fields.reviewer_name)
        ));
        facts(doc, text::review_facts(portfolio, review));
        if !review.fields.notes.trim().is_empty() {
            doc.push(&prose(&review.fields.notes));
        }
        doc.push("</article>\n");
        doc.done(1)?;
    }
    Ok(())
}
