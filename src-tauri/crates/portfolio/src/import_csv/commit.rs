//! Committing an import in one transaction, and the key that recognises a row imported again.

use cairn_journal::{ActivityFields, ImportOutcome, Journal};
use sha2::{Digest, Sha256};

use super::Preview;
use crate::error::{PortfolioError, Result};

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
