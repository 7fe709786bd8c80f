#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a benchmark panics
//! Benchmarks of the journal at scale: 100,000 activities and 100,000 reflections in a journal
//! file, searched, summed up on the dashboard, listed, and opened.
//!
//! `cargo bench -p cairn-journal --bench journal` generates the file once (cached under the
//! target folder, keyed by schema and generator version), runs the criterion benchmarks, then
//! prints p50/p95 from its own timing loop against the performance targets. The figures are
//! for reading: a bench never fails on a target.
//!
//! Run without `--bench` (say by `cargo test --benches`), criterion only checks that each
//! benchmark runs, so a small journal is generated instead of the large one.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cairn_journal::search::raw_fts;
use cairn_journal::{
    ActivityFields, ActivityKind, ActivityMode, Journal, PageRequest, Privacy, ReflectionFields,
    ReflectionModel, SCHEMA_VERSION, SearchQuery, Section,
};
use chrono::{Days, Local, NaiveDate};
use criterion::{Criterion, SamplingMode};
use rusqlite::Connection;
use uuid::Uuid;

/// Bump when the generated content changes, so a cached journal is made again.
const GENERATOR_VERSION: u32 = 1;
/// Entries of each kind in the full benchmark journal.
const FULL_ENTRIES: usize = 100_000;
/// Entries of each kind when criterion only checks that the benchmarks run.
const CHECK_ENTRIES: usize = 500;
/// Hits asked for, as the search box asks.
const SEARCH_LIMIT: u32 = 20;
/// Iterations of the timing loop behind the percentiles...
const TIMED_ITERATIONS: usize = 200;
/// ...unless they take longer than this, as a slow query would...
const TIME_BUDGET: Duration = Duration::from_secs(15);
/// ...but never fewer than this.
const MIN_ITERATIONS: usize = 30;

/// A word only about twenty entries contain (never part of another word, so the prefix
/// match finds only it).
const RARE_WORD: &str = "capnography";
/// How many entries carry the rare word, spread evenly over the journal.
const RARE_ENTRIES: usize = 20;
/// A word in a large share of entries.
const COMMON_WORD: &str = "patient";
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

fn remove_journal_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

/// The benchmark journal with `entries` activities and as many reflections: the cached one,
/// or a new one generated through the public API.
fn journal_file(entries: usize) -> PathBuf {
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

/// What the benchmarks share: the journal file and its two connections.
struct Fixture {
    path: PathBuf,
    journal: Journal,
    /// A plain connection to the same file, for the raw FTS5 baseline.
    raw: Connection,
}

impl Fixture {
    fn new(path: PathBuf) -> Self {
        let journal = Journal::open(&path).unwrap();
        let raw = Connection::open(&path).unwrap();
        Self { path, journal, raw }
    }

    fn search(&self, word: &str) -> usize {
        let query = SearchQuery {
            text: word.to_owned(),
            limit: SEARCH_LIMIT,
            ..SearchQuery::default()
        };
        self.journal.search(&query).unwrap().len()
    }

    fn raw_search(&self, word: &str) -> usize {
        raw_fts(&self.raw, word, SEARCH_LIMIT).unwrap().len()
    }

    fn dashboard(&self) -> u32 {
        self.journal.dashboard().unwrap().activities
    }

    fn first_page(&self) -> usize {
        self.journal
            .activities(PageRequest::first(50))
            .unwrap()
            .items
            .len()
    }

    /// How many index rows match `word` as the search box queries it.
    fn matches(&self, word: &str) -> i64 {
        self.raw
            .query_row(
                "SELECT count(*) FROM search_index WHERE search_index MATCH ?1",
                [format!("\"{word}\"*")],
                |row| row.get(0),
            )
            .unwrap()
    }
}

/// Opens the journal at `path` and closes it again.
fn open_and_close(path: &Path) {
    drop(black_box(Journal::open(path).unwrap()));
}

/// Opens and closes a new empty journal, timing only that, and deletes it afterwards.
fn time_fresh_open(folder: &Path, number: &mut u64) -> Duration {
    *number += 1;
    let path = folder.join(format!("fresh-{number}.sqlite3"));
    let started = Instant::now();
    open_and_close(&path);
    let took = started.elapsed();
    remove_journal_files(&path);
    took
}

fn criterion_benches(c: &mut Criterion, fixture: &Fixture, fresh_folder: &Path) {
    let mut group = c.benchmark_group("search");
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    group.sampling_mode(SamplingMode::Auto);
    group.bench_function("journal rare", |b| b.iter(|| fixture.search(RARE_WORD)));
    group.bench_function("journal common", |b| b.iter(|| fixture.search(COMMON_WORD)));
    group.bench_function("raw fts5 rare", |b| {
        b.iter(|| fixture.raw_search(RARE_WORD))
    });
    group.bench_function("raw fts5 common", |b| {
        b.iter(|| fixture.raw_search(COMMON_WORD))
    });
    group.finish();

    let mut group = c.benchmark_group("aggregates");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    group.bench_function("dashboard", |b| b.iter(|| fixture.dashboard()));
    group.bench_function("activities first page", |b| b.iter(|| fixture.first_page()));
    group.finish();

    let mut group = c.benchmark_group("open");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    group.bench_function("existing journal", |b| {
        b.iter(|| open_and_close(&fixture.path))
    });
    let mut number = 0;
    group.bench_function("new journal", |b| {
        b.iter_custom(|iterations| {
            (0..iterations)
                .map(|_| time_fresh_open(fresh_folder, &mut number))
                .sum()
        })
    });
    group.finish();
}

/// The median and 95th percentile of `run`: `TIMED_ITERATIONS` runs after a short warm-up, or
/// as many as fit in `TIME_BUDGET` (at least `MIN_ITERATIONS`) when one run is slow.
fn percentiles(mut run: impl FnMut() -> Duration) -> Percentiles {
    for _ in 0..3 {
        run();
    }
    let started = Instant::now();
    let mut times = Vec::with_capacity(TIMED_ITERATIONS);
    while times.len() < TIMED_ITERATIONS
        && (times.len() < MIN_ITERATIONS || started.elapsed() < TIME_BUDGET)
    {
        times.push(run());
    }
    times.sort();
    let at = |share: f64| times[((share * times.len() as f64).ceil() as usize).max(1) - 1];
    Percentiles {
        p50: at(0.50),
        p95: at(0.95),
        runs: times.len(),
    }
}

#[derive(Clone, Copy)]
struct Percentiles {
    p50: Duration,
    p95: Duration,
    runs: usize,
}

fn timed<T>(mut run: impl FnMut() -> T) -> impl FnMut() -> Duration {
    move || {
        let started = Instant::now();
        black_box(run());
        started.elapsed()
    }
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1e3)
}

fn verdict(met: bool) -> &'static str {
    if met { "MET" } else { "MISSED" }
}

fn summary(fixture: &Fixture, fresh_folder: &Path, entries: usize) {
    let rare = percentiles(timed(|| fixture.search(RARE_WORD)));
    let common = percentiles(timed(|| fixture.search(COMMON_WORD)));
    let raw_rare = percentiles(timed(|| fixture.raw_search(RARE_WORD)));
    let raw_common = percentiles(timed(|| fixture.raw_search(COMMON_WORD)));
    let dashboard = percentiles(timed(|| fixture.dashboard()));
    let first_page = percentiles(timed(|| fixture.first_page()));
    let open_existing = percentiles(timed(|| open_and_close(&fixture.path)));
    let mut number = 1_000_000;
    let open_fresh = percentiles(|| time_fresh_open(fresh_folder, &mut number));

    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    let search_limit = Duration::from_millis(10);
    let aggregate_limit = Duration::from_millis(20);
    let open_limit = Duration::from_millis(30);

    println!();
    println!(
        "Summary: {entries} activities + {entries} reflections; {} index rows match {RARE_WORD:?}, {} match {COMMON_WORD:?}",
        fixture.matches(RARE_WORD),
        fixture.matches(COMMON_WORD)
    );
    println!(
        "p50/p95 of up to {TIMED_ITERATIONS} runs each (fewer when slow: see runs); the machine has 2 shared cores, so figures are noisy."
    );
    println!();
    println!(
        "{:<32} {:>10} {:>10} {:>5}   {:<16} verdict",
        "measure", "p50", "p95", "runs", "target (p95)"
    );
    let line = |name: &str, times: Percentiles, target: &str, limit: Option<Duration>| {
        println!(
            "{:<32} {:>10} {:>10} {:>5}   {:<16} {}",
            name,
            ms(times.p50),
            ms(times.p95),
            times.runs,
            target,
            limit.map_or("", |limit| verdict(times.p95 <= limit))
        );
    };
    let ratio_line = |name: &str, search: Percentiles, raw: Percentiles| {
        let (p50, p95) = (ratio(search.p50, raw.p50), ratio(search.p95, raw.p95));
        println!(
            "{:<32} {:>9.2}x {:>9.2}x {:>5}   {:<16} {}",
            name,
            p50,
            p95,
            "",
            "<= 1.5x raw",
            verdict(p95 <= 1.5)
        );
    };
    line(
        "search rare (Journal::search)",
        rare,
        "<= 10 ms",
        Some(search_limit),
    );
    line(
        "search common (Journal::search)",
        common,
        "<= 10 ms",
        Some(search_limit),
    );
    line("raw FTS5 rare", raw_rare, "baseline", None);
    line("raw FTS5 common", raw_common, "baseline", None);
    ratio_line("search/raw rare", rare, raw_rare);
    ratio_line("search/raw common", common, raw_common);
    line("dashboard", dashboard, "<= 20 ms", Some(aggregate_limit));
    line(
        "activities, first page of 50",
        first_page,
        "<= 20 ms",
        Some(aggregate_limit),
    );
    line(
        "open + migrate, existing",
        open_existing,
        "<= 30 ms",
        Some(open_limit),
    );
    line(
        "open + migrate, new",
        open_fresh,
        "<= 30 ms",
        Some(open_limit),
    );
}

fn main() {
    let full = std::env::args().any(|arg| arg == "--bench");
    let entries = if full { FULL_ENTRIES } else { CHECK_ENTRIES };
    let path = journal_file(entries);
    let fresh = tempfile::tempdir().unwrap();
    let fixture = Fixture::new(path);
    // Each answer is checked once, so a benchmark never times an empty result by mistake.
    assert!(fixture.search(RARE_WORD) > 0, "the rare word is found");
    assert_eq!(fixture.search(COMMON_WORD), SEARCH_LIMIT as usize);
    assert_eq!(fixture.raw_search(COMMON_WORD), SEARCH_LIMIT as usize);
    assert_eq!(fixture.first_page(), 50);

    let mut criterion = Criterion::default().configure_from_args();
    criterion_benches(&mut criterion, &fixture, fresh.path());
    criterion.final_summary();
    if full {
        summary(&fixture, fresh.path(), entries);
    }
}
