import { describe, expect, it } from "vitest";
import type { ModelGuide } from "../ipc/bindings";
import { asDocument, sessionLabel } from "./history";

const gibbs: ModelGuide = {
  model: "gibbs",
  label: "Gibbs",
  summary: "",
  stages: [
    { key: "description", title: "Description", prompt: "", questions: [] },
    { key: "feelings", title: "Feelings", prompt: "", questions: [] },
  ],
};

describe("asDocument", () => {
  it("puts each written stage under its title and skips empty ones", () => {
    const doc = asDocument(
      [
        { stage: "description", text: "A home visit." },
        { stage: "feelings", text: " " },
        { stage: "so_what", text: "Kept." },
      ],
      gibbs,
    );
    expect(doc).toBe("### Description\n\nA home visit.\n\n### So what\n\nKept.");
  });

  it("shows free writing as it is, and says when nothing is written", () => {
    expect(asDocument([{ stage: "body", text: "Just this." }], undefined)).toBe("Just this.");
    expect(asDocument([], gibbs)).toBe("*Nothing written yet.*");
  });
});

it("labels a session by its day and span in local time", () => {
  const start = new Date(2026, 11, 1, 9, 14).toISOString();
  const end = new Date(2026, 11, 1, 9, 40).toISOString();
  expect(sessionLabel(start, end)).toBe("Tue 1 Dec 2026, 09:14–09:40");
  expect(sessionLabel(start, start)).toBe("Tue 1 Dec 2026, 09:14");
});
