import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import type { KindChoice, Mapping, Vocabulary } from "../ipc/bindings";
import { CsvImport } from "./csvImport.svelte";
import ExportCard from "./ExportCard.svelte";
import { badRow, okRow, preview } from "./fixtures";
import ImportCard from "./ImportCard.svelte";
import ImportConfirm from "./ImportConfirm.svelte";
import ImportMapping from "./ImportMapping.svelte";
import PortfolioView from "./PortfolioView.svelte";
import PreviewTable from "./PreviewTable.svelte";
import PrivateToggle from "./PrivateToggle.svelte";
import TemplateChooser from "./TemplateChooser.svelte";

const text = (html: string) => html.replace(/<!--[^]*?-->/g, "").replace(/\s+/g, " ");
const kinds: KindChoice[] = [{ value: "course", label: "Course", usualMode: "formal" }];
const vocabulary = {
  activityKinds: kinds,
  activityModes: [],
  privacy: [],
  goalStatuses: [],
  participationLevels: [],
  profileBodies: [{ value: "nmc", label: "NMC revalidation" }],
} satisfies Vocabulary;

const mapping: Mapping = {
  date: 0, endDate: null, title: 1, kind: null, mode: null, hours: null, participatory: null, provider: null,
  location: null, description: null, outcomes: null, impact: null, tags: null, durationUnit: "hours", keepUnmapped: true,
};

function csvWith(rows = [okRow(2), badRow(3, "Hours", "“lots” is not a length of time."), okRow(4, { duplicate: true })]) {
  const csv = new CsvImport();
  const p = preview(rows, { missing: ["hours"] });
  csv.path = "/home/ann/log.csv";
  csv.draft = {
    fileName: "log.csv",
    headers: ["Date", "Activity", "Time"],
    mapping,
    order: "day_first",
    fields: [
      { field: "date", label: "Date", required: true },
      { field: "title", label: "Activity", required: true },
      { field: "hours", label: "Hours", required: true },
      { field: "provider", label: "Provider", required: false },
    ],
    preview: p,
  };
  csv.mapping = mapping;
  csv.preview = p;
  return csv;
}

describe("the portfolio screen", () => {
  it("shows the export and import cards", () => {
    const html = render(PortfolioView, { props: { vocabulary } }).body;
    expect(html).toContain('data-testid="export-card"');
    expect(html).toContain('data-testid="import-card"');
  });
});

describe("the export card", () => {
  const html = text(render(ExportCard, { props: { bodies: vocabulary.profileBodies } }).body);

  it("offers the layouts and formats by their values", () => {
    for (const value of ["general", "cld", "nmc", "hcpc"]) expect(html).toMatch(new RegExp(`data-testid="export-layout"[^]*value="${value}"`));
    expect(html).toContain('data-testid="export-format"');
    expect(html).toContain('data-testid="export-period"');
    expect(html).toContain('data-testid="export-start"');
    expect(html).toContain("unless you choose entries");
    expect(html).toContain('data-testid="export-entries-toggle"');
    expect(html).not.toContain('data-testid="export-entries"');
  });

  it("offers the attached files and, for a PDF, a template of one's own", () => {
    expect(html).toMatch(/data-testid="export-with-evidence"(?![^>]*checked)/);
    expect(html).toContain("Use my own typst template…");
    expect(html).not.toContain('data-testid="export-template-reset"');
  });

  it("leaves private reflections out by default, with no warning", () => {
    expect(html).toMatch(/data-testid="export-private"(?![^>]*checked)/);
    expect(html).not.toContain('data-testid="export-private-warning"');
  });
});

describe("a template of one's own", () => {
  it("shows the chosen file's name and the way back to Cairn's layout", () => {
    const html = text(render(TemplateChooser, { props: { template: "/home/ann/templates/mine.typ" } }).body);
    expect(html).toMatch(/data-testid="export-template-name"[^>]*>mine\.typ</);
    expect(html).toContain("Use Cairn's layout");
  });
});

describe("including private reflections", () => {
  it("warns plainly who can read them", () => {
    const html = text(render(PrivateToggle, { props: { checked: true } }).body);
    expect(html).toMatch(/data-testid="export-private"[^>]*checked/);
    expect(html).toContain('data-testid="export-private-warning"');
    expect(html).toContain("Private reflections will be in the file. Anyone you give it to can read them.");
  });
});

describe("the import card", () => {
  it("says what it accepts and offers the file dialog", () => {
    const html = text(render(ImportCard, { props: { csv: new CsvImport() } }).body);
    expect(html).toContain("1.5, 1h30, 90 mins or 1:30");
    expect(html).toContain('data-testid="import-choose"');
    expect(html).toContain("Choose a CSV file…");
  });
});

describe("the mapping step", () => {
  const html = text(render(ImportMapping, { props: { csv: csvWith(), kinds } }).body);

  it("offers every column for each field, and flags a required field with none", () => {
    expect(html).toContain('data-testid="import-mapping"');
    expect(html).toContain("Import “log.csv”");
    for (const field of ["date", "title", "hours", "provider"]) expect(html).toContain(`data-testid="map-${field}"`);
    expect(html).toMatch(/data-testid="map-hours"[^>]*aria-invalid="true"/);
    expect(html).toContain("Not in this file");
    expect(html).toContain("Choose the column that holds “Hours”");
  });

  it("sums up the rows", () => {
    expect(html).toMatch(/data-testid="import-summary"[^>]*>\s*1 ready · 1 with a problem · 1 already in your journal/);
  });
});

describe("the preview table", () => {
  it("marks each row's state, with problems by line and column", () => {
    const rows = [
      okRow(2, { ambiguousDate: true, notes: [{ column: "Date", message: "03/04/2025 read as 3 April." }] }),
      badRow(3, "Hours", "“lots” is not a length of time."),
      okRow(4, { duplicate: true }),
    ];
    const html = text(render(PreviewTable, { props: { rows, kinds } }).body);
    const parts = html.split('data-testid="import-row"').slice(1);
    expect(parts.map((p) => p.match(/data-state="(\w+)"/)?.[1])).toEqual(["ok", "bad", "duplicate"]);
    expect(parts[0]).toContain("Safeguarding refresher");
    expect(parts[0]).toContain("1 h 30 min");
    expect(parts[0]).toContain("Date: 03/04/2025 read as 3 April.");
    expect(parts[1]).toContain("Line 3, column Hours: “lots” is not a length of time.");
    expect(parts[2]).toContain("Already imported");
  });
});

describe("the confirm bar", () => {
  it("asks to leave rows with problems out, and waits until it is ticked", () => {
    const html = render(ImportConfirm, { props: { csv: csvWith(), onconfirm() {} } }).body;
    expect(html).toContain('data-testid="import-allow-bad"');
    expect(html).toMatch(/data-testid="import-confirm"[^>]*disabled/);
    expect(html).toContain("Import 1 activity");
  });

  it("does not ask when every row is good", () => {
    const html = render(ImportConfirm, { props: { csv: csvWith([okRow(2), okRow(3)]), onconfirm() {} } }).body;
    expect(html).not.toContain('data-testid="import-allow-bad"');
    expect(html).not.toMatch(/data-testid="import-confirm"[^>]*disabled/);
    expect(html).toContain("Import 2 activities");
  });

  it("cannot import when no row is ready", () => {
    const html = render(ImportConfirm, { props: { csv: csvWith([okRow(2, { duplicate: true })]), onconfirm() {} } }).body;
    expect(html).toMatch(/data-testid="import-confirm"[^>]*disabled/);
  });
});
