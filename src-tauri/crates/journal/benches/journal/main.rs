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

mod generate;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cairn_journal::search::raw_fts;
use cairn_journal::{Journal, PageRequest, SearchQuery};
use criterion::{Criterion, SamplingMode};
use rusqlite::Connection;

use generate::{COMMON_WORD, RARE_WORD, journal_file, remove_journal_files};

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
