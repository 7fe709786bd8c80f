//! Portfolios for the writer tests, built field by field so that every id, date and figure
//! is fixed.

use cairn_journal::{
    ActivityKind, ActivityMode, Coverage, Feedback, FeedbackFields, Framework, FrameworkItem, Goal,
    GoalFields, GoalStatus, ItemCoverage, ProfileBody, ProfileProgress, ReflectionModel,
    Requirement, RequirementUnit, Review, ReviewFields,
};
use cairn_portfolio::{
    Layout, Owner, Portfolio, PortfolioActivity, PortfolioReflection, PortfolioSection, Totals,
};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use uuid::Uuid;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The moment every test portfolio was "generated".
pub fn generated_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 14, 10, 30, 0).unwrap()
}

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

/// The NMC form's four questions, as the model titles its stages, with an answer to each.
pub fn nmc_sections() -> Vec<(String, String)> {
    let answers = [
        "A safeguarding update on recognising and escalating concerns about adults at risk.",
        "How to document a concern so that the next person can act on it.",
        "I now record concerns the same day and discuss them at the safety huddle.",
        "It supports preserving safety and prioritising people.",
    ];
    cairn_journal::models::guide(ReflectionModel::NmcAccount)
        .stages
        .into_iter()
        .zip(answers)
        .map(|(stage, answer)| (stage.title, answer.to_owned()))
        .collect()
}

fn activity(n: u128, title: &str, kind: ActivityKind, mode: ActivityMode) -> PortfolioActivity {
    PortfolioActivity {
        id: id(n),
        title: title.to_owned(),
        kind,
        kind_label: kind.label().to_owned(),
        mode,
        mode_label: mode.label().to_owned(),
        started_on: day(2024, 5, 14),
        ended_on: None,
        minutes: 60,
        participatory_minutes: 0,
        provider: String::new(),
        location: String::new(),
        description: String::new(),
        outcomes: String::new(),
        impact: String::new(),
        tags: Vec::new(),
        standards: Vec::new(),
        evidence: Vec::new(),
    }
}

fn requirement(
    key: &str,
    label: &str,
    unit: RequirementUnit,
    target: f64,
    achieved: f64,
) -> Requirement {
    Requirement {
        key: key.to_owned(),
        label: label.to_owned(),
        unit,
        target,
        achieved,
        met: achieved >= target,
        note: String::new(),
        due_on: None,
    }
}

/// An NMC revalidation portfolio with a little of everything.
pub fn nmc() -> Portfolio {
    let activities = vec![
        PortfolioActivity {
            minutes: 420,
            participatory_minutes: 420,
            provider: "NHS Lothian".to_owned(),
            location: "Edinburgh".to_owned(),
            description: "A face-to-face **update**, with case studies.".to_owned(),
            outcomes: "- Escalation routes\n- Documenting concerns".to_owned(),
            impact: "I now raise concerns the same day.".to_owned(),
            tags: vec!["safeguarding".to_owned()],
            standards: vec![
                "Preserve safety".to_owned(),
                "Practise effectively".to_owned(),
            ],
            evidence: vec!["certificate.pdf".to_owned()],
            ..activity(
                1,
                "Safeguarding adults: level 3",
                ActivityKind::Course,
                ActivityMode::Formal,
            )
        },
        PortfolioActivity {
            started_on: day(2025, 5, 18),
            ended_on: Some(day(2025, 5, 20)),
            minutes: 900,
            participatory_minutes: 600,
            provider: "RCN".to_owned(),
            location: "Liverpool".to_owned(),
            outcomes: "Leadership is a practice, not a post.".to_owned(),
            impact: "=1+1 is not a formula here".to_owned(),
            standards: vec!["Promote professionalism and trust".to_owned()],
            ..activity(
                2,
                "RCN Congress | days 1–3, \"Leading change\"",
                ActivityKind::Conference,
                ActivityMode::Formal,
            )
        },
        PortfolioActivity {
            started_on: day(2025, 9, 2),
            minutes: 95,
            outcomes: "Line one\nLine two".to_owned(),
            tags: vec!["reading".to_owned(), "reflection".to_owned()],
            ..activity(
                3,
                "The Reflective Practitioner, *chapter 2*",
                ActivityKind::Reading,
                ActivityMode::SelfDirected,
            )
        },
    ];
    let reflections = vec![
        PortfolioReflection {
            id: id(11),
            title: "Escalating a concern".to_owned(),
            model: ReflectionModel::NmcAccount,
            model_label: ReflectionModel::NmcAccount.label().to_owned(),
            written_on: day(2024, 5, 20),
            activity: Some("Safeguarding adults: level 3".to_owned()),
            private: false,
            sections: nmc_sections()
                .into_iter()
                .map(|(title, text)| PortfolioSection { title, text })
                .collect(),
            standards: vec!["Prioritise people".to_owned()],
        },
        PortfolioReflection {
            id: id(12),
            title: "A hard conversation".to_owned(),
            model: ReflectionModel::Gibbs,
            model_label: ReflectionModel::Gibbs.label().to_owned(),
            written_on: day(2025, 10, 1),
            activity: None,
            private: true,
            sections: vec![
                PortfolioSection {
                    title: "Description".to_owned(),
                    text: "A relative was *angry* about visiting times.\n\n1. I listened.\n2. I explained.".to_owned(),
                },
                PortfolioSection {
                    title: "Feelings".to_owned(),
                    text: "Anxious at first; then [calmer](https://example.org/calm).".to_owned(),
                },
            ],
            standards: Vec::new(),
        },
    ];
    let created = generated_at();
    Portfolio {
        layout: Layout::Nmc,
        owner: Owner {
            name: "Siân O'Neill".to_owned(),
            registration_number: "12A3456B".to_owned(),
            body: "NMC".to_owned(),
        },
        from: day(2024, 4, 1),
        to: day(2027, 3, 31),
        generated_at: generated_at(),
        totals: Totals {
            activities: 3,
            minutes: 1415,
            participatory_minutes: 1020,
            reflections: 2,
        },
        profiles: vec![ProfileProgress {
            profile_id: id(21),
            body: ProfileBody::Nmc,
            label: "NMC revalidation".to_owned(),
            cycle_start: day(2024, 4, 1),
            cycle_end: day(2027, 3, 31),
            requirements: vec![
                Requirement {
                    note: "35 hours over three years.".to_owned(),
                    ..requirement("hours", "CPD hours", RequirementUnit::Hours, 35.0, 23.58)
                },
                requirement(
                    "participatoryHours",
                    "Participatory hours",
                    RequirementUnit::Hours,
                    20.0,
                    17.0,
                ),
                requirement(
                    "reflectiveAccounts",
                    "Reflective accounts",
                    RequirementUnit::Count,
                    5.0,
                    1.0,
                ),
                requirement(
                    "feedback",
                    "Practice-related feedback",
                    RequirementUnit::Count,
                    5.0,
                    1.0,
                ),
                Requirement {
                    due_on: Some(day(2027, 3, 31)),
                    ..requirement(
                        "signoff",
                        "Revalidation due",
                        RequirementUnit::Date,
                        0.0,
                        17.0,
                    )
                },
            ],
            warnings: vec!["Four more reflective accounts are needed.".to_owned()],
        }],
        activities,
        reflections,
        goals: vec![Goal {
            id: id(31),
            fields: GoalFields {
                title: "Lead a safety huddle".to_owned(),
                description: "Build confidence in *leading* short team meetings.".to_owned(),
                success_criteria: "Led three huddles by summer.".to_owned(),
                target_on: Some(day(2025, 8, 31)),
                status: GoalStatus::Active,
            },
            activities: 1,
            reflections: 1,
            minutes: 420,
            created_at: created,
            updated_at: created,
            deleted_at: None,
        }],
        feedback: vec![Feedback {
            id: id(41),
            fields: FeedbackFields {
                received_on: day(2025, 2, 3),
                source: "A patient's daughter".to_owned(),
                content: "Thanked the team for explaining the discharge plan.".to_owned(),
                use_made: "I now give written discharge notes.".to_owned(),
            },
            created_at: created,
            updated_at: created,
        }],
        reviews: vec![Review {
            id: id(51),
            fields: ReviewFields {
                held_on: day(2027, 2, 1),
                reviewer_name: "Dr Ana Ruiz".to_owned(),
                reviewer_role: "NMC registrant".to_owned(),
                registration_number: "98Z7654C".to_owned(),
                contact: "ana.ruiz@example.org".to_owned(),
                notes: "We discussed all accounts.".to_owned(),
                reflection_ids: vec![id(11), id(99)],
            },
            created_at: created,
            updated_at: created,
        }],
        coverage: Some(coverage()),
    }
}

fn coverage() -> Coverage {
    let themes = [
        ("1", "Prioritise people", 0, 1, 0, 0),
        ("2", "Practise effectively", 1, 0, 0, 420),
        ("3", "Preserve safety", 1, 0, 1, 420),
        ("4", "Promote professionalism and trust", 1, 0, 0, 900),
    ];
    let items: Vec<FrameworkItem> = themes
        .iter()
        .enumerate()
        .map(|(i, (code, title, ..))| FrameworkItem {
            id: id(60 + i as u128),
            parent_id: None,
            code: (*code).to_owned(),
            title: (*title).to_owned(),
            description: String::new(),
        })
        .collect();
    Coverage {
        items: themes
            .iter()
            .zip(&items)
            .map(
                |((_, _, activities, reflections, goals, minutes), item)| ItemCoverage {
                    item_id: item.id,
                    code: item.code.clone(),
                    title: item.title.clone(),
                    parent_id: None,
                    activities: *activities,
                    reflections: *reflections,
                    goals: *goals,
                    minutes: *minutes,
                },
            )
            .collect(),
        framework: Framework {
            id: id(59),
            preset: Some("nmc".to_owned()),
            name: "The Code".to_owned(),
            body: "NMC".to_owned(),
            description: String::new(),
            items,
            created_at: generated_at(),
            updated_at: generated_at(),
        },
    }
}

/// A general portfolio of an empty period, with no owner details.
pub fn empty() -> Portfolio {
    Portfolio {
        layout: Layout::General,
        owner: Owner::default(),
        from: day(2026, 1, 1),
        to: day(2026, 12, 31),
        generated_at: generated_at(),
        totals: Totals {
            activities: 0,
            minutes: 0,
            participatory_minutes: 0,
            reflections: 0,
        },
        profiles: Vec::new(),
        activities: Vec::new(),
        reflections: Vec::new(),
        goals: Vec::new(),
        feedback: Vec::new(),
        reviews: Vec::new(),
        coverage: None,
    }
}
