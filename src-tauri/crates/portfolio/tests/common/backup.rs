//! A journal with something in every table, in its own folder, and its backup.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use cairn_journal::{
    ActivityFields, BackupTables, CommunityFields, EvidenceOwner, FeedbackFields, FrameworkFields,
    GoalFields, ItemFields, Journal, NewShare, ParticipationLevel, Privacy, ProfileBody,
    ProfileFields, ReflectionFields, ReflectionSource, ReviewFields, Section, StandardOwner,
    preset_item_id,
};
use cairn_portfolio::backup_to_file;
use chrono::NaiveDate;
use tempfile::TempDir;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A journal in its own temporary folder.
pub struct Place {
    pub dir: TempDir,
    pub journal: Journal,
}

pub fn place() -> Place {
    let dir = TempDir::new().unwrap();
    let journal = Journal::open(&dir.path().join("journal.sqlite3")).unwrap();
    Place { dir, journal }
}

impl Place {
    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        path
    }

    /// Every stored evidence file's bytes, by hash.
    pub fn evidence_bytes(&self, tables: &BackupTables) -> Vec<(String, Vec<u8>)> {
        let mut hashes: Vec<String> = tables
            .rows("evidence")
            .iter()
            .map(|row| row["sha256"].as_str().unwrap().to_owned())
            .collect();
        hashes.sort();
        hashes.dedup();
        hashes
            .into_iter()
            .map(|h| {
                let bytes = fs::read(self.journal.evidence_blob(&h).unwrap()).unwrap();
                (h, bytes)
            })
            .collect()
    }
}

/// A journal with something in every table.
pub fn rich() -> Place {
    let p = place();
    let j = &p.journal;
    let goal = j
        .create_goal(&GoalFields {
            success_criteria: "Run two sessions".into(),
            target_on: Some(day(2026, 12, 31)),
            ..GoalFields::new("Lead group supervision")
        })
        .unwrap();
    let mut community_fields = CommunityFields {
        joined_on: Some(day(2024, 3, 1)),
        online: true,
        link: "https://example.org/forum".into(),
        notes: "Monthly calls".into(),
        ..CommunityFields::new("Youth work network")
    };
    let community = j.create_community(&community_fields).unwrap();
    community_fields.level = ParticipationLevel::Core;
    j.update_community(community.id, &community_fields).unwrap();

    let activity = j
        .create_activity(&ActivityFields {
            description: "A **whole day** on safeguarding".into(),
            participatory_minutes: 120,
            provider: "Council".into(),
            tags: vec!["safeguarding".into(), "Leadership".into()],
            goal_id: Some(goal.id),
            community_id: Some(community.id),
            ..ActivityFields::new("Safeguarding refresher", day(2026, 5, 4), 360)
        })
        .unwrap();
    let other = j
        .create_activity(&ActivityFields::new("Reading", day(2026, 6, 1), 45))
        .unwrap();
    j.trash_activity(other.id).unwrap();
    j.attach_evidence(
        EvidenceOwner::Activity(activity.id),
        &p.file("certificate.pdf", b"%PDF-1.7 certificate bytes"),
    )
    .unwrap();
    j.attach_evidence(
        EvidenceOwner::Activity(activity.id),
        &p.file("copy.pdf", b"%PDF-1.7 certificate bytes"),
    )
    .unwrap();

    let mut fields = ReflectionFields {
        tags: vec!["leadership".into()],
        privacy: Privacy::Shareable,
        goal_id: Some(goal.id),
        ..ReflectionFields::free("What I learned", Some(activity.id))
    };
    fields.sections = vec![Section {
        stage: "reflection".into(),
        text: "First thoughts".into(),
    }];
    let reflection = j.create_reflection(&fields).unwrap();
    fields.sections[0].text = "Second thoughts, longer".into();
    j.update_reflection(reflection.id, &fields).unwrap();
    let first = *j
        .revisions(reflection.id)
        .unwrap()
        .iter()
        .map(|r| &r.id)
        .min()
        .unwrap();
    j.restore_revision(reflection.id, first).unwrap();
    j.attach_evidence(
        EvidenceOwner::Reflection(reflection.id),
        &p.file("notes.txt", "Notes — with ünïcode".as_bytes()),
    )
    .unwrap();

    j.create_feedback(&FeedbackFields {
        received_on: day(2026, 5, 10),
        source: "Service user".into(),
        content: "Thank you".into(),
        use_made: "Shared with the team".into(),
    })
    .unwrap();
    j.create_review(&ReviewFields {
        held_on: day(2026, 7, 1),
        reviewer_name: "Sam Verifier".into(),
        reviewer_role: "Line manager".into(),
        registration_number: "12A3456B".into(),
        contact: "sam@example.org".into(),
        notes: "Went well".into(),
        reflection_ids: vec![reflection.id],
    })
    .unwrap();

    let framework = j
        .create_framework(&FrameworkFields {
            name: "Team standards".into(),
            body: "Our team".into(),
            description: String::new(),
            items: vec![
                ItemFields {
                    id: None,
                    code: "A".into(),
                    title: "Care".into(),
                    description: String::new(),
                    parent: None,
                },
                ItemFields {
                    id: None,
                    code: "A.1".into(),
                    title: "Listening".into(),
                    description: String::new(),
                    parent: Some("A".into()),
                },
            ],
        })
        .unwrap();
    let items: Vec<_> = framework.items.iter().map(|i| i.id).collect();
    j.set_standards(
        StandardOwner::Activity(activity.id),
        &[items[1], preset_item_id("cld", "C1")],
    )
    .unwrap();
    j.set_standards(StandardOwner::Reflection(reflection.id), &[items[0]])
        .unwrap();
    j.set_standards(StandardOwner::Goal(goal.id), &[items[1]])
        .unwrap();

    let mut profile = ProfileFields::preset(ProfileBody::Nmc, day(2025, 4, 1));
    profile.label = "Nursing".into();
    j.create_profile(&profile).unwrap();
    let mut settings = j.settings().unwrap();
    settings.owner_name = "Alex Practitioner".into();
    settings.snapshots_kept = 3;
    j.set_settings(&settings).unwrap();
    j.import_activities(&[(
        "row-key-1".into(),
        ActivityFields::new("Imported webinar", day(2026, 2, 2), 60),
    )])
    .unwrap();

    let space = j
        .save_space(
            None,
            "Youth work network",
            "folder",
            "{\"path\":\"/shared\"}",
        )
        .unwrap();
    j.set_redaction_names(&["Jane Smith".into()]).unwrap();
    j.log_share(&NewShare {
        id: uuid::Uuid::new_v4(),
        space_id: space.id,
        space_name: space.name.clone(),
        title: "What I learned".into(),
        payload: "{\"schemaVersion\":1}".into(),
        reflection_ids: vec![reflection.id],
        activity_ids: vec![activity.id],
    })
    .unwrap();
    j.create_reflection_on(
        &ReflectionFields::free("On a peer's post", None),
        &ReflectionSource {
            space_id: Some(space.id),
            space_name: space.name,
            remote_id: "2026-06-01-listening-1a2b3c4d.cairn.json".into(),
            author: "Sam".into(),
            title: "Listening".into(),
            link: None,
            posted_at: None,
        },
    )
    .unwrap();
    p
}

pub fn backup_of(p: &Place) -> PathBuf {
    let path = p.dir.path().join("backup.zip");
    backup_to_file(&p.journal, &path).unwrap();
    path
}

pub fn total(tables: &BackupTables) -> usize {
    tables.tables.values().map(Vec::len).sum()
}

/// Writes a copy of the backup at `path` with `backup.json` or an entry replaced.
pub fn rewrite(path: &Path, target: &Path, change: impl Fn(&str, Vec<u8>) -> Vec<u8>) {
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(fs::File::create(target).unwrap());
    for index in 0..zip.len() {
        let mut entry = zip.by_index(index).unwrap();
        let name = entry.name().to_owned();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        out.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&change(&name, bytes)).unwrap();
    }
    out.finish().unwrap();
}
