//! Reading a framework from a CSV or JSON file. Every rule is checked before anything is
//! written, and a refusal says where: the CSV line and column, or the JSON path or position.

use std::path::Path;

use serde::Deserialize;

use crate::error::{JournalError, Result};
use crate::framework::{self, FrameworkFields, ItemFields, Problem, capitalised};

/// The largest framework file read, in bytes.
pub const MAX_FRAMEWORK_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The field every import error names.
const FIELD: &str = "file";

/// The columns a CSV file may have; `code` and `title` are required.
const COLUMNS: [&str; 4] = ["code", "title", "description", "parent"];

fn refuse(message: impl Into<String>) -> JournalError {
    JournalError::invalid(FIELD, message)
}

impl FrameworkFields {
    /// Reads a framework called `name` from CSV text: a header row naming the columns
    /// `code`, `title` and, if wanted, `description` and `parent` (a parent's code), then one
    /// item per row. A byte-order mark, quoted fields (with line breaks inside), CRLF line
    /// ends and blank lines are all accepted. Nothing is returned unless every row is good.
    pub fn from_csv(name: &str, text: &str) -> Result<Self> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut header: Option<Vec<Option<usize>>> = None;
        let mut items = Vec::new();
        let mut lines = Vec::new();
        let mut counter = LineCounter::new(text);
        for record in reader.records() {
            let record = record.map_err(|e| csv_error(&e))?;
            let line = counter.line_at(record.position().map_or(0, csv::Position::byte));
            if record.iter().all(|field| field.trim().is_empty()) {
                continue;
            }
            let Some(columns) = &header else {
                header = Some(read_header(&record, line)?);
                continue;
            };
            if record.len() > columns.len() {
                return Err(refuse(format!(
                    "Line {line}: this row has {} fields but the header names {}.",
                    record.len(),
                    columns.len()
                )));
            }
            let mut values: [&str; 4] = [""; 4];
            for (field, column) in record.iter().zip(columns) {
                if let Some(column) = column {
                    values[*column] = field;
                }
            }
            let [code, title, description, parent] = values;
            items.push(ItemFields {
                id: None,
                code: code.to_owned(),
                title: title.to_owned(),
                description: description.to_owned(),
                parent: Some(parent.trim().to_owned()).filter(|p| !p.is_empty()),
            });
            lines.push(line);
        }
        if header.is_none() {
            return Err(refuse(
                "The file is empty. Its first line should name the columns: code, title, \
                 description, parent.",
            ));
        }
        let fields = Self {
            name: name.to_owned(),
            body: String::new(),
            description: String::new(),
            items,
        };
        match framework::check(&fields) {
            Ok(_) => Ok(fields),
            Err(Problem::Item {
                index,
                column,
                message,
            }) => Err(refuse(format!(
                "Line {}, column {column}: {message}",
                lines.get(index).copied().unwrap_or(0)
            ))),
            Err(problem) => Err(problem.into_error()),
        }
    }

    /// Reads a framework from JSON text:
    /// `{"name": "…", "body": "…", "description": "…", "items": [{"code": "…", "title": "…",
    /// "description": "…", "parent": "…"}]}`; only `name` and each item's `title` are
    /// required. Nothing is returned unless every item is good.
    pub fn from_json(text: &str) -> Result<Self> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let file: JsonFramework = serde_json::from_str(text).map_err(|e| {
            let message = e.to_string();
            let suffix = format!(" at line {} column {}", e.line(), e.column());
            let message = message.strip_suffix(&suffix).unwrap_or(&message);
            match e.line() {
                0 => refuse(format!("The JSON could not be read: {message}.")),
                line => refuse(format!(
                    "JSON line {line}, column {}: {message}.",
                    e.column()
                )),
            }
        })?;
        let fields = Self {
            name: file.name,
            body: file.body,
            description: file.description,
            items: file
                .items
                .into_iter()
                .map(|item| ItemFields {
                    id: None,
                    code: item.code,
                    title: item.title,
                    description: item.description,
                    parent: item.parent,
                })
                .collect(),
        };
        match framework::check(&fields) {
            Ok(_) => Ok(fields),
            Err(Problem::Item {
                index,
                column,
                message,
            }) => Err(refuse(format!(
                "items[{index}].{column}: {}",
                capitalised(&message)
            ))),
            Err(Problem::Framework { field, message }) => {
                Err(refuse(format!("{field}: {}", capitalised(&message))))
            }
        }
    }

    /// Reads a framework from a `.json` file, or from a CSV file named after the file.
    pub fn from_file(path: &Path) -> Result<Self> {
        let shown = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into(),
        );
        let unreadable = |e: std::io::Error| {
            refuse(format!(
                "Cairn could not read \u{201c}{shown}\u{201d}: {e}."
            ))
        };
        let size = std::fs::metadata(path).map_err(unreadable)?.len();
        if size > MAX_FRAMEWORK_FILE_BYTES as u64 {
            return Err(refuse(format!(
                "\u{201c}{shown}\u{201d} is too large to be a framework (over {} MB).",
                MAX_FRAMEWORK_FILE_BYTES / (1024 * 1024)
            )));
        }
        let bytes = std::fs::read(path).map_err(unreadable)?;
        let text = String::from_utf8(bytes).map_err(|_| {
            refuse(format!(
                "\u{201c}{shown}\u{201d} is not UTF-8 text. Save it as CSV (UTF-8) or JSON and \
                 try again."
            ))
        })?;
        let json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if json {
            return Self::from_json(&text);
        }
        let name = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().trim().to_owned());
        Self::from_csv(&name, &text)
    }
}

/// Reads the header row into, for each field, the column it holds.
fn read_header(record: &csv::StringRecord, line: u64) -> Result<Vec<Option<usize>>> {
    let mut columns = Vec::with_capacity(record.len());
    for field in record {
        let name = field.trim().to_lowercase();
        if name.is_empty() {
            columns.push(None);
            continue;
        }
        let Some(column) = COLUMNS.iter().position(|c| *c == name) else {
            return Err(refuse(format!(
                "Line {line}: Cairn does not know the column \u{201c}{}\u{201d}. The columns \
                 are code, title, description and parent.",
                field.trim()
            )));
        };
        if columns.contains(&Some(column)) {
            return Err(refuse(format!(
                "Line {line}: the column \u{201c}{name}\u{201d} is named twice."
            )));
        }
        columns.push(Some(column));
    }
    for required in [0, 1] {
        if !columns.contains(&Some(required)) {
            return Err(refuse(format!(
                "Line {line}: the first line names the columns and needs a \u{201c}{}\u{201d} \
                 column (the columns are code, title, description and parent).",
                COLUMNS[required]
            )));
        }
    }
    Ok(columns)
}

/// Finds the line a record starts on. The csv crate's own line numbers drift with CRLF line
/// ends, so lines are counted here from the byte offsets it reports: `\n`, `\r\n` and a lone
/// `\r` each end a line.
struct LineCounter<'a> {
    text: &'a [u8],
    /// How far the text has been counted, and the line there.
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after `byte` that is not a line break (a
    /// record's reported start may be the end of the line break before it). Offsets must
    /// not go backwards.
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut start = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        while self.at < start {
            let ends_line = match self.text[self.at] {
                b'\n' => true,
                b'\r' => self.text.get(self.at + 1) != Some(&b'\n'),
                _ => false,
            };
            if ends_line {
                self.line += 1;
            }
            self.at += 1;
        }
        self.line
    }
}

fn csv_error(error: &csv::Error) -> JournalError {
    match error.position() {
        Some(position) => refuse(format!("Line {}: {error}.", position.line())),
        None => refuse(format!("The CSV could not be read: {error}.")),
    }
}

/// The JSON form of a framework.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonFramework {
    name: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    items: Vec<JsonItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonItem {
    #[serde(default)]
    code: String,
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    parent: Option<String>,
}
