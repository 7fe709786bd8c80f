#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a benchmark panics
//! Exporting a 500-entry portfolio: 300 activities and 200 reflections (half of them NMC
//! accounts) with feedback, reviews and an NMC profile, gathered from a journal file and
//! written as PDF, Word and HTML.
//!
//! `cargo bench -p cairn-portfolio --bench export` runs criterion, then prints the time of
//! each step. The figures are for reading: a bench never fails.

use std::hint::black_box;
use std::time::{Duration, Instant};

use cairn_journal::{
    ActivityFields, ActivityKind, FeedbackFields, Journal, Privacy, ProfileBody, ProfileFields,
    ReflectionFields, ReflectionModel, ReviewFields, Section, models,
};
use cairn_portfolio::{ExportFormat, ExportRequest, Layout, Owner, Portfolio, gather, write};
use chrono::{NaiveDate, TimeDelta};
use criterion::Criterion;

const ACTIVITIES: usize = 300;
const REFLECTIONS: usize = 200;

fn journal(folder: &std::path::Path) -> Journal {
    let journal = Journal::open(&folder.join("journal.sqlite3")).unwrap();
    let start = NaiveDate::from_ymd_opt(2024, 12, 1).unwrap();
    let kinds = [
        ActivityKind::Course,
        ActivityKind::Reading,
        ActivityKind::Supervision,
        ActivityKind::PeerDiscussion,
        ActivityKind::Conference,
    ];
    let mut ids = Vec::new();
    for n in 0..ACTIVITIES {
        let day = start + TimeDelta::days((n * 2) as i64);
        let mut fields = ActivityFields::new(
            format!("Activity {n}: sepsis, falls and safeguarding"),
            day,
            90,
        );
        fields.kind = kinds[n % kinds.len()];
        fields.participatory_minutes = if n % 2 == 0 { 90 } else { 0 };
        fields.provider = "Lothian Nursing Education".into();
        fields.description = "A **study day** with simulated scenarios and a debrief.".into();
        fields.outcomes = "Escalate on the trend, not a single score.".into();
        fields.impact = "I now review observations with students at every handover.".into();
        ids.push(journal.create_activity(&fields).unwrap());
    }
    for (n, activity) in ids.iter().take(REFLECTIONS).enumerate() {
        let model = if n % 2 == 0 {
            ReflectionModel::NmcAccount
        } else {
            ReflectionModel::Gibbs
        };
        let mut fields = ReflectionFields::on_activity(activity);
        fields.model = model;
        fields.privacy = Privacy::Shareable;
        fields.sections = models::guide(model)
            .stages
            .iter()
            .map(|stage| Section {
                stage: stage.key.clone(),
                text: "What happened, what I noticed, and what I will do differently. ".repeat(3),
            })
            .collect();
        journal.create_reflection(&fields).unwrap();
    }
    for n in 0..5 {
        journal
            .create_feedback(&FeedbackFields {
                received_on: start + TimeDelta::days(40 * n),
                source: "A patient's daughter".into(),
                content: "You explained every step.".into(),
                use_made: "I now explain before I start.".into(),
            })
            .unwrap();
    }
    journal
        .create_review(&ReviewFields {
            held_on: start + TimeDelta::days(600),
            reviewer_name: "Morag Campbell".into(),
            reviewer_role: "Ward manager".into(),
            registration_number: "12A3456E".into(),
            contact: "morag@example.org".into(),
            notes: "Discussed five accounts.".into(),
            reflection_ids: Vec::new(),
        })
        .unwrap();
    journal
        .create_profile(&ProfileFields::preset(ProfileBody::Nmc, start))
        .unwrap();
    journal
}

fn request() -> ExportRequest {
    ExportRequest {
        layout: Layout::Nmc,
        owner: Owner {
            name: "Eilidh MacLeod".into(),
            registration_number: "09I4567S".into(),
            body: "Nursing and Midwifery Council".into(),
        },
        from: NaiveDate::from_ymd_opt(2024, 12, 1).unwrap(),
        to: NaiveDate::from_ymd_opt(2027, 12, 1).unwrap(),
        include_private: true,
        entries: None,
        with_evidence: false,
        template: None,
    }
}

fn render(portfolio: &Portfolio, format: ExportFormat) -> usize {
    let mut out = Vec::new();
    write(portfolio, format, &mut out, &|_| true).unwrap();
    out.len()
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let folder = tempfile::tempdir().unwrap();
    let journal = journal(folder.path());
    let request = request();
    let portfolio = gather(&journal, &request).unwrap();

    let mut criterion = Criterion::default().sample_size(10).configure_from_args();
    criterion.bench_function("gather 500 entries", |b| {
        b.iter(|| black_box(gather(&journal, &request).unwrap()))
    });
    for format in [ExportFormat::Pdf, ExportFormat::Docx, ExportFormat::Html] {
        criterion.bench_function(&format!("write {format:?}"), |b| {
            b.iter(|| black_box(render(&portfolio, format)))
        });
    }
    criterion.final_summary();
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }

    let runs = 5;
    let timed = |work: &dyn Fn()| {
        median(
            (0..runs)
                .map(|_| {
                    let started = Instant::now();
                    work();
                    started.elapsed()
                })
                .collect(),
        )
    };
    let gathered = timed(&|| {
        black_box(gather(&journal, &request).unwrap());
    });
    println!();
    println!(
        "Export of {} activities and {} reflections (NMC layout), median of {runs} runs:",
        portfolio.totals.activities, portfolio.totals.reflections
    );
    println!(
        "  gather from the journal   {:>8.1} ms",
        gathered.as_secs_f64() * 1e3
    );
    for format in [ExportFormat::Pdf, ExportFormat::Docx, ExportFormat::Html] {
        let size = render(&portfolio, format);
        let written = timed(&|| {
            black_box(render(&portfolio, format));
        });
        println!(
            "  write {:<6} {:>9} bytes {:>8.1} ms  (gather + write {:.1} ms)",
            format!("{format:?}"),
            size,
            written.as_secs_f64() * 1e3,
            (gathered + written).as_secs_f64() * 1e3
        );
    }
}
