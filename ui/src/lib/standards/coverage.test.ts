import { describe, expect, it } from "vitest";
import type { ItemCoverage } from "../ipc/bindings";
import { countsLine, groupCoverage, hoursText, summaryLine } from "./coverage";

function item(code: string, parentId: string | null, counts: Partial<ItemCoverage> = {}): ItemCoverage {
  return { itemId: code, code, title: `Title ${code}`, parentId, activities: 0, reflections: 0, goals: 0, minutes: 0, ...counts };
}

describe("what supports an item", () => {
  it("reads as counts, in the singular for one, leaving out what there is none of", () => {
    expect(countsLine(item("C1", null, { activities: 2, reflections: 1, goals: 1 }))).toBe("2 activities · 1 reflection · 1 goal");
    expect(countsLine(item("C1", null, { reflections: 3 }))).toBe("3 reflections");
    expect(countsLine(item("C1", null))).toBe("");
  });

  it("gives time in hours and minutes, and nothing for none", () => {
    expect(hoursText(210)).toBe("3 h 30 min");
    expect(hoursText(0)).toBe("");
  });
});

describe("grouping", () => {
  const cld = [
    item("C", null),
    item("C1", "C", { activities: 2, minutes: 240 }),
    item("C2", "C"),
    item("V", null),
    item("V1", "V", { goals: 1 }),
  ];

  it("puts items under their top-level heading, in order", () => {
    const groups = groupCoverage(cld);
    expect(groups.map((group) => group.heading?.code)).toEqual(["C", "V"]);
    expect(groups[0]?.rows.map((row) => row.item.code)).toEqual(["C1", "C2"]);
    expect(groups.map((group) => [group.covered, group.total])).toEqual([[1, 2], [1, 1]]);
  });

  it("flags items with nothing linked, and sizes each bar against the most time", () => {
    const rows = groupCoverage([...cld, item("C3", "C", { activities: 1, minutes: 60 })]).flatMap((group) => group.rows);
    expect(rows.map((row) => [row.item.code, row.evidence, row.share])).toEqual([
      ["C1", true, 1],
      ["C2", false, 0],
      ["C3", true, 0.25],
      ["V1", true, 0],
    ]);
  });

  it("keeps a flat framework as one group without a heading", () => {
    const groups = groupCoverage([item("1", null, { reflections: 1 }), item("2", null), item("3", null)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.heading).toBeNull();
    expect(summaryLine(groups)).toBe("1 of 3 standards has evidence");
  });

  it("lists children stored before their parent under it, and deeper items indented", () => {
    const groups = groupCoverage([item("A1a", "A1"), item("A1", "A"), item("A", null), item("B", null)]);
    expect(groups.map((group) => group.heading?.code ?? null)).toEqual(["A", null]);
    expect(groups[0]?.rows.map((row) => [row.item.code, row.depth, row.leaf])).toEqual([
      ["A1", 0, false],
      ["A1a", 1, true],
    ]);
    expect(groups[0]?.total).toBe(1);
  });

  it("sums up over every item with nothing under it", () => {
    expect(summaryLine(groupCoverage(cld))).toBe("2 of 3 standards have evidence");
    expect(summaryLine(groupCoverage([item("C", null)]))).toBe("0 of 1 standard have evidence");
    expect(summaryLine([])).toBe("This framework has no standards to link to yet");
  });
});
