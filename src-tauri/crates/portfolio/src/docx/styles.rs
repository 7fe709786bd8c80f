//! The Word document's page, styles and footer.
//!
//! docx-rs writes no paragraph spacing of its own, so every style sets it. Headings are named
//! "heading 1" to "heading 4" and carry outline levels, so Word lists them in its navigation
//! pane and can build a table of contents from them.

use docx_rs::{
    AlignmentType, Docx, Footer, LineSpacing, LineSpacingType, NumPages, PageMargin, PageNum,
    Paragraph, RunFonts, Style, StyleType,
};

use super::blocks::run;

/// A4 in twentieths of a point.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
/// 2 cm.
const MARGIN: i32 = 1_134;
/// The width between the margins, which tables fill.
pub(super) const TEXT_WIDTH: usize = PAGE_WIDTH as usize - 2 * MARGIN as usize;

const FONT: &str = "Calibri";
const ACCENT: &str = "2F5D62";
const MUTED: &str = "59636E";
/// The shading of a table's header row.
pub(super) const BAND: &str = "DCE6EC";

/// Style ids used by the writer.
pub(super) const TITLE: &str = "Title";
pub(super) const SUBTITLE: &str = "Subtitle";
pub(super) const HEADING: [&str; 4] = ["Heading1", "Heading2", "Heading3", "Heading4"];
pub(super) const META: &str = "Meta";
pub(super) const FACT: &str = "Fact";
pub(super) const TABLE_TEXT: &str = "TableText";
pub(super) const LIST: &str = "ListText";
const FOOTER: &str = "Footer";

/// Spacing before and after a paragraph, in twentieths of a point, at 1.15 lines.
fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new()
        .before(before)
        .after(after)
        .line(276)
        .line_rule(LineSpacingType::Auto)
}

fn paragraph_style(id: &str, name: &str) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
}

fn heading(level: usize, size: usize, before: u32, color: &str) -> Style {
    let mut style = paragraph_style(HEADING[level], &format!("heading {}", level + 1))
        .size(size)
        .bold()
        .color(color)
        .line_spacing(spacing(before, 120))
        .outline_lvl(level);
    style.paragraph_property = style.paragraph_property.keep_next(true).keep_lines(true);
    style
}

/// An A4 document with Cairn's styles and a footer: "<title> · Page X of Y".
pub(super) fn document(footer_text: &str) -> Docx {
    let fonts = RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .east_asia(FONT)
        .cs(FONT);
    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .style(FOOTER)
            .add_run(run(&format!("{footer_text} · Page ")))
            .add_page_num(PageNum::new())
            .add_run(run(" of "))
            .add_num_pages(NumPages::new()),
    );
    Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(PageMargin {
            top: MARGIN,
            left: MARGIN,
            bottom: MARGIN,
            right: MARGIN,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .default_fonts(fonts)
        .default_size(22)
        .default_line_spacing(spacing(0, 120))
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .size(22)
                .line_spacing(spacing(0, 120)),
        )
        .add_style(
            paragraph_style(TITLE, "Title")
                .size(56)
                .bold()
                .color(ACCENT)
                .line_spacing(spacing(2_880, 240)),
        )
        .add_style(
            paragraph_style(SUBTITLE, "Subtitle")
                .size(28)
                .color(MUTED)
                .line_spacing(spacing(0, 480)),
        )
        .add_style(heading(0, 32, 0, ACCENT))
        .add_style(heading(1, 26, 360, ACCENT))
        .add_style(heading(2, 22, 240, "1F2328"))
        .add_style(heading(3, 22, 160, MUTED))
        .add_style(
            paragraph_style(META, "Entry details")
                .italic()
                .color(MUTED)
                .line_spacing(spacing(60, 120)),
        )
        .add_style(paragraph_style(FACT, "Fact").line_spacing(spacing(0, 40)))
        .add_style(paragraph_style(LIST, "List text").line_spacing(spacing(0, 60)))
        .add_style(
            paragraph_style(TABLE_TEXT, "Table text")
                .size(18)
                .line_spacing(spacing(20, 20)),
        )
        .add_style(
            paragraph_style(FOOTER, "footer")
                .size(16)
                .color(MUTED)
                .align(AlignmentType::Center)
                .line_spacing(spacing(0, 0)),
        )
        .footer(footer)
}
