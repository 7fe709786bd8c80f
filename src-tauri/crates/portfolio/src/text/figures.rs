//! Dates, hours and requirement figures as every writer prints them.

use cairn_journal::{ProfileProgress, Requirement, RequirementUnit};
use chrono::{Datelike, NaiveDate};

use crate::model::PortfolioActivity;

/// "1 April 2024".
pub(crate) fn long_date(day: NaiveDate) -> String {
    day.format("%-d %B %Y").to_string()
}

/// "1 Apr 2024".
pub(crate) fn short_date(day: NaiveDate) -> String {
    day.format("%-d %b %Y").to_string()
}

/// "3 Feb 2025: A patient's daughter", the heading of a dated entry, with `what` as the
/// writer escapes it.
pub(crate) fn dated(day: NaiveDate, what: &str) -> String {
    format!("{}: {what}", short_date(day))
}

/// An activity's day, or its first and last days as briefly as is clear.
pub(crate) fn activity_dates(activity: &PortfolioActivity) -> String {
    days(activity.started_on, activity.ended_on)
}

/// A day, or a first and last day as briefly as is clear: "18–20 May 2025",
/// "30 Apr – 2 May 2025", "30 Dec 2024 – 2 Jan 2025".
fn days(first: NaiveDate, last: Option<NaiveDate>) -> String {
    match last {
        Some(last) if last > first => {
            let head = if (first.year(), first.month()) == (last.year(), last.month()) {
                first.format("%-d").to_string()
            } else if first.year() == last.year() {
                first.format("%-d %b").to_string()
            } else {
                short_date(first)
            };
            let gap = if head.contains(' ') { " – " } else { "–" };
            format!("{head}{gap}{}", short_date(last))
        }
        _ => short_date(first),
    }
}

/// "Cycle 1 April 2024 to 31 March 2027.", under a requirement profile's heading.
pub(crate) fn cycle(profile: &ProfileProgress) -> String {
    format!(
        "Cycle {} to {}.",
        long_date(profile.cycle_start),
        long_date(profile.cycle_end)
    )
}

/// Minutes as decimal hours with two places, rounded half away from zero: 90 → "1.50".
pub(crate) fn hours(minutes: i32) -> String {
    let hundredths = (i64::from(minutes).abs() * 100 + 30) / 60;
    let sign = if minutes < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A requirement's figure so far, in its unit.
pub(crate) fn achieved(requirement: &Requirement) -> String {
    match requirement.unit {
        RequirementUnit::Hours => format!("{:.2} h", requirement.achieved),
        RequirementUnit::Count => count(requirement.achieved),
        RequirementUnit::Date => match requirement.achieved.round() as i64 {
            0 => "due today".to_owned(),
            1 => "1 day left".to_owned(),
            -1 => "1 day overdue".to_owned(),
            days if days < 0 => format!("{} days overdue", -days),
            days => format!("{days} days left"),
        },
    }
}

/// A requirement's target, in its unit.
pub(crate) fn target(requirement: &Requirement) -> String {
    match requirement.unit {
        RequirementUnit::Hours => format!("{:.2} h", requirement.target),
        RequirementUnit::Count => count(requirement.target),
        RequirementUnit::Date => requirement
            .due_on
            .map_or_else(|| "—".to_owned(), |day| format!("by {}", short_date(day))),
    }
}

/// "Met" or "Not yet".
pub(crate) fn status(requirement: &Requirement) -> &'static str {
    if requirement.met { "Met" } else { "Not yet" }
}

fn count(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}")
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{days, hours};

    #[test]
    fn date_ranges_say_the_month_and_year_once() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        for (first, last, expected) in [
            (day(2025, 5, 18), None, "18 May 2025"),
            (day(2025, 5, 18), Some(day(2025, 5, 18)), "18 May 2025"),
            (day(2025, 5, 18), Some(day(2025, 5, 20)), "18–20 May 2025"),
            (
                day(2025, 4, 30),
                Some(day(2025, 5, 2)),
                "30 Apr – 2 May 2025",
            ),
            (
                day(2024, 12, 30),
                Some(day(2025, 1, 2)),
                "30 Dec 2024 – 2 Jan 2025",
            ),
        ] {
            assert_eq!(days(first, last), expected);
        }
    }

    #[test]
    fn hours_have_two_places_rounded_half_up() {
        for (minutes, expected) in [
            (0, "0.00"),
            (1, "0.02"),
            (20, "0.33"),
            (40, "0.67"),
            (90, "1.50"),
            (2105, "35.08"),
            (-30, "-0.50"),
        ] {
            assert_eq!(hours(minutes), expected, "{minutes} minutes");
        }
    }
}
