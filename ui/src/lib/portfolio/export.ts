// Pure helpers behind the export card: the menus, the period, the request and what is said
// once a file is saved.
import { cycleName } from "../profiles/cycles";
import { addDays, addYears } from "../standards/period";
import type {
  Activity,
  Choice,
  ExportFormat,
  ExportRequest,
  ExportSummary,
  Framework,
  Layout,
  Leap2aOutcome,
  Profile,
  ProfileBody,
  ProfileProgress,
  Reflection,
} from "../ipc/bindings";

export const LAYOUTS: Choice<Layout>[] = [
  { value: "general", label: "General portfolio" },
  { value: "cld", label: "CLD renewal" },
  { value: "nmc", label: "NMC revalidation" },
  { value: "hcpc", label: "HCPC audit" },
];

/** What each layout puts first, for the line under the menu. */
export const LAYOUT_NOTES: Record<Layout, string> = {
  general: "Everything in the period, in a neutral order.",
  cld: "Laid out for CLD Standards Council Scotland renewal: goals, learning, reflection on impact.",
  nmc: "Reflective accounts on the NMC form, with hours, feedback and your reflective discussion.",
  hcpc: "A dated, chronological record first, as an HCPC audit asks.",
};

export interface FormatInfo {
  label: string;
  /** Without the dot, as Rust names the file. */
  extension: string;
  /** The save dialog's name for the file type. */
  filter: string;
}

/**
 * What the format menu offers: a file Rust writes from the portfolio (ExportFormat), or
 * "leap2a", a Leap2A package (a ZIP) for Mahara or PebblePad, written by its own command.
 */
export type ExportChoice = ExportFormat | "leap2a";

export const FORMATS: Record<ExportChoice, FormatInfo> = {
  pdf: { label: "PDF", extension: "pdf", filter: "PDF document" },
  docx: { label: "Word", extension: "docx", filter: "Word document" },
  html: { label: "HTML (web page)", extension: "html", filter: "Web page" },
  markdown: { label: "Markdown", extension: "md", filter: "Markdown text" },
  csv: { label: "CSV hours log", extension: "csv", filter: "CSV spreadsheet" },
  leap2a: { label: "Leap2A (Mahara, PebblePad)", extension: "zip", filter: "Leap2A package (ZIP)" },
};

export const FORMAT_CHOICES: Choice<ExportChoice>[] = (["pdf", "docx", "html", "markdown", "csv", "leap2a"] as const).map(
  (value) => ({ value, label: FORMATS[value].label }),
);

/** The layout a profile's body calls for; a general portfolio for GTCS, a custom profile or none. */
export function layoutFor(body: ProfileBody | undefined): Layout {
  return body === "cld" || body === "nmc" || body === "hcpc" ? body : "general";
}

/**
 * The body for the cover: its full name as the body's shipped framework gives it ("Nursing and
 * Midwifery Council (NMC)"), else the body's label; a custom profile's own label.
 */
export function coverBody(
  profile: Profile | undefined,
  bodies: Choice<ProfileBody>[],
  names: Partial<Record<ProfileBody, string>> = {},
): string {
  if (!profile) return "";
  const body = profile.fields.body;
  if (body === "custom") return profile.fields.label.trim();
  return names[body] || bodies.find((choice) => choice.value === body)?.label || "";
}

/** Each body's full name, from the frameworks shipped with Cairn (whose preset key is the body). */
export function bodyNames(frameworks: Pick<Framework, "preset" | "body">[]): Partial<Record<ProfileBody, string>> {
  const names: Partial<Record<ProfileBody, string>> = {};
  for (const framework of frameworks) {
    const key = framework.preset;
    if ((key === "cld" || key === "nmc" || key === "hcpc" || key === "gtcs") && framework.body.trim()) {
      names[key] = framework.body.trim();
    }
  }
  return names;
}

/** First and last day, included (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

/** One entry of the period menu: "cycle:<profile id>", "year", "last-12" or "custom". */
export interface PeriodChoice {
  value: string;
  label: string;
  /** Null for "custom": the dates come from the boxes. */
  range: Period | null;
  /** The profile whose cycle it is. */
  profileId?: string;
}

/** The periods offered: each profile's current cycle as Rust gives it, this year, the last 12 months, or dates chosen. */
export function periodChoices(cycles: ProfileProgress[], bodies: Choice<ProfileBody>[], today: string): PeriodChoice[] {
  const year = today.slice(0, 4);
  const profileCycles = cycles.map((cycle) => {
    const name = cycleName(cycle, bodies);
    return {
      value: `cycle:${cycle.profileId}`,
      label: `${name}: current cycle`,
      range: { from: cycle.cycleStart, to: cycle.cycleEnd },
      profileId: cycle.profileId,
    };
  });
  return [
    ...profileCycles,
    { value: "year", label: `This year (${year})`, range: { from: `${year}-01-01`, to: `${year}-12-31` } },
    { value: "last-12", label: "Last 12 months", range: { from: addDays(addYears(today, -1), 1), to: today } },
    { value: "custom", label: "Choose dates…", range: null },
  ];
}

/** The period chosen; null while "Choose dates…" lacks a date. */
export function rangeOf(choices: PeriodChoice[], value: string, custom: { from: string; to: string }): Period | null {
  if (value === "custom") return custom.from && custom.to ? { from: custom.from, to: custom.to } : null;
  return (choices.find((choice) => choice.value === value) ?? choices.find((c) => c.value === "year"))?.range ?? null;
}

/** Why the chosen dates cannot be exported, or null when they can. */
export function periodProblem(period: Period | null): string | null {
  if (!period) return "Choose the first and the last day of the period.";
  if (period.to < period.from) return "The period ends before it starts.";
  return null;
}

/** What the export card holds. */
export interface ExportForm {
  layout: Layout;
  format: ExportChoice;
  period: string;
  from: string;
  to: string;
  name: string;
  registrationNumber: string;
  body: string;
  includePrivate: boolean;
  /** Write a ZIP with the entries' attached files beside the document (not for Leap2A, which always has them). */
  withEvidence: boolean;
  /** The user's own typst template (a path) for a PDF; null for Cairn's layout. */
  template: string | null;
}

/** The request for Rust: `entries` are the ticked ids, null for every entry of the period. */
export function buildRequest(form: ExportForm, period: Period, entries: string[] | null = null): ExportRequest {
  return {
    layout: form.layout,
    owner: { name: form.name.trim(), registrationNumber: form.registrationNumber.trim(), body: form.body.trim() },
    from: period.from,
    to: period.to,
    includePrivate: form.includePrivate,
    entries,
    withEvidence: form.format !== "leap2a" && form.withEvidence,
    template: form.format === "pdf" ? form.template : null,
  };
}

/** The save dialog's name for a ZIP of a document with its evidence files. */
export const EVIDENCE_ZIP_FILTER = "ZIP with attached files";

/** `name` with its extension (if any) replaced by `.zip`. */
export function zipNameOf(name: string): string {
  const dot = name.lastIndexOf(".");
  const slash = Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\"));
  return `${dot > slash + 1 ? name.slice(0, dot) : name}.zip`;
}

/** The journal's activities and reflections, for choosing which go in. */
export interface JournalEntries {
  activities: Activity[];
  reflections: Reflection[];
}

/** One line of the entry list. */
export interface EntryLine {
  id: string;
  kind: "activity" | "reflection";
  title: string;
  /** YYYY-MM-DD: when the activity started, or the reflection was written. */
  date: string;
}

/**
 * The entries an export of `period` would hold, for display only (Rust decides what goes in):
 * activities overlapping the period, then reflections written in it, private ones only when
 * asked for; each oldest first.
 */
export function entriesIn(entries: JournalEntries, period: Period | null, includePrivate: boolean): EntryLine[] {
  if (!period) return [];
  const activities: EntryLine[] = entries.activities
    .filter((a) => (a.fields.endedOn ?? a.fields.startedOn) >= period.from && a.fields.startedOn <= period.to)
    .map((a) => ({ id: a.id, kind: "activity", title: a.fields.title || "Untitled activity", date: a.fields.startedOn }));
  const reflections: EntryLine[] = entries.reflections
    .filter((r) => (includePrivate || r.fields.privacy !== "private") && inPeriod(r.createdAt.slice(0, 10), period))
    .map((r) => ({ id: r.id, kind: "reflection", title: r.fields.title || "Untitled reflection", date: r.createdAt.slice(0, 10) }));
  const byDate = (a: EntryLine, b: EntryLine) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title);
  return [...activities.sort(byDate), ...reflections.sort(byDate)];
}

function inPeriod(day: string, period: Period): boolean {
  return day >= period.from && day <= period.to;
}

/** The ids to ask for: null while every line shown is ticked, else the ticked ones. */
export function chosenEntries(lines: EntryLine[], unticked: string[]): string[] | null {
  const ticked = lines.filter((line) => !unticked.includes(line.id)).map((line) => line.id);
  return ticked.length === lines.length ? null : ticked;
}

/** "1 activity", "3 reflections". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The last part of a path, whichever way its separators lean. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** "Saved “Cairn portfolio.pdf” (12 activities, 1 reflection)". */
export function savedText(summary: ExportSummary): string {
  const what = `${count(summary.activities, "activity", "activities")}, ${count(summary.reflections, "reflection", "reflections")}`;
  return `Saved “${fileNameOf(summary.path)}” (${what})`;
}

/** A progress fraction as a whole percentage, 0 to 100. */
export function percent(fraction: number): number {
  return Math.round(Math.min(1, Math.max(0, fraction)) * 100);
}

/** "Imported 2 activities, 3 reflections and 1 goal; 4 already in Cairn, 1 without time spent, 2 not for Cairn". */
export function leap2aText(outcome: Leap2aOutcome): string {
  const added = [
    count(outcome.activities, "activity", "activities"),
    count(outcome.reflections, "reflection", "reflections"),
    count(outcome.goals, "goal", "goals"),
  ];
  const skipped = [
    outcome.skippedDuplicates ? `${outcome.skippedDuplicates} already in Cairn` : "",
    outcome.skippedWithoutTime ? `${count(outcome.skippedWithoutTime, "activity", "activities")} without time spent` : "",
    outcome.skippedUnsupported ? `${outcome.skippedUnsupported} not for Cairn (files, pages)` : "",
  ].filter(Boolean);
  const text = `Imported ${added.slice(0, 2).join(", ")} and ${added[2]}`;
  return skipped.length ? `${text}; skipped ${skipped.join(", ")}` : text;
}
