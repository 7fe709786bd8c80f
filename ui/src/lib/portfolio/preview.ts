// Pure helpers behind the CSV import's mapping step and preview.
import { formatDuration } from "../activities/format";
import type { FieldChoice, ImportOutcome, KindChoice, MappedField, Mapping, Preview, PreviewRow } from "../ipc/bindings";
import { shortDate } from "../standards/period";
import { count } from "./export";

/** The mapping with `field` read from `column` (0-based), or from no column. */
export function withColumn(mapping: Mapping, field: MappedField, column: number | null): Mapping {
  return { ...mapping, [field]: column };
}

/** One option of a column menu: "" stands for no column. */
export interface ColumnOption {
  value: string;
  label: string;
}

export const NO_COLUMN = "Not in this file";

/** "Not in this file", then each column by its header (by its position when the header is blank). */
export function columnOptions(headers: string[]): ColumnOption[] {
  return [
    { value: "", label: NO_COLUMN },
    ...headers.map((header, index) => ({ value: String(index), label: header.trim() || `Column ${index + 1} (no header)` })),
  ];
}

/** A column menu's value back as a column, null for "Not in this file". */
export function columnOf(value: string): number | null {
  return value === "" ? null : Number(value);
}

/** "42 ready · 3 with problems · 2 already in your journal · 5 dates could be read either way". */
export function summaryText(preview: Preview): string {
  const parts = [`${preview.good} ready`];
  if (preview.bad > 0) parts.push(`${preview.bad} with ${preview.bad === 1 ? "a problem" : "problems"}`);
  if (preview.duplicates > 0) parts.push(`${preview.duplicates} already in your journal`);
  if (preview.ambiguous > 0) {
    parts.push(`${count(preview.ambiguous, "date", "dates")} could be read either way`);
  }
  return parts.join(" · ");
}

/** "Choose a column for Date and Hours." when required fields have none; null when all do. */
export function missingText(missing: MappedField[], fields: FieldChoice[]): string | null {
  if (missing.length === 0) return null;
  const names = missing.map((field) => `“${fields.find((f) => f.field === field)?.label ?? field}”`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `Choose the column that holds ${list}: every activity needs it.`;
}

export type RowState = "ok" | "bad" | "duplicate";

/** A row as the preview table shows it. */
export interface RowView {
  line: number;
  state: RowState;
  date: string;
  title: string;
  hours: string;
  kind: string;
  /** "Line 7, column Hours: …" for each problem that stops the row. */
  problems: string[];
  /** How cells were read where it is worth a look: "Date: 03/04/2025 read as 3 April". */
  notes: string[];
  ambiguous: boolean;
}

export function rowState(row: PreviewRow): RowState {
  if ("Err" in row.result && row.result.Err) return "bad";
  return row.duplicate ? "duplicate" : "ok";
}

export function rowView(row: PreviewRow, kinds: KindChoice[]): RowView {
  const notes = row.notes.map((note) => `${note.column}: ${note.message}`);
  const base = { line: row.line, notes, ambiguous: row.ambiguousDate };
  if (row.result.Err) {
    const problems = row.result.Err.map((p) => `Line ${row.line}, column ${p.column}: ${p.message}`);
    return { ...base, state: "bad", date: "", title: "", hours: "", kind: "", problems };
  }
  const fields = row.result.Ok;
  const date = fields.endedOn ? `${shortDate(fields.startedOn)} – ${shortDate(fields.endedOn)}` : shortDate(fields.startedOn);
  return {
    ...base,
    state: row.duplicate ? "duplicate" : "ok",
    date,
    title: fields.title,
    hours: formatDuration(fields.minutes),
    kind: kinds.find((kind) => kind.value === fields.kind)?.label ?? fields.kind,
    problems: [],
  };
}

/** Whether the confirm button imports: some rows ready, and rows with problems left out knowingly. */
export function canImport(preview: Preview, allowBadRows: boolean): boolean {
  return preview.good > 0 && (preview.bad === 0 || allowBadRows);
}

/** "Import 42 activities". */
export function confirmLabel(good: number): string {
  return `Import ${count(good, "activity", "activities")}`;
}

/** "Imported 42 activities (2 already there)". */
export function importedText(outcome: ImportOutcome): string {
  const done = `Imported ${count(outcome.imported, "activity", "activities")}`;
  return outcome.skippedDuplicates > 0 ? `${done} (${outcome.skippedDuplicates} already there)` : done;
}
