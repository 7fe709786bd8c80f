import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import type { Goal, GoalStatus, Vocabulary } from "../ipc/bindings";
import GoalItem from "./GoalItem.svelte";

const vocabulary = {
  activityKinds: [],
  activityModes: [],
  privacy: [],
  goalStatuses: [
    { value: "active", label: "In progress" },
    { value: "achieved", label: "Achieved" },
  ],
  participationLevels: [],
  profileBodies: [],
} satisfies Vocabulary;

function goal(targetOn: string | null, status: GoalStatus = "active"): Goal {
  return {
    id: "g1",
    fields: { title: "Group work online", description: "", successCriteria: "Run a session alone", targetOn, status },
    activities: 3,
    reflections: 2,
    minutes: 450,
    createdAt: "2026-03-03T10:00:00Z",
    updatedAt: "2026-03-03T10:00:00Z",
    deletedAt: null,
  };
}

function show(item: Goal): string {
  return render(GoalItem, { props: { goal: item, vocabulary, editable: true, onedit() {}, ontrash() {} } }).body;
}

describe("a goal's card", () => {
  it("shows the status label from the vocabulary, the progress line and the success criteria", () => {
    const html = show(goal("2999-03-31"));
    expect(html).toContain('data-testid="goal-item"');
    expect(html).toContain("In progress");
    expect(html).toContain("3 activities · 2 reflections · 7 h 30 min");
    expect(html).toContain("Run a session alone");
    expect(html).toContain('data-overdue="false"');
  });

  it("flags a goal in progress whose target date has passed", () => {
    const html = show(goal("2020-01-01"));
    expect(html).toContain("by Wed 1 Jan 2020");
    expect(html).toContain("overdue");
    expect(html).toContain('data-overdue="true"');
  });

  it("does not flag an achieved goal, nor show a date it does not have", () => {
    expect(show(goal("2020-01-01", "achieved"))).toContain('data-overdue="false"');
    expect(show(goal(null))).not.toContain('data-testid="goal-target"');
  });
});
