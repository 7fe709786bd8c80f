//! Turning feed entries into journal records (activities, reflections, goals), skipping duplicates.

use std::collections::{HashMap, HashSet};

use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, GoalFields, GoalStatus, Journal, ReflectionFields,
};
use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::Leap2aOutcome;
use super::feed::Entry;
use crate::error::Result;

/// The import key of an entry: its id, hashed so that any id fits.
fn import_key(id: &str) -> String {
    let digest = Sha256::digest(id.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("leap2a:{hex}")
}

pub(super) fn import(journal: &Journal, entries: &[Entry]) -> Result<Leap2aOutcome> {
    let mut outcome = Leap2aOutcome::default();

    let existing: HashSet<(String, NaiveDate)> =
        crate::gather::all(|page| journal.activities(page))?
            .into_iter()
            .map(|a| (a.fields.title, a.fields.started_on))
            .collect();
    let mut batch = Vec::new();
    let mut imported_activities = Vec::new();
    for entry in entries.iter().filter(|e| e.kind == "activity") {
        let Some(fields) = activity_fields(entry) else {
            outcome.skipped_without_time += 1;
            continue;
        };
        if existing.contains(&(fields.title.clone(), fields.started_on)) {
            outcome.skipped_duplicates += 1;
            continue;
        }
        imported_activities.push((entry.id.clone(), fields.title.clone(), fields.started_on));
        batch.push((import_key(&entry.id), fields));
    }
    let written = journal.import_activities(&batch)?;
    outcome.activities = written.imported;
    outcome.skipped_duplicates += written.skipped_duplicates;

    // The journal's activities by title and day, to link reflections to those just written
    // (or found already there).
    let by_day: HashMap<(String, NaiveDate), Uuid> =
        crate::gather::all(|page| journal.activities(page))?
            .into_iter()
            .map(|a| ((a.fields.title, a.fields.started_on), a.id))
            .collect();
    let mut activity_ids: HashMap<&str, Uuid> = HashMap::new();
    for entry in entries.iter().filter(|e| e.kind == "activity") {
        if let Some(fields) = activity_fields(entry)
            && let Some(id) = by_day.get(&(fields.title, fields.started_on))
        {
            activity_ids.insert(entry.id.as_str(), *id);
        }
    }

    let mut reflections: HashSet<(String, String)> =
        crate::gather::all(|page| journal.reflections(page))?
            .into_iter()
            .map(|r| (body(&r.fields), r.fields.title))
            .map(|(body, title)| (title, body))
            .collect();
    let mut goals: HashSet<(String, Option<NaiveDate>)> = journal
        .goals()?
        .into_iter()
        .map(|g| (g.fields.title, g.fields.target_on))
        .collect();
    let titles: HashMap<&str, &str> = entries
        .iter()
        .map(|e| (e.id.as_str(), e.title.as_str()))
        .collect();
    for entry in entries {
        match entry.kind.as_str() {
            "activity" => {}
            "entry" => {
                let activity = entry
                    .link("reflects_on")
                    .and_then(|id| activity_ids.get(id).copied());
                let mut fields = ReflectionFields::free(entry.title_or(""), activity);
                if let Some(section) = fields.sections.first_mut() {
                    section.text.clone_from(&entry.content);
                }
                fields.tags.clone_from(&entry.tags);
                if !reflections.insert((fields.title.clone(), body(&fields))) {
                    outcome.skipped_duplicates += 1;
                    continue;
                }
                journal.create_reflection(&fields)?;
                outcome.reflections += 1;
            }
            "plan" => {
                let mut description = entry
                    .cairn("description")
                    .map_or_else(|| entry.content.clone(), str::to_owned);
                if let Some(plan) = entry.link("is_part_of").and_then(|id| titles.get(id))
                    && !plan.trim().is_empty()
                {
                    if !description.is_empty() {
                        description.push_str("\n\n");
                    }
                    description.push_str(&format!("Part of the plan \u{201c}{plan}\u{201d}."));
                }
                let fields = GoalFields {
                    title: entry.title_or("Untitled goal"),
                    description,
                    success_criteria: entry.cairn("success-criteria").unwrap_or("").to_owned(),
                    target_on: entry.dates.get("target").copied(),
                    status: entry
                        .cairn("status")
                        .and_then(GoalStatus::parse)
                        .unwrap_or(GoalStatus::Active),
                };
                if !goals.insert((fields.title.clone(), fields.target_on)) {
                    outcome.skipped_duplicates += 1;
                    continue;
                }
                journal.create_goal(&fields)?;
                outcome.goals += 1;
            }
            _ => outcome.skipped_unsupported += 1,
        }
    }
    Ok(outcome)
}

/// A reflection's writing, for recognising one already imported.
fn body(fields: &ReflectionFields) -> String {
    fields
        .sections
        .iter()
        .map(|s| s.text.trim())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// An activity entry as Cairn fields; `None` when it records no time spent.
fn activity_fields(entry: &Entry) -> Option<ActivityFields> {
    let minutes: i32 = entry.cairn("minutes")?.trim().parse().ok()?;
    let started_on = entry
        .dates
        .get("start")
        .copied()
        .or(entry.published)
        .or(entry.updated)?;
    let ended_on = entry
        .dates
        .get("end")
        .copied()
        .filter(|end| *end > started_on);
    let text = |name: &str| entry.cairn(name).unwrap_or("").to_owned();
    let mut fields = ActivityFields::new(entry.title_or("Untitled activity"), started_on, minutes);
    fields.ended_on = ended_on;
    fields.description = entry
        .cairn("description")
        .map_or_else(|| entry.content.clone(), str::to_owned);
    if let Some(kind) = entry.cairn("kind").and_then(ActivityKind::parse) {
        fields.kind = kind;
        fields.mode = kind.usual_mode();
    }
    if let Some(mode) = entry.cairn("mode").and_then(ActivityMode::parse) {
        fields.mode = mode;
    }
    fields.participatory_minutes = entry
        .cairn("participatory-minutes")
        .and_then(|m| m.trim().parse().ok())
        .unwrap_or(0);
    fields.provider = text("provider");
    fields.location = text("location");
    fields.outcomes = text("outcomes");
    fields.impact = text("impact");
    fields.tags.clone_from(&entry.tags);
    Some(fields)
}
