//! Importing a spreadsheet CPD log from CSV: reading the table and mapping its columns.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use cairn_portfolio::import_csv::{
    DateOrder, DurationUnit, MappedField, Mapping, guess_mapping, preview, read_table,
};

use common::csv::*;

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
