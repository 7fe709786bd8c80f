//! The portfolio as a typeset PDF, made with typst compiled in as a library.
//!
//! # The template contract
//!
//! A template — Cairn's own (`portfolio.typ`, beside this file) or one the user points Cairn
//! at — is a single typst file. It reads everything it shows from one virtual file:
//!
//! ```typst
//! #let data = json("/data.json")
//! = #data.owner.name
//! ```
//!
//! `/data.json` is the [`Portfolio`] as `serde_json` writes it: field names in camelCase,
//! dates as `"YYYY-MM-DD"` strings, `generatedAt` as an RFC 3339 timestamp, choices (`layout`,
//! `kind`, `mode`, `model`, `status`, `body`, `unit`) as snake_case strings with a ready-made
//! `kindLabel`, `modeLabel` or `modelLabel` beside the main ones, time as whole minutes, and
//! Markdown text as plain strings. User text reaches a template only as strings: shown with
//! `#value` it is set as text and never run as typst code (do not `eval` it).
//!
//! Nothing else is there: no other files, no images, no packages, no system fonts and no
//! network. The only fonts are Libertinus Serif regular, italic and bold ([`FONT_FAMILY`]).
//! `datetime.today()` is the day the portfolio was gathered. `TEMPLATE.md` beside this file
//! documents every field for template authors.

mod world;

use std::io::Write;

use typst::World as _;
use typst::WorldExt as _;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst::syntax::DiagSpan;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use crate::error::{PortfolioError, Result};
use crate::model::Portfolio;

use world::PortfolioWorld;
pub use world::{FONT_FAMILY, embedded_font_bytes};

/// Cairn's own template: four layouts (general, CLD, NMC, HCPC) chosen by `data.layout`.
pub const BUILT_IN_TEMPLATE: &str = include_str!("portfolio.typ");

/// How far an export has gone when each step is done (0 to 1).
const SERIALISED: f32 = 0.05;
const COMPILED: f32 = 0.8;
const EXPORTED: f32 = 0.95;
const WRITTEN: f32 = 1.0;

/// Writes `portfolio` as a PDF with Cairn's template, in the layout it asks for.
///
/// `progress` is told how far the export has gone (0 to 1) after each step — data
/// serialised, document typeset, PDF made, file written — and cancels it by returning
/// `false`; a cancelled export writes nothing to `out` and returns
/// [`PortfolioError::Cancelled`].
pub fn write(
    portfolio: &Portfolio,
    out: &mut dyn Write,
    progress: &dyn Fn(f32) -> bool,
) -> Result<()> {
    render(portfolio, BUILT_IN_TEMPLATE, Origin::BuiltIn, out, progress)
}

/// Writes `portfolio` as a PDF typeset by the user's own typst template.
///
/// The template gets the same data as Cairn's own: it reads `json("/data.json")`, the
/// [`Portfolio`] serialised with serde (see the module documentation and `TEMPLATE.md`), and
/// can use only the embedded fonts. When typst rejects the template, the error is
/// [`PortfolioError::Invalid`] with `field: "template"` and typst's messages, each with the
/// line and column it points at. Progress and cancelling work as for [`write`].
pub fn write_with_template(
    portfolio: &Portfolio,
    template_source: &str,
    out: &mut dyn Write,
    progress: &dyn Fn(f32) -> bool,
) -> Result<()> {
    render(portfolio, template_source, Origin::User, out, progress)
}

/// Whose template failed, for the error message.
#[derive(Clone, Copy)]
enum Origin {
    BuiltIn,
    User,
}

fn render(
    portfolio: &Portfolio,
    template: &str,
    origin: Origin,
    out: &mut dyn Write,
    progress: &dyn Fn(f32) -> bool,
) -> Result<()> {
    let step = |done: f32| {
        if progress(done) {
            Ok(())
        } else {
            Err(PortfolioError::Cancelled)
        }
    };
    let data = serde_json::to_vec(portfolio).map_err(std::io::Error::from)?;
    step(SERIALISED)?;

    let world = PortfolioWorld::new(template, data, portfolio.generated_at)?;
    let compiled = typst::compile::<PagedDocument>(&world).output;
    let document = compiled.map_err(|errors| failure(&world, &errors, origin));
    // Typst memoises across compilations; a desktop app exports rarely, so free it now.
    typst::comemo::evict(0);
    let document = document?;
    step(COMPILED)?;

    let options = PdfOptions {
        creator: Smart::Custom(Some("Cairn".to_owned())),
        timestamp: timestamp(portfolio),
        ..PdfOptions::default()
    };
    let bytes =
        typst_pdf::pdf(&document, &options).map_err(|errors| failure(&world, &errors, origin))?;
    step(EXPORTED)?;

    out.write_all(&bytes)?;
    out.flush()?;
    // The file is written: a late cancel has nothing left to stop.
    let _ = progress(WRITTEN);
    Ok(())
}

/// The PDF's creation date: when the portfolio was gathered, so exports are reproducible.
fn timestamp(portfolio: &Portfolio) -> Option<Timestamp> {
    use chrono::{Datelike, Timelike};
    let at = portfolio.generated_at;
    let datetime = Datetime::from_ymd_hms(
        at.year(),
        u8::try_from(at.month()).ok()?,
        u8::try_from(at.day()).ok()?,
        u8::try_from(at.hour()).ok()?,
        u8::try_from(at.minute()).ok()?,
        u8::try_from(at.second()).ok()?,
    )?;
    Some(Timestamp::new_utc(datetime))
}

/// Typst's errors as one message the user can act on: each on its own line, with the line and
/// column in the template it points at, and typst's hints.
fn failure(world: &PortfolioWorld, errors: &[SourceDiagnostic], origin: Origin) -> PortfolioError {
    let messages: Vec<String> = errors
        .iter()
        .filter(|error| error.severity == Severity::Error)
        .map(|error| describe(world, error))
        .collect();
    let messages = if messages.is_empty() {
        "typst gave no reason".to_owned()
    } else {
        messages.join("\n")
    };
    match origin {
        Origin::User => PortfolioError::Invalid {
            field: "template",
            message: format!("The PDF template has errors:\n{messages}"),
        },
        // Cairn's own template failing is a bug, but the user chose the layout.
        Origin::BuiltIn => PortfolioError::Invalid {
            field: "layout",
            message: format!("Cairn's PDF template failed on this portfolio:\n{messages}"),
        },
    }
}

/// "line 12, column 5: unknown variable: titel (hint: …)".
fn describe(world: &PortfolioWorld, error: &SourceDiagnostic) -> String {
    let mut text = String::new();
    // Where the error is, or else the nearest call in the template that led to it.
    let spans =
        std::iter::once(error.span).chain(error.trace.iter().map(|point| point.span.into()));
    if let Some((line, column)) = spans.filter_map(|span| position(world, span)).next() {
        text.push_str(&format!("line {line}, column {column}: "));
    }
    text.push_str(&error.message);
    for hint in &error.hints {
        text.push_str(&format!(" (hint: {})", hint.v));
    }
    text
}

/// The 1-based line and column of `span` in the template, when it points into it.
fn position(world: &PortfolioWorld, span: DiagSpan) -> Option<(usize, usize)> {
    if span.id() != Some(world.main()) {
        return None;
    }
    let start = world.range(span)?.start;
    let (line, column) = world.main_source().lines().byte_to_line_column(start)?;
    Some((line + 1, column + 1))
}
