import { describe, expect, it } from "vitest";
import type { ModelGuide } from "../ipc/bindings";
import { keptTitle, layout, withStage } from "./models";

const rolfe: ModelGuide = {
  model: "rolfe",
  label: "Rolfe",
  summary: "Three questions.",
  stages: ["what", "so_what", "now_what"].map((key) => ({ key, title: key, prompt: "", questions: [] })),
};

describe("layout", () => {
  it("gives every stage of the model, in order, with what was written", () => {
    const stages = layout(rolfe, [{ stage: "now_what", text: "Try again." }]);
    expect(stages.map((s) => [s.key, s.text])).toEqual([
      ["what", ""],
      ["so_what", ""],
      ["now_what", "Try again."],
    ]);
  });

  it("keeps writing from another model after the model's stages", () => {
    const stages = layout(rolfe, [
      { stage: "what", text: "A meeting." },
      { stage: "feelings", text: "Nervous." },
    ]);
    expect(stages.at(-1)).toEqual({ guide: null, key: "feelings", text: "Nervous." });
    expect(stages).toHaveLength(4);
  });
});

describe("withStage", () => {
  it("replaces a stage's text and leaves the rest", () => {
    const sections = [
      { stage: "what", text: "a" },
      { stage: "so_what", text: "b" },
    ];
    expect(withStage(sections, "so_what", "c")).toEqual([
      { stage: "what", text: "a" },
      { stage: "so_what", text: "c" },
    ]);
  });

  it("adds a stage that had no section yet", () => {
    expect(withStage([], "what", "x")).toEqual([{ stage: "what", text: "x" }]);
  });
});

it("names kept stages readably", () => {
  expect(keptTitle("action_plan")).toBe("Action plan");
});
