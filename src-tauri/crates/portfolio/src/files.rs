//! Portfolios to and from files the user chose: an export written whole or not at all, and a
//! spreadsheet read for import.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
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
use crate::model::{ExportRequest, Portfolio};

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

/// Gathers `request` from the journal and writes it as `format` to `path`.
///
/// With `request.with_evidence` the file is a ZIP instead, at `path` with the extension
/// `.zip`: the document (named like the ZIP, with `format`'s extension) and every attached
/// file of the exported activities and reflections under `evidence/<entry title>/<file name>`.
/// For a PDF, `request.template` names the user's own typst template, used instead of Cairn's
/// layout; one that cannot be read or typeset is [`PortfolioError::Invalid`] with
/// `field: "template"`.
///
/// The file appears only once complete: a failure or a cancel (`progress` returning false)
/// leaves no file and no partial copy, and an existing file at `path` is replaced only on
/// success.
pub fn export_to_file(
    journal: &Journal,
    request: &ExportRequest,
    format: ExportFormat,
    path: &Path,
    progress: &dyn Fn(f32) -> bool,
) -> Result<ExportSummary> {
    let portfolio = gather(journal, request)?;
    let template = match (&request.template, format) {
        (Some(template), ExportFormat::Pdf) => Some(read_template(Path::new(template))?),
        _ => None,
    };
    let document = |out: &mut dyn Write, progress: &dyn Fn(f32) -> bool| match &template {
        Some(source) => crate::pdf::write_with_template(&portfolio, source, out, progress),
        None => write(&portfolio, format, out, progress),
    };
    if !request.with_evidence {
        write_atomically(path, |out| document(out, progress))?;
        return Ok(summary_of(path, &portfolio));
    }
    let path = path.with_extension("zip");
    let document_name = format!(
        "{}.{}",
        path.file_stem().unwrap_or_default().to_string_lossy(),
        format.extension()
    );
    write_atomically(&path, |out| {
        crate::bundle::write_bundle(journal, &portfolio, &document_name, out, progress, document)
    })?;
    Ok(summary_of(&path, &portfolio))
}

/// The user's own typst template at `path`; one that cannot be read is refused beside the
/// template chooser.
fn read_template(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| {
        PortfolioError::invalid(
            "template",
            format!(
                "Cairn could not read the template {}: {e}. Choose another, or use Cairn's layout.",
                path.display()
            ),
        )
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
    write_atomically(path, |out| {
        crate::leap2a::write_leap2a(&portfolio, &evidence, out, progress)
    })?;
    Ok(summary_of(path, &portfolio))
}

/// What was written to `path` for `portfolio`.
fn summary_of(path: &Path, portfolio: &Portfolio) -> ExportSummary {
    let size = fs::metadata(path).map(|m| m.len()).unwrap_or_default();
    ExportSummary {
        path: path.display().to_string(),
        size: u32::try_from(size).unwrap_or(u32::MAX),
        activities: portfolio.totals.activities,
        reflections: portfolio.totals.reflections,
    }
}

/// Writes `path` through `write` into a buffered partial file beside it, synced and renamed
/// into place only on success: a failure or a cancel leaves no file and no partial copy, and
/// an existing file at `path` is replaced only on success.
pub(crate) fn write_atomically<T>(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<T>,
) -> Result<T> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let partial = folder.join(format!(".{name}.partial"));
    let written = (|| -> Result<T> {
        let mut out = BufWriter::new(File::create(&partial)?);
        let value = write(&mut out)?;
        let file = out
            .into_inner()
            .map_err(|e| PortfolioError::Io(e.into_error()))?;
        file.sync_all()?;
        fs::rename(&partial, path)?;
        Ok(value)
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
