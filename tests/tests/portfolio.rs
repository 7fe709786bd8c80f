//! The portfolio in the real app: a spreadsheet imported through the mapping screen, and an
//! NMC portfolio exported as PDF and Word through the system's save dialog.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use cairn_e2e::{App, Desktop, PATIENCE};

/// A CPD log as a spreadsheet saves it: a BOM, Windows line endings, UK dates, a quoted cell
/// with a line break, a blank row, durations written three ways.
const SPREADSHEET: &str = "\u{feff}Date,Activity,Type,Hours,Provider,What I learned\r\n\
    03/02/2026,Falls prevention study day,Course,6,NHS Tayside,\"Use the falls bundle;\r\nrecheck lying and standing BP\"\r\n\
    ,,,,,\r\n\
    17/02/2026,Reflective practice group,Peer discussion,1h30,,Naming the worry helped\r\n\
    2026-03-05,Reading: NMC Code refresher,Reading,90 mins,,Preserve safety section\r\n";

async fn wait_for_file(path: &Path) {
    let deadline = Instant::now() + PATIENCE * 2;
    while !path.exists() {
        assert!(
            Instant::now() < deadline,
            "{} was never written",
            path.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn export(desktop: &Desktop, app: &App, format: &str, path: &Path) {
    app.click(&format!(
        "[data-testid=export-format] option[value={format}]"
    ))
    .await;
    app.click("[data-testid=export-start]").await;
    desktop.save_in_file_dialog("Export the portfolio", path);
    wait_for_file(path).await;
    let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
    app.text_where("[data-testid=export-done]", |t| t.contains(&file_name))
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_spreadsheet_comes_in_and_an_nmc_portfolio_goes_out() {
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let csv = outside.path().join("cpd-log.csv");
    std::fs::write(&csv, SPREADSHEET).unwrap();
    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;
    app.find("[data-testid=empty-state]").await;

    app.click("[data-testid=nav-portfolio]").await;
    app.click("[data-testid=import-choose]").await;
    desktop.choose_in_file_dialog("Import a CSV file", &csv);
    app.find("[data-testid=import-mapping]").await;
    let summary = app
        .text_where("[data-testid=import-summary]", |t| t.contains("ready"))
        .await;
    assert!(summary.contains("3 ready"), "three good rows: {summary:?}");
    app.screenshot("22-import-mapping").await;
    app.click("[data-testid=import-confirm]").await;
    app.text_where("[data-testid=activity-row]", |t| {
        t.contains("Falls prevention")
    })
    .await;
    assert_eq!(app.all("[data-testid=activity-row]").await.len(), 3);
    let study_day = app
        .text_where("[data-testid=activity-row]", |t| {
            t.contains("Falls prevention")
        })
        .await;
    assert!(
        study_day.contains("6 h"),
        "six hours on 3 February: {study_day:?}"
    );

    app.click("[data-testid=nav-portfolio]").await;
    app.click("[data-testid=export-layout] option[value=nmc]")
        .await;
    app.click("[data-testid=export-period] option[value=last-12]")
        .await;
    app.type_into("[data-testid=export-owner-name]", "Alex Morgan")
        .await;
    app.screenshot("23-export").await;
    let pdf = outside.path().join("revalidation.pdf");
    export(&desktop, &app, "pdf", &pdf).await;
    let docx = outside.path().join("revalidation.docx");
    export(&desktop, &app, "docx", &docx).await;
    app.quit().await;

    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils; the README's setup installs it)");
    let text = String::from_utf8_lossy(&text.stdout);
    for expected in [
        "Alex Morgan",
        "Contents",
        "Falls prevention study day",
        "Reading: NMC Code refresher",
    ] {
        assert!(
            text.contains(expected),
            "the PDF holds {expected:?}:\n{text}"
        );
    }

    let mut archive = zip::ZipArchive::new(std::fs::File::open(&docx).unwrap()).unwrap();
    let mut document = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut document)
        .unwrap();
    for expected in ["Alex Morgan", "Reflective practice group"] {
        assert!(
            document.contains(expected),
            "the Word file holds {expected:?}"
        );
    }
}
