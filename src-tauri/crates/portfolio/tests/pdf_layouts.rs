//! The typeset PDF: what an NMC revalidation or a general portfolio shows, read back with
//! `pdftotext` (Debian's poppler-utils).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use cairn_journal::{ActivityFields, ActivityKind, Journal};
use cairn_portfolio::{Layout, PortfolioError, pdf};

use common::pdf::*;

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
/// `cargo test -p cairn-portfolio --test pdf_layouts -- --ignored sample_pages`.
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
/// `cargo test -p cairn-portfolio --test pdf_layouts -- --ignored --nocapture render_times`.
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
