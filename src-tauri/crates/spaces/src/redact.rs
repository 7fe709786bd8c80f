//! Taking people out of what is shared: the names the user lists, e-mail addresses, phone
//! numbers, and anything the user marks in the preview.

use regex::{Regex, RegexBuilder};
use serde::Serialize;
use specta::Type;

/// What a name becomes.
pub const NAME: &str = "[name]";
/// What an e-mail address becomes.
pub const EMAIL: &str = "[email]";
/// What a phone number becomes.
pub const PHONE: &str = "[phone]";
/// What text the user marked becomes.
pub const MARKED: &str = "[redacted]";

/// Fewest and most digits in a phone number (UK numbers have 10 or 11; with +44, 12).
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 9..=15;

/// How many of each kind were taken out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RedactionCounts {
    pub names: u32,
    pub emails: u32,
    pub phones: u32,
    pub marked: u32,
}

impl RedactionCounts {
    /// Everything taken out.
    pub fn total(&self) -> u32 {
        self.names + self.emails + self.phones + self.marked
    }
}

/// Takes identifying details out of text.
#[derive(Debug, Clone)]
pub struct Redactor {
    marked: Option<Regex>,
    names: Option<Regex>,
    email: Regex,
    phone: Regex,
}

/// A case-insensitive alternation of literal phrases, longest first so "Jane Smith" wins over
/// "Jane"; `whole_words` keeps "Ann" from matching inside "Annual".
fn phrases(list: &[String], whole_words: bool) -> Option<Regex> {
    let mut phrases: Vec<&str> = list
        .iter()
        .map(|phrase| phrase.trim())
        .filter(|phrase| !phrase.is_empty())
        .collect();
    if phrases.is_empty() {
        return None;
    }
    phrases.sort_by_key(|phrase| std::cmp::Reverse(phrase.chars().count()));
    let alternatives: Vec<String> = phrases
        .iter()
        .map(|phrase| {
            let escaped = regex::escape(phrase)
                .replace(r"\ ", r"\s+")
                .replace(' ', r"\s+");
            let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            if whole_words {
                let start = if word(phrase.chars().next()) {
                    r"\b"
                } else {
                    ""
                };
                let end = if word(phrase.chars().last()) {
                    r"\b"
                } else {
                    ""
                };
                format!("{start}{escaped}{end}")
            } else {
                escaped
            }
        })
        .collect();
    RegexBuilder::new(&alternatives.join("|"))
        .case_insensitive(true)
        .build()
        .ok()
}

/// A pattern written in the code (every one is built by a unit test).
pub(crate) fn fixed(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|error| unreachable!("a constant pattern: {error}"))
}

impl Redactor {
    /// Redacts `names` (the user's list) and `marked` (phrases chosen in the preview).
    pub fn new(names: &[String], marked: &[String]) -> Self {
        Self {
            marked: phrases(marked, false),
            names: phrases(names, true),
            email: fixed(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
            phone: fixed(r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d(?:[ .-]?\d)+"),
        }
    }

    /// `text` with every identifying detail replaced, adding what was taken to `counts`.
    pub fn redact(&self, text: &str, counts: &mut RedactionCounts) -> String {
        let mut text = text.to_owned();
        if let Some(marked) = &self.marked {
            text = replace(marked, &text, MARKED, &mut counts.marked);
        }
        text = replace(&self.email, &text, EMAIL, &mut counts.emails);
        if let Some(names) = &self.names {
            text = replace(names, &text, NAME, &mut counts.names);
        }
        self.replace_phones(&text, counts)
    }

    fn replace_phones(&self, text: &str, counts: &mut RedactionCounts) -> String {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for found in self.phone.find_iter(text) {
            let digits = found.as_str().chars().filter(char::is_ascii_digit).count();
            let before = text[..found.start()].chars().next_back();
            let after = text[found.end()..].chars().next();
            let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '+');
            if PHONE_DIGITS.contains(&digits) && !glued(before) && !glued(after) {
                out.push_str(&text[last..found.start()]);
                out.push_str(PHONE);
                last = found.end();
                counts.phones += 1;
            }
        }
        out.push_str(&text[last..]);
        out
    }
}

fn replace(pattern: &Regex, text: &str, with: &str, count: &mut u32) -> String {
    let found = u32::try_from(pattern.find_iter(text).count()).unwrap_or(u32::MAX);
    if found == 0 {
        return text.to_owned();
    }
    *count += found;
    pattern
        .replace_all(text, regex::NoExpand(with))
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redact(names: &[&str], marked: &[&str], text: &str) -> (String, RedactionCounts) {
        let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        let marked: Vec<String> = marked.iter().map(|n| (*n).to_owned()).collect();
        let mut counts = RedactionCounts::default();
        let out = Redactor::new(&names, &marked).redact(text, &mut counts);
        (out, counts)
    }

    #[test]
    fn listed_names_go_whatever_their_case_but_not_inside_other_words() {
        let (out, counts) = redact(
            &["Ann", "Jane Smith"],
            &[],
            "ANN met jane  smith at the Annual review; Ann's notes.",
        );
        assert_eq!(
            out,
            "[name] met [name] at the Annual review; [name]'s notes."
        );
        assert_eq!(counts.names, 3, "three mentions, not the word Annual");
    }

    #[test]
    fn emails_and_phone_numbers_go_but_dates_and_hours_stay() {
        let (out, counts) = redact(
            &[],
            &[],
            "Mail jo.bloggs+cpd@nhs.scot or call 07700 900123, +44 (0)131 496 0000 or \
             0131-496-0001. On 2026-11-30 I logged 35 hours (ref 12345).",
        );
        assert_eq!(
            out,
            "Mail [email] or call [phone], [phone] or [phone]. On 2026-11-30 I logged 35 \
             hours (ref 12345)."
        );
        assert_eq!(counts.emails, 1);
        assert_eq!(counts.phones, 3);
    }

    #[test]
    fn marked_phrases_go_everywhere_they_appear() {
        let (out, counts) = redact(&[], &["Ward 7"], "On ward 7, then back to Ward 7.");
        assert_eq!(out, "On [redacted], then back to [redacted].");
        assert_eq!(counts.marked, 2);
        assert_eq!(counts.total(), 2);
    }

    #[test]
    fn names_with_regex_characters_are_taken_literally() {
        let (out, _) = redact(
            &["Dr. O'Neil (locum)"],
            &[],
            "Met Dr. O'Neil (locum) today.",
        );
        assert_eq!(out, "Met [name] today.");
        let (out, _) = redact(&["a.b"], &[], "axb stays");
        assert_eq!(out, "axb stays", "a dot in a name is not a wildcard");
    }
}
