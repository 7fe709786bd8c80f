//! Portfolios to and from files the user chose: an export written whole or not at all, and a
//! spreadsheet read for import.

use std::fs::{self, File};
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use cairn_journal::{EvidenceOwner, ImportOutcome, Journal};
use chrono::NaiveDate;
use serde::Serialize;
use specta::Type;
use uuid::Uuid;

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

/// Gathers `request` from the journal and writes it to `path` as a Leap2A 2010-07 package
/// (see [`crate::leap2a`]), the activities' evidence included. Like [`export_to_file`], the
/// file appears only once complete and replaces an existing one only on success.
///
/// `progress` reports and cancels as for [`export_to_file`].
pub fn export_leap2a_to_file(
    journal: &Journal,
    request: &ExportRequest,
    path: &Path,
    progress: &dyn Fn(f32) -> bool,
) -> Result<ExportSummary> {
    let portfolio = gather(journal, request)?;
    let evidence = |activity: Uuid, name: &str| -> Option<PathBuf> {
        let file = journal
            .evidence(EvidenceOwner::Activity(activity))
            .ok()?
            .into_iter()
            .find(|file| file.name == name)?;
        journal.evidence_file(file.id).ok()
    };
    write_whole(path, |file| {
        let mut out = BufWriter::new(file);
        crate::leap2a::write_leap2a(&portfolio, &evidence, &mut out, progress)?;
        out.into_inner()
            .map_err(|e| PortfolioError::Io(e.into_error()))
    })?;
    let size = fs::metadata(path).map(|m| m.len()).unwrap_or_default();
    Ok(ExportSummary {
        path: path.display().to_string(),
        size: u32::try_from(size).unwrap_or(u32::MAX),
        activities: portfolio.totals.activities,
        reflections: portfolio.totals.reflections,
    })
}

/// Writes `path` through `write` into a partial file beside it, renamed into place only on
/// success; on failure the partial file is removed.
fn write_whole(path: &Path, write: impl FnOnce(File) -> Result<File>) -> Result<()> {
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
        let file = write(File::create(&partial)?)?;
        file.sync_all()?;
        fs::rename(&partial, path)?;
        Ok(())
    })();
    if written.is_err() {
        let _ = fs::remove_file(&partial);
    }
    written
}

/// A suggested file name for a Leap2A export: "Cairn portfolio 2026-04-01 to 2027-03-31
/// (Leap2A).zip".
pub fn suggested_leap2a_name(request: &ExportRequest) -> PathBuf {
    PathBuf::from(format!(
        "Cairn portfolio {} to {} (Leap2A).zip",
        request.from, request.to
    ))
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
