//! Importing an existing spreadsheet CPD log from CSV.
//!
//! The steps, each a function the UI calls in turn:
//! 1. [`read_table`] reads the file into a header and rows, each with the line it starts on.
//! 2. [`guess_mapping`] guesses which column holds what; the user may change the [`Mapping`],
//!    and the [`DateOrder`] numeric dates are read in.
//! 3. [`preview_against`] (or [`preview`], which does not look at the journal) reads every
//!    row into an activity or the problems that stop it, naming line and column, and marks
//!    rows the journal already holds. Nothing is written.
//! 4. [`commit`] writes every good new row in one transaction once the user confirms; the
//!    user decides whether rows with problems block the import.
//!
//! Importing the same rows again writes nothing: each row has an [`import_key`], a hash of
//! its values as read (not of its text, so a re-saved or re-exported file still matches).

mod commit;
mod dates;
mod durations;
mod kinds;
mod mapping;
mod preview;
mod row;
mod table;

use cairn_journal::{ActivityFields, Journal};
use serde::{Deserialize, Serialize};
use specta::Type;

pub use commit::{commit, import_key};
pub use dates::DateOrder;
pub use durations::DurationUnit;
pub use mapping::{FieldChoice, MappedField, Mapping, guess_mapping, mapping_fields};
pub use preview::{preview, preview_against};
pub use table::{CsvRow, CsvTable, MAX_CSV_BYTES, read_table};

use crate::error::Result;

/// Why a cell stops a row being imported, or something worth knowing about how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RowProblem {
    /// The column's header as the file spells it (or the field's name when no column is
    /// mapped to it).
    pub column: String,
    pub message: String,
}

/// What one row of the file becomes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PreviewRow {
    /// The line of the file the row starts on.
    pub line: u32,
    /// The activity it becomes, or every problem that stops it.
    pub result: std::result::Result<ActivityFields, Vec<RowProblem>>,
    /// A date in it could be read with day and month swapped (see the notes for how it was).
    pub ambiguous_date: bool,
    /// The journal already holds this activity (or an earlier row of the file is the same):
    /// importing skips it.
    pub duplicate: bool,
    /// How cells were read where that is worth checking: an ambiguous date, a type Cairn does
    /// not know (imported as Other), a date after today. Never a reason to stop.
    pub notes: Vec<RowProblem>,
}

impl PreviewRow {
    /// The row's problems as sentences: "Line 7, column Hours: …".
    pub fn problem_lines(&self) -> Vec<String> {
        match &self.result {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .iter()
                .map(|p| format!("Line {}, column {}: {}", self.line, p.column, p.message))
                .collect(),
        }
    }
}

/// Every row's outcome, and the counts the confirmation step shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    pub rows: Vec<PreviewRow>,
    /// Rows that will be imported: no problem and not already in the journal.
    pub good: u32,
    /// Rows with problems.
    pub bad: u32,
    /// Rows with a date that could be read either way round.
    pub ambiguous: u32,
    /// Rows without problems that the journal already holds: skipped.
    pub duplicates: u32,
    /// Required fields no column is mapped to.
    pub missing: Vec<MappedField>,
    /// The other date order, when some dates only make sense read that way and none only
    /// the way asked for.
    pub suggested_order: Option<DateOrder>,
}

impl Preview {
    /// Marks the rows whose activity the journal already holds as duplicates.
    pub fn mark_known(&mut self, journal: &Journal) -> Result<()> {
        let keys: Vec<String> = self
            .rows
            .iter()
            .filter_map(|row| row.result.as_ref().ok().map(import_key))
            .collect();
        let known = journal.known_import_keys(&keys)?;
        for row in &mut self.rows {
            let Ok(fields) = &row.result else { continue };
            if !row.duplicate && known.contains(&import_key(fields)) {
                row.duplicate = true;
                row.notes.push(RowProblem {
                    column: "Row".to_owned(),
                    message: "Already in your journal (imported before): skipped.".to_owned(),
                });
            }
        }
        self.recount();
        Ok(())
    }

    fn recount(&mut self) {
        let count = |test: &dyn Fn(&PreviewRow) -> bool| {
            self.rows.iter().filter(|row| test(row)).count() as u32
        };
        self.good = count(&|row| row.result.is_ok() && !row.duplicate);
        self.bad = count(&|row| row.result.is_err());
        self.ambiguous = count(&|row| row.ambiguous_date);
        self.duplicates = count(&|row| row.result.is_ok() && row.duplicate);
    }
}
