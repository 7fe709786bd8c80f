#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

//! Sharing by e-mail through a real SMTP server (aiosmtpd on loopback) that requires AUTH.

mod support;

use std::time::Duration;

use cairn_journal::ShareStatus;
use cairn_spaces::{SmtpSecurity, SpaceSettings};
use cairn_test_servers::SmtpSink;
use support::*;

fn email_space(sink: &SmtpSink) -> SpaceSettings {
    SpaceSettings::Email {
        host: sink.host.clone(),
        port: sink.port,
        security: SmtpSecurity::None,
        user: sink.user.clone(),
        from: "Alex <alex@example.org>".to_owned(),
        to: "Mentor <mentor@example.org>".to_owned(),
    }
}

#[test]
fn a_share_is_mailed_once_redacted_even_when_the_first_attempt_times_out() {
    let sink = SmtpSink::start();
    let (journal, reflection) = journal_with_reflection();
    let keychain = keychain();
    let space = add_space(
        &journal,
        &keychain,
        email_space(&sink),
        Some(&sink.password),
    );
    let shared = share_through_a_timeout(
        &journal,
        &space,
        &keychain,
        &reflection,
        || sink.pause(),
        || sink.resume(),
    );
    std::thread::sleep(Duration::from_millis(500));

    let messages = sink.messages();
    assert_eq!(messages.len(), 1, "exactly one message");
    let message = &messages[0];
    assert!(
        message.contains("Subject: Listening before planning"),
        "{message}"
    );
    assert!(message.contains(&format!("<{}@cairn.invalid>", shared.id)));
    assert!(
        message.contains("reflection.cairn.json"),
        "the document is attached"
    );
    assert_redacted(message, "the e-mail");
}

#[test]
fn a_wrong_password_asks_to_sign_in_and_a_stopped_server_waits() {
    let mut sink = SmtpSink::start();
    let (journal, reflection) = journal_with_reflection();
    let keychain = keychain();
    let space = add_space(
        &journal,
        &keychain,
        email_space(&sink),
        Some("wrong-password"),
    );
    let logged = share(&journal, &space, &reflection);
    let refused = attempt(&journal, &space, &keychain, &http(), logged.id);
    assert_eq!(refused.status, ShareStatus::NeedsSignIn, "535");
    assert!(!refused.last_error.unwrap().contains("wrong-password"));
    let checked = cairn_spaces::check(&space, &keychain, &http()).unwrap_err();
    assert!(
        checked
            .to_string()
            .contains("refused the user name or password"),
        "{checked}"
    );

    sink.stop();
    journal.retry_share(logged.id).unwrap();
    let down = attempt(&journal, &space, &keychain, &http(), logged.id);
    assert_eq!(down.status, ShareStatus::Queued, "{:?}", down.last_error);
}
