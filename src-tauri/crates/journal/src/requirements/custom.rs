//! A custom profile's rule: hours per period with an optional participatory share.

use chrono::NaiveDate;

use super::{Cycle, Facts, Requirement, hours, minutes_in, period_containing, period_note, round2};
use crate::profile::ProfileFields;

/// Custom: `hours_target` hours in each period of `period_months` months (12 by default),
/// of which `participatory_share` is participatory when set.
pub(super) fn custom(
    fields: &ProfileFields,
    cycle: Cycle,
    today: NaiveDate,
    facts: &Facts,
) -> Vec<Requirement> {
    let months = fields
        .period_months
        .and_then(|m| u32::try_from(m).ok())
        .unwrap_or(12);
    let period = period_containing(fields, cycle, months, today);
    let (minutes, participatory) = minutes_in(&facts.activities, period.until(today));
    let target = fields.hours_target.unwrap_or(35.0);
    let mut requirements = vec![hours(
        "hours",
        "CPD hours this period",
        target,
        minutes,
        period_note(period),
    )];
    if let Some(share) = fields.participatory_share.filter(|&s| s > 0.0) {
        requirements.push(hours(
            "participatoryHours",
            "Participatory hours this period",
            target * share,
            participatory,
            format!(
                "{}% of the hours spent learning with others.",
                round2(share * 100.0)
            ),
        ));
    }
    requirements
}
