//! CLD's rule: pro-rata hours over the cycle and a review with a verifier.

use chrono::NaiveDate;

use super::{
    Cycle, Facts, Requirement, count, dates_in, hours, minutes_in, period_note, plural, round2,
};
use crate::profile::{FULL_TIME_WEEKLY_HOURS, ProfileFields};

/// CLD: 35 hours of professional learning a year at full time (35 hours a week), pro rata to
/// fewer weekly hours (more than full time still asks 35 a year), over the whole cycle; and a
/// critical review with a verifier within the cycle.
pub(super) fn cld(
    fields: &ProfileFields,
    cycle: Cycle,
    today: NaiveDate,
    facts: &Facts,
) -> Vec<Requirement> {
    let counted = cycle.days.until(today);
    let weekly = fields
        .weekly_hours
        .unwrap_or(FULL_TIME_WEEKLY_HOURS)
        .min(FULL_TIME_WEEKLY_HOURS);
    let years = f64::from(fields.cycle_years);
    let pro_rata = 35.0 * years * weekly / FULL_TIME_WEEKLY_HOURS;
    let (target, basis) = match fields.hours_target {
        Some(target) => (target, "Your own target for the cycle.".to_owned()),
        None if weekly < FULL_TIME_WEEKLY_HOURS => (
            pro_rata,
            format!(
                "35 hours a year at full time, pro rata to {} hours a week: {} hours over {}.",
                round2(weekly),
                round2(pro_rata),
                plural(i64::from(fields.cycle_years), "year", "years")
            ),
        ),
        None => (
            pro_rata,
            format!(
                "35 hours a year for full-time practice: {} hours over {}.",
                round2(pro_rata),
                plural(i64::from(fields.cycle_years), "year", "years")
            ),
        ),
    };
    let (minutes, _) = minutes_in(&facts.activities, counted);
    vec![
        hours(
            "hours",
            "Professional learning",
            target,
            minutes,
            format!("{basis} {}", period_note(cycle.days)),
        ),
        count(
            "verifierReview",
            "Critical review with a verifier",
            1,
            dates_in(&facts.reviews, counted),
            "Discuss your learning and its impact with your verifier (a line manager or \
             mentor) and record it as a review."
                .to_owned(),
        ),
    ]
}
