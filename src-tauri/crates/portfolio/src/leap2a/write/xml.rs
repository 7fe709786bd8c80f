//! XML built as text, every value escaped and what XML 1.0 forbids dropped.

use std::fmt::Write as _;

use chrono::NaiveDate;

/// XML built as text, every value escaped.
#[derive(Default)]
pub(super) struct Xml(pub(super) String);

impl Xml {
    pub(super) fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }

    pub(super) fn text(&mut self, text: &str) {
        escape_into(&mut self.0, text);
    }

    /// `<name>text</name>` on a line.
    pub(super) fn element(&mut self, name: &str, text: &str) {
        let _ = write!(self.0, "<{name}>");
        self.text(text);
        let _ = writeln!(self.0, "</{name}>");
    }

    /// `<name a="v"/>` on a line.
    pub(super) fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) {
        let _ = write!(self.0, "<{name}");
        for (key, value) in attributes {
            let _ = write!(self.0, " {key}=\"");
            self.text(value);
            self.0.push('"');
        }
        self.0.push_str("/>\n");
    }

    pub(super) fn content(&mut self, text: &str) {
        self.raw("<content type=\"text\">");
        self.text(text);
        self.raw("</content>\n");
    }

    pub(super) fn rdf_type(&mut self, leap2_type: &str) {
        self.empty(
            "rdf:type",
            &[("rdf:resource", &format!("leap2:{leap2_type}"))],
        );
    }

    pub(super) fn date(&mut self, point: &str, on: NaiveDate) {
        let _ = writeln!(
            self.0,
            "<leap2:date leap2:point=\"{point}\">{on}</leap2:date>"
        );
    }

    pub(super) fn link(&mut self, rel: &str, href: &str) {
        self.empty("link", &[("rel", rel), ("href", href)]);
    }
}

/// Appends `text` escaped for element content and attribute values alike; characters XML 1.0
/// does not allow are dropped, and tabs and line ends are written as character references so
/// that neither attribute normalisation nor line-end handling changes them.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push('\n'),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape_into;

    #[test]
    fn escaping_drops_what_xml_forbids() {
        let mut out = String::new();
        escape_into(&mut out, "<a href=\"x\">&'\u{b}\u{1}\r\n\u{fffe}ok");
        assert_eq!(out, "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#13;\nok");
    }
}
