//! Reading and previewing the CSV fixtures.

use cairn_journal::{ActivityFields, ImportOutcome, Journal, JournalError, PageRequest};
use cairn_portfolio::PortfolioError;
use cairn_portfolio::import_csv::{
    CsvTable, DateOrder, Preview, PreviewRow, guess_mapping, import_key, preview, preview_against,
    read_table,
};
use chrono::NaiveDate;

pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

pub fn table(name: &str) -> CsvTable {
    read_table(&fixture(name)).unwrap_or_else(|e| panic!("{name} reads: {e}"))
}

pub fn day(text: &str) -> NaiveDate {
    text.parse().expect("test dates are valid")
}

/// A fixed "today", after every date in the fixtures.
pub fn today() -> NaiveDate {
    day("2025-12-31")
}

pub fn journal() -> Journal {
    Journal::open_in_memory().expect("an in-memory journal opens")
}

/// The preview of `table` with the guessed mapping.
pub fn preview_in(table: &CsvTable, order: DateOrder) -> Preview {
    preview(table, &guess_mapping(&table.headers), order, today())
}

/// The preview of a fixture with the guessed mapping, day first.
pub fn preview_of(name: &str) -> Preview {
    preview_in(&table(name), DateOrder::DayFirst)
}

/// The preview of a file given here, with the guessed mapping, day first.
pub fn preview_of_bytes(bytes: &[u8]) -> Preview {
    preview_in(&read_table(bytes).unwrap(), DateOrder::DayFirst)
}

/// The preview of a fixture with the guessed mapping, day first, against what `journal`
/// already holds.
pub fn preview_into(journal: &Journal, name: &str) -> Preview {
    let table = table(name);
    let mapping = guess_mapping(&table.headers);
    preview_against(journal, &table, &mapping, DateOrder::DayFirst, today()).unwrap()
}

/// The import key of every row of a fixture.
pub fn keys_of(name: &str) -> Vec<String> {
    preview_of(name)
        .rows
        .iter()
        .map(|row| import_key(fields(row)))
        .collect()
}

/// How many rows a commit imported, and how many it skipped as already imported.
pub fn counts(outcome: ImportOutcome) -> (u32, u32) {
    (outcome.imported, outcome.skipped_duplicates)
}

pub fn fields(row: &PreviewRow) -> &ActivityFields {
    row.result
        .as_ref()
        .unwrap_or_else(|problems| panic!("line {} has problems: {problems:?}", row.line))
}

pub fn row_at(preview: &Preview, line: u32) -> &PreviewRow {
    preview
        .rows
        .iter()
        .find(|row| row.line == line)
        .unwrap_or_else(|| panic!("no row on line {line}"))
}

pub fn all_problem_lines(preview: &Preview) -> Vec<String> {
    preview
        .rows
        .iter()
        .flat_map(PreviewRow::problem_lines)
        .collect()
}

pub fn activity_count(journal: &Journal) -> u32 {
    journal.activities(PageRequest::first(1)).unwrap().total
}

pub fn invalid(error: PortfolioError) -> (&'static str, String) {
    match error {
        PortfolioError::Invalid { field, message } => (field, message),
        PortfolioError::Journal(JournalError::Invalid { field, message }) => (field, message),
        other => panic!("expected a validation error, got {other:?}"),
    }
}
