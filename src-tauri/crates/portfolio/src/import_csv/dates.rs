//! Dates as spreadsheets write them: ISO, day- or month-first numbers, month names, Excel
//! serial numbers, with or without a time of day.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use specta::Type;

/// How to read a numeric date such as 03/02/2025 when both numbers could be the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// 03/02/2025 is 3 February (the UK's way).
    #[default]
    DayFirst,
    /// 03/02/2025 is 2 March (the US way).
    MonthFirst,
}

impl DateOrder {
    /// The order that is not this one.
    pub(crate) fn other(self) -> Self {
        match self {
            Self::DayFirst => Self::MonthFirst,
            Self::MonthFirst => Self::DayFirst,
        }
    }

    /// "day first" or "month first".
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Self::DayFirst => "day first",
            Self::MonthFirst => "month first",
        }
    }
}

/// A date read from a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ReadDate {
    pub date: NaiveDate,
    /// Day and month could be swapped: both are 12 or less and they differ.
    pub ambiguous: bool,
    /// Numbers that make a date only in the order asked for (13/02/2025 day first).
    pub only_this_order: bool,
}

/// Why a cell is not a date; `only_other_order` when it is one read the other way round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateProblem {
    pub message: String,
    pub only_other_order: bool,
}

impl DateProblem {
    fn new(message: String) -> Self {
        Self {
            message,
            only_other_order: false,
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Years outside these are taken for typing mistakes.
const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 2199;

/// Excel's day 0 (its serial numbers count days from 1899-12-30 in the 1900 system).
const EXCEL_EPOCH: NaiveDate = match NaiveDate::from_ymd_opt(1899, 12, 30) {
    Some(day) => day,
    None => NaiveDate::MIN,
};

/// Reads `text` as a date, numbers in `order` when they could be either way round.
pub(crate) fn parse_date(text: &str, order: DateOrder) -> Result<ReadDate, DateProblem> {
    let original = text.trim();
    let text = without_time(original);
    if text.is_empty() {
        return Err(DateProblem::new(format!(
            "\u{201c}{original}\u{201d} has a time but no date."
        )));
    }
    let read = if text.bytes().any(|b| b.is_ascii_alphabetic()) {
        with_month_name(&text, original)
    } else if text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit()) {
        excel_serial(&text, original)
    } else {
        numeric(&text, original, order)
    }?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&read.date.year()) {
        return Err(DateProblem::new(format!(
            "\u{201c}{original}\u{201d} is in the year {}: check the year.",
            read.date.year()
        )));
    }
    Ok(read)
}

/// The text without a time of day: "2025-03-02T09:30:00Z", "03/02/2025 09:30", "… 9:30 am".
fn without_time(text: &str) -> String {
    let text = match text.split_once(['T', 't']) {
        Some((date, time))
            if date.len() == 10 && time.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            date
        }
        _ => text,
    };
    text.split_whitespace()
        .filter(|word| {
            let lower = word.to_ascii_lowercase();
            !word.contains(':') && lower != "am" && lower != "pm"
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// 2025-03-02, 2025/3/2, 03/02/2025, 3-2-25, 3.2.2025.
fn numeric(text: &str, original: &str, order: DateOrder) -> Result<ReadDate, DateProblem> {
    let parts: Vec<&str> = text.split(['/', '-', '.']).map(str::trim).collect();
    let numbers: Option<Vec<u32>> = parts
        .iter()
        .map(|part| {
            (!part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        })
        .collect();
    let (Some(numbers), 3) = (numbers, parts.len()) else {
        return Err(unreadable(original));
    };
    if parts[0].len() == 4 {
        let date = NaiveDate::from_ymd_opt(numbers[0] as i32, numbers[1], numbers[2])
            .ok_or_else(|| not_in_calendar(original))?;
        return Ok(ReadDate {
            date,
            ambiguous: false,
            only_this_order: false,
        });
    }
    let year = match parts[2].len() {
        2 => 2000 + numbers[2] as i32,
        4 => numbers[2] as i32,
        _ => {
            return Err(DateProblem::new(format!(
                "\u{201c}{original}\u{201d}: write the year with 2 or 4 digits."
            )));
        }
    };
    let (first, second) = (numbers[0], numbers[1]);
    let read = |order: DateOrder| match order {
        DateOrder::DayFirst => NaiveDate::from_ymd_opt(year, second, first),
        DateOrder::MonthFirst => NaiveDate::from_ymd_opt(year, first, second),
    };
    match (read(order), read(order.other())) {
        (Some(date), other) => Ok(ReadDate {
            date,
            ambiguous: first <= 12 && second <= 12 && first != second,
            only_this_order: other.is_none(),
        }),
        (None, Some(date)) => Err(DateProblem {
            message: format!(
                "\u{201c}{original}\u{201d} is not a date read {}; read {} it is {}. If this \
                 file writes dates {}, choose that order.",
                order.describe(),
                order.other().describe(),
                long(date),
                order.other().describe(),
            ),
            only_other_order: true,
        }),
        (None, None) => Err(not_in_calendar(original)),
    }
}

/// "3 Feb 2025", "3 February 2025", "03-Feb-25", "Feb 3, 2025", "Monday 3rd March 2025".
fn with_month_name(text: &str, original: &str) -> Result<ReadDate, DateProblem> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '/' | '.'))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .filter(|word| !is_weekday(word))
        .collect();
    let mut month = None;
    let mut numbers = Vec::new();
    for word in &words {
        if let Some(found) = month_number(word) {
            if month.replace(found).is_some() {
                return Err(unreadable(original));
            }
        } else if let Some(number) = ordinal(word) {
            numbers.push(number);
        } else {
            return Err(unreadable(original));
        }
    }
    let Some(month) = month else {
        return Err(unreadable(original));
    };
    let (day, year) = match numbers.as_slice() {
        [(day, _), (year, 4)] | [(year, 4), (day, 1..=2)] => (*day, *year as i32),
        [(day, 1..=2), (year, 2)] => (*day, 2000 + *year as i32),
        [_] => {
            return Err(DateProblem::new(format!(
                "\u{201c}{original}\u{201d} needs a day, a month and a year."
            )));
        }
        _ => return Err(unreadable(original)),
    };
    let date =
        NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| not_in_calendar(original))?;
    Ok(ReadDate {
        date,
        ambiguous: false,
        only_this_order: false,
    })
}

/// A number, with an ordinal suffix ("3rd") allowed, and how many digits it had.
fn ordinal(word: &str) -> Option<(u32, usize)> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .unwrap_or(word);
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().ok()?, digits.len()))
}

/// 1 to 12 for a month's name or its abbreviation ("Feb", "Sept", "February").
fn month_number(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    let word = if word == "sept" { "sep" } else { word };
    MONTHS
        .iter()
        .position(|month| month.starts_with(word))
        .map(|index| index as u32 + 1)
}

fn is_weekday(word: &str) -> bool {
    word.len() >= 3 && WEEKDAYS.iter().any(|day| day.starts_with(word))
        || matches!(word, "tues" | "thur" | "thurs")
}

/// A date Excel kept as its serial number (45720 is 2025-03-04).
fn excel_serial(text: &str, original: &str) -> Result<ReadDate, DateProblem> {
    let serial: u64 = text.parse().map_err(|_| unreadable(original))?;
    let date = EXCEL_EPOCH
        .checked_add_days(Days::new(serial))
        .filter(|date| date.year() >= 1950)
        .ok_or_else(|| unreadable(original))?;
    Ok(ReadDate {
        date,
        ambiguous: false,
        only_this_order: false,
    })
}

/// "3 February 2025".
pub(crate) fn long(date: NaiveDate) -> String {
    let month = MONTHS[date.month0() as usize];
    let mut capitalised = month[..1].to_uppercase();
    capitalised.push_str(&month[1..]);
    format!("{} {capitalised} {}", date.day(), date.year())
}

fn unreadable(original: &str) -> DateProblem {
    DateProblem::new(format!(
        "\u{201c}{original}\u{201d} is not a date Cairn can read. Write it like 2025-02-03, \
         03/02/2025 or 3 Feb 2025."
    ))
}

fn not_in_calendar(original: &str) -> DateProblem {
    DateProblem::new(format!(
        "\u{201c}{original}\u{201d} is not a day in the calendar."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn every_form_reads_as_the_same_day() {
        for text in [
            "2025-02-03",
            "2025/2/3",
            "03/02/2025",
            "3/2/2025",
            "3-2-25",
            "3.2.2025",
            "3 Feb 2025",
            "3 February 2025",
            "03-Feb-25",
            "Feb 3, 2025",
            "February 3rd 2025",
            "Monday, 3 February 2025",
            "2025-02-03T09:30:00Z",
            "03/02/2025 09:30",
            "45691",
        ] {
            let read = parse_date(text, DateOrder::DayFirst);
            assert_eq!(
                read.map(|r| r.date),
                Ok(day(2025, 2, 3)),
                "{text} is 3 February 2025"
            );
        }
    }

    #[test]
    fn ambiguity_is_flagged_only_when_day_and_month_could_swap() {
        let cases = [
            ("03/02/2025", true),
            ("5/3/2025", true),
            ("13/02/2025", false),
            ("03/03/2025", false),
            ("2025-03-02", false),
            ("3 Feb 2025", false),
        ];
        for (text, ambiguous) in cases {
            let read = parse_date(text, DateOrder::DayFirst).map(|r| r.ambiguous);
            assert_eq!(read, Ok(ambiguous), "{text}");
        }
    }

    #[test]
    fn month_first_reads_the_other_way_and_says_when_the_order_is_wrong() {
        assert_eq!(
            parse_date("03/02/2025", DateOrder::MonthFirst).map(|r| r.date),
            Ok(day(2025, 3, 2))
        );
        let problem = parse_date("02/13/2025", DateOrder::DayFirst).unwrap_err();
        assert!(problem.only_other_order, "{problem:?}");
        assert!(
            problem.message.contains("13 February 2025"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn nonsense_is_refused_with_the_text_quoted() {
        for text in [
            "31/02/2025",
            "next Tuesday",
            "2025",
            "3/2",
            "February 2025",
            "1/2/123",
            "0025-01-01",
        ] {
            let problem = parse_date(text, DateOrder::DayFirst).unwrap_err();
            assert!(
                problem.message.contains(text),
                "{text}: {}",
                problem.message
            );
        }
    }
}
