//! Leap2A import: Cairn's export comes back as the same records once; Mahara's imports too.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use cairn_journal::{ActivityFields, GoalStatus, Journal, PageRequest, Privacy};
use cairn_portfolio::leap2a::{Leap2aOutcome, import_leap2a};
use chrono::NaiveDate;

use common::leap2a::*;

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
