//! The typeset PDF: what an NMC revalidation or a general portfolio shows, read back with
//! `pdftotext` (Debian's poppler-utils), and what a user's broken template reports.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, FeedbackFields, GoalFields, GoalStatus, Journal,
    Privacy, ProfileBody, ProfileFields, ReflectionFields, ReflectionModel, ReviewFields, Section,
    StandardOwner, preset_item_id,
};
use cairn_portfolio::{ExportRequest, Layout, Owner, Portfolio, PortfolioError, gather, pdf};
use chrono::{Datelike, Days, Months, NaiveDate, Utc};

const NMC_TITLES: [&str; 4] = [
    "Recognising deterioration with NEWS2",
    "Feedback from a family about discharge planning",
    "Leading a safeguarding huddle",
    "Sepsis screening audit",
];

fn activity(
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

fn nmc_account(title: &str, activity_id: Option<uuid::Uuid>) -> ReflectionFields {
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
fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The start of the sample's requirement cycle and period: the first of the month two years
/// ago, so the whole sample falls inside one NMC cycle whatever today is.
fn cycle_start() -> NaiveDate {
    today()
        .checked_sub_months(Months::new(24))
        .and_then(|d| d.with_day(1))
        .unwrap()
}

fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// A nurse's journal over one revalidation cycle: `scale` copies of a year's learning.
fn nurse_journal(scale: usize) -> Journal {
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
fn portfolio(journal: &Journal, layout: Layout) -> Portfolio {
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
fn pdftotext(pdf: &Path) -> String {
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
fn render(portfolio: &Portfolio, dir: &Path, name: &str) -> (PathBuf, String) {
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

fn assert_contains(text: &str, wanted: &[&str], why: &str) {
    for piece in wanted {
        assert!(
            text.contains(piece),
            "{why}: {piece:?} missing from\n{text}"
        );
    }
}

#[test]
fn an_nmc_portfolio_has_a_cover_contents_the_nmc_form_and_the_totals() {
    let journal = nurse_journal(1);
    let portfolio = portfolio(&journal, Layout::Nmc);
    let dir = tempfile::tempdir().unwrap();
    let (_, text) = render(&portfolio, dir.path(), "nmc.pdf");

    assert_contains(
        &text,
        &[
            "Revalidation portfolio",
            "Eilidh MacLeod",
            "09I4567S",
            &format!("{} to {}", long_date(cycle_start()), long_date(today())),
        ],
        "the cover names the practitioner, registration and period",
    );
    assert_contains(
        &text,
        &["Contents", "Page 2 of"],
        "contents and page numbers",
    );
    assert_contains(
        &text,
        &[
            "Revalidation summary",
            "CPD record",
            "CPD activities in detail",
            "Practice-related feedback",
            "Written reflective accounts",
            "Reflective discussion",
            "Development goals",
            "Standards coverage",
        ],
        "every section of the NMC layout",
    );
    assert_contains(
        &text,
        &[
            "What was the nature of the CPD activity and/or practice-related feedback and/or \
             event or experience in your practice?",
            "What did you learn from the CPD activity and/or feedback and/or event or \
             experience in your practice?",
            "How did you change or improve your practice as a result?",
            "How is this relevant to the Code?",
            "I escalate on the trend now",
        ],
        "each NMC account is laid out on the NMC form's four questions",
    );
    assert_contains(
        &text,
        &[
            "Recognising the deteriorating adult: study day",
            "Teaching students to chart NEWS2",
            NMC_TITLES[2],
            "A difficult night shift",
            "Morag Campbell",
            "Teach deterioration recognition to students",
        ],
        "entry titles from every part of the journal",
    );
    // 420 + 90 + 180 + 60 + 360 + 120 minutes = 20.5 hours, 16 of them with others.
    assert_contains(
        &text,
        &["20.50", "16.00"],
        "the total and participatory hours",
    );
    assert_contains(
        &text,
        &["No evidence", "Prioritise people"],
        "gaps in the Code are flagged",
    );
}

#[test]
fn a_general_portfolio_has_every_section_and_reflections_under_headings() {
    let journal = nurse_journal(1);
    let portfolio = portfolio(&journal, Layout::General);
    let dir = tempfile::tempdir().unwrap();
    let (_, text) = render(&portfolio, dir.path(), "general.pdf");
    assert_contains(
        &text,
        &[
            "Continuing professional development portfolio",
            "Eilidh MacLeod",
            "Contents",
            "Summary",
            "Activity log",
            "Participatory hours",
            "Activities in detail",
            "Reflections",
            "Development goals",
            "Feedback",
            "Reviews",
            "Standards coverage",
            "What? ",
            "Prioritising out loud helped the team.",
            "20.50",
        ],
        "the general layout",
    );
}

#[test]
fn the_cld_and_hcpc_layouts_name_their_own_sections() {
    let journal = nurse_journal(1);
    let dir = tempfile::tempdir().unwrap();
    for (layout, wanted) in [
        (
            Layout::Cld,
            [
                "Professional learning record",
                "Professional learning goals",
                "Critical review with a verifier",
            ],
        ),
        (
            Layout::Hcpc,
            [
                "Continuing professional development profile",
                "Chronological record of CPD",
                "Activities and evidence",
            ],
        ),
    ] {
        let (_, text) = render(&portfolio(&journal, layout), dir.path(), "layout.pdf");
        assert_contains(&text, &wanted, &format!("the {layout:?} layout"));
        assert_contains(
            &text,
            &["Standards coverage", "20.50"],
            "coverage and totals",
        );
    }
}

#[test]
fn user_text_is_shown_as_typed_never_run_as_typst() {
    let journal = Journal::open_in_memory().unwrap();
    let sneaky =
        "#set page(width: 2cm) $x^2$ <here> @there #panic(\"boom\") [brackets] // not a comment";
    journal
        .create_activity(&ActivityFields {
            description: "= not a heading\n\n#eval(\"1 + 1\") and \\ backslashes".into(),
            ..activity(sneaky, today(), ActivityKind::Reading, 30, 0)
        })
        .unwrap();
    let portfolio = portfolio(&journal, Layout::Hcpc);
    let dir = tempfile::tempdir().unwrap();
    let (_, text) = render(&portfolio, dir.path(), "sneaky.pdf");
    assert_contains(
        &text,
        &[
            "#set page(width: 2cm) $x^2$ <here> @there #panic(\"boom\") [brackets] // not a comment",
            "= not a heading",
            "#eval(\"1 + 1\") and \\ backslashes",
        ],
        "typst markup in user text is printed, not obeyed",
    );
}

#[test]
fn a_users_template_reads_the_same_data() {
    let journal = nurse_journal(1);
    let portfolio = portfolio(&journal, Layout::Cld);
    let template = "#let data = json(\"/data.json\")\n\
                    #set text(font: \"Libertinus Serif\")\n\
                    = Portfolio of #data.owner.name\n\
                    #for a in data.activities [- #a.title (#a.kindLabel)\n]\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("own.pdf");
    let mut file = std::fs::File::create(&path).unwrap();
    pdf::write_with_template(&portfolio, template, &mut file, &|_| true).unwrap();
    drop(file);
    let text = pdftotext(&path);
    assert_contains(
        &text,
        &[
            "Portfolio of Eilidh MacLeod",
            "Safeguarding adults level 3 (E-learning)",
        ],
        "a user's template shows what it asks for",
    );
}

#[test]
fn a_broken_template_is_refused_with_the_line_it_breaks_on() {
    let journal = Journal::open_in_memory().unwrap();
    let portfolio = portfolio(&journal, Layout::General);
    let template = "#let data = json(\"/data.json\")\n\n= #data.owner.name\n#data.owner.nmae\n";
    let mut out = Vec::new();
    let error = pdf::write_with_template(&portfolio, template, &mut out, &|_| true).unwrap_err();
    match error {
        PortfolioError::Invalid { field, message } => {
            assert_eq!(field, "template", "the template is what to fix");
            assert!(
                message.contains("line 4"),
                "the message names the line: {message}"
            );
            assert!(message.contains("nmae"), "and typst's reason: {message}");
        }
        other => panic!("expected the template to be refused, got {other:?}"),
    }
    assert!(out.is_empty(), "nothing is written for a broken template");

    let reads_elsewhere = "#read(\"/etc/passwd\")";
    let error =
        pdf::write_with_template(&portfolio, reads_elsewhere, &mut out, &|_| true).unwrap_err();
    assert!(
        matches!(error, PortfolioError::Invalid { field: "template", ref message } if message.contains("line 1")),
        "a template reads nothing but its data: {error:?}"
    );
    let package = "#import \"@preview/anything:0.1.0\": *";
    let error = pdf::write_with_template(&portfolio, package, &mut out, &|_| true).unwrap_err();
    assert!(
        matches!(error, PortfolioError::Invalid { field: "template", ref message } if message.contains("packages")),
        "a template cannot fetch packages: {error:?}"
    );
}

#[test]
fn cancelling_writes_nothing() {
    let journal = Journal::open_in_memory().unwrap();
    let portfolio = portfolio(&journal, Layout::General);
    let mut out = Vec::new();
    let error = pdf::write(&portfolio, &mut out, &|done| done < 0.5).unwrap_err();
    assert!(matches!(error, PortfolioError::Cancelled), "{error:?}");
    assert!(out.is_empty(), "a cancelled export writes nothing");
}

#[test]
fn only_one_small_font_family_is_embedded() {
    let bytes = pdf::embedded_font_bytes();
    assert!(
        bytes < 1024 * 1024,
        "Libertinus Serif regular, italic and bold fit in 1 MiB; {bytes} bytes are embedded"
    );
    assert_eq!(pdf::FONT_FAMILY, "Libertinus Serif");
}

/// A realistic nurse's portfolio, rendered to PNG pages for a person to look at:
/// `cargo test -p cairn-portfolio --test pdf -- --ignored sample_pages`.
#[test]
#[ignore = "writes tests/artifacts/pdf for review; needs pdftoppm"]
fn sample_pages() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/artifacts/pdf");
    std::fs::create_dir_all(&out).unwrap();
    let journal = nurse_journal(1);
    for (layout, name) in [
        (Layout::Nmc, "nmc"),
        (Layout::General, "general"),
        (Layout::Cld, "cld"),
        (Layout::Hcpc, "hcpc"),
    ] {
        for old in std::fs::read_dir(&out).unwrap() {
            let old = old.unwrap().path();
            let stale = old.extension().is_some_and(|ext| ext == "png")
                && old
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("{name}-"));
            if stale {
                std::fs::remove_file(old).unwrap();
            }
        }
        let portfolio = portfolio(&journal, layout);
        let (pdf, _) = render(&portfolio, &out, &format!("{name}.pdf"));
        let status = Command::new("pdftoppm")
            .args(["-png", "-r", "60"])
            .arg(&pdf)
            .arg(out.join(name))
            .status()
            .expect("pdftoppm runs (Debian package poppler-utils)");
        assert!(status.success());
    }
}

/// How long the test portfolio and a long one (about fifty pages, left in
/// tests/artifacts/pdf/long.pdf) take to render:
/// `cargo test -p cairn-portfolio --test pdf -- --ignored --nocapture render_times`.
#[test]
#[ignore = "a timing, not a check"]
fn render_times() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/artifacts/pdf");
    std::fs::create_dir_all(&out).unwrap();
    for (scale, name) in [(1, "short.pdf"), (6, "long.pdf")] {
        let journal = nurse_journal(scale);
        let portfolio = portfolio(&journal, Layout::Nmc);
        let started = Instant::now();
        let mut bytes = Vec::new();
        pdf::write(&portfolio, &mut bytes, &|_| true).unwrap();
        let took = started.elapsed();
        let path = out.join(name);
        std::fs::write(&path, &bytes).unwrap();
        let info = Command::new("pdfinfo").arg(&path).output().unwrap();
        let pages = String::from_utf8_lossy(&info.stdout)
            .lines()
            .find_map(|line| line.strip_prefix("Pages:").map(|n| n.trim().to_owned()))
            .unwrap_or_default();
        println!(
            "{name}: {pages} pages, {} KiB, rendered in {took:.2?}",
            bytes.len() / 1024
        );
    }
}
