//! The user's Markdown as Word paragraphs: emphasis, strong, struck and code text become run
//! formatting; lists, quotes and code blocks become indented paragraphs; a link keeps its
//! address after its text; line breaks are kept. Raw HTML is dropped, as the sanitised HTML
//! view drops it.

use docx_rs::{BreakType, Paragraph, Run, RunFonts, SpecialIndentType};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::blocks::clean;
use super::styles;

/// One level of indent, in twentieths of a point.
const INDENT: i32 = 360;
const MONOSPACE: &str = "Consolas";

/// Paragraphs for `markdown`, in order; none for blank text.
pub(super) fn paragraphs(markdown: &str) -> Vec<Paragraph> {
    let mut builder = Builder::default();
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    for event in Parser::new_ext(markdown, options) {
        builder.event(event);
    }
    builder.finish()
}

#[derive(Default)]
struct Builder {
    done: Vec<Paragraph>,
    current: Option<Paragraph>,
    /// The current paragraph holds only a list item's bullet so far.
    fresh_item: bool,
    bold: u32,
    italic: u32,
    strike: u32,
    code_block: bool,
    quotes: i32,
    /// Open lists, each with the number of its next item (`None` for bullets).
    lists: Vec<Option<u64>>,
    /// Addresses of open links.
    links: Vec<String>,
}

impl Builder {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) if self.code_block => {
                for (i, line) in text.trim_end_matches('\n').split('\n').enumerate() {
                    if i > 0 {
                        self.push(Run::new().add_break(BreakType::TextWrapping));
                    }
                    self.push(self.code(line));
                }
            }
            Event::Text(text) => self.push(self.styled(&text)),
            Event::Code(code) => self.push(self.code(&code)),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.push(self.styled(&text)),
            // A line break typed in a text box is kept, as the HTML export keeps it.
            Event::SoftBreak | Event::HardBreak => {
                self.push(Run::new().add_break(BreakType::TextWrapping));
            }
            Event::Rule => {
                self.close();
                self.done.push(
                    Paragraph::new()
                        .align(docx_rs::AlignmentType::Center)
                        .add_run(Run::new().add_text("* * *")),
                );
            }
            Event::TaskListMarker(checked) => {
                self.push(Run::new().add_text(if checked { "☑ " } else { "☐ " }));
            }
            Event::Html(_) | Event::InlineHtml(_) | Event::FootnoteReference(_) => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph if self.fresh_item => {}
            Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_) => {
                self.close();
                self.open(None);
                if matches!(tag, Tag::Heading { .. }) {
                    self.bold += 1;
                }
                self.code_block = matches!(tag, Tag::CodeBlock(_));
            }
            Tag::BlockQuote(_) => {
                self.close();
                self.quotes += 1;
                self.italic += 1;
            }
            Tag::List(first) => {
                self.close();
                self.lists.push(first);
            }
            Tag::Item => {
                self.close();
                let bullet = match self.lists.last_mut() {
                    Some(Some(number)) => {
                        *number += 1;
                        format!("{}.", *number - 1)
                    }
                    _ => "•".to_owned(),
                };
                self.open(Some(&bullet));
                self.fresh_item = true;
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Strikethrough => self.strike += 1,
            Tag::Link { dest_url, .. } => self.links.push(dest_url.to_string()),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Item => self.close(),
            TagEnd::Heading(_) => {
                self.bold = self.bold.saturating_sub(1);
                self.close();
            }
            TagEnd::CodeBlock => {
                self.code_block = false;
                self.close();
            }
            TagEnd::BlockQuote(_) => {
                self.close();
                self.quotes -= 1;
                self.italic = self.italic.saturating_sub(1);
            }
            TagEnd::List(_) => {
                self.close();
                self.lists.pop();
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Strikethrough => self.strike = self.strike.saturating_sub(1),
            TagEnd::Link => {
                if let Some(url) = self.links.pop().filter(|url| !url.is_empty()) {
                    self.push(self.styled(&format!(" ({url})")));
                }
            }
            _ => {}
        }
    }

    /// Starts a paragraph indented for the open lists and quotes, with a list item's bullet.
    fn open(&mut self, bullet: Option<&str>) {
        let depth = self.lists.len() as i32 + self.quotes;
        let mut paragraph = Paragraph::new();
        if let Some(bullet) = bullet {
            paragraph = paragraph
                .style(styles::LIST)
                .indent(
                    Some(INDENT * depth),
                    Some(SpecialIndentType::Hanging(INDENT)),
                    None,
                    None,
                )
                .add_run(Run::new().add_text(bullet).add_tab());
        } else if depth > 0 {
            paragraph = paragraph.indent(Some(INDENT * depth), None, None, None);
        }
        self.current = Some(paragraph);
    }

    /// Adds a run to the current paragraph, starting one if there is none.
    fn push(&mut self, run: Run) {
        if self.current.is_none() {
            self.open(None);
        }
        self.fresh_item = false;
        self.current = self.current.take().map(|p| p.add_run(run));
    }

    fn close(&mut self) {
        self.fresh_item = false;
        if let Some(paragraph) = self.current.take() {
            self.done.push(paragraph);
        }
    }

    fn finish(mut self) -> Vec<Paragraph> {
        self.close();
        self.done
    }

    fn styled(&self, text: &str) -> Run {
        let mut run = Run::new().add_text(clean(text));
        if self.bold > 0 {
            run = run.bold();
        }
        if self.italic > 0 {
            run = run.italic();
        }
        if self.strike > 0 {
            run = run.strike();
        }
        run
    }

    fn code(&self, text: &str) -> Run {
        self.styled(text)
            .fonts(RunFonts::new().ascii(MONOSPACE).hi_ansi(MONOSPACE))
    }
}
