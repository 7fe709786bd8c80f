//! Time spent as spreadsheets write it: "1.5", "1,5", "1h30", "1 h 30 min", "90 mins",
//! "1:30", "2 hours", "45 minutes".

use serde::{Deserialize, Serialize};
use specta::Type;

/// What a plain number ("1.5", "90") in a time column counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum DurationUnit {
    #[default]
    Hours,
    Minutes,
}

/// More than this is taken for a typing mistake rather than time spent.
const MAX_MINUTES: f64 = 100_000.0 * 60.0;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Number(f64),
    Hours,
    Minutes,
}

/// Reads `text` as minutes, rounded to the nearest minute. A blank cell is 0.
pub(crate) fn parse_duration(text: &str, plain: DurationUnit) -> Result<i32, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    let minutes = if text.contains(':') {
        clock(text)
    } else {
        tokens(text).and_then(|tokens| spoken(&tokens, plain))
    }
    .ok_or_else(|| {
        format!(
            "\u{201c}{text}\u{201d} is not a length of time Cairn can read. Write hours as \
             1.5, 1h30 or 1:30, or minutes as 90 mins."
        )
    })?;
    if minutes > MAX_MINUTES {
        return Err(format!(
            "\u{201c}{text}\u{201d} is more time than one activity can take."
        ));
    }
    Ok(minutes.round() as i32)
}

/// "1:30" (hours and minutes) or "1:30:00" (and seconds).
fn clock(text: &str) -> Option<f64> {
    let parts: Vec<&str> = text.split(':').map(str::trim).collect();
    let numbers: Vec<u32> = parts
        .iter()
        .map(|part| {
            (!part.is_empty() && part.len() <= 6 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        })
        .collect::<Option<_>>()?;
    match numbers.as_slice() {
        [hours, minutes] if *minutes < 60 => Some(f64::from(*hours * 60 + *minutes)),
        [hours, minutes, seconds] if *minutes < 60 && *seconds < 60 => {
            Some(f64::from(*hours * 60 + *minutes) + f64::from(*seconds) / 60.0)
        }
        _ => None,
    }
}

/// Numbers and unit words: "1h30", "1 hr 30 mins", "1.5 hours", "90m", "1 hour and 15".
fn tokens(text: &str) -> Option<Vec<Token>> {
    let lower = text.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        if c.is_whitespace() {
            at += 1;
        } else if c.is_ascii_digit() || c == '.' || c == ',' {
            let start = at;
            while at < chars.len() && (chars[at].is_ascii_digit() || matches!(chars[at], '.' | ','))
            {
                at += 1;
            }
            let number: String = chars[start..at]
                .iter()
                .map(|&c| if c == ',' { '.' } else { c })
                .collect();
            tokens.push(Token::Number(number.parse().ok()?));
        } else if c.is_alphabetic() {
            let start = at;
            while at < chars.len() && chars[at].is_alphabetic() {
                at += 1;
            }
            let word: String = chars[start..at].iter().collect();
            match word.as_str() {
                "h" | "hr" | "hrs" | "hour" | "hours" => tokens.push(Token::Hours),
                "m" | "min" | "mins" | "minute" | "minutes" => tokens.push(Token::Minutes),
                "and" => {}
                _ => return None,
            }
        } else {
            return None;
        }
    }
    Some(tokens)
}

/// Adds up "number unit" pairs; hours come before minutes, each at most once, and a number
/// without a unit after hours counts minutes ("1h30").
fn spoken(tokens: &[Token], plain: DurationUnit) -> Option<f64> {
    let mut total = 0.0;
    let mut seen_hours = false;
    let mut seen_minutes = false;
    let mut at = 0;
    while at < tokens.len() {
        let Token::Number(number) = tokens[at] else {
            return None;
        };
        let unit = tokens.get(at + 1).copied();
        let minutes = match unit {
            Some(Token::Hours) if !seen_hours && !seen_minutes => {
                seen_hours = true;
                number * 60.0
            }
            Some(Token::Minutes) if !seen_minutes => {
                seen_minutes = true;
                number
            }
            None if seen_hours && !seen_minutes => {
                seen_minutes = true;
                number
            }
            None if tokens.len() == 1 => match plain {
                DurationUnit::Hours => number * 60.0,
                DurationUnit::Minutes => number,
            },
            _ => return None,
        };
        total += minutes;
        at += if unit.is_some() { 2 } else { 1 };
    }
    (!tokens.is_empty()).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_reads_as_minutes() {
        let cases = [
            ("1.5", 90),
            ("1,5", 90),
            ("1h30", 90),
            ("1h30m", 90),
            ("1 h 30 min", 90),
            ("1 hour and 30 minutes", 90),
            ("90 mins", 90),
            ("90m", 90),
            ("1:30", 90),
            ("1:30:00", 90),
            ("2 hours", 120),
            ("2hrs", 120),
            ("45 minutes", 45),
            ("0.25", 15),
            ("7", 420),
            ("", 0),
        ];
        for (text, minutes) in cases {
            assert_eq!(
                parse_duration(text, DurationUnit::Hours),
                Ok(minutes),
                "{text}"
            );
        }
    }

    #[test]
    fn plain_numbers_count_minutes_when_asked() {
        assert_eq!(parse_duration("90", DurationUnit::Minutes), Ok(90));
        assert_eq!(parse_duration("1h", DurationUnit::Minutes), Ok(60));
    }

    #[test]
    fn nonsense_is_refused_with_the_text_quoted() {
        for text in [
            "a while", "1.2.3", "30m 1h", "1h 2h", "1:75", "-2", "1 30", "h", "99999999",
        ] {
            let problem = parse_duration(text, DurationUnit::Hours).unwrap_err();
            assert!(problem.contains(text), "{text}: {problem}");
        }
    }
}
