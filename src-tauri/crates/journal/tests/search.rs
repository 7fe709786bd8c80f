//! Search: every kind of entry, ranking, the index following edits, and filters.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_journal::{
    ActivityFields, ActivityKind, CommunityFields, Entity, FeedbackFields, GoalFields, Journal,
    Privacy, ReflectionFields, SearchQuery, Section,
};

fn day(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

fn find(journal: &Journal, text: &str) -> Vec<(Entity, String)> {
    let query = SearchQuery {
        text: text.into(),
        limit: 20,
        ..SearchQuery::default()
    };
    hits(journal, &query)
}

fn hits(journal: &Journal, query: &SearchQuery) -> Vec<(Entity, String)> {
    journal
        .search(query)
        .unwrap()
        .into_iter()
        .map(|hit| (hit.entity, hit.title))
        .collect()
}

fn written(text: &str) -> Vec<Section> {
    vec![Section {
        stage: "body".into(),
        text: text.into(),
    }]
}

#[test]
fn search_finds_every_kind_of_entry_and_ranks_titles_first() {
    let journal = Journal::open_in_memory().unwrap();
    let mut body_only = ActivityFields::new("Team meeting", day("2026-10-01"), 60);
    body_only.description = "We talked about safeguarding referrals.".into();
    journal.create_activity(&body_only).unwrap();
    journal
        .create_activity(&ActivityFields::new(
            "Safeguarding update",
            day("2026-09-01"),
            120,
        ))
        .unwrap();
    let mut reflection = ReflectionFields::free("After the drop-in", None);
    reflection.sections = written("A **safeguarding** worry I should have raised sooner.");
    journal.create_reflection(&reflection).unwrap();
    journal
        .create_goal(&GoalFields::new("Safeguarding champion"))
        .unwrap();
    journal
        .create_community(&CommunityFields::new("Safeguarding leads forum"))
        .unwrap();
    journal
        .create_feedback(&FeedbackFields {
            received_on: day("2026-08-01"),
            source: "Line manager".into(),
            content: "Your safeguarding records are clear.".into(),
            use_made: String::new(),
        })
        .unwrap();

    let found = find(&journal, "safeguard");
    assert_eq!(found.len(), 6, "a prefix finds all six: {found:?}");
    let titles_first: Vec<bool> = found
        .iter()
        .map(|(_, title)| title.to_lowercase().contains("safeguarding"))
        .collect();
    assert_eq!(
        titles_first,
        [true, true, true, false, false, false],
        "matches in titles rank above matches in text: {found:?}"
    );
    let hit = journal
        .search(&SearchQuery {
            text: "referrals".into(),
            limit: 5,
            ..SearchQuery::default()
        })
        .unwrap()
        .remove(0);
    let marked: Vec<_> = hit
        .snippet
        .iter()
        .filter(|p| p.hit)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(marked, ["referrals"], "the snippet marks the matched word");
    assert_eq!(hit.date, Some(day("2026-10-01")));
    assert!(
        find(&journal, "\"unbalanced (").is_empty(),
        "odd input is no error"
    );
}

#[test]
fn the_index_follows_edits_trash_and_deletion() {
    let journal = Journal::open_in_memory().unwrap();
    let activity = journal
        .create_activity(&ActivityFields::new(
            "Makaton taster",
            day("2026-10-01"),
            120,
        ))
        .unwrap();
    let mut reflection = ReflectionFields::free("Signing", Some(activity.id));
    reflection.sections = written("Signing hello felt awkward at first.");
    let reflection = journal.create_reflection(&reflection).unwrap();

    let mut renamed = activity.fields.clone();
    renamed.title = "British Sign Language taster".into();
    journal.update_activity(activity.id, &renamed).unwrap();
    assert!(
        find(&journal, "makaton").is_empty(),
        "the old title is gone from the index"
    );
    assert_eq!(find(&journal, "british sign").len(), 1);

    let mut rewritten = reflection.fields.clone();
    rewritten.sections = written("Signing hello felt natural by the end.");
    journal
        .update_reflection(reflection.id, &rewritten)
        .unwrap();
    assert!(
        find(&journal, "awkward").is_empty(),
        "edited text leaves the index"
    );
    assert_eq!(find(&journal, "natural").len(), 1);

    journal.trash_reflection(reflection.id).unwrap();
    assert!(
        find(&journal, "natural").is_empty(),
        "the trash is not searched"
    );
    journal.restore_reflection(reflection.id).unwrap();
    assert_eq!(find(&journal, "natural").len(), 1, "restored, found again");
    journal.trash_reflection(reflection.id).unwrap();
    journal.purge_reflection(reflection.id).unwrap();
    journal.trash_activity(activity.id).unwrap();
    journal.purge_activity(activity.id).unwrap();
    assert!(find(&journal, "sign").is_empty() && find(&journal, "signing").is_empty());
}

#[test]
fn filters_narrow_the_results() {
    let journal = Journal::open_in_memory().unwrap();
    let mut course = ActivityFields::new("Consent course", day("2026-03-01"), 180);
    course.tags = vec!["consent".into()];
    journal.create_activity(&course).unwrap();
    let mut chat = ActivityFields::new("Consent chat", day("2026-06-01"), 20);
    chat.kind = ActivityKind::InformalConversation;
    journal.create_activity(&chat).unwrap();
    let mut private = ReflectionFields::free("Consent reflection", None);
    private.sections = written("consent");
    journal.create_reflection(&private).unwrap();
    let mut shared = ReflectionFields::free("Consent for sharing", None);
    shared.privacy = Privacy::Shareable;
    shared.tags = vec!["consent".into()];
    journal.create_reflection(&shared).unwrap();

    let base = SearchQuery {
        text: "consent".into(),
        limit: 20,
        ..SearchQuery::default()
    };
    let titles = |query: SearchQuery| {
        let mut titles: Vec<String> = hits(&journal, &query).into_iter().map(|h| h.1).collect();
        titles.sort();
        titles
    };
    assert_eq!(titles(base.clone()).len(), 4);
    assert_eq!(
        titles(SearchQuery {
            kinds: vec![ActivityKind::InformalConversation],
            ..base.clone()
        }),
        ["Consent chat"]
    );
    assert_eq!(
        titles(SearchQuery {
            from: Some(day("2026-05-01")),
            to: Some(day("2026-07-01")),
            kinds: vec![ActivityKind::Course, ActivityKind::InformalConversation],
            ..base.clone()
        }),
        ["Consent chat"],
        "the date range applies"
    );
    assert_eq!(
        titles(SearchQuery {
            tag: Some("CONSENT".into()),
            ..base.clone()
        }),
        ["Consent course", "Consent for sharing"]
    );
    assert_eq!(
        titles(SearchQuery {
            privacy: Some(Privacy::Private),
            ..base
        }),
        ["Consent reflection"]
    );
}
