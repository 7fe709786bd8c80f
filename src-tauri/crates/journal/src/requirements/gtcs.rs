//! GTCS's rule: hours in the current year of the cycle and the sign-off.

use chrono::NaiveDate;

use super::{Cycle, Facts, Requirement, dated, hours, minutes_in, period_containing, period_note};
use crate::profile::ProfileFields;

/// GTCS: 35 hours in the current year of the cycle (years run from the anniversary of the
/// cycle start), and sign-off due at the end of the cycle (or on `signoff_on`).
pub(super) fn gtcs(
    fields: &ProfileFields,
    cycle: Cycle,
    today: NaiveDate,
    facts: &Facts,
) -> Vec<Requirement> {
    let year = period_containing(fields, cycle, 12, today);
    let (minutes, _) = minutes_in(&facts.activities, year.until(today));
    let due = fields.signoff_on.unwrap_or(cycle.days.last);
    vec![
        hours(
            "hours",
            "Professional learning this year",
            fields.hours_target.unwrap_or(35.0),
            minutes,
            period_note(year),
        ),
        dated(
            "signoff",
            "Professional Update sign-off",
            due,
            today,
            "sign-off",
        ),
    ]
}
