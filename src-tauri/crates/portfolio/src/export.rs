//! One way out for every format: [`write`] a [`Portfolio`] as PDF, Word, HTML, Markdown or a
//! CSV hours log.

use std::io::Write;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::Result;
use crate::model::Portfolio;

/// The file formats a portfolio can be exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// A typeset PDF for an appraiser or a professional body.
    Pdf,
    /// A Word document to edit before handing in.
    Docx,
    /// One self-contained HTML page that prints well.
    Html,
    /// The whole portfolio as Markdown text.
    Markdown,
    /// The hours log only, one row per activity, for a spreadsheet.
    Csv,
}

impl ExportFormat {
    /// Every format, in the order a menu offers them.
    pub const ALL: [Self; 5] = [Self::Pdf, Self::Docx, Self::Html, Self::Markdown, Self::Csv];

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Html => "html",
            Self::Markdown => "md",
            Self::Csv => "csv",
        }
    }

    /// The IANA media type of the file.
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Html => "text/html; charset=utf-8",
            Self::Markdown => "text/markdown; charset=utf-8",
            Self::Csv => "text/csv; charset=utf-8",
        }
    }
}

/// Writes `portfolio` to `out` in `format`.
///
/// `progress` is told how far the export has gone, from 0.0 to 1.0, and cancels it by
/// returning `false`: nothing more is written and the result is
/// [`PortfolioError::Cancelled`](crate::PortfolioError::Cancelled). What was written before
/// is incomplete, so write to a temporary file and keep it only on success. Once the output
/// is complete, the final report of 1.0 can no longer cancel.
pub fn write(
    portfolio: &Portfolio,
    format: ExportFormat,
    out: &mut dyn Write,
    progress: &dyn Fn(f32) -> bool,
) -> Result<()> {
    match format {
        ExportFormat::Pdf => crate::pdf::write(portfolio, out, progress),
        ExportFormat::Docx => crate::docx::write(portfolio, out, progress),
        ExportFormat::Html => crate::html::write(portfolio, out, progress),
        ExportFormat::Markdown => crate::markdown::write(portfolio, out, progress),
        ExportFormat::Csv => crate::csv_log::write(portfolio, out, progress),
    }
}

#[cfg(test)]
mod tests {
    use super::ExportFormat;

    #[test]
    fn formats_serialize_in_snake_case() {
        let names: Vec<String> = ExportFormat::ALL
            .iter()
            .map(|f| serde_json::to_string(f).unwrap_or_default())
            .collect();
        assert_eq!(
            names,
            ["\"pdf\"", "\"docx\"", "\"html\"", "\"markdown\"", "\"csv\""],
            "the UI keys on these names"
        );
        for format in ExportFormat::ALL {
            assert!(!format.extension().starts_with('.'), "{format:?}");
        }
    }
}
