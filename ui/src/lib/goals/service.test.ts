import { describe, expect, it } from "vitest";
import type { Choice, GoalFields, GoalStatus } from "../ipc/bindings";
import { counted, emptyGoal, fromDraft, isOverdue, labelOf, progressLine, targetText, toDraft } from "./service";

const statuses: Choice<GoalStatus>[] = [
  { value: "active", label: "In progress" },
  { value: "achieved", label: "Achieved" },
  { value: "paused", label: "Paused" },
  { value: "set_aside", label: "Set aside" },
];

function goal(targetOn: string | null, status: GoalStatus = "active"): GoalFields {
  return { ...emptyGoal(), title: "Group work online", targetOn, status };
}

describe("the progress line", () => {
  it("counts activities, reflections and time", () => {
    expect(progressLine({ activities: 3, reflections: 2, minutes: 450 })).toBe("3 activities · 2 reflections · 7 h 30 min");
  });

  it("speaks of one in the singular", () => {
    expect(progressLine({ activities: 1, reflections: 1, minutes: 45 })).toBe("1 activity · 1 reflection · 45 min");
    expect(counted(0, "activity", "activities")).toBe("0 activities");
  });

  it("leaves out time when none is logged", () => {
    expect(progressLine({ activities: 0, reflections: 2, minutes: 0 })).toBe("0 activities · 2 reflections");
  });

  it("says plainly when nothing counts towards the goal yet", () => {
    expect(progressLine({ activities: 0, reflections: 0, minutes: 0 })).toBe("Nothing linked to it yet");
  });
});

describe("overdue goals", () => {
  const today = "2026-03-02";

  it("are in progress with a target date already past", () => {
    expect(isOverdue(goal("2026-03-01"), today)).toBe(true);
    expect(isOverdue(goal("2025-12-31"), today)).toBe(true);
  });

  it("are not due on the target day itself or later", () => {
    expect(isOverdue(goal("2026-03-02"), today)).toBe(false);
    expect(isOverdue(goal("2027-03-31"), today)).toBe(false);
  });

  it("never include goals without a date, or achieved, paused or set aside", () => {
    expect(isOverdue(goal(null), today)).toBe(false);
    for (const status of ["achieved", "paused", "set_aside"] as const) {
      expect(isOverdue(goal("2020-01-01", status), today)).toBe(false);
    }
  });

  it("compare with today's local date by default", () => {
    expect(isOverdue(goal("1999-01-01"))).toBe(true);
    expect(isOverdue(goal("2999-01-01"))).toBe(false);
  });
});

describe("the target date", () => {
  it("reads as a day to work towards", () => {
    expect(targetText("2027-03-31")).toBe("by Wed 31 Mar 2027");
    expect(targetText("2026-03-03")).toBe("by Tue 3 Mar 2026");
  });

  it("is absent when the goal has none", () => {
    expect(targetText(null)).toBeNull();
  });
});

describe("the form's copy of a goal", () => {
  it("holds no target date as an empty date box, and sends it back as none", () => {
    expect(toDraft(goal(null)).targetOn).toBe("");
    expect(fromDraft(toDraft(goal(null)))).toEqual(goal(null));
  });

  it("keeps a target date as it is", () => {
    expect(fromDraft(toDraft(goal("2027-03-31")))).toEqual(goal("2027-03-31"));
  });

  it("starts a new goal in progress with nothing typed", () => {
    expect(emptyGoal()).toEqual({ title: "", description: "", successCriteria: "", targetOn: null, status: "active" });
  });
});

describe("status labels", () => {
  it("come from Rust's vocabulary", () => {
    expect(labelOf(statuses, "active")).toBe("In progress");
    expect(labelOf(statuses, "set_aside")).toBe("Set aside");
  });

  it("fall back to the value when the vocabulary lacks it", () => {
    expect(labelOf([], "paused")).toBe("paused");
  });
});
