//! Importing a spreadsheet CPD log from CSV: previewing rows, their dates, durations and kinds.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

mod common;

use cairn_journal::{ActivityFields, ActivityKind, ActivityMode};
use cairn_portfolio::import_csv::DateOrder;

use common::csv::*;

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
