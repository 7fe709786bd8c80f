#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

//! The share flow before anything is sent: what the preview shows, the marks a user adds, the
//! confirmation a private reflection needs, and a preview that no longer matches.

mod support;

use cairn_journal::{Privacy, ReflectionModel, ShareStatus};
use cairn_spaces::{ShareRequest, SpaceSettings};
use chrono::Utc;
use support::{add_space, journal_with_reflection, keychain};

fn folder_space() -> (tempfile::TempDir, SpaceSettings) {
    let folder = tempfile::tempdir().unwrap();
    let settings = SpaceSettings::Folder {
        path: folder.path().display().to_string(),
        sign_as: String::new(),
    };
    (folder, settings)
}

#[test]
fn the_preview_is_redacted_and_shows_exactly_what_is_sent() {
    let (journal, reflection) = journal_with_reflection();
    let (_folder, settings) = folder_space();
    let space = add_space(&journal, &keychain(), settings, None);
    let mut request = ShareRequest {
        space_id: space.id,
        reflection_ids: vec![reflection.id],
        include_activity: true,
        marks: Vec::new(),
    };
    let preview = cairn_spaces::preview(&journal, &request, Utc::now()).unwrap();
    let html = preview.html.clone().unwrap();
    support::assert_redacted(&html, "the preview");
    support::assert_redacted(&preview.payload, "the payload");
    assert!(html.contains("<h3>Feelings</h3>"), "{html}");
    assert!(
        html.contains("Youth work forum with [name]"),
        "the activity comes too: {html}"
    );
    assert_eq!(preview.redactions.names, 2);
    assert_eq!(preview.redactions.emails, 1);
    assert_eq!(preview.redactions.phones, 1);
    assert!(!preview.nmc_reminder);
    assert!(preview.private_titles.is_empty());

    request.marks = vec!["young people".to_owned()];
    let marked = cairn_spaces::preview(&journal, &request, Utc::now()).unwrap();
    assert!(marked.payload.contains("[redacted]") && !marked.payload.contains("young people"));
    assert_eq!(marked.redactions.marked, 1);

    let logged = cairn_spaces::confirm(&journal, &request, &marked.draft, false).unwrap();
    assert_eq!(logged.status, ShareStatus::Queued);
    assert_eq!(
        logged.payload, marked.payload,
        "the log keeps exactly what was previewed"
    );
    assert_eq!(logged.reflection_ids, [reflection.id]);
    assert_eq!(
        logged.activity_ids,
        [reflection.fields.activity_id.unwrap()]
    );
}

#[test]
fn a_private_reflection_needs_a_confirmation_and_an_nmc_account_a_reminder() {
    let (journal, reflection) = journal_with_reflection();
    let mut fields = reflection.fields.clone();
    fields.privacy = Privacy::Private;
    fields.model = ReflectionModel::NmcAccount;
    journal.update_reflection(reflection.id, &fields).unwrap();
    let (_folder, settings) = folder_space();
    let space = add_space(&journal, &keychain(), settings, None);
    let request = ShareRequest {
        space_id: space.id,
        reflection_ids: vec![reflection.id],
        include_activity: false,
        marks: Vec::new(),
    };
    let preview = cairn_spaces::preview(&journal, &request, Utc::now()).unwrap();
    assert!(preview.nmc_reminder);
    assert_eq!(preview.private_titles, ["Listening before planning"]);
    assert!(
        !preview.payload.contains("Youth work forum"),
        "no activity when not asked"
    );

    let refused = cairn_spaces::confirm(&journal, &request, &preview.draft, false).unwrap_err();
    assert!(refused.to_string().contains("is private"), "{refused}");
    assert!(journal.share_log().unwrap().is_empty(), "nothing is logged");
    cairn_spaces::confirm(&journal, &request, &preview.draft, true).unwrap();
    assert_eq!(journal.share_log().unwrap().len(), 1);
}

#[test]
fn an_edit_after_the_preview_is_refused_until_previewed_again() {
    let (journal, reflection) = journal_with_reflection();
    let (_folder, settings) = folder_space();
    let space = add_space(&journal, &keychain(), settings, None);
    let request = ShareRequest {
        space_id: space.id,
        reflection_ids: vec![reflection.id],
        include_activity: true,
        marks: Vec::new(),
    };
    let preview = cairn_spaces::preview(&journal, &request, Utc::now()).unwrap();
    let mut fields = reflection.fields.clone();
    fields.sections[1].text = "Now I also name Dr Who.".to_owned();
    journal.update_reflection(reflection.id, &fields).unwrap();
    let refused = cairn_spaces::confirm(&journal, &request, &preview.draft, false).unwrap_err();
    assert!(
        refused.to_string().contains("changed since the preview"),
        "{refused}"
    );
    assert!(journal.share_log().unwrap().is_empty());

    let empty = ShareRequest {
        reflection_ids: Vec::new(),
        ..request
    };
    let error = cairn_spaces::preview(&journal, &empty, Utc::now()).unwrap_err();
    assert!(error.to_string().contains("Choose a reflection"));
}

#[test]
fn a_space_keeps_no_secret_in_its_settings_and_refuses_bad_ones() {
    let (journal, _) = journal_with_reflection();
    let bad = cairn_spaces::save_space(
        &journal,
        &keychain(),
        &cairn_spaces::SpaceInput {
            id: None,
            name: "Matrix".to_owned(),
            settings: SpaceSettings::Matrix {
                homeserver: "matrix.example.org".to_owned(),
                room: "#cpd:example.org".to_owned(),
                user_id: String::new(),
            },
            secret: None,
        },
    )
    .unwrap_err();
    assert!(matches!(
        bad,
        cairn_spaces::SpacesError::Invalid {
            field: "homeserver",
            ..
        }
    ));
    let pasted = cairn_spaces::save_space(
        &journal,
        &keychain(),
        &cairn_spaces::SpaceInput {
            id: None,
            name: "Matrix".to_owned(),
            settings: SpaceSettings::Matrix {
                homeserver: "https://matrix.example.org".to_owned(),
                room: "#cpd:example.org".to_owned(),
                user_id: String::new(),
            },
            secret: Some(cairn_spaces::Secret::new("syt_token")),
        },
    )
    .unwrap_err();
    assert!(
        matches!(
            pasted,
            cairn_spaces::SpacesError::Invalid {
                field: "secret",
                ..
            }
        ),
        "a Matrix token comes through signing in, which learns whose it is"
    );
    let no_key = cairn_spaces::save_space(
        &journal,
        &keychain(),
        &cairn_spaces::SpaceInput {
            id: None,
            name: "Forum".to_owned(),
            settings: SpaceSettings::Discourse {
                base_url: "https://forum.example.org".to_owned(),
                api_username: "alex".to_owned(),
                category: 3,
                topic_id: None,
            },
            secret: None,
        },
    )
    .unwrap_err();
    assert!(matches!(
        no_key,
        cairn_spaces::SpacesError::Invalid {
            field: "secret",
            ..
        }
    ));
    assert!(journal.spaces().unwrap().is_empty());
}
