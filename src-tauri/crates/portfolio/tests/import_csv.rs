//! Importing a spreadsheet CPD log from CSV: reading, mapping, previewing, committing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::sync::{Arc, Mutex};

use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, Change, ChangeAction, Entity, ImportOutcome,
    Journal, JournalError, PageRequest,
};
use cairn_portfolio::PortfolioError;
use cairn_portfolio::import_csv::{
    CsvTable, DateOrder, DurationUnit, MappedField, Mapping, Preview, PreviewRow, commit,
    guess_mapping, import_key, preview, preview_against, read_table,
};
use chrono::NaiveDate;
use uuid::Uuid;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

fn table(name: &str) -> CsvTable {
    read_table(&fixture(name)).unwrap_or_else(|e| panic!("{name} reads: {e}"))
}

fn day(text: &str) -> NaiveDate {
    text.parse().expect("test dates are valid")
}

/// A fixed "today", after every date in the fixtures.
fn today() -> NaiveDate {
    day("2025-12-31")
}

fn journal() -> Journal {
    Journal::open_in_memory().expect("an in-memory journal opens")
}

/// The preview of `table` with the guessed mapping.
fn preview_in(table: &CsvTable, order: DateOrder) -> Preview {
    preview(table, &guess_mapping(&table.headers), order, today())
}

/// The preview of a fixture with the guessed mapping, day first.
fn preview_of(name: &str) -> Preview {
    preview_in(&table(name), DateOrder::DayFirst)
}

/// The preview of a file given here, with the guessed mapping, day first.
fn preview_of_bytes(bytes: &[u8]) -> Preview {
    preview_in(&read_table(bytes).unwrap(), DateOrder::DayFirst)
}

/// The preview of a fixture with the guessed mapping, day first, against what `journal`
/// already holds.
fn preview_into(journal: &Journal, name: &str) -> Preview {
    let table = table(name);
    let mapping = guess_mapping(&table.headers);
    preview_against(journal, &table, &mapping, DateOrder::DayFirst, today()).unwrap()
}

/// The import key of every row of a fixture.
fn keys_of(name: &str) -> Vec<String> {
    preview_of(name)
        .rows
        .iter()
        .map(|row| import_key(fields(row)))
        .collect()
}

/// How many rows a commit imported, and how many it skipped as already imported.
fn counts(outcome: ImportOutcome) -> (u32, u32) {
    (outcome.imported, outcome.skipped_duplicates)
}

fn fields(row: &PreviewRow) -> &ActivityFields {
    row.result
        .as_ref()
        .unwrap_or_else(|problems| panic!("line {} has problems: {problems:?}", row.line))
}

fn row_at(preview: &Preview, line: u32) -> &PreviewRow {
    preview
        .rows
        .iter()
        .find(|row| row.line == line)
        .unwrap_or_else(|| panic!("no row on line {line}"))
}

fn all_problem_lines(preview: &Preview) -> Vec<String> {
    preview
        .rows
        .iter()
        .flat_map(PreviewRow::problem_lines)
        .collect()
}

fn activity_count(journal: &Journal) -> u32 {
    journal.activities(PageRequest::first(1)).unwrap().total
}

fn invalid(error: PortfolioError) -> (&'static str, String) {
    match error {
        PortfolioError::Invalid { field, message } => (field, message),
        PortfolioError::Journal(JournalError::Invalid { field, message }) => (field, message),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

// --- Reading the file -------------------------------------------------------------------

#[test]
fn an_excel_export_is_read_with_its_bom_crlf_quoted_line_breaks_and_blank_rows() {
    let table = table("excel_uk.csv");
    assert_eq!(
        table.headers[0], "Date",
        "the byte-order mark is not part of the first header"
    );
    assert_eq!(table.headers.len(), 8, "every header is read");
    assert_eq!(table.header_line, 1);
    let lines: Vec<u32> = table.rows.iter().map(|row| row.line).collect();
    assert_eq!(
        lines,
        [2, 5, 6, 8, 9, 10],
        "blank rows (empty and all commas) are skipped; a row with a line break in a quoted \
         cell takes two lines, and the next row's line counts them"
    );
    assert_eq!(
        table.rows[0].cells[5], "Updated referral routes\nand who to call out of hours",
        "the line break inside the quoted cell is kept"
    );
    assert_eq!(
        table.rows[0].cells[6], "Shared the new flowchart with the team, and it is on the wall",
        "a comma inside quotes stays in its cell"
    );
    assert!(
        table
            .rows
            .iter()
            .all(|row| row.cells.iter().all(|c| !c.contains('\r'))),
        "no cell keeps a carriage return from a CRLF line ending"
    );
}

#[test]
fn classic_mac_line_endings_are_read_like_any_other() {
    let table = table("cr_endings.csv");
    let lines: Vec<u32> = table.rows.iter().map(|row| row.line).collect();
    assert_eq!(
        lines,
        [2, 5],
        "a lone CR ends a line, also inside a quoted cell"
    );
    assert_eq!(table.rows[0].cells[1], "Two-line\rtitle");
    assert_eq!(table.rows[1].cells, ["02/04/2025", "Second", "2"]);
    let preview = preview_in(&table, DateOrder::DayFirst);
    assert_eq!(
        fields(&preview.rows[0]).title,
        "Two-line title",
        "a line break in a title becomes a space"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_what_to_do() {
    let (field, message) = invalid(read_table(&fixture("windows_1252.csv")).unwrap_err());
    assert_eq!(field, "file");
    assert!(message.contains("Line 3"), "names the line: {message}");
    assert!(
        message.contains("CSV UTF-8"),
        "says how to save it instead: {message}"
    );
    let (_, message) = invalid(read_table(b"\xFF\xFED\x00a\x00").unwrap_err());
    assert!(message.contains("UTF-16"), "{message}");
}

#[test]
fn an_empty_file_is_refused() {
    for bytes in [&b""[..], b"\xEF\xBB\xBF", b"\r\n\r\n,,,\r\n"] {
        let (field, message) = invalid(read_table(bytes).unwrap_err());
        assert_eq!(field, "file");
        assert!(message.contains("empty"), "{message}");
    }
}

#[test]
fn a_title_row_above_the_header_is_passed_over() {
    let table = table("title_row.csv");
    assert_eq!(
        table.header_line, 3,
        "the header is the row that names columns"
    );
    assert_eq!(table.headers[0], "Date of activity");
    assert_eq!(table.rows.len(), 3);
}

// --- Mapping ----------------------------------------------------------------------------

#[test]
fn the_mapping_is_guessed_from_the_headers() {
    let mapping = guess_mapping(&table("excel_uk.csv").headers);
    assert_eq!(
        mapping,
        Mapping {
            date: Some(0),
            title: Some(1),
            kind: Some(2),
            hours: Some(3),
            provider: Some(4),
            outcomes: Some(5),
            impact: Some(6),
            participatory: Some(7),
            duration_unit: DurationUnit::Hours,
            keep_unmapped: true,
            ..Mapping::default()
        }
    );
    let mapping = guess_mapping(&table("title_row.csv").headers);
    assert_eq!(
        (mapping.date, mapping.title, mapping.kind, mapping.hours),
        (Some(0), Some(1), Some(2), Some(3)),
        "Date of activity, Description of activity, Activity type, Time spent"
    );
    assert_eq!((mapping.provider, mapping.tags), (Some(4), Some(6)));
    let mapping = guess_mapping(&table("month_first.csv").headers);
    assert_eq!(
        mapping.duration_unit,
        DurationUnit::Minutes,
        "a header saying mins makes plain numbers minutes"
    );
}

#[test]
fn the_user_can_change_the_mapping() {
    let table = table("excel_uk.csv");
    let mut mapping = guess_mapping(&table.headers);
    mapping.set(MappedField::Description, mapping.outcomes);
    mapping.set(MappedField::Outcomes, None);
    mapping.keep_unmapped = false;
    let preview = preview(&table, &mapping, DateOrder::DayFirst, today());
    let first = fields(&preview.rows[0]);
    assert_eq!(
        first.description,
        "Updated referral routes\nand who to call out of hours"
    );
    assert_eq!(first.outcomes, "");
}

#[test]
fn a_required_field_without_a_column_stops_every_row() {
    let table = table("excel_uk.csv");
    let mut mapping = guess_mapping(&table.headers);
    mapping.hours = None;
    let preview = preview(&table, &mapping, DateOrder::DayFirst, today());
    assert_eq!(preview.missing, [MappedField::Hours]);
    assert_eq!((preview.good, preview.bad), (0, 6));
    assert!(
        all_problem_lines(&preview)[0].starts_with("Line 2, column Hours: No column is chosen"),
        "{:?}",
        all_problem_lines(&preview)
    );
}

// --- Preview ----------------------------------------------------------------------------

#[test]
fn every_row_of_an_excel_export_becomes_an_activity() {
    let preview = preview_of("excel_uk.csv");
    assert_eq!(
        (
            preview.good,
            preview.bad,
            preview.ambiguous,
            preview.duplicates
        ),
        (6, 0, 2, 0),
        "{:?}",
        all_problem_lines(&preview)
    );
    let first = fields(&preview.rows[0]);
    assert_eq!(
        first,
        &ActivityFields {
            title: "Safeguarding refresher".into(),
            description: String::new(),
            kind: ActivityKind::Course,
            mode: ActivityMode::Formal,
            participatory_minutes: 90,
            started_on: day("2025-02-03"),
            ended_on: None,
            minutes: 90,
            provider: "NHS Education for Scotland".into(),
            location: String::new(),
            outcomes: "Updated referral routes\nand who to call out of hours".into(),
            impact: "Shared the new flowchart with the team, and it is on the wall".into(),
            tags: Vec::new(),
            goal_id: None,
            community_id: None,
        },
        "Training is a course, formal as courses usually are; Yes means all of it participatory"
    );
    let expected = [
        // line, date, minutes, participatory, kind, mode
        (
            5,
            "2025-02-13",
            45,
            0,
            ActivityKind::Reading,
            ActivityMode::SelfDirected,
        ),
        (
            6,
            "2025-03-05",
            360,
            240,
            ActivityKind::Conference,
            ActivityMode::Formal,
        ),
        (
            8,
            "2025-03-20",
            90,
            90,
            ActivityKind::Supervision,
            ActivityMode::Formal,
        ),
        (
            9,
            "2025-03-25",
            90,
            0,
            ActivityKind::ELearning,
            ActivityMode::SelfDirected,
        ),
        (
            10,
            "2025-04-01",
            120,
            0,
            ActivityKind::Other,
            ActivityMode::Formal,
        ),
    ];
    for (line, date, minutes, participatory, kind, mode) in expected {
        let read = fields(row_at(&preview, line));
        assert_eq!(
            (
                read.started_on,
                read.minutes,
                read.participatory_minutes,
                read.kind,
                read.mode
            ),
            (day(date), minutes, participatory, kind, mode),
            "line {line}"
        );
    }
}

#[test]
fn every_date_and_duration_form_is_read() {
    let preview = preview_of("every_form.csv");
    assert_eq!(preview.bad, 0, "{:?}", all_problem_lines(&preview));
    assert_eq!(preview.rows.len(), 12);
    for row in &preview.rows {
        let read = fields(row);
        let expected: Vec<&str> = read.title.split(' ').collect();
        assert_eq!(
            (read.started_on.to_string(), read.minutes.to_string()),
            (expected[1].to_owned(), expected[2].to_owned()),
            "line {}",
            row.line
        );
    }
    assert_eq!(
        fields(row_at(&preview, 12)).mode,
        ActivityMode::Formal,
        "a mode column wins over the kind's usual mode"
    );
    assert_eq!(
        fields(row_at(&preview, 13)).mode,
        ActivityMode::SelfDirected,
        "without one, reading is self-directed as usual"
    );
}

#[test]
fn an_ambiguous_date_is_shown_with_both_readings() {
    let day_first = preview_of("excel_uk.csv");
    let row = row_at(&day_first, 2);
    assert!(row.ambiguous_date, "03/02/2025 could be either");
    assert_eq!(row.notes[0].column, "Date");
    assert!(
        row.notes[0].message.contains("3 February 2025")
            && row.notes[0].message.contains("2 March 2025"),
        "{}",
        row.notes[0].message
    );
    assert!(
        !row_at(&day_first, 5).ambiguous_date,
        "13/02/2025 can only be day first"
    );
    assert!(
        !row_at(&day_first, 8).ambiguous_date,
        "a month name is not ambiguous"
    );

    let month_first = preview_in(&table("excel_uk.csv"), DateOrder::MonthFirst);
    assert_eq!(
        fields(&month_first.rows[0]).started_on,
        day("2025-03-02"),
        "month first, 03/02/2025 is 2 March"
    );
}

#[test]
fn dates_that_only_fit_the_other_order_suggest_it() {
    let day_first = preview_of("month_first.csv");
    assert_eq!(day_first.suggested_order, Some(DateOrder::MonthFirst));
    let problems = all_problem_lines(&day_first);
    assert!(
        problems[0].starts_with("Line 2, column Date: \u{201c}02/13/2025\u{201d}")
            && problems[0].contains("13 February 2025"),
        "{problems:?}"
    );

    let preview = preview_in(&table("month_first.csv"), DateOrder::MonthFirst);
    assert_eq!((preview.good, preview.bad), (2, 0));
    assert_eq!(preview.suggested_order, None);
    let second = fields(&preview.rows[1]);
    assert_eq!(
        (second.started_on, second.minutes),
        (day("2025-02-03"), 45),
        "the Duration (mins) column counts minutes"
    );
    assert_eq!(second.kind, ActivityKind::MentoringReceived);
    assert!(
        preview.rows[1]
            .notes
            .iter()
            .any(|n| n.message.contains("Mentoring (received)")),
        "a loose guess is noted: {:?}",
        preview.rows[1].notes
    );
}

#[test]
fn an_unknown_kind_becomes_other_with_a_note_and_is_kept() {
    let preview = preview_of("excel_uk.csv");
    let row = row_at(&preview, 10);
    let read = fields(row);
    assert_eq!(read.kind, ActivityKind::Other, "not an error");
    assert_eq!(
        read.description, "Type: Yoga retreat",
        "the original is kept"
    );
    assert!(
        row.notes
            .iter()
            .any(|n| n.column == "Type" && n.message.contains("Yoga retreat")),
        "{:?}",
        row.notes
    );
}

#[test]
fn unmapped_columns_are_kept_in_the_description_and_tags_are_split() {
    let preview = preview_of("title_row.csv");
    let first = fields(&preview.rows[0]);
    assert_eq!(first.description, "Cost: £40");
    assert_eq!(first.tags, ["communication", "MI"]);
    assert_eq!(first.provider, "Local authority");
    assert_eq!(fields(&preview.rows[2]).kind, ActivityKind::JobShadowing);
}

#[test]
fn bad_rows_name_their_line_column_and_reason() {
    let preview = preview_of("with_problems.csv");
    assert_eq!((preview.good, preview.bad), (3, 5));
    let problems = all_problem_lines(&preview);
    let expected = [
        "Line 4, column Date: \u{201c}31/02/2025\u{201d} is not a day in the calendar.",
        "Line 5, column Activity: Give the activity a title.",
        "Line 6, column Hours: That is more than 24 hours a day: one day allow at most 24 hours.",
        "Line 7, column Hours: \u{201c}a couple\u{201d} is not a length of time Cairn can read.",
        "Line 8, column Participatory: Participatory time must be between none and the whole \
         time spent.",
    ];
    assert_eq!(problems.len(), expected.len(), "{problems:?}");
    for (problem, expected) in problems.iter().zip(expected) {
        assert!(
            problem.starts_with(expected),
            "expected {expected:?}, got {problem:?}"
        );
    }
}

#[test]
fn a_row_split_by_an_unquoted_comma_is_a_problem() {
    let preview = preview_of_bytes(b"Date,Activity,Hours\n01/04/2025,Reading, writing,1\n");
    let problems = all_problem_lines(&preview);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("Line 2, column Column 4: This row has 4 cells")),
        "{problems:?}"
    );
}

#[test]
fn a_date_after_today_is_noted_not_refused() {
    let preview = preview_of_bytes(b"Date,Activity,Hours\n01/04/2026,Planned course,1\n");
    assert_eq!(preview.good, 1);
    assert!(
        preview.rows[0]
            .notes
            .iter()
            .any(|n| n.column == "Date" && n.message.contains("1 April 2026 is after today")),
        "{:?}",
        preview.rows[0].notes
    );
}

// --- Import keys --------------------------------------------------------------------------

#[test]
fn the_same_activities_in_a_reexported_file_have_the_same_keys() {
    let first = keys_of("excel_uk.csv");
    let again = keys_of("reexported.csv");
    assert_eq!(
        first, again,
        "ISO dates, other time notations, reordered columns, quoting and spacing change no key"
    );
    assert_eq!(first[0].len(), 64, "a SHA-256 in hex");
    let unique: std::collections::HashSet<&String> = first.iter().collect();
    assert_eq!(unique.len(), first.len(), "different activities differ");
}

#[test]
fn a_row_repeated_in_the_file_is_a_duplicate() {
    let preview = preview_of("title_row.csv");
    let repeated = row_at(&preview, 5);
    assert!(repeated.duplicate);
    assert!(repeated.notes.iter().any(|n| n.message.contains("line 4")));
    assert_eq!((preview.good, preview.duplicates), (2, 1));
}

// --- Commit -----------------------------------------------------------------------------

#[test]
fn nothing_is_written_until_commit_and_then_every_row_is() {
    let journal = journal();
    let changes = Arc::new(Mutex::new(Vec::<Change>::new()));
    let seen = Arc::clone(&changes);
    let mut journal = journal;
    journal.set_listener(move |change| seen.lock().unwrap().push(*change));
    let preview = preview_into(&journal, "excel_uk.csv");
    assert_eq!(activity_count(&journal), 0, "a preview writes nothing");

    let outcome = commit(&journal, &preview, false).unwrap();
    assert_eq!(counts(outcome), (6, 0));
    assert_eq!(activity_count(&journal), 6);
    assert_eq!(
        *changes.lock().unwrap(),
        [Change {
            entity: Entity::Activity,
            id: Uuid::nil(),
            action: ChangeAction::Created
        }],
        "one change for the whole import"
    );
    let stored = journal.activities(PageRequest::first(10)).unwrap().items;
    let safeguarding = stored
        .iter()
        .find(|a| a.fields.title == "Safeguarding refresher")
        .unwrap();
    assert_eq!(
        &safeguarding.fields,
        fields(&preview.rows[0]),
        "stored as previewed"
    );
}

#[test]
fn importing_the_same_file_twice_adds_nothing() {
    let journal = journal();
    let first = preview_into(&journal, "excel_uk.csv");
    commit(&journal, &first, false).unwrap();

    let again = preview_into(&journal, "excel_uk.csv");
    assert!(
        again.rows.iter().all(|row| row.duplicate),
        "the preview shows every row known"
    );
    assert_eq!((again.good, again.duplicates), (0, 6));
    let outcome = commit(&journal, &again, false).unwrap();
    assert_eq!(counts(outcome), (0, 6));
    assert_eq!(activity_count(&journal), 6, "nothing was added");

    // A stale preview (made before the first import) still adds nothing.
    assert_eq!(commit(&journal, &first, false).unwrap().imported, 0);
    assert_eq!(activity_count(&journal), 6);
}

#[test]
fn a_reexported_file_after_the_original_adds_nothing() {
    let journal = journal();
    let original = preview_of("excel_uk.csv");
    commit(&journal, &original, false).unwrap();
    let again = preview_into(&journal, "reexported.csv");
    assert_eq!(again.duplicates, 6);
    assert_eq!(commit(&journal, &again, false).unwrap().imported, 0);
    assert_eq!(activity_count(&journal), 6);
}

#[test]
fn a_row_repeated_in_the_file_is_imported_once() {
    let journal = journal();
    let outcome = commit(&journal, &preview_of("title_row.csv"), false).unwrap();
    assert_eq!(counts(outcome), (2, 1));
}

#[test]
fn bad_rows_block_the_import_unless_the_user_allows_them() {
    let journal = journal();
    let preview = preview_of("with_problems.csv");
    let (field, message) = invalid(commit(&journal, &preview, false).unwrap_err());
    assert_eq!(field, "rows");
    assert!(
        message.contains("5 rows") && message.contains("line 4"),
        "gives the count and the first line: {message}"
    );
    assert_eq!(activity_count(&journal), 0, "nothing was written");

    let outcome = commit(&journal, &preview, true).unwrap();
    assert_eq!(outcome.imported, 3, "the good rows only");
    let titles: Vec<String> = journal
        .activities(PageRequest::first(10))
        .unwrap()
        .items
        .into_iter()
        .map(|a| a.fields.title)
        .collect();
    assert_eq!(titles, ["Good three", "Good two", "Good one"]);
}

#[test]
fn a_preview_with_no_good_row_imports_nothing() {
    let journal = journal();
    let preview = preview_of_bytes(b"Date,Activity,Hours\nsoon,Something,1\n");
    let (field, _) = invalid(commit(&journal, &preview, true).unwrap_err());
    assert_eq!(field, "rows");
}

#[test]
fn the_import_is_all_or_nothing() {
    let journal = journal();
    let mut preview = preview_of("excel_uk.csv");
    // A preview altered after it was made (say by the UI): the last row breaks a rule.
    if let Ok(fields) = &mut preview.rows[5].result {
        fields.minutes = 0;
    }
    let (field, message) = invalid(commit(&journal, &preview, false).unwrap_err());
    assert_eq!(field, "rows");
    assert!(message.starts_with("Line 10: "), "{message}");
    assert_eq!(
        activity_count(&journal),
        0,
        "the good rows before it were not written"
    );

    // A failure inside the transaction (a tag too long only the store checks) undoes the
    // rows written before it.
    let mut batch: Vec<(String, ActivityFields)> = preview.rows[..5]
        .iter()
        .map(|row| (import_key(fields(row)), fields(row).clone()))
        .collect();
    let mut last = ActivityFields::new("Tagged", day("2025-05-01"), 30);
    last.tags = vec!["t".repeat(41)];
    batch.push(("last".to_owned(), last));
    let error = journal.import_activities(&batch).unwrap_err();
    assert!(
        matches!(&error, JournalError::Invalid { field: "tags", message } if message.starts_with("Activity 6 of 6: ")),
        "{error:?}"
    );
    assert_eq!(
        activity_count(&journal),
        0,
        "the five written first were rolled back"
    );
    assert!(
        journal
            .known_import_keys(&[batch[0].0.clone()])
            .unwrap()
            .is_empty(),
        "and so were their keys"
    );
}

#[test]
fn known_keys_are_those_imported_and_survive_the_trash_but_not_a_purge() {
    let journal = journal();
    let fields = ActivityFields::new("Kept", day("2025-05-01"), 30);
    journal
        .import_activities(&[("k1".to_owned(), fields)])
        .unwrap();
    let asked = ["k1".to_owned(), "k2".to_owned()];
    let known = journal.known_import_keys(&asked).unwrap();
    assert_eq!(known.into_iter().collect::<Vec<_>>(), ["k1"]);

    let id = journal.activities(PageRequest::first(1)).unwrap().items[0].id;
    journal.trash_activity(id).unwrap();
    assert_eq!(
        journal.known_import_keys(&asked).unwrap().len(),
        1,
        "trash keeps it"
    );
    journal.purge_activity(id).unwrap();
    assert!(
        journal.known_import_keys(&asked).unwrap().is_empty(),
        "purging for good forgets it"
    );
}

#[test]
fn a_commit_into_a_journal_file_persists() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.sqlite3");
    {
        let journal = Journal::open(&path).unwrap();
        commit(&journal, &preview_of("excel_uk.csv"), false).unwrap();
    }
    let journal = Journal::open(&path).unwrap();
    assert_eq!(activity_count(&journal), 6);
    let again = preview_into(&journal, "excel_uk.csv");
    assert_eq!(again.duplicates, 6, "the keys were kept in the file");
}

#[test]
fn a_preview_round_trips_through_json_as_the_ui_sends_it_back() {
    let preview = preview_of("with_problems.csv");
    let json = serde_json::to_string(&preview).unwrap();
    assert!(json.contains("\"ambiguousDate\""), "camelCase for the UI");
    let back: Preview = serde_json::from_str(&json).unwrap();
    assert_eq!(back, preview);
}
