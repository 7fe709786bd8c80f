//! Leap2A export: the package Cairn writes is a well-formed 2010-07 feed with its files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use cairn_journal::{ActivityFields, GoalFields, Journal};
use cairn_portfolio::leap2a::{ATOM, CATEGORIES, FEED_NAME, LEAP2, VERSION, import_leap2a};
use cairn_portfolio::{PortfolioError, export_leap2a_to_file};
use chrono::Duration;

use common::leap2a::*;

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
