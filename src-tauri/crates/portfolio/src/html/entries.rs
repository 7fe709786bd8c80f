//! The entries of the HTML portfolio: activities, reflections, goals, feedback and reviews.

use super::{empty, esc, facts, prose};
use crate::error::Result;
use crate::model::Portfolio;
use crate::progress::TextOut;
use crate::text::{self, Part, Texts};

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
        let [dates, title, kind, mode, hours, participatory, standards] =
            text::activity_row(a).map(|cell| esc(&cell));
        doc.push(&format!(
            "<tr><td class=\"date\">{dates}</td><td><a href=\"#activity-{}\">{title}</a></td>\
             <td>{kind}</td><td>{mode}</td><td class=\"num\">{hours}</td>\
             <td class=\"num\">{participatory}</td><td>{standards}</td></tr>\n",
            index + 1,
        ));
    }
    let totals = &portfolio.totals;
    doc.push(&format!(
        "</tbody>\n<tfoot><tr><td></td><th scope=\"row\">Total</th><td></td><td></td>\
         <td class=\"num\">{}</td><td class=\"num\">{}</td><td></td></tr></tfoot>\n</table>\n",
        text::hours(totals.minutes),
        text::hours(totals.participatory_minutes),
    ));
    let activities = &portfolio.activities;
    articles(doc, Part::Activities, activities, |doc, index, activity| {
        doc.push(&format!(
            "<article class=\"entry\" id=\"activity-{}\">\n<h3>{}</h3>\n",
            index + 1,
            esc(&activity.title)
        ));
        facts(doc, text::activity_facts(activity));
        texts(doc, text::activity_texts(activity));
    })
}

pub(super) fn reflections(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    let reflections = &portfolio.reflections;
    articles(doc, Part::Reflections, reflections, |doc, index, item| {
        doc.push(&format!(
            "<article class=\"entry reflection\" id=\"reflection-{}\">\n<h3>{}</h3>\n\
             <p class=\"meta\">{}</p>\n",
            index + 1,
            esc(&text::reflection_heading(portfolio, index)),
            esc(&text::reflection_meta(item)),
        ));
        if !item.standards.is_empty() {
            facts(doc, vec![("Standards", item.standards.join("; "))]);
        }
        for section in &item.sections {
            doc.push(&format!(
                "<h4>{}</h4>\n{}",
                esc(&section.title),
                prose(&section.text)
            ));
        }
    })
}

pub(super) fn goals(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    articles(doc, Part::Goals, &portfolio.goals, |doc, _, goal| {
        open(doc, &esc(&goal.fields.title));
        facts(doc, text::goal_facts(goal));
        texts(doc, text::goal_texts(goal));
    })
}

pub(super) fn feedback(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    articles(doc, Part::Feedback, &portfolio.feedback, |doc, _, item| {
        let source = esc(&item.fields.source);
        open(doc, &text::dated(item.fields.received_on, &source));
        texts(doc, text::feedback_texts(item));
    })
}

pub(super) fn reviews(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    articles(doc, Part::Reviews, &portfolio.reviews, |doc, _, review| {
        let reviewer = esc(&review.fields.reviewer_name);
        open(doc, &text::dated(review.fields.held_on, &reviewer));
        facts(doc, text::review_facts(portfolio, review));
        texts(doc, text::review_texts(review));
    })
}

/// Each of a part's `items` as an `<article>` that `write` opens and fills; the part's note
/// when there are none.
fn articles<T>(
    doc: &mut TextOut,
    part: Part,
    items: &[T],
    write: impl FnMut(&mut TextOut, usize, &T),
) -> Result<()> {
    doc.entries(items, &empty(part), "</article>\n", write)
}

/// Opens an entry's `<article>` under its heading, already escaped.
fn open(doc: &mut TextOut, heading: &str) {
    doc.push(&format!("<article class=\"entry\">\n<h3>{heading}</h3>\n"));
}

/// An entry's texts, each under its heading.
fn texts(doc: &mut TextOut, texts: Texts) {
    for (heading, body) in texts {
        if let Some(heading) = heading {
            doc.push(&format!("<h4>{heading}</h4>\n"));
        }
        doc.push(&prose(body));
    }
}
