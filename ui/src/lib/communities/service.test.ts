import { describe, expect, it } from "vitest";
import type { Choice, CommunityFields, ParticipationLevel } from "../ipc/bindings";
import { countsLine, emptyCommunity, fromDraft, levelLabel, levelSteps, levelTimeline, shortDate, toDraft } from "./service";

const levels: Choice<ParticipationLevel>[] = [
  { value: "core", label: "Core" },
  { value: "active", label: "Active" },
  { value: "occasional", label: "Occasional" },
  { value: "peripheral", label: "Peripheral" },
  { value: "transactional", label: "Transactional" },
];

describe("the level timeline", () => {
  it("reads oldest first, each level with the day it began", () => {
    const history = [
      { level: "peripheral" as const, since: "2025-09-01" },
      { level: "core" as const, since: "2026-12-01" },
    ];
    expect(levelTimeline(history, levels)).toBe("Peripheral since 1 Sep 2025 → Core since 1 Dec 2026");
  });

  it("is one step for a level that has never changed, and empty for no history", () => {
    expect(levelTimeline([{ level: "active", since: "2026-03-02" }], levels)).toBe("Active since 2 Mar 2026");
    expect(levelTimeline([], levels)).toBe("");
  });

  it("gives each step its label and short date for display", () => {
    expect(levelSteps([{ level: "transactional", since: "2024-02-29" }], levels)).toEqual([
      { level: "transactional", label: "Transactional", since: "29 Feb 2024" },
    ]);
  });

  it("takes labels from Rust's vocabulary, falling back to the value", () => {
    expect(levelLabel(levels, "occasional")).toBe("Occasional");
    expect(levelLabel([], "core")).toBe("core");
  });

  it("writes dates without a weekday", () => {
    expect(shortDate("2025-09-01")).toBe("1 Sep 2025");
    expect(shortDate("2026-12-31")).toBe("31 Dec 2026");
  });
});

describe("the counts line", () => {
  it("counts activities, their time, then reflections", () => {
    expect(countsLine({ activities: 2, minutes: 180, reflections: 1 })).toBe("2 activities · 3 h · 1 reflection");
    expect(countsLine({ activities: 1, minutes: 90, reflections: 3 })).toBe("1 activity · 1 h 30 min · 3 reflections");
  });

  it("leaves out time when none is logged", () => {
    expect(countsLine({ activities: 0, minutes: 0, reflections: 2 })).toBe("0 activities · 2 reflections");
  });

  it("says plainly when nothing has happened in it yet", () => {
    expect(countsLine({ activities: 0, minutes: 0, reflections: 0 })).toBe("No activities or reflections yet");
  });
});

describe("the form's copy of a community", () => {
  const community: CommunityFields = { ...emptyCommunity(), name: "Youth work network", online: true };

  it("holds an unknown joining date as an empty date box, and sends it back as none", () => {
    expect(toDraft(community).joinedOn).toBe("");
    expect(fromDraft(toDraft(community))).toEqual(community);
  });

  it("keeps a joining date as it is", () => {
    const joined = { ...community, joinedOn: "2025-09-01" };
    expect(fromDraft(toDraft(joined))).toEqual(joined);
  });

  it("starts a new community as one the user takes an active part in", () => {
    expect(emptyCommunity()).toEqual({ name: "", online: false, link: "", joinedOn: null, level: "active", notes: "" });
  });
});
