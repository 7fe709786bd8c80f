//! The summary's figures and the cells of the tables every writer prints, as plain text:
//! each writer escapes them its own way.

use cairn_journal::{ItemCoverage, Requirement};

use super::{achieved, activity_dates, hours, status, target};
use crate::model::{PortfolioActivity, Totals};

/// The period's totals as label and value pairs.
pub(crate) fn total_facts(totals: &Totals) -> Vec<(&'static str, String)> {
    vec![
        ("Activities", totals.activities.to_string()),
        ("Hours", hours(totals.minutes)),
        ("Participatory hours", hours(totals.participatory_minutes)),
        ("Reflections", totals.reflections.to_string()),
    ]
}

/// Requirement, achieved, target, met.
pub(crate) fn requirement_row(requirement: &Requirement) -> [String; 4] {
    [
        requirement.label.clone(),
        achieved(requirement),
        target(requirement),
        status(requirement).to_owned(),
    ]
}

/// Date, activity, kind, mode, hours, participatory hours, standards.
pub(crate) fn activity_row(activity: &PortfolioActivity) -> [String; 7] {
    [
        activity_dates(activity),
        activity.title.clone(),
        activity.kind_label.clone(),
        activity.mode_label.clone(),
        hours(activity.minutes),
        hours(activity.participatory_minutes),
        activity.standards.join("; "),
    ]
}

/// The row under the activity log: the total hours in their columns.
pub(crate) fn activity_total_row(totals: &Totals) -> [String; 7] {
    [
        String::new(),
        "Total".to_owned(),
        String::new(),
        String::new(),
        hours(totals.minutes),
        hours(totals.participatory_minutes),
        String::new(),
    ]
}

/// "Entries in this period supporting each item of The Code.", with the framework's name as
/// the writer escapes it.
pub(crate) fn coverage_intro(framework: &str) -> String {
    format!("Entries in this period supporting each item of {framework}.")
}

/// Code, standard, activities, reflections, goals, hours.
pub(crate) fn coverage_row(item: &ItemCoverage) -> [String; 6] {
    [
        item.code.clone(),
        item.title.clone(),
        item.activities.to_string(),
        item.reflections.to_string(),
        item.goals.to_string(),
        hours(item.minutes),
    ]
}
