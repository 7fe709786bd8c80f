//! A nurse's sample journal over one revalidation cycle, and rendering it to PDF text.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::process::Command;

use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, FeedbackFields, GoalFields, GoalStatus, Journal,
    Privacy, ProfileBody, ProfileFields, ReflectionFields, ReflectionModel, ReviewFields, Section,
    StandardOwner, preset_item_id,
};
use cairn_portfolio::{ExportRequest, Layout, Owner, Portfolio, gather, pdf};
use chrono::{Datelike, Days, Months, NaiveDate, Utc};

pub const NMC_TITLES: [&str; 4] = [
    "Recognising deterioration with NEWS2",
    "Feedback from a family about discharge planning",
    "Leading a safeguarding huddle",
    "Sepsis screening audit",
];

pub fn activity(
    title: &str,
    on: NaiveDate,
    kind: ActivityKind,
    minutes: i32,
    with_others: i32,
) -> ActivityFields {
    ActivityFields {
        title: title.into(),
        description: format!(
            "A **{}** session on the ward's priorities.\n\n- what was covered\n- what I \
             practised\n\nWe used the trust's guidance ([link](https://example.org/guidance)).",
            kind.label().to_lowercase()
        ),
        kind,
        mode: if with_others > 0 {
            ActivityMode::Formal
        } else {
            ActivityMode::SelfDirected
        },
        participatory_minutes: with_others,
        started_on: on,
        ended_on: None,
        minutes,
        provider: "Lothian Nursing Education".into(),
        location: "Royal Infirmary, Edinburgh".into(),
        outcomes: "I can explain the escalation thresholds and why they matter.".into(),
        impact: "I now review observations with students at every handover.".into(),
        tags: vec!["acute care".into()],
        goal_id: None,
        community_id: None,
    }
}

pub fn nmc_account(title: &str, activity_id: Option<uuid::Uuid>) -> ReflectionFields {
    let section = |stage: &str, text: &str| Section {
        stage: stage.into(),
        text: text.into(),
    };
    ReflectionFields {
        title: title.into(),
        model: ReflectionModel::NmcAccount,
        sections: vec![
            section(
                "nature",
                "A study day on recognising the deteriorating adult, with simulated \
                 scenarios.",
            ),
            section(
                "learning",
                "That a single raised score matters less than the *trend*; and that I had \
                 been waiting too long before escalating.",
            ),
            section(
                "change",
                "I escalate on the trend now, and I have taught two students to chart it.",
            ),
            section(
                "code",
                "Preserve safety: recognising and responding to risk (standard 17).\n\n\
                 Practise effectively: sharing skills with students (standard 9).",
            ),
        ],
        activity_id,
        privacy: Privacy::Shareable,
        tags: vec![],
        goal_id: None,
        community_id: None,
    }
}

/// Today, as the journal sees it: reflections are dated by the real clock, so the sample is
/// laid out around it.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The start of the sample's requirement cycle and period: the first of the month two years
/// ago, so the whole sample falls inside one NMC cycle whatever today is.
pub fn cycle_start() -> NaiveDate {
    today()
        .checked_sub_months(Months::new(24))
        .and_then(|d| d.with_day(1))
        .unwrap()
}

pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// A nurse's journal over one revalidation cycle: `scale` copies of a year's learning.
pub fn nurse_journal(scale: usize) -> Journal {
    let journal = Journal::open_in_memory().unwrap();
    journal
        .create_profile(&ProfileFields {
            label: "NMC — adult nursing".into(),
            ..ProfileFields::preset(ProfileBody::Nmc, cycle_start())
        })
        .unwrap();
    let goal = journal
        .create_goal(&GoalFields {
            title: "Teach deterioration recognition to students".into(),
            description: "Build confidence in the team's newest members.".into(),
            success_criteria: "- every student charts NEWS2 unaided\n- two teaching sessions"
                .into(),
            target_on: today().checked_add_months(Months::new(6)),
            status: GoalStatus::Active,
        })
        .unwrap();
    let kinds = [
        (
            "Recognising the deteriorating adult: study day",
            ActivityKind::Course,
            420,
            420,
        ),
        (
            "Reading: NICE sepsis guideline update",
            ActivityKind::Reading,
            90,
            0,
        ),
        (
            "Safeguarding adults level 3",
            ActivityKind::ELearning,
            180,
            0,
        ),
        (
            "Clinical supervision with the practice educator",
            ActivityKind::Supervision,
            60,
            60,
        ),
        (
            "Regional critical care conference",
            ActivityKind::Conference,
            360,
            360,
        ),
        (
            "Teaching students to chart NEWS2",
            ActivityKind::TeachingOthers,
            120,
            120,
        ),
    ];
    let mut first_activity = None;
    let mut step = 0;
    for copy in 0..scale {
        for (i, (title, kind, minutes, with_others)) in kinds.iter().enumerate() {
            step += 1;
            let on = today() - Days::new(640 - step * 12);
            let title = if scale > 1 {
                format!("{title} ({})", copy + 1)
            } else {
                (*title).to_owned()
            };
            let mut fields = activity(&title, on, *kind, *minutes, *with_others);
            if *kind == ActivityKind::TeachingOthers {
                fields.goal_id = Some(goal.id);
            }
            let created = journal.create_activity(&fields).unwrap();
            journal
                .set_standards(
                    StandardOwner::Activity(created.id),
                    &[preset_item_id("nmc", if i % 2 == 0 { "3" } else { "2" })],
                )
                .unwrap();
            first_activity.get_or_insert(created.id);
        }
    }
    let mut accounts = Vec::new();
    for (i, title) in NMC_TITLES.iter().cycle().take(4 * scale).enumerate() {
        let title = if scale > 1 {
            format!("{title} ({})", i + 1)
        } else {
            (*title).to_owned()
        };
        let created = journal
            .create_reflection(&nmc_account(&title, first_activity.filter(|_| i == 0)))
            .unwrap();
        accounts.push(created.id);
    }
    journal
        .create_reflection(&ReflectionFields {
            title: "A difficult night shift".into(),
            model: ReflectionModel::Rolfe,
            sections: vec![
                Section {
                    stage: "what".into(),
                    text: "Three admissions in an hour with one nurse off sick.".into(),
                },
                Section {
                    stage: "so_what".into(),
                    text: "Prioritising out loud helped the team.".into(),
                },
                Section {
                    stage: "now_what".into(),
                    text: "I will use a visible board next time.".into(),
                },
            ],
            activity_id: None,
            privacy: Privacy::Shareable,
            tags: vec![],
            goal_id: None,
            community_id: None,
        })
        .unwrap();
    for i in 0..(5 * scale as u64) {
        journal
            .create_feedback(&FeedbackFields {
                received_on: today() - Days::new(30 + i * 14),
                source: format!("Patient's daughter, ward 4 ({})", i + 1),
                content: "Thanked the team for explaining the discharge plan clearly.".into(),
                use_made: "Shared at the huddle; we now give a written plan at discharge.".into(),
            })
            .unwrap();
    }
    journal
        .create_review(&ReviewFields {
            held_on: today() - Days::new(10),
            reviewer_name: "Morag Campbell".into(),
            reviewer_role: "Ward manager, NMC registrant".into(),
            registration_number: "12A3456E".into(),
            contact: "morag.campbell@example.org".into(),
            notes: "We discussed all five accounts and the changes to handover.".into(),
            reflection_ids: accounts,
        })
        .unwrap();
    journal
}

/// The journal's portfolio from the start of the cycle to today. Reflections are all written
/// today (the journal dates them by the clock); for a realistic read they are spread back
/// over the period, which changes nothing but the dates shown.
pub fn portfolio(journal: &Journal, layout: Layout) -> Portfolio {
    let mut portfolio = gather(
        journal,
        &ExportRequest {
            layout,
            owner: Owner {
                name: "Eilidh MacLeod".into(),
                registration_number: "09I4567S".into(),
                body: "Nursing and Midwifery Council".into(),
            },
            from: cycle_start(),
            to: today(),
            include_private: true,
            entries: None,
            with_evidence: false,
            template: None,
        },
    )
    .unwrap();
    let count = portfolio.reflections.len() as u64;
    for (i, reflection) in portfolio.reflections.iter_mut().enumerate() {
        reflection.written_on = today() - Days::new(20 + (count - i as u64) * 15);
    }
    portfolio
}

/// Runs `pdftotext`, which must be installed: it is how these tests read the PDF back.
pub fn pdftotext(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "pdftotext could not run ({error}): install the Debian package poppler-utils \
                 (scripts/setup.sh does)"
            )
        });
    assert!(output.status.success(), "pdftotext failed: {output:?}");
    // Lines wrap where the page does: compare text with its white space collapsed.
    String::from_utf8(output.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Renders with Cairn's template into `dir`, returning the file and its text.
pub fn render(portfolio: &Portfolio, dir: &Path, name: &str) -> (PathBuf, String) {
    let path = dir.join(name);
    let mut file = std::fs::File::create(&path).unwrap();
    let reached = Cell::new(0.0_f32);
    pdf::write(portfolio, &mut file, &|done| {
        assert!(done >= reached.get(), "progress only goes forward");
        reached.set(done);
        true
    })
    .unwrap();
    assert_eq!(
        reached.get(),
        1.0,
        "progress ends at 1 once the file is written"
    );
    let text = pdftotext(&path);
    (path, text)
}

pub fn assert_contains(text: &str, wanted: &[&str], why: &str) {
    for piece in wanted {
        assert!(
            text.contains(piece),
            "{why}: {piece:?} missing from\n{text}"
        );
    }
}
