//! An export with its evidence: one ZIP holding the document and, under
//! `evidence/<entry title>/<file name>`, every file attached to the exported entries.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, Seek, Write};

use cairn_journal::{EvidenceOwner, Journal};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::backup::zip_error;
use crate::error::{PortfolioError, Result};
use crate::model::Portfolio;

/// How far the export has gone once the document is in the ZIP (0 to 1).
const DOCUMENT_DONE: f32 = 0.8;

/// Writes a ZIP to `out`: `document_name` written by `document` (given its own progress,
/// scaled to the first part of the export), then the evidence of `portfolio`'s activities
/// and reflections, bytes read from the journal's store. `progress` reports and cancels as
/// for [`crate::write`].
pub(crate) fn write_bundle(
    journal: &Journal,
    portfolio: &Portfolio,
    document_name: &str,
    out: impl Write + Seek,
    progress: &dyn Fn(f32) -> bool,
    document: impl FnOnce(&mut dyn Write, &dyn Fn(f32) -> bool) -> Result<()>,
) -> Result<()> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(false);
    let mut zip = ZipWriter::new(out);
    zip.start_file(safe_name(document_name), options)
        .map_err(zip_error)?;
    let cancelled = std::cell::Cell::new(false);
    let step = |done: f32| {
        if done >= 1.0 {
            // The document is complete; the export is not.
            let go_on = progress(DOCUMENT_DONE);
            cancelled.set(!go_on);
            go_on
        } else {
            progress(done * DOCUMENT_DONE)
        }
    };
    document(&mut zip, &step)?;
    if cancelled.get() {
        return Err(PortfolioError::Cancelled);
    }

    let owners = portfolio
        .activities
        .iter()
        .map(|a| (EvidenceOwner::Activity(a.id), a.title.as_str()))
        .chain(
            portfolio
                .reflections
                .iter()
                .map(|r| (EvidenceOwner::Reflection(r.id), r.title.as_str())),
        );
    let mut attached = Vec::new();
    let mut folders = BTreeSet::new();
    for (owner, title) in owners {
        let files = journal.evidence(owner)?;
        if files.is_empty() {
            continue;
        }
        let folder = unique(&mut folders, &safe_name(title));
        let mut names = BTreeSet::new();
        for file in files {
            let name = unique(&mut names, &safe_name(&file.name));
            attached.push((format!("evidence/{folder}/{name}"), file));
        }
    }
    let count = attached.len().max(1) as f32;
    for (i, (entry, file)) in attached.iter().enumerate() {
        if !progress(DOCUMENT_DONE + (1.0 - DOCUMENT_DONE) * i as f32 / count) {
            return Err(PortfolioError::Cancelled);
        }
        let blob = journal.evidence_blob(&file.sha256)?;
        let mut input = File::open(&blob).map_err(|e| {
            PortfolioError::invalid(
                "file",
                format!(
                    "The attached file \u{201c}{}\u{201d} is missing from the journal's evidence folder ({e}); the export was not made.",
                    file.name
                ),
            )
        })?;
        zip.start_file(entry.as_str(), options).map_err(zip_error)?;
        io::copy(&mut input, &mut zip)?;
    }
    zip.finish().map_err(zip_error)?;
    // The file is written: a late cancel has nothing left to stop.
    let _ = progress(1.0);
    Ok(())
}

/// `name` as one path segment any file system accepts: no separators, reserved or control
/// characters, no leading or trailing dots or spaces, never empty.
fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let trimmed = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if trimmed.is_empty() {
        "Untitled".to_owned()
    } else {
        trimmed.chars().take(120).collect()
    }
}

/// `name`, or "name (2)", "name (3)"… so that no two in `taken` are the same.
fn unique(taken: &mut BTreeSet<String>, name: &str) -> String {
    let mut candidate = name.to_owned();
    let mut n = 2;
    while taken.contains(&candidate.to_lowercase()) {
        candidate = match name.rsplit_once('.') {
            Some((stem, ext)) if !stem.is_empty() => format!("{stem} ({n}).{ext}"),
            _ => format!("{name} ({n})"),
        };
        n += 1;
    }
    taken.insert(candidate.to_lowercase());
    candidate
}

#[cfg(test)]
mod tests {
    use super::{safe_name, unique};
    use std::collections::BTreeSet;

    #[test]
    fn names_are_safe_and_distinct() {
        assert_eq!(safe_name("../a/b:c"), "_a_b_c");
        assert_eq!(safe_name("  . "), "Untitled");
        let mut taken = BTreeSet::new();
        assert_eq!(unique(&mut taken, "cert.pdf"), "cert.pdf");
        assert_eq!(unique(&mut taken, "Cert.pdf"), "Cert (2).pdf");
        assert_eq!(unique(&mut taken, "notes"), "notes");
        assert_eq!(unique(&mut taken, "notes"), "notes (2)");
    }
}
