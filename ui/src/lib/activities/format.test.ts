import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatDuration,
  formatSpan,
  formatTime,
  formatWhen,
  splitMinutes,
  toMinutes,
  todayIso,
} from "./format";

describe("time entry", () => {
  it("adds hours and minutes, treating empty boxes as nothing", () => {
    expect(toMinutes(1, 30)).toBe(90);
    expect(toMinutes(null, 45)).toBe(45);
    expect(toMinutes(null, null)).toBe(0);
    expect(toMinutes(1.5, null)).toBe(90);
    expect(toMinutes(1e12, null)).toBe(1_000_000);
  });

  it("splits minutes back into the two boxes", () => {
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 });
  });

  it("reads durations as a person would say them", () => {
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(120)).toBe("2 h");
    expect(formatDuration(90)).toBe("1 h 30 min");
  });
});

describe("dates", () => {
  it("gives today in local time, not UTC", () => {
    // 00:30 local on 2 March: a UTC conversion west of Greenwich would say 1 March.
    expect(todayIso(new Date(2026, 2, 2, 0, 30))).toBe("2026-03-02");
  });

  it("shows a span only when the days differ", () => {
    expect(formatSpan("2026-03-03", null)).toBe("Tue 3 Mar 2026");
    expect(formatSpan("2026-03-03", "2026-03-03")).toBe("Tue 3 Mar 2026");
    expect(formatSpan("2026-03-03", "2026-03-05")).toBe("3 Mar – Thu 5 Mar 2026");
  });

  it("gives a moment's day and time in local time, with a 24-hour clock", () => {
    const local = new Date(2026, 11, 1, 9, 14).toISOString();
    expect(formatDateTime(local)).toBe("Tue 1 Dec 2026, 09:14");
    expect(formatTime(local)).toBe("09:14");
    expect(formatDateTime(new Date(2026, 2, 3, 23, 5).toISOString())).toBe("Tue 3 Mar 2026, 23:05");
  });

  it("leaves a moment it cannot read as it came", () => {
    expect(formatDateTime("soon")).toBe("soon");
  });

  it("says how long ago something was written", () => {
    const now = new Date("2026-03-03T12:00:00Z");
    expect(formatWhen("2026-03-03T11:59:40Z", now)).toBe("just now");
    expect(formatWhen("2026-03-03T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatWhen("2026-03-03T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatWhen("2026-02-01T09:00:00Z", now)).toBe("1 Feb 2026");
  });
});
