import { describe, expect, it } from "vitest";
import type { ProfileCycle } from "../profiles/cycles";
import { addDays, addYears, periodChoices, rangeOf, rangeText } from "./period";

/** A cycle as the standards service hands it on from Rust's `profileProgress`. */
function cycle(label: string, from: string, to: string): ProfileCycle {
  return { profileId: "p1", body: "nmc", label, from, to };
}

describe("date steps", () => {
  it("move by years, keeping 29 February within February", () => {
    expect(addYears("2024-04-01", 3)).toBe("2027-04-01");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2026-03-03", -3)).toBe("2023-03-03");
  });

  it("move by days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
  });
});

describe("the period menu", () => {
  const bodies = [{ value: "nmc" as const, label: "NMC revalidation" }];

  it("offers this year, the last three years, each profile's cycle, all time and chosen dates", () => {
    const choices = periodChoices([cycle("", "2024-04-01", "2027-03-31")], bodies, "2026-03-03");
    expect(choices.map((choice) => choice.label)).toEqual([
      "This year (2026)",
      "Last 3 years",
      "Current cycle · NMC revalidation",
      "All time",
      "Choose dates…",
    ]);
    expect(rangeOf(choices, "year", { from: "", to: "" })).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(rangeOf(choices, "three-years", { from: "", to: "" })).toEqual({ from: "2023-03-04", to: "2026-03-03" });
    expect(rangeOf(choices, "cycle:p1", { from: "", to: "" })).toEqual({ from: "2024-04-01", to: "2027-03-31" });
  });

  it("takes a cycle's dates from Rust untouched, however they fall", () => {
    const choices = periodChoices([cycle("", "2024-02-29", "2025-02-27")], bodies, "2024-03-01");
    expect(rangeOf(choices, "cycle:p1", { from: "", to: "" })).toEqual({ from: "2024-02-29", to: "2025-02-27" });
    expect(rangeOf(choices, "all", { from: "", to: "" })).toEqual({ from: null, to: null });
  });

  it("names a cycle by the profile's own label when it has one", () => {
    expect(periodChoices([cycle("Adult nursing", "2024-04-01", "2027-03-31")], bodies, "2026-03-03")[2]?.label).toBe(
      "Current cycle · Adult nursing",
    );
  });

  it("takes chosen dates as typed, an empty box leaving that end open", () => {
    const choices = periodChoices([], bodies, "2026-03-03");
    expect(rangeOf(choices, "custom", { from: "2025-09-01", to: "" })).toEqual({ from: "2025-09-01", to: null });
  });

  it("counts this year for a period no longer offered", () => {
    const choices = periodChoices([], bodies, "2026-03-03");
    expect(rangeOf(choices, "cycle:gone", { from: "", to: "" })).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });
});

describe("the period in words", () => {
  it("reads as dates, or as open-ended", () => {
    expect(rangeText({ from: "2026-01-01", to: "2026-12-31" })).toBe("1 Jan 2026 – 31 Dec 2026");
    expect(rangeText({ from: "2023-03-04", to: null })).toBe("Since 4 Mar 2023");
    expect(rangeText({ from: null, to: "2026-12-31" })).toBe("Up to 31 Dec 2026");
    expect(rangeText({ from: null, to: null })).toBe("All time");
  });
});
