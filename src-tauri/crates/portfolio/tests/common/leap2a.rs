//! A journal on disk with evidence, its Leap2A export, and reading the package back.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use cairn_journal::{
    ActivityFields, ActivityKind, EvidenceOwner, GoalFields, Journal, PageRequest, Privacy,
    ReflectionFields, Section,
};
use cairn_portfolio::{ExportRequest, Layout, Owner, export_leap2a_to_file};
use chrono::{Duration, NaiveDate, Utc};
use quick_xml::events::Event;

pub const EVIDENCE: &[u8] = b"%PDF-1.4 a certificate of attendance\n";
pub const HOSTILE: &str = "<script>alert(1)</script> & \"quotes\" 'apostrophes'\u{b}\u{1} ]]>";

pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

pub fn request() -> ExportRequest {
    ExportRequest {
        layout: Layout::General,
        owner: Owner {
            name: "Alex <Practitioner> & co".to_owned(),
            ..Owner::default()
        },
        from: today() - Duration::days(60),
        to: today() + Duration::days(1),
        include_private: true,
        entries: None,
        with_evidence: false,
        template: None,
    }
}

pub fn reflection(title: &str, text: &str, activity: Option<uuid::Uuid>) -> ReflectionFields {
    ReflectionFields {
        sections: vec![Section {
            stage: "body".to_owned(),
            text: text.to_owned(),
        }],
        privacy: Privacy::Shareable,
        ..ReflectionFields::free(title, activity)
    }
}

/// A journal on disk (evidence needs a folder) with two activities, one with a file, two
/// reflections on them and one free-standing, and a goal.
pub fn journal(dir: &Path) -> Journal {
    let journal = Journal::open(&dir.join("journal.cairn")).unwrap();
    let course = journal
        .create_activity(&ActivityFields {
            description: "Safeguarding adults, level 3.\n\nTwo  spaces\tand a tab.".to_owned(),
            outcomes: "Know the referral route.".to_owned(),
            impact: "Referred one concern.".to_owned(),
            provider: "County council".to_owned(),
            location: "Civic centre".to_owned(),
            tags: vec!["safeguarding".to_owned()],
            ended_on: Some(today() - Duration::days(9)),
            participatory_minutes: 300,
            ..ActivityFields::new("Safeguarding course", today() - Duration::days(10), 420)
        })
        .unwrap();
    let reading = journal
        .create_activity(&ActivityFields {
            kind: ActivityKind::Reading,
            mode: ActivityKind::Reading.usual_mode(),
            ..ActivityFields::new(
                "Reading on trauma-informed practice",
                today() - Duration::days(3),
                90,
            )
        })
        .unwrap();
    let certificate = dir.join("certificate.pdf");
    std::fs::write(&certificate, EVIDENCE).unwrap();
    journal
        .attach_evidence(EvidenceOwner::Activity(course.id), &certificate)
        .unwrap();
    journal
        .create_reflection(&reflection(
            "What the course changed",
            "I now know **who** to call.\n\nAnd when.",
            Some(course.id),
        ))
        .unwrap();
    journal
        .create_reflection(&reflection(
            "After the reading",
            "Trauma shapes behaviour.",
            Some(reading.id),
        ))
        .unwrap();
    journal
        .create_reflection(&reflection("A quiet week", "Nothing new; rested.", None))
        .unwrap();
    journal
        .create_goal(&GoalFields {
            description: "Lead safeguarding supervision.".to_owned(),
            success_criteria: "Three sessions run.".to_owned(),
            target_on: Some(today() + Duration::days(200)),
            ..GoalFields::new("Become safeguarding lead")
        })
        .unwrap();
    journal
}

pub fn export(journal: &Journal, dir: &Path) -> PathBuf {
    let path = dir.join("export.zip");
    let summary = export_leap2a_to_file(journal, &request(), &path, &|_| true).unwrap();
    assert_eq!(summary.activities, journal_activities(journal).len() as u32);
    assert!(!dir.join(".export.zip.partial").exists());
    path
}

pub fn journal_activities(journal: &Journal) -> Vec<cairn_journal::Activity> {
    journal.activities(PageRequest::first(200)).unwrap().items
}

/// The package's files by name.
pub fn unzip(path: &Path) -> HashMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut files = HashMap::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        files.insert(file.name().to_owned(), bytes);
    }
    files
}

/// An element as the test sees it: its qualified name, attributes and text.
#[derive(Debug, Default, Clone)]
pub struct Seen {
    pub name: String,
    pub attributes: HashMap<String, String>,
    pub text: String,
}

/// Parses `xml` to the end, failing on anything ill-formed; every element in document order.
pub fn elements(xml: &str) -> Vec<Seen> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut seen: Vec<Seen> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed at {}: {e}", reader.buffer_position()));
        match event {
            Event::Eof => break,
            Event::Start(ref e) | Event::Empty(ref e) => {
                let attributes = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            a.key.as_ref().to_owned(),
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .unwrap()
                                .into_owned(),
                        )
                    })
                    .collect();
                seen.push(Seen {
                    name: e.name().as_ref().to_owned(),
                    attributes,
                    text: String::new(),
                });
                if matches!(event, Event::Start(_)) {
                    open.push(seen.len() - 1);
                }
            }
            Event::End(_) => {
                open.pop().expect("an unmatched end tag");
            }
            Event::Text(t) => {
                if let Some(&i) = open.last() {
                    seen[i].text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                let c = r.resolve_char_ref().unwrap().map_or_else(
                    || {
                        quick_xml::escape::resolve_predefined_entity(&r.xml10_content())
                            .expect("only predefined entities")
                            .to_owned()
                    },
                    |c| c.to_string(),
                );
                if let Some(&i) = open.last() {
                    seen[i].text.push_str(&c);
                }
            }
            _ => {}
        }
    }
    assert!(open.is_empty(), "unclosed elements");
    seen
}

pub fn types(seen: &[Seen]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for element in seen.iter().filter(|e| e.name == "rdf:type") {
        *counts
            .entry(element.attributes["rdf:resource"].clone())
            .or_insert(0) += 1;
    }
    counts
}

pub fn attribute<'a>(element: &'a Seen, name: &str) -> &'a str {
    element.attributes.get(name).map_or("", String::as_str)
}
