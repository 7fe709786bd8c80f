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

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::profile::{FULL_TIME_WEEKLY_HOURS, Profile, ProfileFields};
use crate::vocab::{ActivityKind, ActivityMode, ProfileBody, ReflectionModel};

/// Months between the last activity and the next one that HCPC asks to be explained.
pub const HCPC_GAP_MONTHS: u32 = 3;

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

/// HCPC's types of CPD activity.
///
/// How Cairn's activity kinds map to them (after HCPC's examples of each type):
///
/// | activity kind                  | HCPC type                  |
/// |--------------------------------|----------------------------|
/// | course, conference, workshop   | formal / educational       |
/// | e-learning (distance learning) | formal / educational       |
/// | research                       | formal / educational       |
/// | reading, online network        | self-directed learning     |
/// | job shadowing, project         | work-based learning        |
/// | mentoring received             | work-based learning        |
/// | supervision                    | work-based learning        |
/// | peer discussion                | work-based learning        |
/// | informal conversation          | work-based learning        |
/// | mentoring given                | professional activity      |
/// | teaching others                | professional activity      |
/// | community-of-practice meeting  | professional activity      |
/// | other                          | by mode: formal → formal / educational, self-directed → self-directed learning, informal → other |
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum HcpcActivityType {
    WorkBased,
    Professional,
    FormalEducational,
    SelfDirected,
    Other,
}

impl HcpcActivityType {
    /// The type an activity counts as (see the table on the type).
    pub fn of(kind: ActivityKind, mode: ActivityMode) -> Self {
        match kind {
            ActivityKind::Course
            | ActivityKind::Conference
            | ActivityKind::Workshop
            | ActivityKind::ELearning
            | ActivityKind::Research => Self::FormalEducational,
            ActivityKind::Reading | ActivityKind::OnlineNetwork => Self::SelfDirected,
            ActivityKind::JobShadowing
            | ActivityKind::Project
            | ActivityKind::MentoringReceived
            | ActivityKind::Supervision
            | ActivityKind::PeerDiscussion
            | ActivityKind::InformalConversation => Self::WorkBased,
            ActivityKind::MentoringGiven
            | ActivityKind::TeachingOthers
            | ActivityKind::CommunityOfPractice => Self::Professional,
            ActivityKind::Other => match mode {
                ActivityMode::Formal => Self::FormalEducational,
                ActivityMode::SelfDirected => Self::SelfDirected,
                ActivityMode::Informal => Self::Other,
            },
        }
    }

    /// The type as HCPC names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::WorkBased => "work-based learning",
            Self::Professional => "professional activity",
            Self::FormalEducational => "formal / educational",
            Self::SelfDirected => "self-directed learning",
            Self::Other => "other",
        }
    }
}

/// A run of days, both ends included; empty when `last < first`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    first: NaiveDate,
    last: NaiveDate,
}

impl Span {
    fn contains(self, day: NaiveDate) -> bool {
        self.first <= day && day <= self.last
    }

    /// The days of `self` on or before `today`.
    fn until(self, today: NaiveDate) -> Self {
        Self {
            last: self.last.min(today),
            ..self
        }
    }

    /// How many days of `other` fall inside `self`.
    fn overlap_days(self, other: Self) -> i64 {
        let first = self.first.max(other.first);
        let last = self.last.min(other.last);
        ((last - first).num_days() + 1).max(0)
    }
}

/// The cycle containing a day: which one it is (0 for the first) and its days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cycle {
    index: u32,
    days: Span,
}

/// `base` moved on `months` months, clamped to the end of a shorter month; `None` beyond the
/// last day chrono can hold.
fn checked_months_after(base: NaiveDate, months: u32) -> Option<NaiveDate> {
    base.checked_add_months(Months::new(months))
}

/// [`checked_months_after`], stopping at the last day chrono can hold.
fn months_after(base: NaiveDate, months: u32) -> NaiveDate {
    checked_months_after(base, months).unwrap_or(NaiveDate::MAX)
}

fn day_before(day: NaiveDate) -> NaiveDate {
    day.pred_opt().unwrap_or(day)
}

/// The run of `length` months containing `today`, among the runs starting `offset` months
/// after `base` and every `length` months after that (each start counted from `base`, so a
/// start on 29 February comes back in leap years); the first run when `today` is before it.
/// Also says which run it is (0 for the first).
fn run_containing(base: NaiveDate, offset: u32, length: u32, today: NaiveDate) -> (u32, Span) {
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

fn cycle_months(fields: &ProfileFields) -> u32 {
    u32::try_from(fields.cycle_years.max(1))
        .unwrap_or(1)
        .saturating_mul(12)
}

fn cycle_containing(fields: &ProfileFields, today: NaiveDate) -> Cycle {
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
fn period_containing(fields: &ProfileFields, cycle: Cycle, months: u32, today: NaiveDate) -> Span {
    let offset = cycle.index.saturating_mul(cycle_months(fields));
    let (_, period) = run_containing(fields.cycle_start, offset, months, today);
    Span {
        first: period.first,
        last: period.last.min(cycle.days.last),
    }
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

/// CLD: 35 hours of professional learning a year at full time (35 hours a week), pro rata to
/// fewer weekly hours (more than full time still asks 35 a year), over the whole cycle; and a
/// critical review with a verifier within the cycle.
fn cld(fields: &ProfileFields, cycle: Cycle, today: NaiveDate, facts: &Facts) -> Vec<Requirement> {
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

/// NMC: 35 CPD hours in the cycle, 20 of them participatory; 5 written reflective accounts;
/// 5 pieces of practice-related feedback; 1 reflective discussion.
fn nmc(fields: &ProfileFields, cycle: Cycle, today: NaiveDate, facts: &Facts) -> Vec<Requirement> {
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

/// HCPC: a continuous record with at least two types of activity in the cycle; every gap of
/// [`HCPC_GAP_MONTHS`] months or more (from the cycle start to the first activity, between
/// activities, from the last one to today) is a warning.
fn hcpc(
    fields: &ProfileFields,
    cycle: Cycle,
    today: NaiveDate,
    facts: &Facts,
    warnings: &mut Vec<String>,
) -> Vec<Requirement> {
    let counted = cycle.days.until(today);
    let inside: Vec<&ActivityFact> = facts
        .activities
        .iter()
        .filter(|a| counted.overlap_days(a.days()) > 0)
        .collect();
    let mut types: Vec<HcpcActivityType> = inside
        .iter()
        .map(|a| HcpcActivityType::of(a.kind, a.mode))
        .collect();
    types.sort();
    types.dedup();
    let types_note = if types.is_empty() {
        "HCPC's types: work-based learning, professional activity, formal / educational, \
         self-directed learning, other. No activities in this cycle yet."
            .to_owned()
    } else {
        let names: Vec<&str> = types.iter().map(|t| t.label()).collect();
        format!("So far in this cycle: {}.", names.join(", "))
    };
    let mut requirements = Vec::new();
    if let Some(target) = fields.hours_target {
        let (minutes, _) = minutes_in(&facts.activities, counted);
        requirements.push(hours(
            "hours",
            "CPD hours",
            target,
            minutes,
            format!("Your own target for the cycle. {}", period_note(cycle.days)),
        ));
    }
    requirements.push(count(
        "activityTypes",
        "Types of CPD activity",
        2,
        types.len(),
        types_note,
    ));
    if today >= cycle.days.first {
        warnings.extend(hcpc_gaps(&inside, counted));
    }
    requirements
}

/// Gaps of [`HCPC_GAP_MONTHS`] months or more in `span`: from its first day to the first
/// activity, between the last day of one activity and the first day of the next, and from the
/// last activity to `span`'s last day (today).
fn hcpc_gaps(activities: &[&ActivityFact], span: Span) -> Vec<String> {
    let mut runs: Vec<Span> = activities
        .iter()
        .map(|a| {
            let days = a.days();
            Span {
                first: days.first.max(span.first),
                last: days.last.min(span.last),
            }
        })
        .collect();
    runs.sort_by_key(|run| (run.first, run.last));
    let mut warnings = Vec::new();
    let mut covered: Option<NaiveDate> = None;
    for run in runs {
        let since = covered.unwrap_or(span.first);
        if run.first >= months_after(since, HCPC_GAP_MONTHS) {
            warnings.push(match covered {
                None => format!(
                    "No activity from the start of the cycle on {} until {}: HCPC asks you to \
                     explain gaps of {HCPC_GAP_MONTHS} months or more.",
                    day(since),
                    day(run.first)
                ),
                Some(_) => format!(
                    "No activity between {} and {}: HCPC asks you to explain gaps of \
                     {HCPC_GAP_MONTHS} months or more.",
                    day(since),
                    day(run.first)
                ),
            });
        }
        covered = Some(covered.map_or(run.last, |c| c.max(run.last)));
    }
    let since = covered.unwrap_or(span.first);
    if span.last >= months_after(since, HCPC_GAP_MONTHS) {
        warnings.push(match covered {
            None => format!(
                "No activity since the cycle started on {} (today is {}): HCPC asks you to \
                 explain gaps of {HCPC_GAP_MONTHS} months or more.",
                day(since),
                day(span.last)
            ),
            Some(_) => format!(
                "No activity since {} (today is {}): HCPC asks you to explain gaps of \
                 {HCPC_GAP_MONTHS} months or more.",
                day(since),
                day(span.last)
            ),
        });
    }
    warnings
}

/// GTCS: 35 hours in the current year of the cycle (years run from the anniversary of the
/// cycle start), and sign-off due at the end of the cycle (or on `signoff_on`).
fn gtcs(fields: &ProfileFields, cycle: Cycle, today: NaiveDate, facts: &Facts) -> Vec<Requirement> {
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

/// Custom: `hours_target` hours in each period of `period_months` months (12 by default),
/// of which `participatory_share` is participatory when set.
fn custom(
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

#[cfg(test)]
mod tests;
