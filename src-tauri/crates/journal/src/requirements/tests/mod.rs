//! The rules over plain facts: shared builders, with each body's rule and the edges of cycles
//! and periods tested in the files beside this one.

use chrono::DateTime;

use super::*;
use crate::profile::ProfileFields;

mod cld;
mod custom;
mod cycle;
mod gtcs;
mod hcpc;
mod hours;
mod nmc;

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn profile(fields: ProfileFields) -> Profile {
    Profile {
        id: Uuid::nil(),
        fields,
        created_at: DateTime::UNIX_EPOCH,
        updated_at: DateTime::UNIX_EPOCH,
    }
}

fn preset(body: ProfileBody, start: &str) -> ProfileFields {
    ProfileFields::preset(body, d(start))
}

/// A one-day formal course.
fn on(day: &str, minutes: i32) -> ActivityFact {
    ActivityFact {
        started_on: d(day),
        ended_on: None,
        minutes,
        participatory_minutes: 0,
        kind: ActivityKind::Course,
        mode: ActivityMode::Formal,
    }
}

fn spanning(first: &str, last: &str, minutes: i32) -> ActivityFact {
    ActivityFact {
        ended_on: Some(d(last)),
        ..on(first, minutes)
    }
}

fn with_others(activity: ActivityFact, participatory_minutes: i32) -> ActivityFact {
    ActivityFact {
        participatory_minutes,
        ..activity
    }
}

fn of_kind(activity: ActivityFact, kind: ActivityKind) -> ActivityFact {
    ActivityFact { kind, ..activity }
}

fn activities(activities: Vec<ActivityFact>) -> Facts {
    Facts {
        activities,
        ..Facts::default()
    }
}

fn run(fields: ProfileFields, today: &str, facts: &Facts) -> ProfileProgress {
    evaluate(&profile(fields), d(today), facts)
}

fn requirement<'a>(progress: &'a ProfileProgress, key: &str) -> &'a Requirement {
    progress
        .requirements
        .iter()
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("no requirement {key} in {progress:#?}"))
}

fn keys(progress: &ProfileProgress) -> Vec<&str> {
    progress
        .requirements
        .iter()
        .map(|r| r.key.as_str())
        .collect()
}
