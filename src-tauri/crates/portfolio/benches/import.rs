#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a benchmark panics
//! CSV import at spreadsheet scale: a generated 5,000-row CPD log (every date and duration
//! form, quoted cells with line breaks, CRLF, a BOM) read and previewed, then committed into a
//! journal file in a temporary folder.
//!
//! `cargo bench -p cairn-portfolio --bench import` runs the criterion benchmarks, then prints
//! rows per second from its own timing loop. The figures are for reading: a bench never fails.
//!
//! Run without `--bench` (say by `cargo test --benches`), criterion only checks that each
//! benchmark runs once, and the summary is skipped.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use cairn_journal::Journal;
use cairn_portfolio::import_csv::{
    DateOrder, Preview, commit, guess_mapping, preview, preview_against, read_table,
};
use chrono::NaiveDate;
use criterion::{Criterion, Throughput};

const ROWS: usize = 5_000;

const DATE_FORMS: &[fn(NaiveDate) -> String] = &[
    |d| d.format("%Y-%m-%d").to_string(),
    |d| d.format("%d/%m/%Y").to_string(),
    |d| d.format("%-d/%-m/%Y").to_string(),
    |d| d.format("%-d-%-m-%y").to_string(),
    |d| d.format("%-d.%-m.%Y").to_string(),
    |d| d.format("%-d %b %Y").to_string(),
    |d| d.format("%-d %B %Y").to_string(),
    |d| format!("\"{}\"", d.format("%b %-d, %Y")),
];

const DURATIONS: &[&str] = &[
    "1.5",
    "\"1,5\"",
    "1h30",
    "1 h 30 min",
    "90 mins",
    "90m",
    "1:30",
    "2 hours",
    "45 minutes",
];

const KINDS: &[&str] = &[
    "Training",
    "Conference",
    "Reading",
    "E-learning",
    "Webinar",
    "Shadowing",
    "Supervision",
    "Peer discussion",
    "Community of practice",
    "Yoga retreat",
];

/// A CPD log as Excel saves it: BOM, CRLF, every tenth row with a line break in a quoted cell.
fn generated_csv(rows: usize) -> Vec<u8> {
    let mut text = String::from(
        "\u{feff}Date,Activity,Type,Hours,Provider,What I learned,Impact,Participatory\r\n",
    );
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    for i in 0..rows {
        let date = start + chrono::Days::new((i % 2000) as u64);
        let learned = if i % 10 == 0 {
            format!("\"Point one of {i}\nPoint two, with a comma\"")
        } else {
            format!("Learned {i}")
        };
        text.push_str(&format!(
            "{},Activity number {i},{},{},Provider {},{learned},Changed practice {i},{}\r\n",
            DATE_FORMS[i % DATE_FORMS.len()](date),
            KINDS[i % KINDS.len()],
            DURATIONS[i % DURATIONS.len()],
            i % 37,
            if i % 3 == 0 { "yes" } else { "no" },
        ));
        if i % 250 == 0 {
            text.push_str(",,,,,,,\r\n");
        }
    }
    text.into_bytes()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn read_and_preview(bytes: &[u8]) -> Preview {
    let table = read_table(bytes).unwrap();
    let mapping = guess_mapping(&table.headers);
    preview(&table, &mapping, DateOrder::DayFirst, today())
}

/// Commits `preview` into a new journal file in `folder`; only the commit (and the duplicate
/// check that precedes it in the app) is timed.
fn time_commit(folder: &Path, number: &mut u32, bytes: &[u8], preview_once: &Preview) -> Duration {
    *number += 1;
    let path = folder.join(format!("journal-{number}.sqlite3"));
    let journal = Journal::open(&path).unwrap();
    let table = read_table(bytes).unwrap();
    let mapping = guess_mapping(&table.headers);
    let started = Instant::now();
    let checked =
        preview_against(&journal, &table, &mapping, DateOrder::DayFirst, today()).unwrap();
    let outcome = commit(&journal, &checked, false).unwrap();
    let took = started.elapsed();
    assert_eq!(outcome.imported, preview_once.good);
    drop(journal);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    took
}

fn rate(rows: usize, took: Duration) -> String {
    format!(
        "{:>9.0} rows/s ({:.1} ms for {rows} rows)",
        rows as f64 / took.as_secs_f64(),
        took.as_secs_f64() * 1e3
    )
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let full = std::env::args().any(|arg| arg == "--bench");
    let bytes = generated_csv(ROWS);
    let checked = read_and_preview(&bytes);
    // Checked once, so that no benchmark times rows that fail by mistake.
    assert_eq!(checked.rows.len(), ROWS);
    assert_eq!(
        checked.bad,
        0,
        "{:?}",
        checked.rows.iter().find(|r| r.result.is_err())
    );
    let folder = tempfile::tempdir().unwrap();

    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("csv import");
    group.throughput(Throughput::Elements(ROWS as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("read + preview 5,000 rows", |b| {
        b.iter(|| black_box(read_and_preview(&bytes)))
    });
    let mut number = 0;
    group.bench_function("commit 5,000 rows into a journal file", |b| {
        b.iter_custom(|iterations| {
            (0..iterations)
                .map(|_| time_commit(folder.path(), &mut number, &bytes, &checked))
                .sum()
        })
    });
    group.finish();
    criterion.final_summary();

    if full {
        let parse: Vec<Duration> = (0..7)
            .map(|_| {
                let started = Instant::now();
                black_box(read_and_preview(&bytes));
                started.elapsed()
            })
            .collect();
        let read_only: Vec<Duration> = (0..7)
            .map(|_| {
                let started = Instant::now();
                black_box(read_table(&bytes).unwrap());
                started.elapsed()
            })
            .collect();
        let commits: Vec<Duration> = (0..5)
            .map(|_| time_commit(folder.path(), &mut number, &bytes, &checked))
            .collect();
        println!();
        println!(
            "CSV import, {ROWS} generated rows ({} KiB), median of runs:",
            bytes.len() / 1024
        );
        println!("  read_table only       {}", rate(ROWS, median(read_only)));
        println!("  read + map + preview  {}", rate(ROWS, median(parse)));
        println!(
            "  duplicate check + commit into a journal file {}",
            rate(ROWS, median(commits))
        );
    }
}
