//! Chat incoming webhooks: Slack, Mattermost, Discord and Microsoft Teams (Workflows with an
//! Adaptive Card), each with the payload its documentation gives. The webhook's address is the
//! credential, so it never appears in an error.

use serde_json::{Value, json};

use crate::document::SharedDocument;
use crate::error::Failure;
use crate::http::{Answer, Http, send};
use crate::secret::Secret;
use crate::settings::ChatService;

/// Slack allows 3,000 characters in a section's text.
const SLACK_SECTION: usize = 3000;
/// Discord allows 4,096 characters in an embed's description and 256 in its title.
const DISCORD_DESCRIPTION: usize = 4096;
const DISCORD_TITLE: usize = 256;

fn clip(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let mut clipped: String = text.chars().take(limit.saturating_sub(1)).collect();
    clipped.push('…');
    clipped
}

/// Markdown turned into Slack's mrkdwn: `*bold*`, `_italic_`, `<url|text>` links, headings as
/// bold lines, and `&`, `<`, `>` escaped as Slack asks.
pub(crate) fn mrkdwn(markdown: &str) -> String {
    let pattern = crate::redact::fixed;
    let text = markdown
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let text = pattern(r"\*\*([^*\n]+)\*\*").replace_all(&text, "\u{1}$1\u{1}");
    let text = pattern(r"\*([^*\n]+)\*").replace_all(&text, "_${1}_");
    let text = text.replace('\u{1}', "*");
    let text = pattern(r"(?m)^#{1,6}\s+(.+)$").replace_all(&text, "*$1*");
    pattern(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
        .replace_all(&text, "<$2|$1>")
        .into_owned()
}

/// The payload `service` documents for an incoming message.
pub(crate) fn body(document: &SharedDocument, service: ChatService) -> Value {
    let title = document.title();
    let markdown = document.markdown();
    match service {
        ChatService::Slack => {
            let text = mrkdwn(&markdown);
            let mut blocks = vec![json!({
                "type": "header",
                "text": {"type": "plain_text", "text": clip(&title, 150)},
            })];
            let chars: Vec<char> = text.chars().collect();
            for chunk in chars.chunks(SLACK_SECTION) {
                blocks.push(json!({
                    "type": "section",
                    "text": {"type": "mrkdwn", "text": chunk.iter().collect::<String>()},
                }));
            }
            json!({"text": title, "blocks": blocks})
        }
        ChatService::Mattermost => json!({"text": format!("#### {title}\n\n{markdown}")}),
        ChatService::Discord => json!({
            "content": format!("**{}**", clip(&title, 1900)),
            "embeds": [{
                "title": clip(&title, DISCORD_TITLE),
                "description": clip(&markdown, DISCORD_DESCRIPTION),
            }],
            "allowed_mentions": {"parse": []},
        }),
        ChatService::Teams => {
            let mut body = vec![json!({
                "type": "TextBlock", "text": title, "size": "Large", "weight": "Bolder",
                "wrap": true,
            })];
            for paragraph in markdown.split("\n\n").filter(|p| !p.trim().is_empty()) {
                body.push(json!({"type": "TextBlock", "text": paragraph, "wrap": true}));
            }
            json!({
                "type": "message",
                "attachments": [{
                    "contentType": "application/vnd.microsoft.card.adaptive",
                    "contentUrl": null,
                    "content": {
                        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                        "type": "AdaptiveCard",
                        "version": "1.2",
                        "body": body,
                    },
                }],
            })
        }
    }
}

/// Posts to the webhook; returns the message id when the service gives one.
pub(crate) fn post(
    http: &Http,
    url: &Secret,
    service: ChatService,
    body: &Value,
) -> Result<String, Failure> {
    let name = format!("The {} webhook", service.label());
    let mut address = url.expose().to_owned();
    if service == ChatService::Discord {
        address.push_str(if address.contains('?') {
            "&wait=true"
        } else {
            "?wait=true"
        });
    }
    let response = send(http.client().post(address).json(body), &name)?;
    if response.status().is_success() {
        let answer: Value = response.json().unwrap_or_default();
        return Ok(answer["id"]
            .as_str()
            .map_or_else(|| "accepted".to_owned(), str::to_owned));
    }
    let answer = Answer::read(response);
    let json = answer.json();
    let said = json
        .as_ref()
        .and_then(|j| j["message"].as_str().map(str::to_owned))
        .or_else(|| Some(answer.body.chars().take(200).collect()));
    let wait = json
        .as_ref()
        .and_then(|j| j["retry_after"].as_f64())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(std::time::Duration::from_secs_f64);
    match answer.status.as_u16() {
        404 | 410 => Err(Failure::SignIn(format!(
            "{name} no longer exists or its channel was archived: paste a new webhook address \
             in Settings."
        ))),
        _ => Err(answer.failure(&name, said, wait)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_slack_mrkdwn() {
        assert_eq!(
            mrkdwn("### Feelings\n\n**Bold** and *soft* <b> & [notes](https://example.org)"),
            "*Feelings*\n\n*Bold* and _soft_ &lt;b&gt; &amp; <https://example.org|notes>"
        );
    }

    #[test]
    fn long_text_is_clipped_with_an_ellipsis() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }
}
