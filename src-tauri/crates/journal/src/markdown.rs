//! Markdown to HTML that is safe to show: no script, no event handlers, no `javascript:` links,
//! nothing loaded from elsewhere.

use std::collections::HashSet;

use pulldown_cmark::{Options, Parser, html};

/// Renders Markdown as sanitised HTML. Links keep `http`, `https` and `mailto` targets only and
/// open nothing in the page; images are dropped, so nothing is fetched from a server.
pub fn render(markdown: &str) -> String {
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS;
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, Parser::new_ext(markdown, options));
    ammonia::Builder::default()
        .rm_tags(["img"])
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn formatting_survives() {
        let html =
            render("# Heading\n\nSome *emphasis*, **strength** and [a link](https://example.org).");
        assert!(html.contains("<h1>Heading</h1>"), "{html}");
        assert!(html.contains("<em>emphasis</em>"), "{html}");
        assert!(html.contains("<strong>strength</strong>"), "{html}");
        assert!(html.contains("href=\"https://example.org\""), "{html}");
    }

    #[test]
    fn script_handlers_and_script_links_are_removed() {
        let payloads = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)></svg>",
            "<iframe src=\"https://example.org\"></iframe>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<details open ontoggle=alert(1)>",
            "![tracker](https://example.org/pixel.png)",
        ];
        for payload in payloads {
            let html = render(payload).to_lowercase();
            for banned in [
                "<script",
                "onerror",
                "onload",
                "ontoggle",
                "javascript:",
                "<iframe",
                "style=",
                "<img",
            ] {
                assert!(!html.contains(banned), "{payload:?} rendered as {html:?}");
            }
        }
    }
}
