//! Professional frameworks: imported from CSV and JSON files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use cairn_journal::Journal;
use tempfile::TempDir;

use common::frameworks::{codes, invalid, user_frameworks};

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
