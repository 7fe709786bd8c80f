import { describe, expect, it } from "vitest";
import type { Activity, Reflection, Vocabulary } from "../ipc/bindings";
import { activityEntry, purgeQuestion, reflectionEntry } from "./service";

const vocabulary: Vocabulary = {
  activityKinds: [{ value: "course", label: "Course", usualMode: "formal" }],
  activityModes: [],
  privacy: [],
  goalStatuses: [],
  participationLevels: [],
  profileBodies: [],
};
const now = new Date("2026-03-03T12:00:00Z");

const activity: Activity = {
  id: "a1",
  fields: {
    title: "Safeguarding refresher",
    description: "",
    kind: "course",
    mode: "formal",
    participatoryMinutes: 0,
    startedOn: "2026-03-03",
    endedOn: null,
    minutes: 90,
    provider: "",
    location: "",
    outcomes: "",
    impact: "",
    tags: [],
    goalId: null,
    communityId: null,
  },
  reflectionCount: 0,
  createdAt: "2026-03-03T09:00:00Z",
  updatedAt: "2026-03-03T09:00:00Z",
  deletedAt: "2026-03-03T11:55:00Z",
};

function reflection(title: string, text: string, activityTitle: string | null = null): Reflection {
  return {
    id: "r1",
    fields: { title, model: "free", sections: [{ stage: "body", text }], activityId: null, privacy: "private", tags: [], goalId: null, communityId: null },
    activityTitle,
    createdAt: "2026-03-01T10:00:00Z",
    updatedAt: "2026-03-01T10:00:00Z",
    deletedAt: "2026-02-01T09:00:00Z",
  };
}

describe("trashed activities", () => {
  it("show their date, kind label and time, and when they were trashed", () => {
    expect(activityEntry(activity, vocabulary, now)).toEqual({
      kind: "activity",
      id: "a1",
      title: "Safeguarding refresher",
      detail: "Tue 3 Mar 2026 · Course · 1 h 30 min",
      excerpt: "",
      trashed: "Trashed 5 minutes ago",
    });
  });

  it("warn that deleting is final but the reflections stay", () => {
    expect(purgeQuestion({ kind: "activity", title: "Course" })).toBe(
      "Delete “Course” for good? This cannot be undone. Its reflections stay.",
    );
  });
});

describe("trashed reflections", () => {
  it("show their first words and what they were on", () => {
    const entry = reflectionEntry(reflection("", "**Felt** unsure at first", "Supervision"), now);
    expect(entry).toMatchObject({
      title: "Untitled reflection",
      detail: "On: Supervision",
      excerpt: "Felt unsure at first",
      trashed: "Trashed on 1 Feb 2026",
    });
    expect(reflectionEntry(reflection("Empty", ""), now).excerpt).toBe("Nothing written.");
  });

  it("warn that deleting is final", () => {
    expect(purgeQuestion({ kind: "reflection", title: "Empty" })).toBe(
      "Delete “Empty” for good? This cannot be undone.",
    );
  });
});
