#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics
//! Leap2A: the package Cairn writes is a well-formed 2010-07 feed with its files, and it
//! imports back into Cairn as the same records; Mahara's own exports import too.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use cairn_journal::{
    ActivityFields, ActivityKind, EvidenceOwner, GoalFields, GoalStatus, Journal, PageRequest,
    Privacy, ReflectionFields, Section,
};
use cairn_portfolio::leap2a::{
    ATOM, CATEGORIES, FEED_NAME, LEAP2, Leap2aOutcome, VERSION, import_leap2a,
};
use cairn_portfolio::{ExportRequest, Layout, Owner, PortfolioError, export_leap2a_to_file};
use chrono::{Duration, NaiveDate, Utc};
use quick_xml::events::Event;

const EVIDENCE: &[u8] = b"%PDF-1.4 a certificate of attendance\n";
const HOSTILE: &str = "<script>alert(1)</script> & \"quotes\" 'apostrophes'\u{b}\u{1} ]]>";

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn request() -> ExportRequest {
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

fn reflection(title: &str, text: &str, activity: Option<uuid::Uuid>) -> ReflectionFields {
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
fn journal(dir: &Path) -> Journal {
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

fn export(journal: &Journal, dir: &Path) -> PathBuf {
    let path = dir.join("export.zip");
    let summary = export_leap2a_to_file(journal, &request(), &path, &|_| true).unwrap();
    assert_eq!(summary.activities, journal_activities(journal).len() as u32);
    assert!(!dir.join(".export.zip.partial").exists());
    path
}

fn journal_activities(journal: &Journal) -> Vec<cairn_journal::Activity> {
    journal.activities(PageRequest::first(200)).unwrap().items
}

/// The package's files by name.
fn unzip(path: &Path) -> HashMap<String, Vec<u8>> {
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
struct Seen {
    name: String,
    attributes: HashMap<String, String>,
    text: String,
}

/// Parses `xml` to the end, failing on anything ill-formed; every element in document order.
fn elements(xml: &str) -> Vec<Seen> {
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

fn types(seen: &[Seen]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for element in seen.iter().filter(|e| e.name == "rdf:type") {
        *counts
            .entry(element.attributes["rdf:resource"].clone())
            .or_insert(0) += 1;
    }
    counts
}

fn attribute<'a>(element: &'a Seen, name: &str) -> &'a str {
    element.attributes.get(name).map_or("", String::as_str)
}

#[test]
fn the_package_is_a_well_formed_2010_07_feed_with_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let files = unzip(&export(&journal, dir.path()));
    let xml = String::from_utf8(files[FEED_NAME].clone()).unwrap();
    let seen = elements(&xml);

    let feed = &seen[0];
    assert_eq!(feed.name, "feed");
    assert_eq!(attribute(feed, "xmlns"), ATOM);
    assert_eq!(attribute(feed, "xmlns:leap2"), LEAP2);
    assert_eq!(attribute(feed, "xmlns:categories"), CATEGORIES);
    assert_eq!(LEAP2, "http://terms.leapspecs.org/");
    let version: Vec<&str> = seen
        .iter()
        .filter(|e| e.name == "leap2:version")
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(version, [VERSION]);
    assert_eq!(VERSION, "http://www.leapspecs.org/2010-07/2A/");
    let feed_children: Vec<&str> = seen.iter().map(|e| e.name.as_str()).collect();
    for required in ["id", "title", "author", "name", "updated"] {
        assert!(feed_children.contains(&required), "the feed has {required}");
    }

    let counts = types(&seen);
    assert_eq!(counts.get("leap2:activity"), Some(&2), "{counts:?}");
    assert_eq!(counts.get("leap2:entry"), Some(&3), "{counts:?}");
    assert_eq!(counts.get("leap2:plan"), Some(&1), "{counts:?}");
    assert_eq!(counts.get("leap2:resource"), Some(&1), "{counts:?}");
    assert_eq!(seen.iter().filter(|e| e.name == "entry").count(), 7);

    // Each reflection on an activity links to that activity's entry, and back.
    let activities = journal_activities(&journal);
    let course = activities
        .iter()
        .find(|a| a.fields.title == "Safeguarding course")
        .unwrap();
    let reflects_on: Vec<&str> = seen
        .iter()
        .filter(|e| e.name == "link" && attribute(e, "rel") == "leap2:reflects_on")
        .map(|e| attribute(e, "href"))
        .collect();
    assert_eq!(reflects_on.len(), 2);
    assert!(reflects_on.contains(&format!("urn:uuid:{}", course.id).as_str()));
    let reflected_on_by = seen
        .iter()
        .filter(|e| e.name == "link" && attribute(e, "rel") == "leap2:reflected_on_by")
        .count();
    assert_eq!(reflected_on_by, 2);
    let dates: Vec<(&str, &str)> = seen
        .iter()
        .filter(|e| e.name == "leap2:date")
        .map(|e| (attribute(e, "leap2:point"), e.text.as_str()))
        .collect();
    assert!(dates.contains(&("start", &(today() - Duration::days(10)).to_string())));
    assert!(dates.contains(&("end", &(today() - Duration::days(9)).to_string())));
    assert!(dates.contains(&("target", &(today() + Duration::days(200)).to_string())));

    // The evidence travels as an enclosure with its bytes.
    let enclosure = seen
        .iter()
        .find(|e| e.name == "link" && attribute(e, "rel") == "enclosure")
        .expect("an enclosure link");
    let href = attribute(enclosure, "href");
    assert!(
        href.starts_with("files/") && href.ends_with("certificate.pdf"),
        "{href}"
    );
    assert_eq!(attribute(enclosure, "length"), EVIDENCE.len().to_string());
    assert_eq!(files[href], EVIDENCE);
    let content_src = seen
        .iter()
        .find(|e| e.name == "content" && e.attributes.contains_key("src"))
        .unwrap();
    assert_eq!(attribute(content_src, "src"), href);
}

#[test]
fn hostile_text_stays_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(&dir.path().join("journal.cairn")).unwrap();
    let activity = journal
        .create_activity(&ActivityFields {
            description: HOSTILE.to_owned(),
            tags: vec!["<tag> & \"more\"".to_owned()],
            ..ActivityFields::new(HOSTILE, today(), 60)
        })
        .unwrap();
    journal
        .create_reflection(&reflection(HOSTILE, HOSTILE, Some(activity.id)))
        .unwrap();
    journal.create_goal(&GoalFields::new(HOSTILE)).unwrap();
    let path = export(&journal, dir.path());
    let xml = String::from_utf8(unzip(&path)[FEED_NAME].clone()).unwrap();
    assert!(!xml.contains("<script>"));
    let seen = elements(&xml);
    let titles: Vec<&str> = seen
        .iter()
        .filter(|e| e.name == "title")
        .map(|e| e.text.as_str())
        .collect();
    let cleaned = "<script>alert(1)</script> & \"quotes\" 'apostrophes' ]]>";
    assert_eq!(
        titles.iter().filter(|t| **t == cleaned).count(),
        3,
        "{titles:?}"
    );

    // And it imports back as typed, less the control characters.
    let other = Journal::open_in_memory().unwrap();
    let outcome = import_leap2a(&other, &path).unwrap();
    assert_eq!(
        (outcome.activities, outcome.reflections, outcome.goals),
        (1, 1, 1)
    );
    assert_eq!(journal_activities(&other)[0].fields.title, cleaned);
}

#[test]
fn an_export_imports_back_as_the_same_records_once() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let path = export(&journal, dir.path());

    let other = Journal::open_in_memory().unwrap();
    let outcome = import_leap2a(&other, &path).unwrap();
    assert_eq!(
        outcome,
        Leap2aOutcome {
            activities: 2,
            reflections: 3,
            goals: 1,
            skipped_unsupported: 1, // the evidence file
            ..Leap2aOutcome::default()
        }
    );

    let fields = |j: &Journal| {
        let mut all: Vec<ActivityFields> = journal_activities(j)
            .into_iter()
            .map(|a| a.fields)
            .collect();
        all.sort_by(|a, b| a.title.cmp(&b.title));
        all
    };
    assert_eq!(fields(&other), fields(&journal));

    let reflections = |j: &Journal| {
        let mut all: Vec<(String, String, Option<String>)> = j
            .reflections(PageRequest::first(200))
            .unwrap()
            .items
            .into_iter()
            .map(|r| {
                (
                    r.fields.title,
                    r.fields.sections[0].text.clone(),
                    r.activity_title,
                )
            })
            .collect();
        all.sort();
        all
    };
    assert_eq!(reflections(&other), reflections(&journal));

    let goals = |j: &Journal| {
        j.goals()
            .unwrap()
            .into_iter()
            .map(|g| g.fields)
            .collect::<Vec<_>>()
    };
    assert_eq!(goals(&other), goals(&journal));

    let again = import_leap2a(&other, &path).unwrap();
    assert_eq!(
        (
            again.activities,
            again.reflections,
            again.goals,
            again.skipped_duplicates
        ),
        (0, 0, 0, 6),
        "a second import adds nothing"
    );
}

/// A trimmed Mahara 2010-07 export: a blog with two posts, a plan with a task, a résumé
/// activity with no time, and a file.
const MAHARA: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"
      xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns:leap2="http://terms.leapspecs.org/"
      xmlns:categories="http://wiki.leapspecs.org/2A/categories/"
      xmlns:mahara="http://wiki.mahara.org/Developer_Area/Import%2F%2FExport/LEAP_Extensions#">
  <id>http://mahara.example.ac.uk/export/1/1300000000</id>
  <title>Mahara LEAP2A Export for Sam Student</title>
  <author><name>Sam Student</name></author>
  <updated>2011-03-13T10:00:00+00:00</updated>
  <generator uri="http://mahara.org/" version="2011031100">Mahara</generator>
  <leap2:version>http://www.leapspecs.org/2010-07/2A/</leap2:version>
  <entry>
    <title>My placement journal</title>
    <id>portfolio:artefact2</id>
    <updated>2011-03-10T09:00:00+00:00</updated>
    <content type="text">Notes from placement.</content>
    <rdf:type rdf:resource="leap2:selection"/>
    <category term="Blog" scheme="categories:selection_type#"/>
  </entry>
  <entry>
    <title>First week</title>
    <id>portfolio:artefact3</id>
    <updated>2011-03-05T09:00:00+00:00</updated>
    <published>2011-03-04T09:00:00+00:00</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Met the team &amp; shadowed.</p><p>Tired<br/>but keen.</p></div></content>
    <rdf:type rdf:resource="leap2:entry"/>
    <category term="placement"/>
    <link rel="leap2:is_part_of" href="portfolio:artefact2"/>
  </entry>
  <entry>
    <title>Second week</title>
    <id>portfolio:artefact4</id>
    <updated>2011-03-12T09:00:00+00:00</updated>
    <content type="html">&lt;p&gt;Led a session.&lt;/p&gt;</content>
    <rdf:type rdf:resource="leap2:entry"/>
  </entry>
  <entry>
    <title>Qualify</title>
    <id>portfolio:artefact5</id>
    <updated>2011-03-01T09:00:00+00:00</updated>
    <content type="text">Get through the course.</content>
    <rdf:type rdf:resource="leap2:plan"/>
    <category term="Plan" scheme="categories:selection_type#"/>
  </entry>
  <entry>
    <title>Pass the placement</title>
    <id>portfolio:artefact6</id>
    <updated>2011-03-01T09:00:00+00:00</updated>
    <content type="text"></content>
    <rdf:type rdf:resource="leap2:plan"/>
    <leap2:date leap2:point="target">2011-06-30T00:00:00+00:00</leap2:date>
    <link rel="leap2:is_part_of" href="portfolio:artefact5"/>
  </entry>
  <entry>
    <title>Youth worker, Northtown</title>
    <id>portfolio:resumecomposite7</id>
    <updated>2011-03-01T09:00:00+00:00</updated>
    <content type="text">Part-time.</content>
    <rdf:type rdf:resource="leap2:activity"/>
    <leap2:date leap2:point="start" leap2:label="2009">2009</leap2:date>
  </entry>
  <entry>
    <title>photo.jpg</title>
    <id>portfolio:artefact8</id>
    <updated>2011-03-01T09:00:00+00:00</updated>
    <summary></summary>
    <content src="files/photo.jpg" type="image/jpeg"/>
    <rdf:type rdf:resource="leap2:resource"/>
  </entry>
</feed>
"#;

#[test]
fn a_mahara_export_imports_posts_plans_and_tasks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leap2a.xml");
    std::fs::write(&path, MAHARA).unwrap();
    let journal = Journal::open_in_memory().unwrap();
    let outcome = import_leap2a(&journal, &path).unwrap();
    assert_eq!(
        outcome,
        Leap2aOutcome {
            reflections: 2,
            goals: 2,
            skipped_without_time: 1,
            skipped_unsupported: 2,
            ..Leap2aOutcome::default()
        }
    );
    let mut reflections: Vec<(String, String, Vec<String>)> = journal
        .reflections(PageRequest::first(10))
        .unwrap()
        .items
        .into_iter()
        .map(|r| {
            assert_eq!(r.fields.privacy, Privacy::Private);
            (
                r.fields.title,
                r.fields.sections[0].text.clone(),
                r.fields.tags,
            )
        })
        .collect();
    reflections.sort();
    assert_eq!(
        reflections,
        [
            (
                "First week".to_owned(),
                "Met the team & shadowed.\n\nTired\nbut keen.".to_owned(),
                vec!["placement".to_owned()]
            ),
            (
                "Second week".to_owned(),
                "Led a session.".to_owned(),
                vec![]
            ),
        ]
    );
    let goals = journal.goals().unwrap();
    let task = goals
        .iter()
        .find(|g| g.fields.title == "Pass the placement")
        .unwrap();
    assert_eq!(task.fields.target_on, NaiveDate::from_ymd_opt(2011, 6, 30));
    assert_eq!(task.fields.status, GoalStatus::Active);
    assert!(
        task.fields.description.contains("Qualify"),
        "{:?}",
        task.fields
    );

    // Zipped, as Mahara hands it out, it reads the same; nothing is imported twice.
    let zipped = dir.path().join("mahara.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zipped).unwrap());
    zip.start_file("leap2a.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(&mut zip, MAHARA.as_bytes()).unwrap();
    zip.finish().unwrap();
    let again = import_leap2a(&journal, &zipped).unwrap();
    assert_eq!(again.skipped_duplicates, 4);
    assert_eq!(again.reflections + again.goals, 0);
}

#[test]
fn files_that_are_not_leap2a_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open_in_memory().unwrap();
    for (name, bytes) in [
        ("broken.xml", b"<feed><entry></feed>".as_slice()),
        ("other.xml", b"<html/>".as_slice()),
        ("empty.zip", b"PK\x05\x06".as_slice()),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        assert!(import_leap2a(&journal, &path).is_err(), "{name}");
    }
}

#[test]
fn a_cancelled_export_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal(dir.path());
    let path = dir.path().join("cancelled.zip");
    let seen = std::cell::RefCell::new(Vec::new());
    let result = export_leap2a_to_file(&journal, &request(), &path, &|fraction| {
        seen.borrow_mut().push(fraction);
        false
    });
    assert!(
        matches!(result, Err(PortfolioError::Cancelled)),
        "{result:?}"
    );
    assert!(!path.exists());
    assert!(!dir.path().join(".cancelled.zip.partial").exists());
    assert_eq!(*seen.borrow(), [0.5]);
}
