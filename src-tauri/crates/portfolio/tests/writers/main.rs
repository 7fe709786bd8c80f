#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics
//! The CSV, Markdown, HTML and Word writers over a portfolio built here, with a fixed
//! `generated_at` so that the output is the same on every run.
//!
//! CSV, Markdown and HTML are compared byte for byte with the files in `tests/golden/`. After
//! an intended change to a writer, rewrite them and review the diff:
//!
//! ```sh
//! CAIRN_UPDATE_GOLDEN=1 cargo test -p cairn-portfolio --test writers
//! git diff src-tauri/crates/portfolio/tests/golden/
//! ```

mod docx;
mod fixture;
mod hostile;

use std::path::PathBuf;

use cairn_portfolio::{ExportFormat, Layout, PortfolioError, write};

/// The formats tested here; the PDF writer has its own tests.
const FORMATS: [ExportFormat; 4] = [
    ExportFormat::Docx,
    ExportFormat::Html,
    ExportFormat::Markdown,
    ExportFormat::Csv,
];

fn export(portfolio: &cairn_portfolio::Portfolio, format: ExportFormat) -> Vec<u8> {
    let mut out = Vec::new();
    write(portfolio, format, &mut out, &|_| true).unwrap();
    out
}

/// Compares `actual` with a golden file, or rewrites it when `CAIRN_UPDATE_GOLDEN` is set.
fn golden(name: &str, actual: &[u8]) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("CAIRN_UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with CAIRN_UPDATE_GOLDEN=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let (expected, actual) = (
            String::from_utf8_lossy(&expected),
            String::from_utf8_lossy(actual),
        );
        let line = expected
            .split('\n')
            .zip(actual.split('\n'))
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.split('\n').count().min(actual.split('\n').count()));
        panic!(
            "{name} differs from its golden file from line {}:\n  golden: {:?}\n  actual: {:?}\n\
             If the change is intended, rerun with CAIRN_UPDATE_GOLDEN=1 and review the diff.",
            line + 1,
            expected.split('\n').nth(line),
            actual.split('\n').nth(line),
        );
    }
}

#[test]
fn csv_log_matches_its_golden_file() {
    let csv = export(&fixture::nmc(), ExportFormat::Csv);
    golden("nmc.csv", &csv);

    assert!(
        csv.starts_with(b"\xEF\xBB\xBF"),
        "Excel needs the BOM to read UTF-8"
    );
    let text = std::str::from_utf8(&csv[3..]).unwrap();
    assert!(text.ends_with("\r\n"), "records end in CRLF");
    // The header row is in the golden file; the cells are found here by its names.
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|header| header == name)
            .unwrap_or_else(|| panic!("no {name:?} column in {headers:?}"))
    };
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3, "one row per activity");
    assert_eq!(
        rows.iter().map(|r| &r[column("Date")]).collect::<Vec<_>>(),
        ["2024-05-14", "2025-05-18", "2025-09-02"],
        "chronological"
    );
    assert_eq!(
        &rows[1][column("End date")],
        "2025-05-20",
        "the last day of a multi-day activity"
    );
    assert_eq!(
        &rows[1][column("Title")],
        "RCN Congress | days 1–3, \"Leading change\""
    );
    assert_eq!(
        (
            &rows[2][column("Hours")],
            &rows[2][column("Participatory hours")]
        ),
        ("1.58", "0.00"),
        "95 minutes, two places"
    );
    assert_eq!(
        &rows[1][column("Impact")],
        "'=1+1 is not a formula here",
        "formulas stay text"
    );
    assert_eq!(
        &rows[2][column("What I learned")],
        "Line one\nLine two",
        "line breaks survive, quoted"
    );
    assert_eq!(
        &rows[0][column("Standards")],
        "Preserve safety; Practise effectively"
    );
}

#[test]
fn markdown_matches_its_golden_file() {
    let markdown = String::from_utf8(export(&fixture::nmc(), ExportFormat::Markdown)).unwrap();
    golden("nmc.md", markdown.as_bytes());

    for (question, _) in fixture::nmc_sections() {
        assert!(
            markdown.contains(&format!("#### {question}\n")),
            "the NMC form's question {question:?} is a heading"
        );
    }
    assert!(
        markdown.contains(r"| RCN Congress \| days 1–3, "),
        "a pipe in a title must not split the table cell"
    );
}

#[test]
fn empty_general_portfolio_says_so_in_markdown() {
    let markdown = export(&fixture::empty(), ExportFormat::Markdown);
    golden("empty.md", &markdown);
}

#[test]
fn html_matches_its_golden_file() {
    let html = String::from_utf8(export(&fixture::nmc(), ExportFormat::Html)).unwrap();
    golden("nmc.html", html.as_bytes());

    assert!(html.contains("@media print"), "print rules");
    assert!(
        html.contains("break-before: page"),
        "each part on a new page"
    );
    for target in html.split("href=\"#").skip(1) {
        let id = &target[..target.find('"').unwrap()];
        assert!(
            html.contains(&format!("id=\"{id}\"")),
            "link to #{id} has no target"
        );
    }
    for part in [
        "summary",
        "activities",
        "reflections",
        "feedback",
        "reviews",
        "goals",
        "coverage",
    ] {
        assert!(
            html.contains(&format!("href=\"#{part}\"")),
            "contents link to {part}"
        );
    }
}

#[test]
fn html_is_self_contained_and_has_no_script_even_from_hostile_entries() {
    for portfolio in [
        fixture::nmc(),
        hostile::hostile(),
        hostile::gathered_hostile(),
    ] {
        let html = String::from_utf8(export(&portfolio, ExportFormat::Html)).unwrap();
        let lower = html.to_lowercase();
        assert!(!lower.contains("<script"), "no script element, ever");
        assert!(
            lower.contains("content-security-policy"),
            "a CSP as a second guard"
        );
        // Text is escaped, so every `<` left opens a tag the writer or the sanitiser allowed.
        for tag in lower.split('<').skip(1) {
            let tag = &tag[..tag.find('>').expect("a tag ends")];
            let name = tag
                .split([' ', '/', '\n'])
                .find(|n| !n.is_empty())
                .unwrap_or("");
            assert!(
                ![
                    "script", "iframe", "img", "svg", "link", "object", "embed", "base"
                ]
                .contains(&name),
                "<{tag}> in the HTML export"
            );
            for attribute in tag.split_whitespace().skip(1) {
                assert!(
                    !attribute.starts_with("on") && !attribute.starts_with("src="),
                    "<{tag}> has {attribute}"
                );
            }
            assert!(!tag.contains("javascript:"), "<{tag}> links to script");
        }
        let style = &lower[lower.find("<style>").unwrap()..lower.find("</style>").unwrap()];
        assert!(
            !style.contains("@import") && !style.contains("url("),
            "the style sheet loads nothing"
        );
    }
}

#[test]
fn progress_runs_from_zero_to_one() {
    let portfolio = fixture::nmc();
    for format in FORMATS {
        let seen = std::cell::RefCell::new(Vec::new());
        let mut out = Vec::new();
        write(&portfolio, format, &mut out, &|f| {
            seen.borrow_mut().push(f);
            true
        })
        .unwrap();
        let seen = seen.into_inner();
        assert_eq!(seen.first(), Some(&0.0), "{format:?} starts at 0");
        assert_eq!(seen.last(), Some(&1.0), "{format:?} ends at 1");
        assert!(
            seen.windows(2).all(|w| w[0] <= w[1]),
            "{format:?} never goes back: {seen:?}"
        );
    }
}

#[test]
fn cancelling_stops_writing() {
    let portfolio = fixture::nmc();
    for format in FORMATS {
        let full = export(&portfolio, format);
        for threshold in [0.0, 0.3, 0.9] {
            let mut out = Vec::new();
            let result = write(&portfolio, format, &mut out, &|f| f < threshold);
            assert!(
                matches!(result, Err(PortfolioError::Cancelled)),
                "{format:?} cancelled at {threshold}: {result:?}"
            );
            assert!(
                out.len() < full.len(),
                "{format:?} stopped short at {threshold}"
            );
            assert!(
                full.starts_with(&out),
                "{format:?} wrote only what it had before the cancel"
            );
        }
    }
}

#[test]
fn formats_name_their_files() {
    let names: Vec<(&str, &str)> = [
        ExportFormat::Pdf,
        ExportFormat::Docx,
        ExportFormat::Html,
        ExportFormat::Markdown,
        ExportFormat::Csv,
    ]
    .iter()
    .map(|f| (f.extension(), f.media_type()))
    .collect();
    assert_eq!(names[0], ("pdf", "application/pdf"));
    assert_eq!(names[3], ("md", "text/markdown; charset=utf-8"));
    assert_eq!(names[4].0, "csv");
    assert!(names[1].1.ends_with("wordprocessingml.document"));
    assert_eq!(
        serde_json::to_string(&ExportFormat::Markdown).unwrap(),
        "\"markdown\""
    );
    assert_eq!(fixture::empty().layout, Layout::General);
}

/// The test portfolio in every format here, for a person to open:
/// `cargo test -p cairn-portfolio --test writers -- --ignored sample_files` writes
/// tests/artifacts/writers/nmc.{docx,html,md,csv} at the repository root.
#[test]
#[ignore = "writes tests/artifacts/writers for review"]
fn sample_files() {
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/artifacts/writers");
    std::fs::create_dir_all(&out).unwrap();
    let portfolio = fixture::nmc();
    for format in FORMATS {
        let path = out.join(format!("nmc.{}", format.extension()));
        std::fs::write(&path, export(&portfolio, format)).unwrap();
    }
}
