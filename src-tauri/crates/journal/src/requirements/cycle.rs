//! Cycles and periods: the runs of days the rules count within.

use chrono::{Datelike, Months, NaiveDate};

use crate::profile::ProfileFields;

/// A run of days, both ends included; empty when `last < first`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub(super) first: NaiveDate,
    pub(super) last: NaiveDate,
}

impl Span {
    pub(super) fn contains(self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }

    /// The days of `self` on or before `today`.
    pub(super) fn until(self, today: NaiveDate) -> Self {
        Self {
            last: self.last.min(today),
            ..self
        }
    }

    /// How many days of `other` fall inside `self`.
    pub(super) fn overlap_days(self, other: Self) -> i64 {
        let first = self.first.max(other.first);
        let last = self.last.min(other.last);
        ((last - first).num_days() + 1).max(0)
    }
}

/// The cycle containing a day: which one it is (0 for the first) and its days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cycle {
    pub(super) index: u32,
    pub(super) days: Span,
}

/// `base` moved on `months` months, clamped to the end of a shorter month; `None` beyond the
/// last day chrono can hold.
pub(super) fn checked_months_after(base: NaiveDate, months: u32) -> Option<NaiveDate> {
    base.checked_add_months(Months::new(months))
}

/// [`checked_months_after`], stopping at the last day chrono can hold.
pub(super) fn months_after(base: NaiveDate, months: u32) -> NaiveDate {
    checked_months_after(base, months).unwrap_or(NaiveDate::MAX)
}

pub(super) fn day_before(day: NaiveDate) -> NaiveDate {
    day.pred_opt().unwrap_or(day)
}

/// The run of `length` months containing `today`, among the runs starting `offset` months
/// after `base` and every `length` months after that (each start counted from `base`, so a
/// start on 29 February comes back in leap years); the first run when `today` is before it.
/// Also says which run it is (0 for the first).
pub(super) fn run_containing(
    base: NaiveDate,
    offset: u32,
    length: u32,
    today: NaiveDate,
) -> (u32, Span) {
    let length = length.max(1);
    let start_of = |index: u32| index.saturating_mul(length).saturating_add(offset);
    let mut index: u32 = 0;
    if months_after(base, offset) <= today {
        let months = (i64::from(today.year()) - i64::from(base.year())) * 12
            + i64::from(today.month0())
            - i64::from(base.month0())
            - i64::from(offset);
        index = u32::try_from(months.max(0) / i64::from(length)).unwrap_or(0);
        while index > 0 && months_after(base, start_of(index)) > today {
            index -= 1;
        }
        while let Some(next) = checked_months_after(base, start_of(index.saturating_add(1)))
            && next <= today
        {
            index += 1;
        }
    }
    let next = months_after(base, start_of(index.saturating_add(1)));
    (
        index,
        Span {
            first: months_after(base, start_of(index)),
            last: day_before(next),
        },
    )
}

pub(super) fn cycle_months(fields: &ProfileFields) -> u32 {
    u32::try_from(fields.cycle_years.max(1))
        .unwrap_or(1)
        .saturating_mul(12)
}

pub(super) fn cycle_containing(fields: &ProfileFields, today: NaiveDate) -> Cycle {
    let (index, days) = run_containing(fields.cycle_start, 0, cycle_months(fields), today);
    Cycle { index, days }
}

/// The current cycle's first and last days (the last included).
pub fn current_cycle(fields: &ProfileFields, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let cycle = cycle_containing(fields, today);
    (cycle.days.first, cycle.days.last)
}

/// The period of `months` months within `cycle` containing `today` (the first one before the
/// cycle starts). Periods are counted from the profile's `cycle_start`, restart with each
/// cycle, and the last one is cut short at the cycle's end.
pub(super) fn period_containing(
    fields: &ProfileFields,
    cycle: Cycle,
    months: u32,
    today: NaiveDate,
) -> Span {
    let offset = cycle.index.saturating_mul(cycle_months(fields));
    let (_, period) = run_containing(fields.cycle_start, offset, months, today);
    Span {
        first: period.first,
        last: period.last.min(cycle.days.last),
    }
}
