//! Cairn's portfolio: what a practitioner hands to an appraiser or a professional body.
//!
//! [`gather`] reads one period of the journal into a [`Portfolio`], plain data that every
//! writer (CSV, Markdown, HTML, DOCX, PDF) renders without touching the journal again;
//! [`write`] renders it in an [`ExportFormat`].

mod csv_log;
mod docx;
mod error;
mod export;
mod files;
mod gather;
mod html;
pub mod import_csv;
mod markdown;
mod model;
pub mod pdf;
mod progress;
mod text;

pub use error::{PortfolioError, Result};
pub use export::{ExportFormat, write};
pub use files::{
    ExportSummary, ImportDraft, commit_import, export_to_file, open_import, preview_import,
    suggested_name,
};
pub use gather::gather;
pub use model::{
    ExportRequest, Layout, Owner, Portfolio, PortfolioActivity, PortfolioReflection,
    PortfolioSection, Totals,
};
