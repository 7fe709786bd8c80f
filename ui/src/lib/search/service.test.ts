import { describe, expect, it } from "vitest";
import { buildQuery, filtered, moveSelection, noFilters, RESULT_LIMIT } from "./service";

describe("the search query", () => {
  it("sends trimmed text with no filter when none is chosen", () => {
    expect(buildQuery("  safeguard ", noFilters())).toEqual({
      text: "safeguard",
      from: null,
      to: null,
      kinds: [],
      tag: null,
      standard: null,
      privacy: null,
      limit: RESULT_LIMIT,
    });
    expect(filtered(noFilters())).toBe(false);
  });

  it("turns each chosen filter into its part of the query", () => {
    const filters = { from: "2026-01-01", to: "2026-03-31", kind: "course", tag: "equality", privacy: "shareable" } as const;
    expect(buildQuery("trauma", filters)).toMatchObject({
      from: "2026-01-01",
      to: "2026-03-31",
      kinds: ["course"],
      tag: "equality",
      privacy: "shareable",
    });
    expect(filtered({ ...noFilters(), tag: "equality" })).toBe(true);
  });
});

describe("moving the selection", () => {
  it("steps down and up through the hits", () => {
    expect(moveSelection(0, 1, 3)).toBe(1);
    expect(moveSelection(2, -1, 3)).toBe(1);
  });

  it("wraps round from the last to the first and back", () => {
    expect(moveSelection(2, 1, 3), "Down on the last goes to the first").toBe(0);
    expect(moveSelection(0, -1, 3), "Up on the first goes to the last").toBe(2);
  });

  it("starts at the top or bottom when nothing is selected, and selects nothing without hits", () => {
    expect(moveSelection(-1, 1, 3)).toBe(0);
    expect(moveSelection(-1, -1, 3)).toBe(2);
    expect(moveSelection(0, 1, 0)).toBe(-1);
  });
});
