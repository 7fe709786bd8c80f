//! Reading one period of the journal into a [`Portfolio`].

use std::collections::HashMap;

use cairn_journal::models;
use cairn_journal::{
    Activity, EvidenceOwner, Journal, PageRequest, Privacy, Reflection, StandardOwner,
};
use uuid::Uuid;

use crate::error::{PortfolioError, Result};
use crate::model::{
    ExportRequest, Layout, Portfolio, PortfolioActivity, PortfolioReflection, PortfolioSection,
    Totals,
};

/// Reads what `request` asks for from `journal`. Entries in the trash never appear; private
/// reflections only when asked for.
pub fn gather(journal: &Journal, request: &ExportRequest) -> Result<Portfolio> {
    if request.to < request.from {
        return Err(PortfolioError::invalid(
            "to",
            "The period ends before it starts.",
        ));
    }
    let chosen = |id: Uuid| request.entries.as_ref().is_none_or(|ids| ids.contains(&id));
    let standards = standard_names(journal)?;
    let named = |owner: StandardOwner| -> Result<Vec<String>> {
        Ok(journal
            .standards(owner)?
            .iter()
            .filter_map(|id| standards.get(id).cloned())
            .collect())
    };

    let mut activities = Vec::new();
    for activity in all(|page| journal.activities(page))? {
        let last = activity
            .fields
            .ended_on
            .unwrap_or(activity.fields.started_on);
        if last < request.from || activity.fields.started_on > request.to || !chosen(activity.id) {
            continue;
        }
        let standards = named(StandardOwner::Activity(activity.id))?;
        let evidence = journal
            .evidence(EvidenceOwner::Activity(activity.id))?
            .into_iter()
            .map(|file| file.name)
            .collect();
        activities.push(portfolio_activity(activity, standards, evidence));
    }
    activities.sort_by_key(|a| (a.started_on, a.title.clone()));

    let mut reflections = Vec::new();
    for reflection in all(|page| journal.reflections(page))? {
        let written_on = reflection.created_at.date_naive();
        let private = reflection.fields.privacy == Privacy::Private;
        let in_period = written_on >= request.from && written_on <= request.to;
        if !in_period || !chosen(reflection.id) || (private && !request.include_private) {
            continue;
        }
        let standards = named(StandardOwner::Reflection(reflection.id))?;
        if let Some(entry) = portfolio_reflection(reflection, standards) {
            reflections.push(entry);
        }
    }
    reflections.sort_by_key(|r| (r.written_on, r.title.clone()));

    let in_period = |day: chrono::NaiveDate| day >= request.from && day <= request.to;
    let feedback = journal
        .feedback()?
        .into_iter()
        .filter(|f| in_period(f.fields.received_on))
        .rev()
        .collect();
    let reviews = journal
        .reviews()?
        .into_iter()
        .filter(|r| in_period(r.fields.held_on))
        .rev()
        .collect();
    let coverage = match preset_for(request.layout) {
        Some(key) => Some(journal.coverage(
            cairn_journal::preset_framework_id(key),
            Some(request.from),
            Some(request.to),
        )?),
        None => None,
    };
    let totals = Totals {
        activities: activities.len() as u32,
        minutes: activities.iter().map(|a| a.minutes).sum(),
        participatory_minutes: activities.iter().map(|a| a.participatory_minutes).sum(),
        reflections: reflections.len() as u32,
    };
    Ok(Portfolio {
        layout: request.layout,
        owner: request.owner.clone(),
        from: request.from,
        to: request.to,
        generated_at: chrono::Utc::now(),
        totals,
        profiles: journal.all_progress(request.to)?,
        activities,
        reflections,
        goals: journal.goals()?,
        feedback,
        reviews,
        coverage,
    })
}

/// Every item of a paged list.
pub(crate) fn all<T>(
    mut page: impl FnMut(PageRequest) -> cairn_journal::Result<cairn_journal::Page<T>>,
) -> Result<Vec<T>> {
    let mut items = Vec::new();
    loop {
        let next = page(PageRequest {
            offset: items.len() as u32,
            limit: cairn_journal::MAX_PAGE,
        })?;
        let done = next.items.is_empty() || items.len() + next.items.len() >= next.total as usize;
        items.extend(next.items);
        if done {
            return Ok(items);
        }
    }
}

/// "C4 Facilitate and promote community empowerment", by item id, over every framework.
fn standard_names(journal: &Journal) -> Result<HashMap<Uuid, String>> {
    let mut names = HashMap::new();
    for framework in journal.frameworks()? {
        for item in framework.items {
            names.insert(
                item.id,
                format!("{} {}", item.code, item.title).trim().to_owned(),
            );
        }
    }
    Ok(names)
}

/// The shipped framework a layout reports coverage against.
fn preset_for(layout: Layout) -> Option<&'static str> {
    match layout {
        Layout::Cld => Some("cld"),
        Layout::Nmc => Some("nmc"),
        Layout::Hcpc => Some("hcpc"),
        Layout::General => None,
    }
}

fn portfolio_activity(
    activity: Activity,
    standards: Vec<String>,
    evidence: Vec<String>,
) -> PortfolioActivity {
    let fields = activity.fields;
    PortfolioActivity {
        id: activity.id,
        title: fields.title,
        kind: fields.kind,
        kind_label: fields.kind.label().to_owned(),
        mode: fields.mode,
        mode_label: fields.mode.label().to_owned(),
        started_on: fields.started_on,
        ended_on: fields.ended_on,
        minutes: fields.minutes,
        participatory_minutes: fields.participatory_minutes,
        provider: fields.provider,
        location: fields.location,
        description: fields.description,
        outcomes: fields.outcomes,
        impact: fields.impact,
        tags: fields.tags,
        standards,
        evidence,
    }
}

/// A reflection's written stages under their titles; `None` when nothing is written.
fn portfolio_reflection(
    reflection: Reflection,
    standards: Vec<String>,
) -> Option<PortfolioReflection> {
    let fields = reflection.fields;
    let guide = models::guide(fields.model);
    let sections: Vec<PortfolioSection> = fields
        .sections
        .iter()
        .filter(|section| !section.text.trim().is_empty())
        .map(|section| PortfolioSection {
            title: guide
                .stages
                .iter()
                .find(|stage| stage.key == section.stage)
                .map_or_else(
                    || section.stage.replace('_', " "),
                    |stage| stage.title.clone(),
                ),
            text: section.text.clone(),
        })
        .collect();
    if sections.is_empty() {
        return None;
    }
    Some(PortfolioReflection {
        id: reflection.id,
        title: if fields.title.is_empty() {
            "Untitled reflection".to_owned()
        } else {
            fields.title
        },
        model: fields.model,
        model_label: guide.label,
        written_on: reflection.created_at.date_naive(),
        activity: reflection.activity_title,
        private: fields.privacy == Privacy::Private,
        sections,
        standards,
    })
}
