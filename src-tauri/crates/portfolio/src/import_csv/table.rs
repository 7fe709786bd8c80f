//! Reading a CSV file into a header and rows, each row with the line it starts on.

use serde::{Deserialize, Serialize};
use specta::Type;

use super::mapping::{MappedField, guess_mapping};
use crate::error::{PortfolioError, Result};

/// The largest CSV file accepted: far beyond any CPD log, small enough to preview in memory.
pub const MAX_CSV_BYTES: usize = 32 * 1024 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How many rows at the top may come before the header (a title such as "CPD log 2025").
const HEADER_SEARCH_ROWS: usize = 10;

/// A spreadsheet read from CSV: its header and its rows, blank rows left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CsvTable {
    /// Column names, trimmed; a blank one is called "Column 3" and so on.
    pub headers: Vec<String>,
    /// The line the header row is on (1 unless rows above it hold a title).
    pub header_line: u32,
    pub rows: Vec<CsvRow>,
}

/// One row of the spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CsvRow {
    /// The 1-based line of the file the row starts on, as a text editor counts lines; a row
    /// whose quoted cell holds line breaks spans the lines after it.
    pub line: u32,
    /// The cells as written, quotes removed.
    pub cells: Vec<String>,
}

/// Reads `bytes` as CSV: a UTF-8 byte-order mark is skipped, line endings may be CRLF, LF or
/// CR, quoted cells may hold line breaks, blank rows are left out. The delimiter is a comma,
/// or a semicolon or tab when the header row uses that instead (or Excel's `sep=;` line says
/// so). The header is the first row, unless a title row or two come before it.
pub fn read_table(bytes: &[u8]) -> Result<CsvTable> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(PortfolioError::invalid(
            "file",
            format!(
                "The file is {} MB; Cairn imports CSV files of up to {} MB.",
                bytes.len().div_ceil(1024 * 1024),
                MAX_CSV_BYTES / (1024 * 1024)
            ),
        ));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(not_utf8("The file is saved as UTF-16 text"));
    }
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let lines = LineIndex::new(bytes);
    if let Err(error) = std::str::from_utf8(bytes) {
        let line = lines.line_of(error.valid_up_to());
        return Err(not_utf8(&format!(
            "Line {line} holds characters that are not UTF-8"
        )));
    }
    let (delimiter, start) = delimiter(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(&bytes[start..]);
    let mut records = Vec::new();
    let mut record = csv::ByteRecord::new();
    let mut last_start = start;
    loop {
        let read = reader.read_byte_record(&mut record).map_err(|error| {
            PortfolioError::invalid(
                "file",
                format!("The file is not CSV Cairn can read: {error}."),
            )
        })?;
        if !read {
            break;
        }
        let from = start + record.position().map_or(0, |p| p.byte() as usize);
        // The reader's position may sit on the previous row's line break or on blank lines.
        let first = bytes[from..]
            .iter()
            .position(|&b| b != b'\r' && b != b'\n')
            .map_or(from, |skip| from + skip);
        last_start = first;
        let cells = record
            .iter()
            .map(|cell| String::from_utf8_lossy(cell).into_owned())
            .collect::<Vec<_>>();
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        records.push(CsvRow {
            line: lines.line_of(first),
            cells,
        });
    }
    check_quotes_closed(bytes, last_start, &lines)?;
    let header_at = header_row(&records).ok_or_else(|| {
        PortfolioError::invalid(
            "file",
            "The file is empty: it needs a header row naming the columns and a row for each \
             activity.",
        )
    })?;
    let mut rows = records.split_off(header_at);
    let header = rows.remove(0);
    let headers = header
        .cells
        .iter()
        .enumerate()
        .map(|(index, name)| {
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            if name.is_empty() {
                format!("Column {}", index + 1)
            } else {
                name
            }
        })
        .collect();
    Ok(CsvTable {
        headers,
        header_line: header.line,
        rows,
    })
}

/// The index of the header row among the first rows: the first, unless a later one names
/// clearly more fields (rows above it are a title or notes).
fn header_row(records: &[CsvRow]) -> Option<usize> {
    let score = |row: &CsvRow| {
        let mapping = guess_mapping(&row.cells);
        MappedField::ALL
            .iter()
            .filter(|&&field| mapping.get(field).is_some())
            .count()
    };
    let first = score(records.first()?);
    if first >= 2 {
        return Some(0);
    }
    let (best, best_score) = records
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .enumerate()
        .map(|(index, row)| (index, score(row)))
        .fold(
            (0, first),
            |best, next| if next.1 > best.1 { next } else { best },
        );
    Some(if best_score >= 3 { best } else { 0 })
}

/// The delimiter, and where the CSV starts (after a `sep=;` line).
fn delimiter(bytes: &[u8]) -> (u8, usize) {
    let first_line_end = bytes
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .unwrap_or(bytes.len());
    let first_line = &bytes[..first_line_end];
    if let [b's' | b'S', b'e' | b'E', b'p' | b'P', b'=', separator] = first_line {
        let after = bytes[first_line_end..]
            .iter()
            .position(|&b| b != b'\r' && b != b'\n')
            .map_or(bytes.len(), |skip| first_line_end + skip);
        return (*separator, after);
    }
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for &b in first_line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let best = (0..3).fold(0, |best, i| if counts[i] > counts[best] { i } else { best });
    (candidates[best], 0)
}

/// An odd number of quotes in a last row that spans lines means a quote opened and never
/// closed: the reader took the rest of the file into one cell. Refused rather than imported.
fn check_quotes_closed(bytes: &[u8], last_start: usize, lines: &LineIndex) -> Result<()> {
    let tail = &bytes[last_start.min(bytes.len())..];
    let quotes = tail.iter().filter(|&&b| b == b'"').count();
    let body = tail
        .iter()
        .rposition(|&b| b != b'\r' && b != b'\n')
        .map_or(&tail[..0], |end| &tail[..=end]);
    let spans_lines = body.iter().any(|&b| b == b'\r' || b == b'\n');
    if quotes % 2 == 1 && spans_lines {
        return Err(PortfolioError::invalid(
            "file",
            format!(
                "Line {} opens a quoted cell that is never closed, so the rest of the file \
                 would be read as one cell. Check the quotes on that line.",
                lines.line_of(last_start)
            ),
        ));
    }
    Ok(())
}

fn not_utf8(what: &str) -> PortfolioError {
    PortfolioError::invalid(
        "file",
        format!(
            "{what}. Save the spreadsheet as \u{201c}CSV UTF-8\u{201d} (in Excel: File \u{203a} \
             Save As \u{203a} CSV UTF-8 (Comma delimited)) and import that file."
        ),
    )
}

/// Where each line of the file starts, counting CRLF, LF and a lone CR as one line break.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(bytes: &[u8]) -> Self {
        let mut starts = vec![0];
        for (at, &b) in bytes.iter().enumerate() {
            let breaks = b == b'\n' || (b == b'\r' && bytes.get(at + 1) != Some(&b'\n'));
            if breaks {
                starts.push(at + 1);
            }
        }
        Self { starts }
    }

    /// The 1-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> u32 {
        self.starts.partition_point(|&start| start <= offset) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(table: &CsvTable) -> Vec<u32> {
        table.rows.iter().map(|row| row.line).collect()
    }

    #[test]
    fn lines_are_counted_alike_for_every_line_ending() {
        for ending in ["\n", "\r\n", "\r"] {
            let text = [
                "Date,Activity,Hours",
                "",
                "1/2/2025,\"A",
                "B\",1",
                "",
                "",
                "2/2/2025,C,2",
                "",
            ]
            .join(ending);
            let table = read_table(text.as_bytes()).unwrap();
            assert_eq!(lines(&table), [3, 7], "{ending:?}");
            assert_eq!(table.rows[0].cells[1], format!("A{ending}B"), "{ending:?}");
        }
    }

    #[test]
    fn a_title_row_above_the_header_is_skipped() {
        let text = "My CPD log 2025,,\n\nDate,Activity,Hours\n1/2/2025,A,1\n";
        let table = read_table(text.as_bytes()).unwrap();
        assert_eq!(table.headers, ["Date", "Activity", "Hours"]);
        assert_eq!(table.header_line, 3);
        assert_eq!(lines(&table), [4]);
    }

    #[test]
    fn semicolons_and_excel_sep_lines_are_understood() {
        let table = read_table(b"Date;Activity;Hours\n1/2/2025;A;1,5\n").unwrap();
        assert_eq!(table.rows[0].cells, ["1/2/2025", "A", "1,5"]);
        let table = read_table(b"sep=;\r\nDate;Activity;Hours\r\n1/2/2025;A, B;1\r\n").unwrap();
        assert_eq!(table.rows[0].cells, ["1/2/2025", "A, B", "1"]);
        assert_eq!(table.rows[0].line, 3);
    }

    #[test]
    fn an_unclosed_quote_is_refused_naming_its_line() {
        let error =
            read_table(b"Date,Activity,Hours\n1/2/2025,A,1\n2/2/2025,\"B,1\n3/2/2025,C,1\n")
                .unwrap_err();
        assert!(error.to_string().starts_with("Line 3 "), "{error}");
    }

    #[test]
    fn a_stray_quote_inside_one_line_is_kept() {
        let table = read_table(b"Date,Activity,Hours\n1/2/2025,5\" screen,1\n").unwrap();
        assert_eq!(table.rows[0].cells[1], "5\" screen");
    }
}
