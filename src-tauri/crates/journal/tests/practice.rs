//! Feedback and reviews: what NMC revalidation and CLD verification ask to be recorded.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_journal::{FeedbackFields, Journal, JournalError, ReflectionFields, ReviewFields};

fn feedback() -> FeedbackFields {
    FeedbackFields {
        received_on: "2026-03-14".parse().unwrap(),
        source: "  A parent at the family group ".into(),
        content: "The sessions helped her feel less alone.".into(),
        use_made: "Kept the informal start; added a creche.".into(),
    }
}

fn review(reflection: uuid::Uuid) -> ReviewFields {
    ReviewFields {
        held_on: "2026-09-30".parse().unwrap(),
        reviewer_name: "Morag Campbell".into(),
        reviewer_role: "NMC registrant, ward manager".into(),
        registration_number: "12A3456E".into(),
        contact: "morag@example.org".into(),
        notes: "Discussed my five accounts.".into(),
        reflection_ids: vec![reflection, reflection],
    }
}

#[test]
fn feedback_is_recorded_trimmed_edited_and_deleted() {
    let journal = Journal::open_in_memory().unwrap();
    let created = journal.create_feedback(&feedback()).unwrap();
    assert_eq!(
        created.fields.source, "A parent at the family group",
        "the source is trimmed"
    );
    let mut blank = feedback();
    blank.source = "   ".into();
    assert!(matches!(
        journal.create_feedback(&blank),
        Err(JournalError::Invalid {
            field: "source",
            ..
        })
    ));
    assert!(matches!(
        journal.update_feedback(created.id, &blank),
        Err(JournalError::Invalid {
            field: "source",
            ..
        })
    ));
    let mut later = feedback();
    later.received_on = "2026-05-01".parse().unwrap();
    journal.create_feedback(&later).unwrap();
    let dates: Vec<String> = journal
        .feedback()
        .unwrap()
        .iter()
        .map(|f| f.fields.received_on.to_string())
        .collect();
    assert_eq!(dates, ["2026-05-01", "2026-03-14"], "most recent first");
    journal.delete_feedback(created.id).unwrap();
    assert_eq!(journal.feedback().unwrap().len(), 1);
    assert!(matches!(
        journal.delete_feedback(created.id),
        Err(JournalError::NotFound { .. })
    ));
}

#[test]
fn a_review_names_the_reviewer_and_the_reflections_discussed() {
    let journal = Journal::open_in_memory().unwrap();
    let reflection = journal
        .create_reflection(&ReflectionFields::free("Account 1", None))
        .unwrap();
    let created = journal.create_review(&review(reflection.id)).unwrap();
    assert_eq!(
        created.fields.reflection_ids,
        [reflection.id],
        "each reflection once"
    );
    assert_eq!(journal.reviews().unwrap(), std::slice::from_ref(&created));

    let mut nameless = review(reflection.id);
    nameless.reviewer_name = " ".into();
    assert!(matches!(
        journal.create_review(&nameless),
        Err(JournalError::Invalid {
            field: "reviewerName",
            ..
        })
    ));
    let mut unknown = review(reflection.id);
    unknown.reflection_ids = vec![uuid::Uuid::new_v4()];
    assert!(matches!(
        journal.update_review(created.id, &unknown),
        Err(JournalError::Invalid {
            field: "reflectionIds",
            ..
        })
    ));
    assert_eq!(
        journal.reviews().unwrap(),
        std::slice::from_ref(&created),
        "a refused edit changes nothing"
    );

    journal.trash_reflection(reflection.id).unwrap();
    journal.purge_reflection(reflection.id).unwrap();
    assert!(
        journal.reviews().unwrap()[0]
            .fields
            .reflection_ids
            .is_empty(),
        "a reflection deleted for good leaves the review"
    );
    journal.delete_review(created.id).unwrap();
    assert!(journal.reviews().unwrap().is_empty());
}
