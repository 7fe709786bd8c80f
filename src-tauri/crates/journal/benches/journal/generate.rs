//! The benchmark journal: deterministic CPD writing generated through the public API, cached
//! beside the build.

use std::path::{Path, PathBuf};
use std::time::Instant;

use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, Journal, Privacy, ReflectionFields,
    ReflectionModel, SCHEMA_VERSION, Section,
};
use chrono::{Days, Local, NaiveDate};
use uuid::Uuid;

/// Bump when the generated content changes, so a cached journal is made again.
const GENERATOR_VERSION: u32 = 1;

/// A word only about twenty entries contain (never part of another word, so the prefix
/// match finds only it).
pub(crate) const RARE_WORD: &str = "capnography";
/// How many entries carry the rare word, spread evenly over the journal.
const RARE_ENTRIES: usize = 20;
/// A word in a large share of entries.
pub(crate) const COMMON_WORD: &str = "patient";
/// The share of entries (per thousand) whose body mentions the common word.
const COMMON_PER_MILLE: u64 = 450;

/// A few hundred words of CPD writing.
#[rustfmt::skip]
const WORDS: &[&str] = &[
    "the", "and", "of", "to", "a", "in", "with", "for", "on", "my", "i", "was", "that", "this",
    "we", "it", "how", "what", "next", "time", "team", "practice", "learning", "session", "course",
    "workshop", "colleague", "colleagues", "feedback", "reflection", "reflected", "discussed",
    "discussion", "supervision", "supervisor", "mentor", "mentoring", "clinical", "care", "caring",
    "safety", "safeguarding", "risk", "assessment", "assessed", "plan", "planning", "goal",
    "goals", "outcome", "outcomes", "impact", "improve", "improved", "improvement", "quality",
    "audit", "evidence", "guideline", "guidelines", "policy", "protocol", "procedure", "standard",
    "standards", "competence", "competency", "skills", "skill", "knowledge", "understanding",
    "confidence", "confident", "communication", "communicate", "listening", "empathy",
    "compassion", "dignity", "respect", "consent", "capacity", "documentation", "records",
    "record", "handover", "ward", "clinic", "community", "service", "services", "user", "users",
    "family", "families", "carer", "carers", "client", "clients", "student", "students",
    "teaching", "taught", "teach", "learned", "learnt", "learner", "online", "module",
    "conference", "keynote", "lecture", "seminar", "webinar", "journal", "article", "paper",
    "research", "study", "studies", "trial", "data", "results", "finding", "findings", "review",
    "reviewed", "systematic", "literature", "reading", "read", "notes", "summary", "key", "points",
    "point", "approach", "approaches", "model", "models", "framework", "theory", "evidence-based",
    "person-centred", "holistic", "multidisciplinary", "interprofessional", "leadership",
    "leading", "manager", "management", "change", "changes", "changed", "new", "role", "roles",
    "responsibility", "accountability", "professional", "professionalism", "registration",
    "revalidation", "ethics", "ethical", "law", "legal", "duty", "candour", "incident",
    "incidents", "error", "errors", "near", "miss", "medication", "medicines", "prescribing",
    "dose", "administration", "infection", "prevention", "control", "hand", "hygiene", "wound",
    "wounds", "dressing", "pain", "management", "palliative", "end", "life", "dementia",
    "delirium", "falls", "frailty", "older", "adults", "children", "young", "people", "mental",
    "health", "wellbeing", "anxiety", "depression", "stress", "resilience", "burnout", "workload",
    "staffing", "shift", "night", "weekend", "emergency", "acute", "deteriorating", "escalation",
    "observations", "sepsis", "diabetes", "insulin", "cardiac", "respiratory", "asthma", "oxygen",
    "nutrition", "hydration", "mobility", "rehabilitation", "discharge", "admission", "referral",
    "pathway", "pathways", "primary", "secondary", "hospital", "home", "visit", "visits",
    "telephone", "video", "consultation", "consultations", "history", "examination", "diagnosis",
    "treatment", "therapy", "intervention", "interventions", "support", "supported", "supporting",
    "advice", "advocacy", "equality", "diversity", "inclusion", "culture", "cultural", "language",
    "interpreter", "barriers", "access", "digital", "system", "systems", "software", "tool",
    "tools", "checklist", "simulation", "scenario", "scenarios", "case", "cases", "example",
    "examples", "situation", "felt", "feel", "feeling", "feelings", "thought", "thoughts",
    "realised", "noticed", "surprised", "challenging", "difficult", "helpful", "useful",
    "valuable", "important", "better", "worse", "well", "badly", "again", "future", "would",
    "could", "should", "will", "did", "not", "also", "more", "less", "most", "first", "second",
    "last", "week", "month", "year", "today", "yesterday", "recently", "during", "after", "before",
    "because", "although", "however", "therefore", "so", "but", "or", "as", "at", "by", "from",
    "about", "into", "their", "our", "his", "her", "they", "she", "he", "me", "us", "them", "who",
    "which", "when", "where", "why", "can", "has", "have", "had", "is", "are", "be", "been",
    "being", "patients",
];

const TAGS: &[&str] = &[
    "safeguarding",
    "leadership",
    "clinical skills",
    "communication",
    "medicines",
    "infection control",
    "mental health",
    "teaching",
    "research",
    "quality improvement",
    "end of life",
    "dementia",
    "wellbeing",
    "digital",
    "ethics",
    "revalidation",
    "supervision",
    "audit",
    "falls",
    "sepsis",
];

const PROVIDERS: &[&str] = &[
    "Royal College of Nursing",
    "NHS Education",
    "Local trust",
    "University",
    "Health Education England",
    "Regional network",
    "",
];

const LOCATIONS: &[&str] = &[
    "Online",
    "Leeds",
    "London",
    "Manchester",
    "Ward 7",
    "",
    "Bristol",
];

/// xorshift64*: small, fast, and the same stream on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + (self.next() % (high - low + 1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.between(0, items.len() - 1)]
    }

    /// A word, the early (commoner) words of the list more often, as in real writing.
    fn word(&mut self) -> &'static str {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        WORDS[((u * u) * WORDS.len() as f64) as usize % WORDS.len()]
    }

    fn chance(&mut self, per_mille: u64) -> bool {
        self.next() % 1000 < per_mille
    }
}

/// `count` words from the list.
fn words(rng: &mut Rng, count: usize) -> Vec<&'static str> {
    (0..count).map(|_| rng.word()).collect()
}

fn title(rng: &mut Rng) -> String {
    let count = rng.between(3, 9);
    let mut title = words(rng, count).join(" ");
    if let Some(first) = title.get(..1) {
        title.replace_range(..1, &first.to_uppercase());
    }
    title
}

/// Sentences in paragraphs, with `extra` words worked into the first sentence.
fn prose(rng: &mut Rng, words_wanted: usize, extra: &[&str]) -> String {
    let mut text = String::with_capacity(words_wanted * 9);
    let mut written = 0;
    let mut sentence_number = 0;
    while written < words_wanted {
        let count = rng.between(6, 18);
        let mut sentence = words(rng, count);
        if sentence_number == 0 {
            for &word in extra {
                let at = rng.between(0, sentence.len());
                sentence.insert(at, word);
            }
        }
        written += sentence.len();
        let mut sentence = sentence.join(" ");
        if let Some(first) = sentence.get(..1) {
            sentence.replace_range(..1, &first.to_uppercase());
        }
        if !text.is_empty() {
            text.push_str(if rng.chance(200) { "\n\n" } else { " " });
        }
        text.push_str(&sentence);
        text.push('.');
        sentence_number += 1;
    }
    text
}

/// The words worked into entry number `index` of `total` (activities then reflections).
fn extras(rng: &mut Rng, index: usize, total: usize) -> Vec<&'static str> {
    let mut extra = Vec::new();
    if index % (total / RARE_ENTRIES) == total / RARE_ENTRIES / 2 {
        extra.push(RARE_WORD);
    }
    if rng.chance(COMMON_PER_MILLE) {
        extra.push(COMMON_WORD);
    }
    extra
}

fn activity_fields(rng: &mut Rng, index: usize, total: usize, today: NaiveDate) -> ActivityFields {
    let kind = *rng.pick(ActivityKind::ALL);
    let started_on = today - Days::new(rng.between(0, 4 * 365) as u64);
    let minutes = 15 * rng.between(1, 24) as i32;
    let extra = extras(rng, index, total);
    let mut fields = ActivityFields::new(title(rng), started_on, minutes);
    fields.kind = kind;
    fields.mode = if rng.chance(800) {
        kind.usual_mode()
    } else {
        *rng.pick(ActivityMode::ALL)
    };
    fields.participatory_minutes = if fields.mode == ActivityMode::SelfDirected {
        0
    } else {
        minutes / rng.between(1, 3) as i32
    };
    if rng.chance(100) {
        fields.ended_on = Some(started_on + Days::new(1));
    }
    let description_words = rng.between(20, 90);
    fields.description = prose(rng, description_words, &extra);
    fields.provider = (*rng.pick(PROVIDERS)).to_owned();
    fields.location = (*rng.pick(LOCATIONS)).to_owned();
    let outcomes_words = rng.between(0, 30);
    fields.outcomes = prose(rng, outcomes_words, &[]);
    let impact_words = rng.between(0, 30);
    fields.impact = prose(rng, impact_words, &[]);
    let tag_count = rng.between(0, 3);
    fields.tags = (0..tag_count)
        .map(|_| (*rng.pick(TAGS)).to_owned())
        .collect();
    fields
}

fn reflection_fields(
    rng: &mut Rng,
    index: usize,
    total: usize,
    activity_id: Option<Uuid>,
) -> ReflectionFields {
    let extra = extras(rng, index, total);
    let mut fields = ReflectionFields::free(title(rng), activity_id);
    let model = if rng.chance(700) {
        ReflectionModel::Free
    } else {
        *rng.pick(&[
            ReflectionModel::Gibbs,
            ReflectionModel::Rolfe,
            ReflectionModel::Driscoll,
            ReflectionModel::Kolb,
        ])
    };
    fields.model = model;
    fields.sections = cairn_journal::models::rearrange(&[], model);
    let stages = fields.sections.len().max(1);
    let total_words = rng.between(40, 220);
    for (number, section) in fields.sections.iter_mut().enumerate() {
        let extra: &[&str] = if number == 0 { &extra } else { &[] };
        // A few stages are not written yet.
        if extra.is_empty() && rng.chance(30) {
            continue;
        }
        let wanted = (total_words / stages).max(5);
        section.text = prose(rng, wanted, extra);
    }
    if fields.sections.is_empty() {
        fields.sections.push(Section {
            stage: "body".to_owned(),
            text: prose(rng, total_words, &extra),
        });
    }
    if rng.chance(150) {
        fields.privacy = Privacy::Shareable;
    }
    let tag_count = rng.between(0, 2);
    fields.tags = (0..tag_count)
        .map(|_| (*rng.pick(TAGS)).to_owned())
        .collect();
    fields
}

/// The folder generated journals are kept in: `<target>/cairn-bench`, beside the build.
fn cache_folder() -> PathBuf {
    // The bench runs as <target>/<profile>/deps/journal-<hash>.
    let exe = std::env::current_exe().expect("the bench binary's path");
    let target = exe
        .ancestors()
        .nth(3)
        .map_or_else(std::env::temp_dir, Path::to_path_buf);
    let folder = target.join("cairn-bench");
    std::fs::create_dir_all(&folder).expect("a folder for the benchmark journal");
    folder
}

pub(crate) fn remove_journal_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

/// The benchmark journal with `entries` activities and as many reflections: the cached one,
/// or a new one generated through the public API.
pub(crate) fn journal_file(entries: usize) -> PathBuf {
    let folder = cache_folder();
    let path = folder.join(format!(
        "journal-s{SCHEMA_VERSION}-g{GENERATOR_VERSION}-{entries}.sqlite3"
    ));
    if path.exists() {
        println!("Using the cached benchmark journal {}", path.display());
        return path;
    }
    let partial = path.with_extension("partial");
    remove_journal_files(&partial);
    println!(
        "Generating {entries} activities and {entries} reflections through the public API into {}",
        path.display()
    );
    let started = Instant::now();
    generate(&partial, entries);
    let took = started.elapsed();
    std::fs::rename(&partial, &path).expect("the generated journal moved into place");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    println!(
        "Generated in {:.1} s ({:.0} entries/s), {:.0} MB",
        took.as_secs_f64(),
        (2 * entries) as f64 / took.as_secs_f64(),
        size as f64 / 1e6
    );
    path
}

fn generate(path: &Path, entries: usize) {
    let journal = Journal::open(path).unwrap();
    let today = Local::now().date_naive();
    let mut rng = Rng::new(0x00C0_FFEE_CA12_0001);
    let total = 2 * entries;
    let started = Instant::now();
    let mut activity_ids = Vec::with_capacity(entries);
    for index in 0..entries {
        let fields = activity_fields(&mut rng, index, total, today);
        activity_ids.push(journal.create_activity(&fields).unwrap().id);
        if (index + 1) % 20_000 == 0 {
            println!(
                "  {} activities, {:.0} s",
                index + 1,
                started.elapsed().as_secs_f64()
            );
        }
    }
    for index in 0..entries {
        let activity = rng.chance(700).then(|| *rng.pick(&activity_ids));
        let fields = reflection_fields(&mut rng, entries + index, total, activity);
        let reflection = journal.create_reflection(&fields).unwrap();
        if rng.chance(10) {
            journal.trash_reflection(reflection.id).unwrap();
        }
        if (index + 1) % 20_000 == 0 {
            println!(
                "  {} reflections, {:.0} s",
                index + 1,
                started.elapsed().as_secs_f64()
            );
        }
    }
    // About one activity in a hundred sits in the trash.
    for &id in activity_ids.iter().step_by(97) {
        journal.trash_activity(id).unwrap();
    }
}
