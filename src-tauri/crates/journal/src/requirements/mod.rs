//! What each professional body asks, as rules over plain facts: no SQL, no clock. The journal
//! gathers the facts ([`crate::Journal::progress`]); [`evaluate`] says how far they go.
//!
//! Conventions:
//! - **Cycles** repeat from the profile's `cycle_start` every `cycle_years` years, each one
//!   counted from `cycle_start` itself (a cycle starting on 29 February starts on 28 February
//!   in common years and on 29 February again in leap years). The current cycle is the one
//!   containing `today`; before the first cycle starts, it is the first cycle.
//!   [`ProfileProgress::cycle_end`] is the cycle's **last day, included**: the next cycle
//!   starts the day after it.
//! - **Only what happened on or before `today` counts**, so planned activities, feedback or
//!   reviews dated in the future wait until their day.
//! - **Hours** count the part of each activity inside the period: an activity spanning
//!   several days counts its minutes (and its participatory minutes) pro rata by the days it
//!   has inside. Hours are rounded to the hundredth.
//! - A requirement is met when `achieved >= target`. For a date requirement (unit `date`),
//!   `due_on` is the date, `achieved` the days remaining until it (0 on the day, negative
//!   once it has passed) and `target` 0: met while the date has not passed.

mod cld;
mod custom;
mod cycle;
mod gtcs;
mod hcpc;
mod nmc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::profile::Profile;
use crate::vocab::{ActivityKind, ActivityMode, ProfileBody, ReflectionModel};

use cld::cld;
use custom::custom;
pub use cycle::current_cycle;
use cycle::{Cycle, Span, cycle_containing, months_after, period_containing};
use gtcs::gtcs;
use hcpc::hcpc;
pub use hcpc::{HCPC_GAP_MONTHS, HcpcActivityType};
use nmc::nmc;

/// An activity as the rules see it (the gatherer leaves out the trash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ActivityFact {
    pub started_on: NaiveDate,
    /// The last day of a multi-day activity; `None` for a single day.
    pub ended_on: Option<NaiveDate>,
    pub minutes: i32,
    pub participatory_minutes: i32,
    pub kind: ActivityKind,
    pub mode: ActivityMode,
}

/// A reflection as the rules see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReflectionFact {
    /// The day it was started.
    pub created_on: NaiveDate,
    pub model: ReflectionModel,
    /// Whether any of its sections has something written.
    pub has_text: bool,
}

/// Everything in the journal the rules look at.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Facts {
    pub activities: Vec<ActivityFact>,
    pub reflections: Vec<ReflectionFact>,
    /// The days feedback was received.
    pub feedback: Vec<NaiveDate>,
    /// The days reviews (reflective discussions, verifications) were held.
    pub reviews: Vec<NaiveDate>,
}

/// What a requirement is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum RequirementUnit {
    Hours,
    Count,
    Date,
}

/// One thing a body asks for, and how far the journal goes towards it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Requirement {
    /// Stable across versions, for the UI to key on: `hours`, `participatoryHours`,
    /// `verifierReview`, `reflectiveAccounts`, `feedback`, `reflectiveDiscussion`,
    /// `activityTypes`, `signoff`.
    pub key: String,
    pub label: String,
    pub unit: RequirementUnit,
    pub target: f64,
    pub achieved: f64,
    pub met: bool,
    /// What counts, over which dates, and what to do next.
    pub note: String,
    /// The date of a date requirement.
    pub due_on: Option<NaiveDate>,
}

/// A profile's current cycle and how far the journal meets its requirements.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ProfileProgress {
    pub profile_id: Uuid,
    pub body: ProfileBody,
    pub label: String,
    /// The first day of the current cycle.
    pub cycle_start: NaiveDate,
    /// The last day of the current cycle (included).
    pub cycle_end: NaiveDate,
    pub requirements: Vec<Requirement>,
    /// Things to attend to that are not a target (HCPC gaps, a cycle not yet started).
    pub warnings: Vec<String>,
}

impl ActivityFact {
    fn days(&self) -> Span {
        Span {
            first: self.started_on,
            last: self
                .ended_on
                .unwrap_or(self.started_on)
                .max(self.started_on),
        }
    }

    /// The fraction of the activity's days inside `span`.
    fn share_in(&self, span: Span) -> f64 {
        let days = self.days();
        let all = days.overlap_days(days);
        if all == 0 {
            return 0.0;
        }
        span.overlap_days(days) as f64 / all as f64
    }
}

/// Minutes, and participatory minutes, spent inside `span`.
fn minutes_in(activities: &[ActivityFact], span: Span) -> (f64, f64) {
    activities.iter().fold((0.0, 0.0), |(all, with_others), a| {
        let share = a.share_in(span);
        (
            all + f64::from(a.minutes.max(0)) * share,
            with_others + f64::from(a.participatory_minutes.max(0)) * share,
        )
    })
}

fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// A day as a person reads it: "14 March 2026".
fn day(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn plural(count: i64, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

fn hours(key: &str, label: &str, target: f64, minutes: f64, note: String) -> Requirement {
    let target = round2(target);
    let achieved = round2(minutes / 60.0);
    Requirement {
        key: key.to_owned(),
        label: label.to_owned(),
        unit: RequirementUnit::Hours,
        target,
        achieved,
        met: achieved >= target,
        note,
        due_on: None,
    }
}

fn count(key: &str, label: &str, target: u32, achieved: usize, note: String) -> Requirement {
    let achieved = achieved as f64;
    let target = f64::from(target);
    Requirement {
        key: key.to_owned(),
        label: label.to_owned(),
        unit: RequirementUnit::Count,
        target,
        achieved,
        met: achieved >= target,
        note,
        due_on: None,
    }
}

fn dated(key: &str, label: &str, due: NaiveDate, today: NaiveDate, what: &str) -> Requirement {
    let remaining = (due - today).num_days();
    let mut sentence = what.chars();
    let what_first = sentence
        .next()
        .map(|c| c.to_uppercase().chain(sentence).collect::<String>())
        .unwrap_or_default();
    let note = match remaining {
        0 => format!("{what_first} is due today."),
        1 => format!("1 day remains until {what} on {}.", day(due)),
        r if r > 0 => format!("{r} days remain until {what} on {}.", day(due)),
        r => format!(
            "{what_first} was due on {}, {} ago.",
            day(due),
            plural(-r, "day", "days")
        ),
    };
    Requirement {
        key: key.to_owned(),
        label: label.to_owned(),
        unit: RequirementUnit::Date,
        target: 0.0,
        achieved: remaining as f64,
        met: remaining >= 0,
        note,
        due_on: Some(due),
    }
}

fn dates_in(dates: &[NaiveDate], span: Span) -> usize {
    dates.iter().filter(|&&d| span.contains(d)).count()
}

fn period_note(span: Span) -> String {
    format!("Counted from {} to {}.", day(span.first), day(span.last))
}

/// How far `facts` meet `profile`'s requirements in the cycle containing `today`.
pub fn evaluate(profile: &Profile, today: NaiveDate, facts: &Facts) -> ProfileProgress {
    let fields = &profile.fields;
    let cycle = cycle_containing(fields, today);
    let mut warnings = Vec::new();
    if today < cycle.days.first {
        warnings.push(format!(
            "This cycle starts on {}; nothing counts towards it until then.",
            day(cycle.days.first)
        ));
    }
    let requirements = match fields.body {
        ProfileBody::Cld => cld(fields, cycle, today, facts),
        ProfileBody::Nmc => nmc(fields, cycle, today, facts),
        ProfileBody::Hcpc => hcpc(fields, cycle, today, facts, &mut warnings),
        ProfileBody::Gtcs => gtcs(fields, cycle, today, facts),
        ProfileBody::Custom => custom(fields, cycle, today, facts),
    };
    let label = fields.label.trim();
    ProfileProgress {
        profile_id: profile.id,
        body: fields.body,
        label: if label.is_empty() {
            fields.body.label().to_owned()
        } else {
            label.to_owned()
        },
        cycle_start: cycle.days.first,
        cycle_end: cycle.days.last,
        requirements,
        warnings,
    }
}

#[cfg(test)]
mod tests;
