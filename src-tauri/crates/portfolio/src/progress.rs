//! Progress reports and cancellation for the writers, and text written out in chunks.

use std::io::Write;

use crate::error::{PortfolioError, Result};
use crate::model::Portfolio;

/// How far the fraction must move before it is reported again (and the user may cancel).
const STEP: f32 = 0.01;
/// Text is handed to the output once this much has built up.
const CHUNK_BYTES: usize = 64 * 1024;

/// How many items a writer works through: the summary and every entry.
pub(crate) fn units(portfolio: &Portfolio) -> usize {
    1 + portfolio.activities.len()
        + portfolio.reflections.len()
        + portfolio.goals.len()
        + portfolio.feedback.len()
        + portfolio.reviews.len()
        + portfolio.coverage.as_ref().map_or(0, |c| c.items.len())
}

/// Reports how much of a known number of items is done, from 0.0 up to `span`; a report
/// answered with `false` cancels.
pub(crate) struct Progress<'a> {
    report: &'a dyn Fn(f32) -> bool,
    units: usize,
    done: usize,
    /// The share of the whole job the items stand for; the rest is reported with [`Self::at`].
    span: f32,
    reported: f32,
}

impl<'a> Progress<'a> {
    /// Reports 0.0 and counts `units` items over the first `span` of the job.
    pub(crate) fn start(report: &'a dyn Fn(f32) -> bool, units: usize, span: f32) -> Result<Self> {
        let progress = Self {
            report,
            units: units.max(1),
            done: 0,
            span,
            reported: 0.0,
        };
        progress.send(0.0)?;
        Ok(progress)
    }

    /// Counts `items` more as done, reporting when the fraction has moved on enough.
    pub(crate) fn advance(&mut self, items: usize) -> Result<()> {
        self.done = (self.done + items).min(self.units);
        let fraction = self.span * self.done as f32 / self.units as f32;
        if fraction - self.reported >= STEP {
            self.at(fraction)?;
        }
        Ok(())
    }

    /// Reports the job done. The output is complete by then, so a late cancel is ignored.
    pub(crate) fn finish(self) {
        let _ = (self.report)(1.0);
    }

    /// Reports `fraction` of the job done.
    pub(crate) fn at(&mut self, fraction: f32) -> Result<()> {
        self.reported = fraction.clamp(0.0, 1.0);
        self.send(self.reported)
    }

    fn send(&self, fraction: f32) -> Result<()> {
        if (self.report)(fraction) {
            Ok(())
        } else {
            Err(PortfolioError::Cancelled)
        }
    }
}

/// A text document built a chunk at a time: nothing reaches the output after a cancel.
pub(crate) struct TextOut<'a> {
    out: &'a mut dyn Write,
    /// What is written but not yet handed over.
    pub(crate) buf: String,
    progress: Progress<'a>,
}

impl<'a> TextOut<'a> {
    /// Starts a document about `portfolio`, reporting 0.0.
    pub(crate) fn start(
        out: &'a mut dyn Write,
        report: &'a dyn Fn(f32) -> bool,
        portfolio: &Portfolio,
    ) -> Result<Self> {
        Ok(Self {
            out,
            buf: String::with_capacity(CHUNK_BYTES),
            progress: Progress::start(report, units(portfolio), 0.99)?,
        })
    }

    /// Appends text.
    pub(crate) fn push(&mut self, text: &str) {
        self.buf.push_str(text);
    }

    /// Marks `items` entries as written: reports progress, then hands over a full chunk.
    pub(crate) fn done(&mut self, items: usize) -> Result<()> {
        self.progress.advance(items)?;
        if self.buf.len() >= CHUNK_BYTES {
            self.out.write_all(self.buf.as_bytes())?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Writes each of a part's `items` with `write`, then `end`, counting it as done; a part
    /// with no items says `none` instead.
    pub(crate) fn entries<T>(
        &mut self,
        items: &[T],
        none: &str,
        end: &str,
        mut write: impl FnMut(&mut Self, usize, &T),
    ) -> Result<()> {
        if items.is_empty() {
            self.push(none);
        }
        for (index, item) in items.iter().enumerate() {
            write(self, index, item);
            self.push(end);
            self.done(1)?;
        }
        Ok(())
    }

    /// Hands over the rest, flushes and reports 1.0.
    pub(crate) fn finish(mut self) -> Result<()> {
        self.progress.at(0.99)?;
        self.out.write_all(self.buf.as_bytes())?;
        self.out.flush()?;
        self.progress.finish();
        Ok(())
    }
}
