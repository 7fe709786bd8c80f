//! The smallest `typst::World` that typesets a portfolio: one template and `/data.json`, both
//! in memory, and fonts compiled into the binary. Nothing is read from the file system or the
//! network, so a template can only show what the portfolio holds.

use std::path::PathBuf;
use std::sync::LazyLock;

use chrono::{DateTime, Datelike, Utc};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::error::{PortfolioError, Result};

/// Where the template lives in the virtual file system.
pub(super) const MAIN_PATH: &str = "/main.typ";
/// Where the portfolio's JSON lives; templates read it with `json("/data.json")`.
pub(super) const DATA_PATH: &str = "/data.json";

/// The one family embedded: Libertinus Serif (SIL OFL 1.1, see `fonts/OFL.txt`), regular,
/// italic and bold: 963,352 bytes (0.92 MiB) together.
const FONT_FILES: [&[u8]; 3] = [
    include_bytes!("../../fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../../fonts/LibertinusSerif-Italic.otf"),
    include_bytes!("../../fonts/LibertinusSerif-Bold.otf"),
];

/// The family name templates select with `set text(font: ..)`.
pub const FONT_FAMILY: &str = "Libertinus Serif";

/// The embedded fonts, parsed once per process.
struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

/// Typst's standard library, built once per process.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// One compilation's world: the template, the data, the day it is made.
pub(super) struct PortfolioWorld {
    main_id: FileId,
    data_id: FileId,
    main: Source,
    data: Bytes,
    today: Option<Datetime>,
}

impl PortfolioWorld {
    /// A world whose main file is `template` and whose `/data.json` is `data`; `datetime.today()`
    /// answers with the day of `generated_at`, so the same portfolio always typesets the same.
    pub(super) fn new(template: &str, data: Vec<u8>, generated_at: DateTime<Utc>) -> Result<Self> {
        let main_id = file_id(MAIN_PATH)?;
        let data_id = file_id(DATA_PATH)?;
        let day = generated_at.date_naive();
        let today = match (u8::try_from(day.month()), u8::try_from(day.day())) {
            (Ok(month), Ok(date)) => Datetime::from_ymd(day.year(), month, date),
            _ => None,
        };
        Ok(Self {
            main_id,
            data_id,
            main: Source::new(main_id, template.to_owned()),
            data: Bytes::new(data),
            today,
        })
    }

    /// The template as typst parsed it, for turning byte offsets into line numbers.
    pub(super) fn main_source(&self) -> &Source {
        &self.main
    }
}

/// The interned id of a path at the project's root.
fn file_id(path: &str) -> Result<FileId> {
    let vpath = VirtualPath::new(path).map_err(|error| PortfolioError::Invalid {
        field: "template",
        message: format!("Cairn could not name the file {path}: {error}"),
    })?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl PortfolioWorld {
    fn missing(&self, id: FileId) -> FileError {
        match id.root() {
            VirtualRoot::Package(_) => FileError::Other(Some(
                "Cairn templates cannot import packages: everything must be in the one template \
                 file"
                    .into(),
            )),
            VirtualRoot::Project => FileError::NotFound(PathBuf::from(id.vpath().get_with_slash())),
        }
    }
}

impl World for PortfolioWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main_id
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main_id {
            Ok(self.main.clone())
        } else if id == self.data_id {
            Err(FileError::NotSource)
        } else {
            Err(self.missing(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main_id {
            Ok(Bytes::from_string(self.main.text().to_owned()))
        } else {
            Err(self.missing(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

/// Bytes of font data compiled into the binary.
pub fn embedded_font_bytes() -> usize {
    FONT_FILES.iter().map(|data| data.len()).sum()
}
