//! Reading one row into an activity, or the problems that stop it, as the mapping says.

use std::collections::HashSet;

use cairn_journal::{ActivityFields, ActivityKind, ActivityMode, JournalError, MAX_TAG_CHARS};
use chrono::{Datelike, NaiveDate};

use super::dates::{self, parse_date};
use super::durations::parse_duration;
use super::kinds::{KindMatch, match_kind, match_mode};
use super::{CsvRow, CsvTable, DateOrder, MappedField, Mapping, RowProblem};

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
pub(super) struct ReadRow {
    pub(super) result: std::result::Result<ActivityFields, Vec<RowProblem>>,
    pub(super) ambiguous: bool,
    pub(super) notes: Vec<RowProblem>,
    pub(super) wrong_order: bool,
    pub(super) this_order_only: bool,
}

/// Words in a participatory column meaning "all of it" and "none of it".
const YES: &[&str] = &["yes", "y", "true", "x", "\u{2713}", "\u{2714}", "all"];
const NO: &[&str] = &["no", "n", "false", "none", "-", "n/a", "na"];

pub(super) struct RowReader<'a> {
    pub(super) table: &'a CsvTable,
    pub(super) mapping: &'a Mapping,
    pub(super) order: DateOrder,
    pub(super) today: NaiveDate,
}

impl RowReader<'_> {
    /// The column `field` is mapped to, when the table has it.
    pub(super) fn column(&self, field: MappedField) -> Option<usize> {
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

    pub(super) fn read(&self, row: &CsvRow) -> ReadRow {
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
