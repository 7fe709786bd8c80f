//! Writing a [`Portfolio`] as a Leap2A package.

mod atom;
mod xml;

use std::fs::File;
use std::io::{self, Seek, Write};
use std::path::PathBuf;

use uuid::Uuid;
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use crate::error::{PortfolioError, Result};
use crate::leap2a::FEED_NAME;
use crate::model::Portfolio;
use atom::{entry_id, feed};

/// One attached file going into the package.
struct Enclosure {
    /// The resource entry's id.
    id: String,
    /// The activity entry it is evidence of.
    activity: String,
    /// The name the user gave it.
    name: String,
    /// Its path inside the package: `files/…`.
    href: String,
    source: PathBuf,
    length: u64,
}

/// Writes `portfolio` to `out` as a Leap2A 2010-07 package: a ZIP with `leap2a.xml` and the
/// activities' evidence under `files/`.
///
/// `evidence` finds the bytes of a file attached to an activity, by the activity's id and the
/// file's name as listed in [`PortfolioActivity::evidence`]; a file it cannot find (or that
/// cannot be read) is left out, with no entry for it. Reflections are linked to their activity
/// by its title, the way [`PortfolioReflection::activity`] names it.
///
/// The feed is well-formed whatever the entries hold: text is escaped, and characters XML 1.0
/// forbids (most control characters) are dropped.
///
/// `progress` is told how far the package has got, from 0.0 to 1.0, and cancels it by
/// returning `false`, as for [`crate::write`]: the result is then
/// [`PortfolioError::Cancelled`](crate::PortfolioError::Cancelled) and what was written is
/// incomplete.
///
/// [`PortfolioActivity::evidence`]: crate::model::PortfolioActivity::evidence
/// [`PortfolioReflection::activity`]: crate::model::PortfolioReflection::activity
pub fn write_leap2a(
    portfolio: &Portfolio,
    evidence: &dyn Fn(Uuid, &str) -> Option<PathBuf>,
    out: impl Write + Seek,
    progress: &dyn Fn(f32) -> bool,
) -> Result<()> {
    let mut enclosures = Vec::new();
    for activity in &portfolio.activities {
        for (index, name) in activity.evidence.iter().enumerate() {
            let Some(source) = evidence(activity.id, name) else {
                continue;
            };
            let Ok(metadata) = std::fs::metadata(&source) else {
                continue;
            };
            let number = enclosures.len() + 1;
            enclosures.push(Enclosure {
                id: format!(
                    "tag:cairnjournal.org,2026:evidence/{}/{}",
                    activity.id,
                    index + 1
                ),
                activity: entry_id(activity.id),
                name: name.clone(),
                href: format!("files/{number}-{}", safe_file_name(name)),
                source,
                length: metadata.len(),
            });
        }
    }
    let feed = feed(portfolio, &enclosures);

    let mut zip = ZipWriter::new(out);
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.start_file(FEED_NAME, options)
        .map_err(io::Error::from)?;
    zip.write_all(feed.as_bytes())?;
    let steps = enclosures.len() as f32 + 1.0;
    for (done, enclosure) in enclosures.iter().enumerate() {
        if !progress((done as f32 + 1.0) / steps) {
            return Err(PortfolioError::Cancelled);
        }
        zip.start_file(enclosure.href.as_str(), options)
            .map_err(io::Error::from)?;
        io::copy(&mut File::open(&enclosure.source)?, &mut zip)?;
    }
    zip.finish().map_err(io::Error::from)?.flush()?;
    progress(1.0);
    Ok(())
}

/// A name safe in a ZIP path and an unescaped URI: letters, digits, `.`, `-` and `_`.
fn safe_file_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let safe = safe.trim_start_matches('.');
    if safe.is_empty() {
        "file".to_owned()
    } else {
        safe.to_owned()
    }
}

/// The media type of a file by its extension.
fn media_type(name: &str) -> &'static str {
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "txt" => "text/plain",
        "md" => "text/markdown",
        "html" | "htm" => "text/html",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt" => "application/vnd.oasis.opendocument.text",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::safe_file_name;

    #[test]
    fn file_names_are_safe_in_a_zip() {
        assert_eq!(
            safe_file_name("../My certificate.pdf"),
            "_My_certificate.pdf"
        );
        assert_eq!(safe_file_name("..."), "file");
    }
}
