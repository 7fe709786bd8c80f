#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics
//! Exports written to a file: the plain document, or with its evidence as a ZIP.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use cairn_journal::{ActivityFields, EvidenceOwner, Journal, Privacy, ReflectionFields, Section};
use cairn_portfolio::{ExportFormat, ExportRequest, Layout, Owner, export_to_file};
use chrono::{Duration, NaiveDate, Utc};

const CERTIFICATE: &[u8] = b"%PDF-1.4 a certificate of attendance\n";
const NOTES: &[u8] = b"Notes from supervision, kept as text.\n";

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn request(with_evidence: bool) -> ExportRequest {
    ExportRequest {
        layout: Layout::General,
        owner: Owner {
            name: "Alex Practitioner".to_owned(),
            ..Owner::default()
        },
        from: today() - Duration::days(60),
        to: today() + Duration::days(1),
        include_private: true,
        entries: None,
        with_evidence,
        template: None,
    }
}

/// A journal with an activity holding a certificate and a reflection holding notes.
fn journal(dir: &Path) -> Journal {
    let journal = Journal::open(&dir.join("journal.cairn")).unwrap();
    let course = journal
        .create_activity(&ActivityFields::new(
            "Safeguarding course",
            today() - Duration::days(10),
            420,
        ))
        .unwrap();
    let reflection = journal
        .create_reflection(&ReflectionFields {
            sections: vec![Section {
                stage: "body".to_owned(),
                text: "I now know who to call.".to_owned(),
            }],
            privacy: Privacy::Shareable,
            ..ReflectionFields::free("What/the course changed", Some(course.id))
        })
        .unwrap();
    let certificate = dir.join("certificate.pdf");
    std::fs::write(&certificate, CERTIFICATE).unwrap();
    journal
        .attach_evidence(EvidenceOwner::Activity(course.id), &certificate)
        .unwrap();
    let notes = dir.join("notes.txt");
    std::fs::write(&notes, NOTES).unwrap();
    journal
        .attach_evidence(EvidenceOwner::Reflection(reflection.id), &notes)
        .unwrap();
    journal
}

fn entries(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            (file.name().to_owned(), bytes)
        })
        .collect()
}

#[test]
fn with_evidence_the_export_is_a_zip_of_the_document_and_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    for format in [ExportFormat::Html, ExportFormat::Pdf] {
        let chosen = dir.path().join(format!("portfolio.{}", format.extension()));
        let summary = export_to_file(&journal, &request(true), format, &chosen, &|_| true).unwrap();
        let zip_path = dir.path().join("portfolio.zip");
        assert_eq!(summary.path, zip_path.display().to_string());
        assert!(!chosen.exists(), "only the ZIP is written");
        assert!(!dir.path().join(".portfolio.zip.partial").exists());
        let entries = entries(&zip_path);
        let names: Vec<&str> = entries.keys().map(String::as_str).collect();
        let document = format!("portfolio.{}", format.extension());
        assert_eq!(
            names,
            [
                "evidence/Safeguarding course/certificate.pdf",
                "evidence/What_the course changed/notes.txt",
                document.as_str(),
            ],
            "{format:?}"
        );
        assert_eq!(
            entries["evidence/Safeguarding course/certificate.pdf"],
            CERTIFICATE
        );
        assert_eq!(entries["evidence/What_the course changed/notes.txt"], NOTES);
        let body = &entries[&document];
        match format {
            ExportFormat::Pdf => assert!(body.starts_with(b"%PDF-")),
            _ => assert!(String::from_utf8_lossy(body).contains("Safeguarding course")),
        }
        std::fs::remove_file(&zip_path).unwrap();
    }
}

#[test]
fn without_evidence_the_export_is_the_plain_document() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let chosen = dir.path().join("portfolio.html");
    let summary = export_to_file(
        &journal,
        &request(false),
        ExportFormat::Html,
        &chosen,
        &|_| true,
    )
    .unwrap();
    assert_eq!(summary.path, chosen.display().to_string());
    let text = std::fs::read_to_string(&chosen).unwrap();
    assert!(text.contains("Safeguarding course"));
    assert!(!dir.path().join("portfolio.zip").exists());
}

#[test]
fn a_cancelled_export_with_evidence_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let chosen = dir.path().join("portfolio.zip");
    let cancelled = export_to_file(
        &journal,
        &request(true),
        ExportFormat::Html,
        &chosen,
        &|done| done < 0.9,
    );
    assert!(matches!(
        cancelled,
        Err(cairn_portfolio::PortfolioError::Cancelled)
    ));
    assert!(!chosen.exists());
    assert!(!dir.path().join(".portfolio.zip.partial").exists());
}

#[test]
fn a_template_that_cannot_be_read_is_refused_beside_the_template_chooser() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let chosen = dir.path().join("portfolio.pdf");
    let request = ExportRequest {
        template: Some(dir.path().join("missing.typ").display().to_string()),
        ..request(false)
    };
    let refused = export_to_file(&journal, &request, ExportFormat::Pdf, &chosen, &|_| true);
    match refused {
        Err(cairn_portfolio::PortfolioError::Invalid { field, message }) => {
            assert_eq!(field, "template");
            assert!(message.contains("missing.typ"), "{message}");
        }
        other => panic!("expected an invalid template, got {other:?}"),
    }
    assert!(!chosen.exists());
    assert!(!dir.path().join(".portfolio.pdf.partial").exists());
}

#[test]
fn a_users_template_typesets_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let template = dir.path().join("mine.typ");
    std::fs::write(
        &template,
        "#let data = json(\"/data.json\")\n= My own #data.owner.name\n",
    )
    .unwrap();
    let chosen = dir.path().join("portfolio.pdf");
    let request = ExportRequest {
        template: Some(template.display().to_string()),
        ..request(false)
    };
    export_to_file(&journal, &request, ExportFormat::Pdf, &chosen, &|_| true).unwrap();
    assert!(std::fs::read(&chosen).unwrap().starts_with(b"%PDF-"));

    std::fs::write(
        &template,
        "#let data = json(\"/data.json\")\n#data.nothing.here\n",
    )
    .unwrap();
    let broken = export_to_file(&journal, &request, ExportFormat::Pdf, &chosen, &|_| true);
    assert!(
        matches!(
            broken,
            Err(cairn_portfolio::PortfolioError::Invalid {
                field: "template",
                ..
            })
        ),
        "{broken:?}"
    );
}
