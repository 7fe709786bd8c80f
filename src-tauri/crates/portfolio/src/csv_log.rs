//! The hours log as CSV: one row per activity, oldest first, for a spreadsheet.
//!
//! UTF-8 with a byte-order mark (so Excel reads accents correctly), CRLF line ends, fields
//! quoted only when they need it. Dates are ISO 8601; hours are decimal with two places.
//! Text fields are trimmed; one that a spreadsheet would take for a formula (starting with
//! `=`, `+`, `-` or `@`) is prefixed with `'`, which spreadsheets show as text. An importer
//! reading this file back should drop that `'` before those four characters.

use std::io::Write;

use crate::error::Result;
use crate::model::{Portfolio, PortfolioActivity};
use crate::progress::Progress;
use crate::text::hours;

/// The header row.
pub(crate) const HEADERS: [&str; 13] = [
    "Date",
    "End date",
    "Title",
    "Kind",
    "Mode",
    "Hours",
    "Participatory hours",
    "Provider",
    "Location",
    "What I learned",
    "Impact",
    "Standards",
    "Tags",
];

/// Rows encoded together before they are handed to the output.
const ROWS_PER_CHUNK: usize = 256;

/// Writes the log of `portfolio`'s activities to `out`.
pub(crate) fn write(
    portfolio: &Portfolio,
    out: &mut dyn Write,
    report: &dyn Fn(f32) -> bool,
) -> Result<()> {
    // The header row counts as one item, then each activity.
    let mut progress = Progress::start(report, portfolio.activities.len() + 1, 0.99)?;
    let mut chunk = encode(vec![0xEF, 0xBB, 0xBF], [HEADERS.map(str::to_owned)])?;
    progress.advance(1)?;
    for rows in portfolio.activities.chunks(ROWS_PER_CHUNK) {
        chunk = encode(chunk, rows.iter().map(row))?;
        progress.advance(rows.len())?;
        out.write_all(&chunk)?;
        chunk.clear();
    }
    out.write_all(&chunk)?;
    out.flush()?;
    progress.finish();
    Ok(())
}

/// Appends `rows` to `bytes` as CSV.
fn encode(bytes: Vec<u8>, rows: impl IntoIterator<Item = [String; 13]>) -> Result<Vec<u8>> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(bytes);
    for record in rows {
        writer.write_record(&record).map_err(std::io::Error::from)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

fn row(activity: &PortfolioActivity) -> [String; 13] {
    [
        activity.started_on.to_string(),
        activity
            .ended_on
            .filter(|last| *last != activity.started_on)
            .map(|last| last.to_string())
            .unwrap_or_default(),
        text(&activity.title),
        activity.kind_label.clone(),
        activity.mode_label.clone(),
        hours(activity.minutes),
        hours(activity.participatory_minutes),
        text(&activity.provider),
        text(&activity.location),
        text(&activity.outcomes),
        text(&activity.impact),
        text(&activity.standards.join("; ")),
        text(&activity.tags.join("; ")),
    ]
}

/// User text, kept from being read as a spreadsheet formula.
fn text(value: &str) -> String {
    let value = value.trim();
    if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn formulas_are_kept_as_text() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(
            text("- a list"),
            "'- a list",
            "a Markdown list would read as a formula"
        );
        assert_eq!(text("@home"), "'@home");
        assert_eq!(text("Plain, with \"quotes\""), "Plain, with \"quotes\"");
    }
}
