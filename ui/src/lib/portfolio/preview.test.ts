import { describe, expect, it } from "vitest";
import type { FieldChoice, KindChoice, Mapping } from "../ipc/bindings";
import { badRow, okRow, preview } from "./fixtures";
import {
  canImport,
  columnOf,
  columnOptions,
  confirmLabel,
  importedText,
  missingText,
  rowState,
  rowView,
  summaryText,
  withColumn,
} from "./preview";

const kinds: KindChoice[] = [{ value: "course", label: "Course", usualMode: "formal" }];
const fields: FieldChoice[] = [
  { field: "date", label: "Date", required: true },
  { field: "title", label: "Activity", required: true },
  { field: "hours", label: "Hours", required: true },
];

describe("the column menus", () => {
  it("offer “Not in this file” and every column, by position when it has no header", () => {
    expect(columnOptions(["Date", " ", "Hours"])).toEqual([
      { value: "", label: "Not in this file" },
      { value: "0", label: "Date" },
      { value: "1", label: "Column 2 (no header)" },
      { value: "2", label: "Hours" },
    ]);
    expect(columnOf("")).toBeNull();
    expect(columnOf("2")).toBe(2);
  });

  it("change one field of the mapping and leave the rest", () => {
    const mapping = { date: 0, title: 1, hours: 2, durationUnit: "hours", keepUnmapped: true } as unknown as Mapping;
    expect(withColumn(mapping, "hours", null)).toMatchObject({ date: 0, title: 1, hours: null, durationUnit: "hours" });
    expect(withColumn(mapping, "endDate", 3)).toMatchObject({ endDate: 3, date: 0 });
    expect(mapping.hours, "the mapping itself is not changed").toBe(2);
  });
});

describe("the counts", () => {
  it("say what is ready, what has problems, what is already there and which dates could go either way", () => {
    const p = preview([], { good: 42, bad: 3, duplicates: 2, ambiguous: 5 });
    expect(summaryText(p)).toBe("42 ready · 3 with problems · 2 already in your journal · 5 dates could be read either way");
    expect(summaryText(preview([], { good: 1, bad: 1, ambiguous: 1 }))).toBe("1 ready · 1 with a problem · 1 date could be read either way");
    expect(summaryText(preview([], { good: 7 }))).toBe("7 ready");
  });

  it("name the required parts that have no column", () => {
    expect(missingText([], fields)).toBeNull();
    expect(missingText(["hours"], fields)).toBe("Choose the column that holds “Hours”: every activity needs it.");
    expect(missingText(["date", "title", "hours"], fields)).toBe(
      "Choose the column that holds “Date”, “Activity” and “Hours”: every activity needs it.",
    );
  });
});

describe("a row of the preview", () => {
  it("shows what a good row becomes", () => {
    const view = rowView(okRow(2, {}, { endedOn: "2025-03-15" }), kinds);
    expect(view).toMatchObject({ line: 2, state: "ok", date: "14 Mar 2025 – 15 Mar 2025", title: "Safeguarding refresher", hours: "1 h 30 min", kind: "Course", problems: [] });
  });

  it("lists each problem with its line and column", () => {
    const view = rowView(badRow(7, "Hours", "“lots” is not a length of time."), kinds);
    expect(view.state).toBe("bad");
    expect(view.problems).toEqual(["Line 7, column Hours: “lots” is not a length of time."]);
  });

  it("marks duplicates and dates that could be read either way, with their notes", () => {
    const row = okRow(4, { duplicate: true, ambiguousDate: true, notes: [{ column: "Date", message: "03/04/2025 read as 3 April." }] });
    expect(rowState(row)).toBe("duplicate");
    expect(rowView(row, kinds)).toMatchObject({ state: "duplicate", ambiguous: true, notes: ["Date: 03/04/2025 read as 3 April."] });
    expect(rowState(okRow(1))).toBe("ok");
    expect(rowState(badRow(1, "Date", "x"))).toBe("bad");
  });
});

describe("confirming", () => {
  it("needs a ready row, and rows with problems left out knowingly", () => {
    const clean = preview([okRow(2)]);
    const mixed = preview([okRow(2), badRow(3, "Date", "x")]);
    expect(canImport(clean, false)).toBe(true);
    expect(canImport(mixed, false)).toBe(false);
    expect(canImport(mixed, true)).toBe(true);
    expect(canImport(preview([badRow(2, "Date", "x")]), true), "nothing is ready").toBe(false);
  });

  it("says how many will be imported, and afterwards how many were", () => {
    expect(confirmLabel(42)).toBe("Import 42 activities");
    expect(confirmLabel(1)).toBe("Import 1 activity");
    expect(importedText({ imported: 40, skippedDuplicates: 2 })).toBe("Imported 40 activities (2 already there)");
    expect(importedText({ imported: 1, skippedDuplicates: 0 })).toBe("Imported 1 activity");
  });
});
