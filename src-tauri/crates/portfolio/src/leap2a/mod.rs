//! Leap2A, the e-portfolio interchange format (version 2010-07): a ZIP holding `leap2a.xml`, an
//! Atom feed whose entries carry Leap2 types, dates and relationships, and the attached files
//! under `files/`. Mahara and PebblePad import and export it.
//!
//! What Cairn writes follows the 2010-07 specification
//! (<http://cetis.org.uk/leap2/a/specification>, literals at
//! <http://cetis.org.uk/leap2/a/literals>) and the changes from 2009-03
//! (<http://wiki.leapspecs.org/Updating_Leap2A_to_2010-07>): the `leap2` namespace
//! `http://terms.leapspecs.org/`, a `leap2:version` of `http://www.leapspecs.org/2010-07/2A/`
//! under the feed, and files linked with `link rel="enclosure"`.
//!
//! | Cairn        | Leap2A                                                              |
//! |--------------|---------------------------------------------------------------------|
//! | activity     | `leap2:activity`, `leap2:date` start and end, tags as categories    |
//! | reflection   | `leap2:entry`, `leap2:reflects_on` its activity                     |
//! | goal         | `leap2:plan`, `leap2:date` target                                   |
//! | evidence     | `leap2:resource` with an enclosure, `leap2:is_evidence_of` activity |
//!
//! Fields Leap2A has no term for (minutes, kind, mode, outcomes, impact, a goal's status and
//! success criteria) travel as elements in Cairn's own namespace, [`CAIRN`], which other
//! systems ignore and [`import_leap2a`] reads back, so that an export re-imports to the same
//! records. What does not come back: a reflection's date (it is dated the day of the import),
//! its model (a reflection written in stages comes back as free writing, the stages under
//! their headings), its privacy (imported reflections are private), links to goals, and the
//! evidence files themselves.

mod read;
mod write;

pub use read::{Leap2aOutcome, import_leap2a};
pub use write::write_leap2a;

/// The Atom namespace.
pub const ATOM: &str = "http://www.w3.org/2005/Atom";
/// The Leap2 namespace of Leap2A 2010-07, bound to the prefix `leap2`.
pub const LEAP2: &str = "http://terms.leapspecs.org/";
/// RDF, for `rdf:type`.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// Leap2A 2010-07 category schemes, bound to the prefix `categories`.
pub const CATEGORIES: &str = "http://wiki.leapspecs.org/2A/categories/";
/// The value of `leap2:version` for Leap2A 2010-07.
pub const VERSION: &str = "http://www.leapspecs.org/2010-07/2A/";
/// Cairn's own elements, for fields Leap2A has no term for.
pub const CAIRN: &str = "http://cairnjournal.org/leap2a/";
/// The feed's name inside the package.
pub const FEED_NAME: &str = "leap2a.xml";
