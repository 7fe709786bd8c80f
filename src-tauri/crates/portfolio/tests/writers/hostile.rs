//! Portfolios whose entries carry script, event handlers and characters XML forbids.

use cairn_journal::{
    ActivityFields, FeedbackFields, GoalFields, Journal, Privacy, ReflectionFields, Section,
};
use cairn_portfolio::{ExportRequest, Layout, Owner, Portfolio};
use chrono::Utc;

use crate::fixture::{generated_at, nmc};

/// Script, handlers and characters XML forbids wherever text goes.
pub const PAYLOAD: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>\
    [click](javascript:alert(3)) <svg onload=alert(4)></svg><iframe src=\"https://example.org\">\
    </iframe> \u{b}\u{1}";

/// [`nmc`] with hostile text in plain and Markdown fields alike.
pub fn hostile() -> Portfolio {
    let mut portfolio = nmc();
    portfolio.owner.name = "<script>alert('owner')</script>\u{c}".to_owned();
    portfolio.reflections[0].title = "Escalating a concern <script>alert(1)</script>".to_owned();
    portfolio.reflections[1].sections[0].text = PAYLOAD.to_owned();
    portfolio.activities[0].provider = "<iframe>\u{b}".to_owned();
    portfolio.activities[0].description = PAYLOAD.to_owned();
    portfolio.goals[0].fields.description = "<a href=\"javascript:alert(5)\">x</a>".to_owned();
    portfolio.feedback[0].fields.content = PAYLOAD.to_owned();
    portfolio.reviews[0].fields.notes = PAYLOAD.to_owned();
    portfolio.profiles[0]
        .warnings
        .push("<script>alert(6)</script>".to_owned());
    portfolio.activities[2].title = "Reading\u{b}with\u{1}control characters".to_owned();
    portfolio.goals[0].fields.success_criteria = "Led three\u{c} huddles\u{1}.".to_owned();
    portfolio
}

/// A general portfolio gathered from a journal whose entries carry [`PAYLOAD`].
pub fn gathered_hostile() -> Portfolio {
    let journal = Journal::open_in_memory().unwrap();
    let today = Utc::now().date_naive();
    let activity = journal
        .create_activity(&ActivityFields {
            description: PAYLOAD.to_owned(),
            outcomes: PAYLOAD.to_owned(),
            provider: "<script>alert('provider')</script>".to_owned(),
            ..ActivityFields::new("<script>alert('title')</script>", today, 90)
        })
        .unwrap();
    journal
        .create_reflection(&ReflectionFields {
            sections: vec![Section {
                stage: "body".to_owned(),
                text: PAYLOAD.to_owned(),
            }],
            privacy: Privacy::Shareable,
            ..ReflectionFields::free("<script>alert('reflection')</script>", Some(activity.id))
        })
        .unwrap();
    journal
        .create_feedback(&FeedbackFields {
            received_on: today,
            source: "<script>alert('source')</script>".to_owned(),
            content: PAYLOAD.to_owned(),
            use_made: PAYLOAD.to_owned(),
        })
        .unwrap();
    journal
        .create_goal(&GoalFields {
            description: PAYLOAD.to_owned(),
            ..GoalFields::new("<script>alert('goal')</script>")
        })
        .unwrap();
    let mut portfolio = cairn_portfolio::gather(
        &journal,
        &ExportRequest {
            layout: Layout::Cld,
            owner: Owner {
                name: "<script>alert('owner')</script>".to_owned(),
                ..Owner::default()
            },
            from: today - chrono::Days::new(30),
            to: today + chrono::Days::new(30),
            include_private: true,
            entries: None,
            with_evidence: false,
            template: None,
        },
    )
    .unwrap();
    assert_eq!(
        (
            portfolio.activities.len(),
            portfolio.reflections.len(),
            portfolio.feedback.len()
        ),
        (1, 1, 1),
        "the hostile entries are in the portfolio"
    );
    portfolio.generated_at = generated_at();
    portfolio
}
