//! Reading a Leap2A package or feed, Cairn's own or Mahara's, into the journal.

mod feed;
mod records;

use std::fs;
use std::io::{Cursor, Read};
use std::path::Path;

use cairn_journal::Journal;
use serde::Serialize;
use specta::Type;

use super::{ATOM, FEED_NAME};
use crate::error::{PortfolioError, Result};
use feed::{Entry, parse};
use records::import;

/// The largest `leap2a.xml` read, so that a hostile package cannot exhaust memory.
const MAX_FEED_BYTES: u64 = 64 * 1024 * 1024;

/// What one Leap2A import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Leap2aOutcome {
    pub activities: u32,
    pub reflections: u32,
    pub goals: u32,
    /// Entries already in the journal (see [`import_leap2a`]): not written again.
    pub skipped_duplicates: u32,
    /// Activities with no time recorded (Mahara's résumé items): Cairn needs the time spent,
    /// and does not invent it.
    pub skipped_without_time: u32,
    /// Entries of types Cairn does not hold: files, people, selections such as a blog itself.
    pub skipped_unsupported: u32,
}

/// Imports the Leap2A file at `path`, a ZIP package holding `leap2a.xml` or the bare feed:
/// `leap2:activity` entries become activities, `leap2:entry` (a Mahara journal post, a Cairn
/// reflection) free-writing reflections, private, and `leap2:plan` (a Mahara plan or task, a
/// Cairn goal) goals. Files are not imported. Fields Cairn wrote in its own namespace are read
/// back exactly; a reflection that `leap2:reflects_on` an activity in the same feed is linked
/// to it.
///
/// Importing the same file twice adds nothing: an activity is skipped when its import key (a
/// hash of its entry id) is known or an activity with the same title and start date exists; a
/// reflection when one with the same title and text exists; a goal when one with the same
/// title and target date exists. Activities are written in one transaction; reflections and
/// goals one by one after them.
pub fn import_leap2a(journal: &Journal, path: &Path) -> Result<Leap2aOutcome> {
    let bytes = fs::read(path).map_err(|e| {
        PortfolioError::invalid(
            "file",
            format!("Cairn could not read {}: {e}.", path.display()),
        )
    })?;
    let feed = feed_of(&bytes)?;
    let root = parse(&feed)?;
    if !root.is(ATOM, "feed") {
        return Err(PortfolioError::invalid(
            "file",
            "This file is not a Leap2A export: it holds no Atom feed.",
        ));
    }
    let entries: Vec<Entry> = root.children(ATOM, "entry").map(Entry::read).collect();
    import(journal, &entries)
}

/// The feed's text: `leap2a.xml` from a ZIP, or the file itself.
fn feed_of(bytes: &[u8]) -> Result<String> {
    let xml = if bytes.starts_with(b"PK") {
        let unreadable = |e: zip::result::ZipError| {
            PortfolioError::invalid("file", format!("This ZIP file cannot be read: {e}."))
        };
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
        let name = archive
            .file_names()
            .filter(|n| n.rsplit('/').next() == Some(FEED_NAME))
            .min_by_key(|n| n.len())
            .map(str::to_owned)
            .ok_or_else(|| {
                PortfolioError::invalid(
                    "file",
                    "This ZIP file holds no leap2a.xml: it is not a Leap2A export.",
                )
            })?;
        let file = archive.by_name(&name).map_err(unreadable)?;
        let mut xml = Vec::new();
        file.take(MAX_FEED_BYTES).read_to_end(&mut xml)?;
        xml
    } else {
        bytes.to_vec()
    };
    let text = String::from_utf8(xml)
        .map_err(|_| PortfolioError::invalid("file", "The Leap2A feed is not UTF-8 text."))?;
    Ok(text.trim_start_matches('\u{feff}').to_owned())
}
