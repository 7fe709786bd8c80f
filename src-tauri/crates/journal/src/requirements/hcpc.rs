//! HCPC's rule: the types of activity and the gaps in a continuous record.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::{
    ActivityFact, Cycle, Facts, Requirement, Span, count, day, hours, minutes_in, months_after,
    period_note,
};
use crate::profile::ProfileFields;
use crate::vocab::{ActivityKind, ActivityMode};

/// Months between the last activity and the next one that HCPC asks to be explained.
pub const HCPC_GAP_MONTHS: u32 = 3;

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

/// HCPC: a continuous record with at least two types of activity in the cycle; every gap of
/// [`HCPC_GAP_MONTHS`] months or more (from the cycle start to the first activity, between
/// activities, from the last one to today) is a warning.
pub(super) fn hcpc(
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
