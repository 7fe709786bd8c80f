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

mod dates;
mod durations;
mod kinds;
mod mapping;
mod table;

use std::collections::{HashMap, HashSet};

use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, ImportOutcome, Journal, JournalError, MAX_TAG_CHARS,
};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use specta::Type;

pub use dates::DateOrder;
pub use durations::DurationUnit;
pub use mapping::{FieldChoice, MappedField, Mapping, guess_mapping, mapping_fields};
pub use table::{CsvRow, CsvTable, MAX_CSV_BYTES, read_table};

use crate::error::{PortfolioError, Result};
use dates::parse_date;
use durations::parse_duration;
use kinds::{KindMatch, match_kind, match_mode};

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

/// Reads every row of `table` as `mapping` says, numeric dates in `order`; `today` tells a
/// date after today (worth a note: often day and month swapped). Writes nothing and does not
/// look at the journal: rows repeated within the file are marked duplicates, rows already in
/// the journal are not (see [`preview_against`]).
pub fn preview(table: &CsvTable, mapping: &Mapping, order: DateOrder, today: NaiveDate) -> Preview {
    let reader = RowReader {
        table,
        mapping,
        order,
        today,
    };
    let missing: Vec<MappedField> = MappedField::ALL
        .iter()
        .copied()
        .filter(|&field| field.required() && reader.column(field).is_none())
        .collect();
    let mut seen: HashMap<String, u32> = HashMap::new();
    let (mut wrong_order, mut this_order_only) = (0, 0);
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let read = reader.read(row);
            wrong_order += u32::from(read.wrong_order);
            this_order_only += u32::from(read.this_order_only);
            let mut preview = PreviewRow {
                line: row.line,
                result: read.result,
                ambiguous_date: read.ambiguous,
                duplicate: false,
                notes: read.notes,
            };
            if let Ok(fields) = &preview.result {
                let key = import_key(fields);
                if let Some(first) = seen.get(&key) {
                    preview.duplicate = true;
                    preview.notes.push(RowProblem {
                        column: "Row".to_owned(),
                        message: format!("The same as line {first}: imported once."),
                    });
                } else {
                    seen.insert(key, row.line);
                }
            }
            preview
        })
        .collect();
    let mut preview = Preview {
        rows,
        good: 0,
        bad: 0,
        ambiguous: 0,
        duplicates: 0,
        missing,
        suggested_order: (wrong_order > 0 && this_order_only == 0).then_some(order.other()),
    };
    preview.recount();
    preview
}

/// [`preview`], with the rows the journal already holds marked as duplicates.
pub fn preview_against(
    journal: &Journal,
    table: &CsvTable,
    mapping: &Mapping,
    order: DateOrder,
    today: NaiveDate,
) -> Result<Preview> {
    let mut preview = preview(table, mapping, order, today);
    preview.mark_known(journal)?;
    Ok(preview)
}

/// Writes the preview's good rows to the journal in one transaction, skipping rows it already
/// holds. Refused, writing nothing, when some rows have problems and `allow_bad_rows` is not
/// set, or when no row is ready.
pub fn commit(journal: &Journal, preview: &Preview, allow_bad_rows: bool) -> Result<ImportOutcome> {
    let bad: Vec<u32> = preview
        .rows
        .iter()
        .filter(|row| row.result.is_err())
        .map(|row| row.line)
        .collect();
    if let (Some(first), false) = (bad.first(), allow_bad_rows) {
        let count = bad.len();
        let (rows, have) = if count == 1 {
            ("1 row".to_owned(), "has")
        } else {
            (format!("{count} rows"), "have")
        };
        return Err(PortfolioError::invalid(
            "rows",
            format!(
                "{rows} {have} problems (the first on line {first}). Correct the spreadsheet \
                 and import it again, or choose to import only the rows without problems. \
                 Nothing was imported."
            ),
        ));
    }
    let mut batch = Vec::new();
    for row in &preview.rows {
        let Ok(fields) = &row.result else { continue };
        fields.validate().map_err(|error| {
            PortfolioError::invalid(
                "rows",
                format!("Line {}: {error} Nothing was imported.", row.line),
            )
        })?;
        batch.push((import_key(fields), fields.clone()));
    }
    if batch.is_empty() {
        return Err(PortfolioError::invalid(
            "rows",
            "No row is ready to import: every row has a problem.",
        ));
    }
    Ok(journal.import_activities(&batch)?)
}

/// The key that recognises an activity when it is imported again: SHA-256 (hex) of its
/// values as read, white space collapsed and case ignored in the text, tags sorted.
pub fn import_key(fields: &ActivityFields) -> String {
    let text = |value: &str| {
        value
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut tags: Vec<String> = fields.tags.iter().map(|tag| text(tag)).collect();
    tags.sort();
    tags.dedup();
    tags.retain(|tag| !tag.is_empty());
    let values = [
        "cairn-csv-import-1".to_owned(),
        text(&fields.title),
        fields.started_on.to_string(),
        fields
            .ended_on
            .filter(|end| *end != fields.started_on)
            .map_or_else(String::new, |end| end.to_string()),
        fields.minutes.to_string(),
        fields.participatory_minutes.to_string(),
        fields.kind.as_str().to_owned(),
        fields.mode.as_str().to_owned(),
        text(&fields.provider),
        text(&fields.location),
        text(&fields.description),
        text(&fields.outcomes),
        text(&fields.impact),
        tags.join("\u{1f}"),
    ];
    let mut hasher = Sha256::new();
    for value in values {
        hasher.update(value.as_bytes());
        hasher.update([0x1e]);
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What reading one row gave.
#[derive(Default)]
struct RowRead {
    problems: Vec<RowProblem>,
    notes: Vec<RowProblem>,
    /// Fields whose cell could not be read.
    failed: HashSet<MappedField>,
    ambiguous: bool,
    /// A date that is one only read in the other order.
    wrong_order: bool,
    /// A date that is one only read in the order asked for.
    this_order_only: bool,
    /// Text kept at the end of the description so that nothing is lost.
    kept: Vec<String>,
}

/// A row read: the activity or its problems, and what was noticed on the way.
struct ReadRow {
    result: std::result::Result<ActivityFields, Vec<RowProblem>>,
    ambiguous: bool,
    notes: Vec<RowProblem>,
    wrong_order: bool,
    this_order_only: bool,
}

/// Words in a participatory column meaning "all of it" and "none of it".
const YES: &[&str] = &["yes", "y", "true", "x", "\u{2713}", "\u{2714}", "all"];
const NO: &[&str] = &["no", "n", "false", "none", "-", "n/a", "na"];

struct RowReader<'a> {
    table: &'a CsvTable,
    mapping: &'a Mapping,
    order: DateOrder,
    today: NaiveDate,
}

impl RowReader<'_> {
    /// The column `field` is mapped to, when the table has it.
    fn column(&self, field: MappedField) -> Option<usize> {
        self.mapping
            .get(field)
            .map(|column| column as usize)
            .filter(|&column| column < self.table.headers.len())
    }

    /// The header of `field`'s column, or the field's own name.
    fn name(&self, field: MappedField) -> String {
        self.column(field)
            .and_then(|column| self.table.headers.get(column))
            .map_or_else(|| field.label().to_owned(), Clone::clone)
    }

    /// `field`'s cell in `row`, trimmed; `None` when no column is mapped to it.
    fn cell<'r>(&self, row: &'r CsvRow, field: MappedField) -> Option<&'r str> {
        let column = self.column(field)?;
        Some(row.cells.get(column).map_or("", |cell| cell.trim()))
    }

    fn problem(&self, read: &mut RowRead, field: MappedField, message: String) {
        read.failed.insert(field);
        read.problems.push(RowProblem {
            column: self.name(field),
            message,
        });
    }

    fn note(&self, read: &mut RowRead, field: MappedField, message: String) {
        read.notes.push(RowProblem {
            column: self.name(field),
            message,
        });
    }

    fn read(&self, row: &CsvRow) -> ReadRow {
        let mut read = RowRead::default();
        for field in [MappedField::Date, MappedField::Title, MappedField::Hours] {
            if self.column(field).is_none() {
                let message = format!(
                    "No column is chosen for \u{201c}{}\u{201d}: choose the one that holds it.",
                    field.label()
                );
                self.problem(&mut read, field, message);
            }
        }
        self.check_width(row, &mut read);

        let started_on = self.date(row, MappedField::Date, &mut read);
        if started_on.is_none() && self.cell(row, MappedField::Date) == Some("") {
            let message = "Enter the date the activity took place.".to_owned();
            self.problem(&mut read, MappedField::Date, message);
        }
        let ended_on = self.date(row, MappedField::EndDate, &mut read);
        if let Some(day) = started_on.filter(|day| *day > self.today) {
            let message = format!(
                "{} is after today: check the date was read the right way round.",
                dates::long(day)
            );
            self.note(&mut read, MappedField::Date, message);
        }
        let kind = self.kind(row, &mut read);
        let mode = self.mode(row, kind, &mut read);
        let minutes = self.minutes(row, &mut read);
        let participatory_minutes = self.participatory(row, minutes, &mut read);
        let tags = self.tags(row, &mut read);
        let description = self.description(row, &mut read);

        let text = |field: MappedField| unix_lines(self.cell(row, field).unwrap_or(""));
        let fields = ActivityFields {
            // A line break in a title is a slip of Alt+Enter; the description keeps its own.
            title: text(MappedField::Title).replace('\n', " "),
            description,
            kind,
            mode,
            participatory_minutes,
            started_on: started_on.unwrap_or(self.today),
            ended_on: ended_on.filter(|end| Some(*end) != started_on),
            minutes,
            provider: text(MappedField::Provider),
            location: text(MappedField::Location),
            outcomes: text(MappedField::Outcomes),
            impact: text(MappedField::Impact),
            tags,
            goal_id: None,
            community_id: None,
        };
        self.validate(&fields, &mut read);
        ReadRow {
            result: if read.problems.is_empty() {
                Ok(fields)
            } else {
                Err(read.problems)
            },
            ambiguous: read.ambiguous,
            notes: read.notes,
            wrong_order: read.wrong_order,
            this_order_only: read.this_order_only,
        }
    }

    /// Cells beyond the header's last column usually mean a comma split a cell.
    fn check_width(&self, row: &CsvRow, read: &mut RowRead) {
        let width = self.table.headers.len();
        let extra = row
            .cells
            .iter()
            .enumerate()
            .skip(width)
            .find(|(_, cell)| !cell.trim().is_empty());
        if let Some((column, _)) = extra {
            read.problems.push(RowProblem {
                column: format!("Column {}", column + 1),
                message: format!(
                    "This row has {} cells but the header has {width}: a comma in a cell that \
                     is not in quotes splits it in two. Put that cell in quotes.",
                    row.cells.len()
                ),
            });
        }
    }

    /// The date in `field`'s cell; `None` when blank, unmapped or unreadable (a problem).
    fn date(&self, row: &CsvRow, field: MappedField, read: &mut RowRead) -> Option<NaiveDate> {
        let text = self.cell(row, field).filter(|text| !text.is_empty())?;
        match parse_date(text, self.order) {
            Ok(date) => {
                read.this_order_only |= date.only_this_order;
                if date.ambiguous {
                    read.ambiguous = true;
                    let order = self.order.describe();
                    let message = format!(
                        "\u{201c}{text}\u{201d} could be {} or {}: read as {} ({order}).",
                        dates::long(date.date),
                        swap(date.date).map_or_else(String::new, dates::long),
                        dates::long(date.date),
                    );
                    self.note(read, field, message);
                }
                Some(date.date)
            }
            Err(error) => {
                read.wrong_order |= error.only_other_order;
                self.problem(read, field, error.message);
                None
            }
        }
    }

    /// The kind named in the type column; Other, with a note, when Cairn does not know it.
    fn kind(&self, row: &CsvRow, read: &mut RowRead) -> ActivityKind {
        let text = self.cell(row, MappedField::Kind).unwrap_or("");
        match match_kind(text) {
            KindMatch::Known(kind) => kind,
            KindMatch::Guessed(kind) => {
                let message = format!(
                    "\u{201c}{text}\u{201d} read as {}; change it if that is wrong.",
                    kind.label()
                );
                self.note(read, MappedField::Kind, message);
                kind
            }
            KindMatch::Unknown => {
                let message = format!(
                    "\u{201c}{text}\u{201d} is not a type Cairn knows: imported as Other, \
                     with the original kept in the description."
                );
                self.note(read, MappedField::Kind, message);
                read.kept
                    .push(format!("{}: {text}", self.name(MappedField::Kind)));
                ActivityKind::Other
            }
        }
    }

    /// The mode in the mode column, else the kind's usual mode.
    fn mode(&self, row: &CsvRow, kind: ActivityKind, read: &mut RowRead) -> ActivityMode {
        let text = self.cell(row, MappedField::Mode).unwrap_or("");
        if let Some(mode) = match_mode(text) {
            return mode;
        }
        let mode = kind.usual_mode();
        if !text.is_empty() {
            let message = format!(
                "\u{201c}{text}\u{201d} is not a mode Cairn knows: imported as {}, usual for \
                 {}, with the original kept in the description.",
                mode.label(),
                kind.label()
            );
            self.note(read, MappedField::Mode, message);
            read.kept
                .push(format!("{}: {text}", self.name(MappedField::Mode)));
        }
        mode
    }

    /// Time spent, in minutes; a stand-in hour when unreadable (a problem) or unmapped.
    fn minutes(&self, row: &CsvRow, read: &mut RowRead) -> i32 {
        let Some(text) = self.cell(row, MappedField::Hours) else {
            return 60;
        };
        match parse_duration(text, self.mapping.duration_unit) {
            Ok(minutes) => minutes,
            Err(message) => {
                self.problem(read, MappedField::Hours, message);
                60
            }
        }
    }

    /// Participatory time: a length of time, or yes (all of it) or no.
    fn participatory(&self, row: &CsvRow, minutes: i32, read: &mut RowRead) -> i32 {
        let text = self.cell(row, MappedField::Participatory).unwrap_or("");
        let lower = text.to_lowercase();
        if YES.contains(&lower.as_str()) {
            return minutes;
        }
        if NO.contains(&lower.as_str()) {
            return 0;
        }
        parse_duration(text, self.mapping.duration_unit).unwrap_or_else(|_| {
            let message = format!(
                "\u{201c}{text}\u{201d} is neither a length of time (1.5, 1h30, 90 mins) nor \
                 yes or no."
            );
            self.problem(read, MappedField::Participatory, message);
            0
        })
    }

    /// Tags separated by commas, semicolons, bars or line breaks.
    fn tags(&self, row: &CsvRow, read: &mut RowRead) -> Vec<String> {
        let mut tags = Vec::new();
        let text = self.cell(row, MappedField::Tags).unwrap_or("");
        for tag in text.split([',', ';', '|', '\n']) {
            let tag = tag.split_whitespace().collect::<Vec<_>>().join(" ");
            if tag.chars().count() > MAX_TAG_CHARS {
                let message = format!(
                    "\u{201c}{tag}\u{201d} is longer than {MAX_TAG_CHARS} characters: separate \
                     tags with commas."
                );
                self.problem(read, MappedField::Tags, message);
            } else if !tag.is_empty() {
                tags.push(tag);
            }
        }
        tags
    }

    /// The description, followed by what was kept: an unknown type or mode, and (unless
    /// the user turned it off) each unmapped column's cell under its header.
    fn description(&self, row: &CsvRow, read: &mut RowRead) -> String {
        let mut kept = std::mem::take(&mut read.kept);
        if self.mapping.keep_unmapped {
            let mut unmapped: Vec<String> = self
                .table
                .headers
                .iter()
                .enumerate()
                .filter(|(column, _)| !self.mapping.uses(*column as u32))
                .filter_map(|(column, header)| {
                    let cell = row.cells.get(column).map_or("", |cell| cell.trim());
                    (!cell.is_empty()).then(|| format!("{header}: {}", unix_lines(cell)))
                })
                .collect();
            // By header, so that a file with its columns reordered gives the same text.
            unmapped.sort_by_key(|line| line.to_lowercase());
            kept.extend(unmapped);
        }
        let description = unix_lines(self.cell(row, MappedField::Description).unwrap_or(""));
        if kept.is_empty() {
            return description;
        }
        let kept = kept.join("\n\n");
        if description.is_empty() {
            kept
        } else {
            format!("{description}\n\n{kept}")
        }
    }

    /// The journal's own rules, reported under the column they concern; a rule about a cell
    /// already reported unreadable is left out, as it would only repeat that.
    fn validate(&self, fields: &ActivityFields, read: &mut RowRead) {
        let Err(error) = fields.validate() else {
            return;
        };
        let field = match &error {
            JournalError::Invalid { field, .. } => *field,
            _ => "",
        };
        let (column, involves): (MappedField, &[MappedField]) = match field {
            "title" => (MappedField::Title, &[MappedField::Title]),
            "endedOn" => (
                self.column(MappedField::EndDate)
                    .map_or(MappedField::Date, |_| MappedField::EndDate),
                &[MappedField::Date, MappedField::EndDate],
            ),
            "participatoryMinutes" => (
                self.column(MappedField::Participatory)
                    .map_or(MappedField::Hours, |_| MappedField::Participatory),
                &[MappedField::Hours, MappedField::Participatory],
            ),
            _ => (
                MappedField::Hours,
                &[MappedField::Date, MappedField::EndDate, MappedField::Hours],
            ),
        };
        if !involves.iter().any(|field| read.failed.contains(field)) {
            self.problem(read, column, error.to_string());
        }
    }
}

/// Text with every line break (CRLF, CR) written as LF, as the journal's Markdown keeps it.
fn unix_lines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The date with day and month swapped, when that is a date.
fn swap(date: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(date.year(), date.day(), date.month())
}
