//! Professional frameworks: shipped presets, the user's own, imports, links and coverage.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::sync::{Arc, Mutex};

use cairn_journal::{
    ActivityFields, ChangeAction, Entity, Framework, FrameworkFields, GoalFields, ItemFields,
    Journal, JournalError, PRESET_KEYS, ReflectionFields, StandardOwner, preset_framework_id,
    preset_item_id,
};
use chrono::{Local, NaiveDate, TimeDelta};
use tempfile::TempDir;
use uuid::Uuid;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn item(code: &str, title: &str, parent: Option<&str>) -> ItemFields {
    ItemFields {
        id: None,
        code: code.into(),
        title: title.into(),
        description: String::new(),
        parent: parent.map(Into::into),
    }
}

fn fields(name: &str, items: Vec<ItemFields>) -> FrameworkFields {
    FrameworkFields {
        name: name.into(),
        body: "Our service".into(),
        description: String::new(),
        items,
    }
}

fn codes(framework: &Framework) -> Vec<&str> {
    framework.items.iter().map(|i| i.code.as_str()).collect()
}

fn invalid(result: cairn_journal::Result<impl std::fmt::Debug>) -> (&'static str, String) {
    match result {
        Err(JournalError::Invalid { field, message }) => (field, message),
        other => panic!("expected an Invalid error, got {other:?}"),
    }
}

fn user_frameworks(journal: &Journal) -> Vec<Framework> {
    journal
        .frameworks()
        .unwrap()
        .into_iter()
        .filter(|f| f.preset.is_none())
        .collect()
}

#[test]
fn the_presets_are_present_in_order_with_stable_ids() {
    let journal = Journal::open_in_memory().unwrap();
    let frameworks = journal.frameworks().unwrap();
    let keys: Vec<_> = frameworks.iter().map(|f| f.preset.as_deref()).collect();
    assert_eq!(
        keys,
        PRESET_KEYS.iter().map(|k| Some(*k)).collect::<Vec<_>>(),
        "a new journal holds the four presets, in shipped order"
    );

    let cld = &frameworks[0];
    assert_eq!(
        cld.id,
        preset_framework_id("cld"),
        "the framework id is stable"
    );
    assert_eq!(
        codes(cld),
        [
            "C", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "V", "V1", "V2", "V3", "V4", "V5"
        ],
        "CLD: seven competences and five values under two headings"
    );
    let c1 = &cld.items[1];
    assert_eq!(c1.id, preset_item_id("cld", "C1"), "an item id is stable");
    assert_eq!(
        c1.parent_id,
        Some(preset_item_id("cld", "C")),
        "competences sit under their heading"
    );
    assert_eq!(
        c1.title,
        "Know and understand the community in which we work"
    );
    assert_eq!(
        cld.items[13].title,
        "Promotion of learning as a lifelong activity"
    );

    let nmc: Vec<&str> = frameworks[1]
        .items
        .iter()
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(
        nmc,
        [
            "Prioritise people",
            "Practise effectively",
            "Preserve safety",
            "Promote professionalism and trust"
        ],
        "the Code's four themes"
    );
    assert_eq!(codes(&frameworks[1]), ["1", "2", "3", "4"]);
    assert_eq!(
        codes(&frameworks[2]),
        ["1", "2", "3", "4", "5"],
        "HCPC's five standards"
    );
    let gtcs_sections: Vec<&str> = frameworks[3]
        .items
        .iter()
        .filter(|i| i.parent_id.is_none())
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(
        gtcs_sections,
        [
            "Professional values and personal commitment",
            "Professional knowledge and understanding",
            "Professional skills and abilities"
        ],
        "the Standard for Full Registration's three sections"
    );
}

#[test]
fn presets_are_added_once_however_often_the_journal_opens() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("journal.sqlite3");
    let first = Journal::open(&path).unwrap().frameworks().unwrap();
    drop(Journal::open(&path).unwrap());
    let third = Journal::open(&path).unwrap().frameworks().unwrap();
    assert_eq!(first, third, "reopening adds and changes nothing");
}

#[test]
fn presets_are_read_only() {
    let journal = Journal::open_in_memory().unwrap();
    let nmc = journal.framework(preset_framework_id("nmc")).unwrap();
    let mut edited = nmc.fields();
    edited.name = "My Code".into();
    let (field, message) = invalid(journal.update_framework(nmc.id, &edited));
    assert_eq!(field, "framework");
    assert!(message.contains("shipped with Cairn"), "{message}");
    let (field, _) = invalid(journal.delete_framework(nmc.id));
    assert_eq!(field, "framework", "a preset cannot be deleted");
    assert_eq!(
        journal.framework(nmc.id).unwrap(),
        nmc,
        "the preset is as shipped"
    );
}

#[test]
fn a_user_framework_is_created_edited_and_deleted() {
    let mut journal = Journal::open_in_memory().unwrap();
    let changes = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&changes);
    journal.set_listener(move |change| sink.lock().unwrap().push((change.entity, change.action)));

    let created = journal
        .create_framework(&fields(
            "  Youth work standards ",
            vec![
                item("1.1", "Listening", Some("1")),
                item("1", "  Relationships ", None),
                item("2", "Learning", None),
            ],
        ))
        .unwrap();
    assert_eq!(created.name, "Youth work standards", "the name is trimmed");
    assert_eq!(created.preset, None, "a user framework is not a preset");
    assert_eq!(
        codes(&created),
        ["1.1", "1", "2"],
        "the order given is kept"
    );
    assert_eq!(
        created.items[1].title, "Relationships",
        "titles are trimmed"
    );
    assert_eq!(
        created.items[0].parent_id,
        Some(created.items[1].id),
        "a parent named by code may come after its child"
    );
    journal
        .create_framework(&fields("adult learning", vec![]))
        .unwrap();
    let names: Vec<String> = user_frameworks(&journal)
        .into_iter()
        .map(|f| f.name)
        .collect();
    assert_eq!(
        names,
        ["adult learning", "Youth work standards"],
        "user frameworks follow the presets, by name ignoring case"
    );

    let activity = journal
        .create_activity(&ActivityFields::new("Course", day("2026-02-01"), 60))
        .unwrap();
    let owner = StandardOwner::Activity(activity.id);
    let [listening, relationships, learning] = [0, 1, 2].map(|i| created.items[i].id);
    journal
        .set_standards(owner, &[listening, learning])
        .unwrap();

    // Keep "Listening" (by id) under a new parent named by id, drop "Learning", add one.
    let mut edited = created.fields();
    edited.name = "Youth work".into();
    edited.items.remove(2);
    edited.items.swap(0, 1);
    edited.items.push(ItemFields {
        id: Some(Uuid::new_v4()),
        ..item("3", "Evaluation", None)
    });
    let evaluation = edited.items[2].id.unwrap();
    edited.items[1].parent = Some(evaluation.to_string());
    let updated = journal.update_framework(created.id, &edited).unwrap();
    assert_eq!(updated.name, "Youth work");
    assert_eq!(codes(&updated), ["1", "1.1", "3"], "the new order is kept");
    assert_eq!(updated.items[1].id, listening, "a kept item keeps its id");
    assert_eq!(
        updated.items[1].parent_id,
        Some(evaluation),
        "a parent may be named by id, even a new item's"
    );
    assert_eq!(updated.items[0].id, relationships);
    assert_eq!(
        journal.standards(owner).unwrap(),
        [listening],
        "the link to the dropped item went with it; the kept one stayed"
    );
    let again = journal.update_framework(created.id, &edited).unwrap();
    assert_eq!(again, updated, "saving the same fields changes nothing");

    journal.delete_framework(created.id).unwrap();
    assert!(matches!(
        journal.framework(created.id),
        Err(JournalError::NotFound { .. })
    ));
    assert!(
        journal.standards(owner).unwrap().is_empty(),
        "deleting a framework takes the entries' links with it"
    );
    assert_eq!(
        journal.activity(activity.id).unwrap().fields.title,
        "Course",
        "the entry itself stays"
    );

    let framework_changes: Vec<_> = changes
        .lock()
        .unwrap()
        .iter()
        .filter(|(entity, _)| *entity == Entity::Framework)
        .map(|(_, action)| *action)
        .collect();
    assert_eq!(
        framework_changes,
        [
            ChangeAction::Created,
            ChangeAction::Created,
            ChangeAction::Updated,
            ChangeAction::Deleted
        ],
        "each write is announced once; an unchanged save is not"
    );
}

#[test]
fn user_frameworks_are_validated() {
    let journal = Journal::open_in_memory().unwrap();
    let cases: Vec<(&str, FrameworkFields, &str, &str)> = vec![
        (
            "no name",
            fields("  ", vec![]),
            "name",
            "Give the framework a name.",
        ),
        (
            "no title",
            fields("F", vec![item("A", "First", None), item("B", " ", None)]),
            "items",
            "Item 2: a title is required.",
        ),
        (
            "a repeated code, ignoring case",
            fields(
                "F",
                vec![item("a1", "First", None), item("A1", "Second", None)],
            ),
            "items",
            "Item 2: the code \u{201c}A1\u{201d} is used by another item",
        ),
        (
            "a missing parent",
            fields("F", vec![item("A", "First", Some("Z"))]),
            "items",
            "Item 1: no item in this framework has the code \u{201c}Z\u{201d}.",
        ),
        (
            "its own parent",
            fields("F", vec![item("A", "First", Some("A"))]),
            "items",
            "Item 1: an item cannot be its own parent.",
        ),
        (
            "a loop",
            fields(
                "F",
                vec![
                    item("A", "First", Some("B")),
                    item("B", "Second", Some("A")),
                ],
            ),
            "items",
            "go round in a loop",
        ),
        (
            "a parent in another framework",
            fields(
                "F",
                vec![item(
                    "A",
                    "First",
                    Some(&preset_item_id("cld", "C1").to_string()),
                )],
            ),
            "items",
            "no item in this framework has the id",
        ),
        (
            "another framework's item",
            fields(
                "F",
                vec![ItemFields {
                    id: Some(preset_item_id("nmc", "1")),
                    ..item("A", "First", None)
                }],
            ),
            "items",
            "Item 1: this item belongs to another framework.",
        ),
    ];
    for (case, bad, field, expected) in cases {
        let (got_field, message) = invalid(journal.create_framework(&bad));
        assert_eq!(got_field, field, "{case}");
        assert!(
            message.contains(expected),
            "{case}: {message:?} should contain {expected:?}"
        );
    }
    assert!(
        user_frameworks(&journal).is_empty(),
        "nothing refused was written"
    );
    assert_eq!(
        journal.framework(preset_framework_id("nmc")).unwrap().items[0].code,
        "1",
        "the preset item whose id was borrowed is untouched"
    );
}

#[test]
fn a_csv_file_is_imported() {
    let journal = Journal::open_in_memory().unwrap();
    let csv = "code,title,description,parent\n\
               A,Know the community,,\n\
               A.1,Local needs,Who lives here and what they ask for,A\n\
               B,Work together,,\n";
    let imported = journal.import_framework_csv("Area standards", csv).unwrap();
    assert_eq!(imported.name, "Area standards");
    assert_eq!(codes(&imported), ["A", "A.1", "B"]);
    assert_eq!(
        imported.items[1].description,
        "Who lives here and what they ask for"
    );
    assert_eq!(imported.items[1].parent_id, Some(imported.items[0].id));
}

#[test]
fn a_csv_file_from_a_spreadsheet_is_imported() {
    let journal = Journal::open_in_memory().unwrap();
    // A byte-order mark, CRLF, columns in another order, a quoted comma and line break, a
    // blank line, and no description column.
    let csv = "\u{feff}Title,Code,Parent\r\n\
               \"Values, ethics\",V,\r\n\
               \r\n\
               \"Inclusion\r\nand equality\",V1,V\r\n\
               Empowerment,V2,V\r\n";
    let imported = journal.import_framework_csv("Values", csv).unwrap();
    assert_eq!(codes(&imported), ["V", "V1", "V2"]);
    assert_eq!(imported.items[0].title, "Values, ethics", "a quoted comma");
    assert_eq!(
        imported.items[1].title, "Inclusion\r\nand equality",
        "a quoted line break stays in the field"
    );
    assert_eq!(imported.items[2].parent_id, Some(imported.items[0].id));
}

#[test]
fn a_bad_csv_row_is_named_by_line_and_column_and_nothing_is_written() {
    let journal = Journal::open_in_memory().unwrap();
    let cases = [
        (
            "a missing title",
            "code,title\nA,First\nB,\"Second,\nover two lines\"\nC,\n",
            // Line 5: the quoted line break counts.
            "Line 5, column title: a title is required.",
        ),
        (
            "a missing title, CRLF",
            "code,title\r\nA,First\r\nB,Second\r\n  ,   \r\nD,\r\n",
            // The blank row is skipped but still counted.
            "Line 5, column title: a title is required.",
        ),
        (
            "a missing title after a BOM, a quoted CRLF and a blank line",
            "\u{feff}code,title\r\nA,\"x\r\ny\"\r\n\r\nB,\r\n",
            "Line 5, column title: a title is required.",
        ),
        (
            "an unknown parent",
            "code,title,parent\nA,First,\nB,Second,Z\n",
            "Line 3, column parent: no item in this framework has the code \u{201c}Z\u{201d}.",
        ),
        (
            "a repeated code",
            "code,title\nA,First\n\nA,Again\n",
            "Line 4, column code: the code \u{201c}A\u{201d} is used by another item",
        ),
        (
            "too many fields",
            "code,title\nA,First,extra\n",
            "Line 2: this row has 3 fields but the header names 2.",
        ),
        (
            "no title column",
            "code,name\nA,First\n",
            "Line 1: Cairn does not know the column \u{201c}name\u{201d}.",
        ),
        (
            "no code column",
            "title\nFirst\n",
            "needs a \u{201c}code\u{201d} column",
        ),
        ("nothing at all", "\r\n\r\n", "The file is empty."),
    ];
    for (case, csv, expected) in cases {
        let (field, message) = invalid(journal.import_framework_csv("Bad", csv));
        assert_eq!(field, "file", "{case}");
        assert!(
            message.contains(expected),
            "{case}: {message:?} should contain {expected:?}"
        );
    }
    assert!(
        user_frameworks(&journal).is_empty(),
        "no framework was written by a refused import"
    );
}

#[test]
fn a_json_file_is_imported() {
    let journal = Journal::open_in_memory().unwrap();
    let json = r#"{
        "name": "Mentoring",
        "body": "Our network",
        "description": "What a mentor does.",
        "items": [
            {"code": "M1", "title": "Listen", "description": "Mostly listen."},
            {"code": "M1.1", "title": "Ask open questions", "parent": "M1"},
            {"title": "Uncoded"}
        ]
    }"#;
    let imported = journal.import_framework_json(json).unwrap();
    assert_eq!(
        (imported.name.as_str(), imported.body.as_str()),
        ("Mentoring", "Our network")
    );
    assert_eq!(codes(&imported), ["M1", "M1.1", ""]);
    assert_eq!(imported.items[1].parent_id, Some(imported.items[0].id));

    let cases = [
        (
            "a missing title",
            r#"{"name": "X", "items": [{"title": "A"}, {"code": "B", "title": ""}]}"#,
            "items[1].title: A title is required.",
        ),
        (
            "broken JSON",
            "{\"name\": \"X\",\n \"items\": [}",
            "JSON line 2, column",
        ),
        (
            "an unknown field",
            r#"{"name": "X", "colour": "red"}"#,
            "unknown field `colour`",
        ),
        (
            "no name",
            r#"{"name": " "}"#,
            "name: Give the framework a name.",
        ),
    ];
    for (case, json, expected) in cases {
        let (field, message) = invalid(journal.import_framework_json(json));
        assert_eq!(field, "file", "{case}");
        assert!(
            message.contains(expected),
            "{case}: {message:?} should contain {expected:?}"
        );
    }
    assert_eq!(
        user_frameworks(&journal).len(),
        1,
        "only the good file was imported"
    );
}

#[test]
fn a_framework_file_is_imported_by_its_extension() {
    let dir = TempDir::new().unwrap();
    let journal = Journal::open_in_memory().unwrap();
    let csv = dir.path().join("Team standards.csv");
    std::fs::write(&csv, "code,title\nT1,Share practice\n").unwrap();
    let json = dir.path().join("mine.JSON");
    std::fs::write(&json, r#"{"name": "From JSON"}"#).unwrap();
    let latin1 = dir.path().join("old.csv");
    std::fs::write(&latin1, b"code,title\nA,Caf\xe9\n").unwrap();

    assert_eq!(
        journal.import_framework_file(&csv).unwrap().name,
        "Team standards",
        "a CSV file is named after the file"
    );
    assert_eq!(
        journal.import_framework_file(&json).unwrap().name,
        "From JSON"
    );
    let (_, message) = invalid(journal.import_framework_file(&latin1));
    assert!(message.contains("not UTF-8"), "{message}");
}

#[test]
fn entries_link_to_standards() {
    let mut journal = Journal::open_in_memory().unwrap();
    let activity = journal
        .create_activity(&ActivityFields::new("Course", day("2026-02-01"), 60))
        .unwrap();
    let reflection = journal
        .create_reflection(&ReflectionFields::on_activity(&activity))
        .unwrap();
    let goal = journal.create_goal(&GoalFields::new("Learn BSL")).unwrap();
    let changes = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&changes);
    journal.set_listener(move |change| sink.lock().unwrap().push(*change));

    let [c1, c2, v1] =
        [("cld", "C1"), ("cld", "C2"), ("cld", "V1")].map(|(key, code)| preset_item_id(key, code));
    let nmc2 = preset_item_id("nmc", "2");
    let owners = [
        StandardOwner::Activity(activity.id),
        StandardOwner::Reflection(reflection.id),
        StandardOwner::Goal(goal.id),
    ];
    for owner in owners {
        let stored = journal.set_standards(owner, &[nmc2, v1, c1, v1]).unwrap();
        assert_eq!(
            stored,
            [c1, v1, nmc2],
            "each item once, presets in shipped order then item order"
        );
        assert_eq!(journal.standards(owner).unwrap(), stored);
    }
    journal.set_standards(owners[0], &[c1, v1, nmc2]).unwrap();
    journal.set_standards(owners[0], &[c2]).unwrap();
    assert_eq!(
        journal.standards(owners[0]).unwrap(),
        [c2],
        "the set is replaced"
    );
    assert_eq!(
        journal.standards(owners[1]).unwrap(),
        [c1, v1, nmc2],
        "other entries keep theirs"
    );

    let (field, _) = invalid(journal.set_standards(owners[0], &[c1, Uuid::new_v4()]));
    assert_eq!(field, "standards", "an unknown item is refused");
    assert_eq!(
        journal.standards(owners[0]).unwrap(),
        [c2],
        "and nothing changed"
    );
    assert!(matches!(
        journal.set_standards(StandardOwner::Goal(Uuid::new_v4()), &[c1]),
        Err(JournalError::NotFound { entity: "goal", .. })
    ));

    let announced: Vec<(Entity, Uuid)> = changes
        .lock()
        .unwrap()
        .iter()
        .map(|c| (c.entity, c.id))
        .collect();
    assert_eq!(
        announced,
        [
            (Entity::Activity, activity.id),
            (Entity::Reflection, reflection.id),
            (Entity::Goal, goal.id),
            (Entity::Activity, activity.id),
        ],
        "a new set is announced as a change to its entry; the same set again is not"
    );

    let json = serde_json::to_value(owners[2]).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"entity": "goal", "id": goal.id.to_string()}),
        "owners cross to the UI like evidence owners"
    );
}

#[test]
fn coverage_counts_evidence_for_every_item() {
    let journal = Journal::open_in_memory().unwrap();
    let framework = journal
        .create_framework(&fields(
            "Coverage",
            vec![
                item("A", "Linked directly", None),
                item("B", "Through a reflection", None),
                item("C", "Nothing yet", Some("A")),
            ],
        ))
        .unwrap();
    let [a, b, c] = [0, 1, 2].map(|i| framework.items[i].id);
    // Dates around today, since reflections count by the day they were written.
    let today = Local::now().date_naive();
    let from = today - TimeDelta::days(100);
    let to = today + TimeDelta::days(100);

    let activity = |title: &str, started: NaiveDate, ended: Option<NaiveDate>, minutes| {
        journal
            .create_activity(&ActivityFields {
                ended_on: ended,
                ..ActivityFields::new(title, started, minutes)
            })
            .unwrap()
    };
    let course = activity("Course", today, None, 60);
    let spanning = activity(
        "Residential",
        from - TimeDelta::days(2),
        Some(from + TimeDelta::days(1)),
        400,
    );
    let earlier = activity("Last year", from - TimeDelta::days(30), None, 90);
    let reading = activity("Reading", today - TimeDelta::days(3), None, 45);
    let binned = activity("Binned", today, None, 500);
    for linked in [&course, &spanning, &earlier, &binned] {
        journal
            .set_standards(StandardOwner::Activity(linked.id), &[a])
            .unwrap();
    }
    journal.trash_activity(binned.id).unwrap();

    let on_course = journal
        .create_reflection(&ReflectionFields::on_activity(&course))
        .unwrap();
    let on_reading = journal
        .create_reflection(&ReflectionFields::on_activity(&reading))
        .unwrap();
    let binned_reflection = journal
        .create_reflection(&ReflectionFields::free("Binned", None))
        .unwrap();
    journal
        .set_standards(StandardOwner::Reflection(on_course.id), &[a])
        .unwrap();
    journal
        .set_standards(StandardOwner::Reflection(on_reading.id), &[b])
        .unwrap();
    journal
        .set_standards(StandardOwner::Reflection(binned_reflection.id), &[b])
        .unwrap();
    journal.trash_reflection(binned_reflection.id).unwrap();

    let goal = journal
        .create_goal(&GoalFields::new("Lead a group"))
        .unwrap();
    let binned_goal = journal.create_goal(&GoalFields::new("Binned")).unwrap();
    for g in [goal.id, binned_goal.id] {
        journal.set_standards(StandardOwner::Goal(g), &[b]).unwrap();
    }
    journal.trash_goal(binned_goal.id).unwrap();

    let coverage = journal
        .coverage(framework.id, Some(from), Some(to))
        .unwrap();
    assert_eq!(coverage.framework.id, framework.id);
    let counts: Vec<_> = coverage
        .items
        .iter()
        .map(|i| (i.item_id, i.activities, i.reflections, i.goals, i.minutes))
        .collect();
    assert_eq!(
        counts,
        [
            // The course whole, half the four-day residential (two days inside), nothing
            // from last year or the trash; the reflection on the course adds no time.
            (a, 2, 1, 0, 60 + 200),
            // The reading's time through the reflection on it; the trashed ones left out.
            (b, 0, 1, 1, 45),
            // Listed with zeros, so the gap shows.
            (c, 0, 0, 0, 0),
        ],
        "every item, in order, with what counts in the range"
    );
    assert_eq!(coverage.items[2].parent_id, Some(a));
    assert_eq!(coverage.items[2].code, "C");

    let everything = journal.coverage(framework.id, None, None).unwrap();
    assert_eq!(
        (everything.items[0].activities, everything.items[0].minutes),
        (3, 60 + 400 + 90),
        "an open range counts every activity whole"
    );
    let before = journal
        .coverage(framework.id, None, Some(today - TimeDelta::days(1)))
        .unwrap();
    assert_eq!(
        (before.items[1].reflections, before.items[1].minutes),
        (0, 45),
        "reflections count by the day written; the reading's time by its own day"
    );
    let (field, _) = invalid(journal.coverage(framework.id, Some(to), Some(from)));
    assert_eq!(field, "to", "a range that ends before it starts is refused");

    let empty = journal
        .coverage(preset_framework_id("hcpc"), None, None)
        .unwrap();
    assert_eq!(
        empty.items.len(),
        5,
        "a framework with no links lists every item"
    );
    assert!(
        empty
            .items
            .iter()
            .all(|i| i.activities + i.reflections + i.goals == 0 && i.minutes == 0)
    );
}
