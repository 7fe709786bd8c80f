//! Portfolios to and from files the user chose: an export written whole or not at all, and a
//! spreadsheet read for import.

use std::fs::{self, File};
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use cairn_journal::{ImportOutcome, Journal};
use chrono::NaiveDate;
use serde::Serialize;
use specta::Type;

use crate::error::{PortfolioError, Result};
use crate::export::{ExportFormat, write};
use crate::gather::gather;
use crate::import_csv::{
    self, DateOrder, FieldChoice, Mapping, Preview, guess_mapping, mapping_fields, read_table,
};
use crate::model::ExportRequest;

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ExportSummary {
    pub path: String,
    /// Bytes written.
    pub size: u32,
    pub activities: u32,
    pub reflections: u32,
}

/// Gathers `request` from the journal and writes it as `format` to `path`. The file appears
/// only once complete: a failure or a cancel (`progress` returning false) leaves no file and
/// no partial copy, and an existing file at `path` is replaced only on success.
pub fn export_to_file(
    journal: &Journal,
    request: &ExportRequest,
    format: ExportFormat,
    path: &Path,
    progress: &dyn Fn(f32) -> bool,
) -> Result<ExportSummary> {
    let portfolio = gather(journal, request)?;
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let partial = folder.join(format!(".{name}.partial"));
    let written = (|| -> Result<()> {
        let mut out = BufWriter::new(File::create(&partial)?);
        write(&portfolio, format, &mut out, progress)?;
        let file = out
            .into_inner()
            .map_err(|e| PortfolioError::Io(e.into_error()))?;
        file.sync_all()?;
        fs::rename(&partial, path)?;
        Ok(())
    })();
    if let Err(error) = written {
        let _ = fs::remove_file(&partial);
        return Err(error);
    }
    let size = fs::metadata(path).map(|m| m.len()).unwrap_or_default();
    Ok(ExportSummary {
        path: path.display().to_string(),
        size: u32::try_from(size).unwrap_or(u32::MAX),
        activities: portfolio.totals.activities,
        reflections: portfolio.totals.reflections,
    })
}

/// A spreadsheet opened for import: its columns, the mapping Cairn guessed, and the preview.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportDraft {
    pub file_name: String,
    pub headers: Vec<String>,
    pub mapping: Mapping,
    pub order: DateOrder,
    /// Every field a column can be mapped to, with its label.
    pub fields: Vec<FieldChoice>,
    pub preview: Preview,
}

fn table_of(path: &Path) -> Result<import_csv::CsvTable> {
    let bytes = fs::read(path).map_err(|e| {
        PortfolioError::invalid(
            "file",
            format!("Cairn could not read {}: {e}.", path.display()),
        )
    })?;
    read_table(&bytes)
}

/// Reads the CSV file at `path` and previews it with the guessed mapping, day-first dates.
pub fn open_import(journal: &Journal, path: &Path, today: NaiveDate) -> Result<ImportDraft> {
    let table = table_of(path)?;
    let mapping = guess_mapping(&table.headers);
    let order = DateOrder::default();
    let preview = import_csv::preview_against(journal, &table, &mapping, order, today)?;
    Ok(ImportDraft {
        file_name: path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        headers: table.headers,
        mapping,
        order,
        fields: mapping_fields(),
        preview,
    })
}

/// The preview of the CSV file at `path` under a mapping the user changed.
pub fn preview_import(
    journal: &Journal,
    path: &Path,
    mapping: &Mapping,
    order: DateOrder,
    today: NaiveDate,
) -> Result<Preview> {
    import_csv::preview_against(journal, &table_of(path)?, mapping, order, today)
}

/// Reads the file again and imports its good rows in one transaction (see
/// [`import_csv::commit`]).
pub fn commit_import(
    journal: &Journal,
    path: &Path,
    mapping: &Mapping,
    order: DateOrder,
    allow_bad_rows: bool,
    today: NaiveDate,
) -> Result<ImportOutcome> {
    let preview = preview_import(journal, path, mapping, order, today)?;
    import_csv::commit(journal, &preview, allow_bad_rows)
}

/// A suggested file name for an export: "Cairn portfolio 2026-04-01 to 2027-03-31.pdf".
pub fn suggested_name(request: &ExportRequest, format: ExportFormat) -> PathBuf {
    PathBuf::from(format!(
        "Cairn portfolio {} to {}.{}",
        request.from,
        request.to,
        format.extension()
    ))
}
