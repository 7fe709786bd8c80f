//! The facts shown for each entry, as label and value pairs, and its texts under their
//! headings, in the order they are shown.

use cairn_journal::{Feedback, Goal, ReflectionModel, Review};

use super::{activity_dates, hours, short_date};
use crate::model::{Layout, Portfolio, PortfolioActivity, PortfolioReflection};

/// The heading of the reflection at `index`: in the NMC layout, reflections on the NMC form
/// are numbered as the NMC counts its five accounts.
pub(crate) fn reflection_heading(portfolio: &Portfolio, index: usize) -> String {
    let reflection = &portfolio.reflections[index];
    let is_account = |r: &PortfolioReflection| r.model == ReflectionModel::NmcAccount;
    if portfolio.layout == Layout::Nmc && is_account(reflection) {
        let number = 1 + portfolio.reflections[..index]
            .iter()
            .filter(|r| is_account(r))
            .count();
        format!("Reflective account {number}: {}", reflection.title)
    } else {
        reflection.title.clone()
    }
}

/// "Written 3 Mar 2025 · Gibbs' reflective cycle · on Team day · private".
pub(crate) fn reflection_meta(reflection: &PortfolioReflection) -> String {
    let mut meta = vec![
        format!("Written {}", short_date(reflection.written_on)),
        reflection.model_label.clone(),
    ];
    if let Some(activity) = &reflection.activity {
        meta.push(format!("on {activity}"));
    }
    if reflection.private {
        meta.push("private".to_owned());
    }
    meta.join(" · ")
}

/// Label and value pairs describing an activity, leaving out what is empty.
pub(crate) fn activity_facts(activity: &PortfolioActivity) -> Vec<(&'static str, String)> {
    let mut facts = vec![
        ("Date", activity_dates(activity)),
        (
            "Kind",
            format!(
                "{} ({})",
                activity.kind_label,
                activity.mode_label.to_lowercase()
            ),
        ),
        ("Hours", hours(activity.minutes)),
    ];
    if activity.participatory_minutes > 0 {
        facts.push(("Participatory hours", hours(activity.participatory_minutes)));
    }
    for (label, value) in [
        ("Provider", activity.provider.trim().to_owned()),
        ("Location", activity.location.trim().to_owned()),
        ("Standards", activity.standards.join("; ")),
        ("Tags", activity.tags.join(", ")),
        ("Evidence", activity.evidence.join("; ")),
    ] {
        if !value.is_empty() {
            facts.push((label, value));
        }
    }
    facts
}

/// An entry's Markdown texts, each under its heading (or straight after the entry's facts
/// when it has none), in the order they are shown.
pub(crate) type Texts<'a> = Vec<(Option<&'static str>, &'a str)>;

/// `texts` without the empty ones.
fn written<'a>(texts: impl IntoIterator<Item = (Option<&'static str>, &'a str)>) -> Texts<'a> {
    texts
        .into_iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .collect()
}

/// What the user wrote about an activity.
pub(crate) fn activity_texts(activity: &PortfolioActivity) -> Texts<'_> {
    written([
        (Some("Description"), activity.description.as_str()),
        (Some("What I learned"), activity.outcomes.as_str()),
        (Some("Impact on practice"), activity.impact.as_str()),
    ])
}

/// A goal's description, then how its success is judged.
pub(crate) fn goal_texts(goal: &Goal) -> Texts<'_> {
    written([
        (None, goal.fields.description.as_str()),
        (
            Some("Success criteria"),
            goal.fields.success_criteria.as_str(),
        ),
    ])
}

/// What a piece of feedback said and what was made of it.
pub(crate) fn feedback_texts(feedback: &Feedback) -> Texts<'_> {
    written([
        (Some("What it said"), feedback.fields.content.as_str()),
        (Some("How I used it"), feedback.fields.use_made.as_str()),
    ])
}

/// A review's notes.
pub(crate) fn review_texts(review: &Review) -> Texts<'_> {
    written([(None, review.fields.notes.as_str())])
}

/// Label and value pairs describing a goal.
pub(crate) fn goal_facts(goal: &Goal) -> Vec<(&'static str, String)> {
    let mut facts = vec![("Status", goal.fields.status.label().to_owned())];
    if let Some(day) = goal.fields.target_on {
        facts.push(("Target date", short_date(day)));
    }
    facts.push((
        "Towards it",
        format!(
            "{} {}, {} {}, {} hours",
            goal.activities,
            plural(goal.activities, "activity", "activities"),
            goal.reflections,
            plural(goal.reflections, "reflection", "reflections"),
            hours(goal.minutes)
        ),
    ));
    facts
}

/// Label and value pairs describing a review, with the reflections discussed by title.
pub(crate) fn review_facts(portfolio: &Portfolio, review: &Review) -> Vec<(&'static str, String)> {
    let fields = &review.fields;
    let mut facts = Vec::new();
    for (label, value) in [
        ("Reviewer", &fields.reviewer_name),
        ("Role", &fields.reviewer_role),
        ("Registration number", &fields.registration_number),
        ("Contact", &fields.contact),
    ] {
        if !value.trim().is_empty() {
            facts.push((label, value.trim().to_owned()));
        }
    }
    let mut discussed: Vec<String> = portfolio
        .reflections
        .iter()
        .filter(|r| fields.reflection_ids.contains(&r.id))
        .map(|r| r.title.clone())
        .collect();
    let elsewhere = fields.reflection_ids.len().saturating_sub(discussed.len());
    if elsewhere > 0 {
        discussed.push(format!(
            "{elsewhere} {} not in this portfolio",
            plural(elsewhere as u32, "reflection", "reflections")
        ));
    }
    if !discussed.is_empty() {
        facts.push(("Reflections discussed", discussed.join("; ")));
    }
    facts
}

fn plural(n: u32, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}
