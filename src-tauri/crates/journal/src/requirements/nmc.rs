//! NMC's rule for revalidation: hours, written accounts, feedback and a discussion.

use chrono::NaiveDate;

use super::{
    Cycle, Facts, ReflectionFact, Requirement, count, dates_in, hours, minutes_in, period_note,
    plural,
};
use crate::profile::ProfileFields;
use crate::vocab::ReflectionModel;

/// NMC: 35 CPD hours in the cycle, 20 of them participatory; 5 written reflective accounts;
/// 5 pieces of practice-related feedback; 1 reflective discussion.
pub(super) fn nmc(
    fields: &ProfileFields,
    cycle: Cycle,
    today: NaiveDate,
    facts: &Facts,
) -> Vec<Requirement> {
    let counted = cycle.days.until(today);
    let (minutes, participatory) = minutes_in(&facts.activities, counted);
    let written: Vec<&ReflectionFact> = facts
        .reflections
        .iter()
        .filter(|r| r.has_text && counted.contains(r.created_on))
        .collect();
    let accounts = written
        .iter()
        .filter(|r| r.model == ReflectionModel::NmcAccount)
        .count();
    let others = written.len() - accounts;
    let accounts_note = if others > 0 {
        format!(
            "Reflections written on the NMC reflective account form count. {} in this cycle \
             could be rewritten on the form.",
            plural(
                i64::try_from(others).unwrap_or(i64::MAX),
                "other reflection",
                "other reflections"
            )
        )
    } else {
        "Reflections written on the NMC reflective account form count; other reflections can \
         be rewritten on the form."
            .to_owned()
    };
    vec![
        hours(
            "hours",
            "CPD hours",
            fields.hours_target.unwrap_or(35.0),
            minutes,
            format!(
                "{} NMC also asks for 450 practice hours, which Cairn does not record.",
                period_note(cycle.days)
            ),
        ),
        hours(
            "participatoryHours",
            "Participatory CPD hours",
            20.0,
            participatory,
            "The time in each activity spent learning with others.".to_owned(),
        ),
        count(
            "reflectiveAccounts",
            "Written reflective accounts",
            5,
            accounts,
            accounts_note,
        ),
        count(
            "feedback",
            "Practice-related feedback",
            5,
            dates_in(&facts.feedback, counted),
            "Feedback from people you work with or care for, and how you used it.".to_owned(),
        ),
        count(
            "reflectiveDiscussion",
            "Reflective discussion",
            1,
            dates_in(&facts.reviews, counted),
            "A discussion of your five accounts with another NMC registrant, recorded as a \
             review."
                .to_owned(),
        ),
    ]
}
