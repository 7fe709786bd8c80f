import { describe, expect, it } from "vitest";
import type { Dashboard, MonthTotal, Vocabulary } from "../ipc/bindings";
import { headline, isEmpty, monthRows, monthSummary, shareRows, shareSummary } from "./service";

function months(minutes: number[], participatory: number[] = []): MonthTotal[] {
  // Twelve months from April 2025 to March 2026.
  return minutes.map((m, i) => {
    const month = ((3 + i) % 12) + 1;
    const year = 2025 + Math.floor((3 + i) / 12);
    return { month: `${year}-${String(month).padStart(2, "0")}-01`, minutes: m, participatoryMinutes: participatory[i] ?? 0 };
  });
}

function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    months: months([60, 0, 90, 0, 0, 0, 0, 0, 0, 0, 0, 600]),
    byKind: [],
    byMode: [],
    activities: 4,
    reflections: 1,
    awaitingReflection: 3,
    recent: [],
    hints: [],
    profiles: [],
    ...overrides,
  };
}

const vocabulary: Pick<Vocabulary, "activityKinds" | "activityModes"> = {
  activityKinds: [
    { value: "course", label: "Course", usualMode: "formal" },
    { value: "reading", label: "Reading", usualMode: "self_directed" },
  ],
  activityModes: [{ value: "formal", label: "Formal" }],
};

describe("headline figures", () => {
  it("add up the twelve months' time and pass the counts through", () => {
    expect(headline(dashboard()), "60 + 90 + 600 minutes is 12 h 30 min").toEqual({
      minutes: 750,
      time: "12 h 30 min",
      activities: 4,
      reflections: 1,
      awaiting: 3,
    });
  });

  it("show no time as 0 min rather than nothing", () => {
    expect(headline(dashboard({ months: months(Array(12).fill(0)) })).time).toBe("0 min");
  });

  it("call a journal empty only with no activity and no reflection", () => {
    expect(isEmpty(dashboard({ activities: 0, reflections: 0 }))).toBe(true);
    expect(isEmpty(dashboard({ activities: 0, reflections: 1 })), "a reflection alone is a start").toBe(false);
  });
});

describe("the month chart", () => {
  const rows = monthRows(months([60, 0, 90, 0, 0, 0, 0, 0, 0, 0, 0, 600], [30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 720]));

  it("labels months short, with the year under the first month and under January", () => {
    expect(rows.map((row) => row.axis.join(" "))).toEqual([
      "Apr 2025", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan 2026", "Feb", "Mar",
    ]);
    expect(rows[11]?.name).toBe("Mar 2026");
  });

  it("splits each month into participatory hours and the rest", () => {
    expect(rows[0]).toMatchObject({ minutes: 60, participatory: 30, participatoryHours: 0.5, otherHours: 0.5 });
    expect(rows[2]).toMatchObject({ participatoryHours: 0, otherHours: 1.5 });
  });

  it("never lets the participatory part outgrow the month", () => {
    expect(rows[11], "720 participatory of 600 minutes is held at 600").toMatchObject({
      participatory: 600,
      participatoryHours: 10,
      otherHours: 0,
    });
  });

  it("sums the chart up in a sentence for screen readers", () => {
    expect(monthSummary(rows)).toBe(
      "Hours per month from Apr 2025 to Mar 2026: 12 h 30 min in all, 10 h 30 min of it participatory; most in Mar 2026 (10 h).",
    );
    expect(monthSummary(monthRows(months(Array(12).fill(0))))).toBe(
      "Hours per month from Apr 2025 to Mar 2026: nothing logged.",
    );
    expect(monthSummary([])).toBe("Hours per month: nothing logged.");
  });
});

describe("share charts", () => {
  it("label kinds from the vocabulary and leave out those with no time", () => {
    const rows = shareRows(
      [
        { value: "reading", minutes: 150 },
        { value: "course", minutes: 45 },
        { value: "course", minutes: 0 },
      ],
      vocabulary.activityKinds,
    );
    expect(rows).toEqual([
      { label: "Reading", minutes: 150, hours: 2.5, time: "2 h 30 min" },
      { label: "Course", minutes: 45, hours: 0.75, time: "45 min" },
    ]);
    expect(shareSummary("By kind", rows)).toBe("By kind: Reading 2 h 30 min, Course 45 min.");
  });

  it("say when there is nothing to show", () => {
    expect(shareRows([], vocabulary.activityModes)).toEqual([]);
    expect(shareSummary("By mode", [])).toBe("By mode: nothing logged.");
  });
});
