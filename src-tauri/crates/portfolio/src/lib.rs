//! Cairn's portfolio: what a practitioner hands to an appraiser or a professional body.
//!
//! [`gather`] reads one period of the journal into a [`Portfolio`], plain data that every
//! writer (CSV, Markdown, HTML, DOCX, PDF) renders without touching the journal again;
//! [`write`] renders it in an [`ExportFormat`]. [`leap2a`] exports to and imports from
//! e-portfolio systems (Mahara, PebblePad).

mod backup;
mod bundle;
mod csv_log;
mod docx;
mod error;
mod export;
mod files;
mod gather;
mod html;
pub mod import_csv;
pub mod leap2a;
mod markdown;
mod model;
pub mod pdf;
mod progress;
mod text;

pub use backup::{
    BACKUP_SCHEMA_VERSION, Backup, BackupSummary, backup_to_file, read_backup, restore_backup,
    suggested_backup_name, write_backup,
};
pub use error::{PortfolioError, Result};
pub use export::{ExportFormat, write};
pub use files::{
    ExportSummary, ImportDraft, commit_import, export_leap2a_to_file, export_to_file, open_import,
    preview_import, suggested_leap2a_name, suggested_name,
};
pub use gather::gather;
pub use model::{
    ExportRequest, Layout, Owner, Portfolio, PortfolioActivity, PortfolioReflection,
    PortfolioSection, Totals,
};
