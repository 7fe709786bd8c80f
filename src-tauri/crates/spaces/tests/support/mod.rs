//! What the spaces tests share: a journal holding a reflection that names someone, the real
//! keychain under a service name of the test's own, and a client with a short timeout.

#![allow(dead_code)] // each test binary uses its own part of the support

use std::time::Duration;

use cairn_journal::{Journal, Privacy, Reflection, ReflectionFields, ReflectionModel, Section};
use cairn_spaces::{Draft, Http, Keychain, Secret, ShareRequest, Space, SpaceInput, SpaceSettings};
use chrono::Utc;
use uuid::Uuid;

/// The name the reflection mentions and the redaction list takes out.
pub const PERSON: &str = "Jane Smith";

/// How long a request may take before the timeout tests call it lost.
pub const SHORT: Duration = Duration::from_secs(2);

/// A client with the app's own patience, for attempts that should get through even on a
/// busy machine.
pub fn http() -> Http {
    Http::new(cairn_spaces::DEFAULT_TIMEOUT).expect("a client")
}

/// A client whose requests give up after [`SHORT`], so a paused server makes an attempt
/// time out.
pub fn impatient_http() -> Http {
    Http::new(SHORT).expect("a client")
}

/// The real OS keychain (gnome-keyring under the test command's D-Bus session), under a
/// service name no other test uses.
pub fn keychain() -> Keychain {
    Keychain::new(format!("Cairn tests {}", Uuid::new_v4()))
}

/// A journal with "Jane Smith" on the redaction list and a shareable Gibbs reflection that
/// names her, gives her e-mail address and phone number, and links an activity.
pub fn journal_with_reflection() -> (Journal, Reflection) {
    let journal = Journal::open_in_memory().expect("a journal");
    let reflection = write_reflection(&journal);
    (journal, reflection)
}

/// Puts "Jane Smith" on `journal`'s redaction list and writes the reflection that names her.
pub fn write_reflection(journal: &Journal) -> Reflection {
    journal
        .set_redaction_names(&[PERSON.to_owned()])
        .expect("the redaction list");
    let activity = journal
        .create_activity(&cairn_journal::ActivityFields::new(
            "Youth work forum with Jane Smith",
            Utc::now().date_naive(),
            90,
        ))
        .expect("an activity");
    let fields = ReflectionFields {
        title: "Listening before planning".to_owned(),
        model: ReflectionModel::Gibbs,
        sections: vec![
            Section {
                stage: "description".to_owned(),
                text: format!(
                    "At the forum {PERSON} (jane.smith@example.org, 07700 900123) asked why \
                     young people were not in the room."
                ),
            },
            Section {
                stage: "feelings".to_owned(),
                text: "Uncomfortable, then **curious**.".to_owned(),
            },
        ],
        activity_id: Some(activity.id),
        privacy: Privacy::Shareable,
        tags: Vec::new(),
        goal_id: None,
        community_id: None,
    };
    journal.create_reflection(&fields).expect("a reflection")
}

/// Adds a space with its credential.
pub fn add_space(
    journal: &Journal,
    keychain: &Keychain,
    settings: SpaceSettings,
    secret: Option<&str>,
) -> Space {
    cairn_spaces::save_space(
        journal,
        keychain,
        &SpaceInput {
            id: None,
            name: "Our community".to_owned(),
            settings,
            secret: secret.map(Secret::new),
        },
    )
    .expect("the space is kept")
}

/// Previews and confirms sharing `reflection` (with its activity) to `space`.
pub fn share(
    journal: &Journal,
    space: &Space,
    reflection: &Reflection,
) -> cairn_journal::ShareLogEntry {
    let request = ShareRequest {
        space_id: space.id,
        reflection_ids: vec![reflection.id],
        include_activity: true,
        marks: Vec::new(),
    };
    let preview = cairn_spaces::preview(journal, &request, Utc::now()).expect("a preview");
    let draft: Draft = preview.draft;
    cairn_spaces::confirm(journal, &request, &draft, false).expect("the share is logged")
}

/// Makes one attempt to post `share` and records it, as the shell's worker does.
pub fn attempt(
    journal: &Journal,
    space: &Space,
    keychain: &Keychain,
    http: &Http,
    share: Uuid,
) -> cairn_journal::ShareLogEntry {
    let entry = journal.share(share).expect("the share");
    let space = cairn_spaces::space(journal, space.id).unwrap_or_else(|_| space.clone());
    let outcome = cairn_spaces::attempt(&entry, &space, keychain, http, Utc::now());
    journal
        .record_share_attempt(share, &outcome)
        .expect("the attempt is recorded")
}

/// Asserts that `text` holds none of the details the redaction takes out.
pub fn assert_redacted(text: &str, what: &str) {
    for detail in ["Jane", "Smith", "jane.smith@example.org", "07700 900123"] {
        assert!(
            !text.contains(detail),
            "{what} must not contain “{detail}”: {text}"
        );
    }
}

/// Shares `reflection` to `space` and makes one attempt to post it.
pub fn share_and_attempt(
    journal: &Journal,
    space: &Space,
    keychain: &Keychain,
    reflection: &Reflection,
) -> cairn_journal::ShareLogEntry {
    let logged = share(journal, space, reflection);
    attempt(journal, space, keychain, &http(), logged.id)
}

/// Shares `reflection` with the server paused so the first attempt times out, resumes it, and
/// tries again: returns the share after the second attempt.
pub fn share_through_a_timeout(
    journal: &Journal,
    space: &Space,
    keychain: &Keychain,
    reflection: &Reflection,
    pause: impl FnOnce(),
    resume: impl FnOnce(),
) -> cairn_journal::ShareLogEntry {
    let logged = share(journal, space, reflection);
    pause();
    let first = attempt(journal, space, keychain, &impatient_http(), logged.id);
    assert_eq!(
        first.status,
        cairn_journal::ShareStatus::Queued,
        "a timeout keeps the share queued: {:?}",
        first.last_error
    );
    assert!(
        first.next_attempt_at.expect("a next attempt") > Utc::now(),
        "and it waits before trying again"
    );
    resume();
    std::thread::sleep(Duration::from_secs(1));
    let second = attempt(journal, space, keychain, &http(), logged.id);
    assert_eq!(
        second.status,
        cairn_journal::ShareStatus::Shared,
        "{:?}",
        second.last_error
    );
    second
}
