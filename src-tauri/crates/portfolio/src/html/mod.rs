//! The portfolio as one self-contained, printable HTML file.
//!
//! Everything is in the file: an inline style sheet, no fonts, images or scripts from
//! anywhere, and a Content-Security-Policy that would refuse them anyway. Plain text is
//! escaped; Markdown goes through [`cairn_journal::markdown::render`], which sanitises it.
//! Printed, each major part starts on a new page.

mod entries;

use std::io::Write;

use cairn_journal::markdown::render;

use crate::error::Result;
use crate::model::Portfolio;
use crate::progress::TextOut;
use crate::text::{self, Part};
use entries::{activities, feedback, goals, reflections, reviews};

const STYLE: &str = include_str!("style.css");

/// Writes `portfolio` to `out` as HTML.
pub(crate) fn write(
    portfolio: &Portfolio,
    out: &mut dyn Write,
    report: &dyn Fn(f32) -> bool,
) -> Result<()> {
    let mut doc = TextOut::start(out, report, portfolio)?;
    doc.push(&format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Cairn\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n\
         </head>\n<body>\n<header class=\"cover\">\n<h1>{}</h1>\n",
        esc(&text::full_title(portfolio)),
        esc(text::title(portfolio)),
    ));
    facts(&mut doc, text::cover_facts(portfolio));
    doc.push("</header>\n");
    contents(portfolio, &mut doc);
    doc.push("<main>\n");
    for part in text::parts(portfolio) {
        doc.push(&format!(
            "<section class=\"part\" id=\"{}\">\n<h2>{}</h2>\n",
            part.anchor(),
            part.title(portfolio.layout)
        ));
        match part {
            Part::Summary => summary(portfolio, &mut doc)?,
            Part::Activities => activities(portfolio, &mut doc)?,
            Part::Reflections => reflections(portfolio, &mut doc)?,
            Part::Goals => goals(portfolio, &mut doc)?,
            Part::Feedback => feedback(portfolio, &mut doc)?,
            Part::Reviews => reviews(portfolio, &mut doc)?,
            Part::Coverage => coverage(portfolio, &mut doc)?,
        }
        doc.push("</section>\n");
    }
    doc.push(&format!(
        "</main>\n<footer>Prepared with Cairn on {}.</footer>\n</body>\n</html>\n",
        text::long_date(portfolio.generated_at.date_naive())
    ));
    doc.finish()
}

/// The table of contents: every part, and every reflection under its part.
fn contents(portfolio: &Portfolio, doc: &mut TextOut) {
    doc.push("<nav class=\"toc\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
    for part in text::parts(portfolio) {
        doc.push(&format!(
            "<li><a href=\"#{}\">{}</a>",
            part.anchor(),
            part.title(portfolio.layout)
        ));
        if part == Part::Reflections && !portfolio.reflections.is_empty() {
            doc.push("\n<ol>\n");
            for index in 0..portfolio.reflections.len() {
                doc.push(&format!(
                    "<li><a href=\"#reflection-{}\">{}</a></li>\n",
                    index + 1,
                    esc(&text::reflection_heading(portfolio, index))
                ));
            }
            doc.push("</ol>\n");
        }
        doc.push("</li>\n");
    }
    doc.push("</ol>\n</nav>\n");
}

fn summary(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    doc.push("<dl class=\"totals\">\n");
    for (label, value) in text::total_facts(&portfolio.totals) {
        doc.push(&format!("<div><dt>{label}</dt><dd>{value}</dd></div>\n"));
    }
    doc.push("</dl>\n");
    for profile in &portfolio.profiles {
        doc.push(&format!(
            "<h3>{}</h3>\n<p class=\"meta\">{}</p>\n",
            esc(&profile.label),
            text::cycle(profile),
        ));
        doc.push(
            "<table class=\"requirements\">\n<thead><tr><th>Requirement</th>\
             <th class=\"num\">Achieved</th><th class=\"num\">Target</th><th>Met</th></tr></thead>\n<tbody>\n",
        );
        for r in &profile.requirements {
            let class = if r.met { "met" } else { "unmet" };
            let note = match r.note.trim() {
                "" => String::new(),
                note => format!("<div class=\"note\">{}</div>", esc(note)),
            };
            let [label, achieved, target, status] = text::requirement_row(r).map(|cell| esc(&cell));
            doc.push(&format!(
                "<tr><td>{label}{note}</td><td class=\"num\">{achieved}</td>\
                 <td class=\"num\">{target}</td><td class=\"{class}\">{status}</td></tr>\n",
            ));
        }
        doc.push("</tbody>\n</table>\n");
        for warning in &profile.warnings {
            doc.push(&format!("<p class=\"warning\">{}</p>\n", esc(warning)));
        }
    }
    doc.done(1)
}

fn coverage(portfolio: &Portfolio, doc: &mut TextOut) -> Result<()> {
    let Some(coverage) = &portfolio.coverage else {
        return Ok(());
    };
    doc.push(&format!(
        "<p>{}</p>\n\
         <table class=\"coverage\">\n<thead><tr><th>Code</th><th>Standard</th>\
         <th class=\"num\">Activities</th><th class=\"num\">Reflections</th>\
         <th class=\"num\">Goals</th><th class=\"num\">Hours</th></tr></thead>\n<tbody>\n",
        text::coverage_intro(&esc(&coverage.framework.name))
    ));
    for item in &coverage.items {
        let gap = item.activities + item.reflections + item.goals == 0;
        let [code, title, activities, reflections, goals, hours] =
            text::coverage_row(item).map(|cell| esc(&cell));
        doc.push(&format!(
            "<tr{}><td>{code}</td><td>{title}</td><td class=\"num\">{activities}</td>\
             <td class=\"num\">{reflections}</td><td class=\"num\">{goals}</td>\
             <td class=\"num\">{hours}</td></tr>\n",
            if gap { " class=\"gap\"" } else { "" },
        ));
    }
    doc.push("</tbody>\n</table>\n");
    doc.done(coverage.items.len())
}

/// Labelled facts as a definition list.
fn facts(doc: &mut TextOut, facts: Vec<(&'static str, String)>) {
    doc.push("<dl class=\"facts\">\n");
    for (label, value) in facts {
        doc.push(&format!("<dt>{label}</dt><dd>{}</dd>\n", esc(&value)));
    }
    doc.push("</dl>\n");
}

fn empty(part: Part) -> String {
    format!("<p class=\"empty\">{}</p>\n", part.empty())
}

/// The user's Markdown as sanitised HTML.
fn prose(markdown: &str) -> String {
    format!("<div class=\"prose\">{}</div>\n", render(markdown.trim()))
}

/// Plain text made safe inside an element or a quoted attribute.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn markup_in_plain_text_is_escaped() {
        assert_eq!(
            esc("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }
}
