//! The typeset PDF from a user's own template: what it reads, and what a broken one reports.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use cairn_journal::Journal;
use cairn_portfolio::{Layout, PortfolioError, pdf};

use common::pdf::*;

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
