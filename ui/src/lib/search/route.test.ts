import { describe, expect, it } from "vitest";
import { ENTRY_META, isEntry, titleOf, viewFor } from "./route";

describe("opening an entry", () => {
  it("opens activities and reflections on their own screens", () => {
    expect(viewFor("activity", "a1")).toEqual({ name: "activity", id: "a1" });
    expect(viewFor("reflection", "r1")).toEqual({ name: "reflection", id: "r1" });
  });

  it("opens goals, communities and feedback on their lists", () => {
    expect(viewFor("goal", "g1")).toEqual({ name: "goals" });
    expect(viewFor("community", "c1")).toEqual({ name: "communities" });
    expect(viewFor("feedback", "f1")).toEqual({ name: "practice" });
    expect(viewFor("review", "v1")).toEqual({ name: "practice" });
  });

  it("has nowhere to open records without a screen", () => {
    expect(viewFor("tag", "t1")).toBeNull();
    expect(viewFor("journal", "")).toBeNull();
  });
});

describe("naming an entry", () => {
  it("labels each entity search can find", () => {
    expect(Object.values(ENTRY_META).map((meta) => meta.label)).toEqual([
      "Activity", "Reflection", "Goal", "Community", "Feedback",
    ]);
    expect(isEntry("goal")).toBe(true);
    expect(isEntry("tag")).toBe(false);
  });

  it("names an untitled entry", () => {
    expect(titleOf("reflection", " ")).toBe("Untitled reflection");
    expect(titleOf("activity", "")).toBe("Untitled");
    expect(titleOf("activity", "Reading group")).toBe("Reading group");
  });
});
