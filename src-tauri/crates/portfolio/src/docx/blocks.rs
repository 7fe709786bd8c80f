//! The building blocks of the document: runs, headings, labelled facts, Markdown and tables.

use docx_rs::{
    AlignmentType, Docx, Paragraph, Run, Shading, Table, TableCell, TableRow, WidthType,
};

use super::{markdown, styles};
use crate::text::Texts;

/// Text for a Word run: characters XML 1.0 cannot hold (most control characters) are left
/// out, so the document always opens.
pub(super) fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
                || c >= '\u{10000}'
        })
        .collect()
}

/// A plain run of text.
pub(super) fn run(text: &str) -> Run {
    Run::new().add_text(clean(text))
}

pub(super) fn styled(style: &str, text: &str) -> Paragraph {
    Paragraph::new().style(style).add_run(run(text))
}

/// A heading at `level` (1 to 4).
pub(super) fn heading(level: usize, text: &str) -> Paragraph {
    styled(styles::HEADING[level.clamp(1, 4) - 1], text)
}

/// "Label: value" lines.
pub(super) fn facts(mut doc: Docx, facts: Vec<(&'static str, String)>) -> Docx {
    for (label, value) in facts {
        doc = doc.add_paragraph(
            Paragraph::new()
                .style(styles::FACT)
                .add_run(run(&format!("{label}: ")).bold())
                .add_run(run(&value)),
        );
    }
    doc
}

/// The user's Markdown, under an optional level-4 heading.
pub(super) fn prose(mut doc: Docx, heading_text: Option<&str>, markdown: &str) -> Docx {
    if markdown.trim().is_empty() {
        return doc;
    }
    if let Some(text) = heading_text {
        doc = doc.add_paragraph(heading(4, text));
    }
    for paragraph in markdown::paragraphs(markdown) {
        doc = doc.add_paragraph(paragraph);
    }
    doc
}

/// An entry's texts, each under its heading.
pub(super) fn texts(mut doc: Docx, texts: Texts) -> Docx {
    for (heading_text, markdown) in texts {
        doc = prose(doc, heading_text, markdown);
    }
    doc
}

pub(super) fn note(doc: Docx, text: &str) -> Docx {
    doc.add_paragraph(styled(styles::META, text))
}

/// A column of a table: its header, its share of the text width in percent, and whether it
/// holds figures (set flush right).
pub(super) type Column = (&'static str, usize, bool);

/// A table filling the text width, with a shaded header row; `bold_last` for a totals row.
pub(super) fn table(columns: &[Column], rows: Vec<Vec<String>>, bold_last: bool) -> Table {
    let widths: Vec<usize> = columns
        .iter()
        .map(|(_, share, _)| styles::TEXT_WIDTH * share / 100)
        .collect();
    let cell = |text: &str, column: usize, bold: bool| {
        let mut text_run = run(text);
        if bold {
            text_run = text_run.bold();
        }
        let mut paragraph = Paragraph::new().style(styles::TABLE_TEXT).add_run(text_run);
        if columns.get(column).is_some_and(|(_, _, figures)| *figures) {
            paragraph = paragraph.align(AlignmentType::Right);
        }
        let width = widths.get(column).copied().unwrap_or_default();
        TableCell::new()
            .width(width, WidthType::Dxa)
            .add_paragraph(paragraph)
    };
    let header = TableRow::new(
        columns
            .iter()
            .enumerate()
            .map(|(i, (title, ..))| cell(title, i, true).shading(Shading::new().fill(styles::BAND)))
            .collect(),
    )
    .cant_split();
    let count = rows.len();
    let mut all = vec![header];
    for (index, row) in rows.into_iter().enumerate() {
        let bold = bold_last && index + 1 == count;
        all.push(
            TableRow::new(
                row.iter()
                    .enumerate()
                    .map(|(i, text)| cell(text, i, bold))
                    .collect(),
            )
            .cant_split(),
        );
    }
    Table::new(all)
        .set_grid(widths)
        .width(styles::TEXT_WIDTH, WidthType::Dxa)
}
