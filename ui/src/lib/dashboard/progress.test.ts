import { describe, expect, it } from "vitest";
import type { Requirement } from "../ipc/bindings";
import {
  cycleElapsed,
  cycleLeftText,
  daysBetween,
  formatDay,
  formatRange,
  groupDigits,
  metText,
  requirementView,
} from "./progress";

function requirement(overrides: Partial<Requirement>): Requirement {
  return {
    key: "hours",
    label: "CPD hours",
    unit: "hours",
    target: 35,
    achieved: 23,
    met: false,
    note: "Counted from 1 April 2025 to 31 March 2028.",
    dueOn: null,
    ...overrides,
  };
}

describe("dates on the progress cards", () => {
  it("read as people write them, without the weekday", () => {
    expect(formatDay("2025-04-01")).toBe("1 Apr 2025");
    expect(formatRange("2025-04-01", "2028-03-31")).toBe("1 Apr 2025 – 31 Mar 2028");
  });

  it("count whole days across month ends, leap days and clock changes", () => {
    expect(daysBetween("2026-03-28", "2026-03-30"), "across the spring clock change").toBe(2);
    expect(daysBetween("2028-02-28", "2028-03-01"), "2028 is a leap year").toBe(2);
    expect(daysBetween("2026-01-10", "2026-01-01")).toBe(-9);
  });

  it("mark thousands", () => {
    expect(groupDigits(1096)).toBe("1,096");
    expect(groupDigits(480)).toBe("480");
    expect(groupDigits(-12345)).toBe("-12,345");
  });
});

describe("where today is in a cycle", () => {
  const cycle = { cycleStart: "2025-04-01", cycleEnd: "2028-03-31" };

  it("counts the days left to the cycle's last day", () => {
    expect(cycleLeftText(cycle, "2026-11-16")).toBe("501 days left");
    expect(cycleLeftText(cycle, "2028-03-30")).toBe("1 day left");
    expect(cycleLeftText(cycle, "2028-03-31"), "the last day is included").toBe("Last day of this cycle");
  });

  it("says when a cycle has not begun", () => {
    expect(cycleLeftText(cycle, "2025-03-20")).toBe("Starts in 12 days");
  });

  it("measures how much of the cycle has passed", () => {
    expect(cycleElapsed(cycle, "2025-03-01")).toBe(0);
    expect(cycleElapsed(cycle, "2028-03-31")).toBe(1);
    expect(cycleElapsed(cycle, "2026-09-30")).toBeCloseTo(548 / 1096, 5);
  });
});

describe("a requirement's tile", () => {
  it("gives hours as done of asked, never rounding the hours done up", () => {
    const view = requirementView(requirement({ achieved: 23, target: 35 }));
    expect(view.figures).toBe("23 of 35 h");
    expect(view.fraction).toBeCloseTo(23 / 35);
    expect(view.centre).toBe("65%");
    expect(view.tone).toBe("progress");
    expect(requirementView(requirement({ achieved: 34.96 })).figures, "34.96 h is not yet 35").toBe("34.9 of 35 h");
    expect(requirementView(requirement({ target: 42.86 })).figures, "a pro-rata target rounds up").toBe("23 of 42.9 h");
  });

  it("is full and marked met once the target is reached, even past it", () => {
    const view = requirementView(requirement({ achieved: 40.5, met: true }));
    expect(view).toMatchObject({ figures: "40.5 of 35 h", fraction: 1, tone: "met", centre: "" });
  });

  it("splits a small count into one segment per piece", () => {
    const view = requirementView(requirement({ key: "feedback", unit: "count", target: 5, achieved: 3 }));
    expect(view).toMatchObject({ figures: "3 of 5", segments: 5, filled: 3, centre: "3" });
  });

  it("keeps a large count as one ring", () => {
    const view = requirementView(requirement({ unit: "count", target: 40, achieved: 10 }));
    expect(view).toMatchObject({ segments: 0, fraction: 0.25, figures: "10 of 40" });
  });

  it("shows a date requirement as when it is due and how far off", () => {
    const signoff = requirement({ key: "signoff", label: "Professional Update sign-off", unit: "date", target: 0, dueOn: "2028-03-31" });
    expect(requirementView({ ...signoff, achieved: 480, met: true })).toMatchObject({
      figures: "Sign-off due 31 Mar 2028 · 480 days left",
      tone: "due",
    });
    expect(requirementView({ ...signoff, achieved: 30, met: true }).tone, "within 60 days is near").toBe("soon");
    expect(requirementView({ ...signoff, achieved: 0, met: true }).figures).toBe("Sign-off due today · 31 Mar 2028");
    expect(requirementView({ ...signoff, achieved: -3, met: false })).toMatchObject({
      figures: "Sign-off was due 31 Mar 2028 · 3 days ago",
      tone: "late",
    });
  });

  it("copes with a figure Rust could not give (NaN arrives as null)", () => {
    expect(requirementView(requirement({ achieved: null })).figures).toBe("0 of 35 h");
  });
});

describe("the met summary", () => {
  it("counts the requirements met", () => {
    const met = requirement({ met: true });
    const open = requirement({ met: false });
    expect(metText([met, open, open])).toBe("1 of 3 met");
    expect(metText([met, met])).toBe("All 2 met");
    expect(metText([met])).toBe("Met");
    expect(metText([])).toBe("Nothing to track");
  });
});
