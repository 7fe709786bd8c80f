import { describe, expect, it } from "vitest";
import type { Reflection } from "../ipc/bindings";
import { excerpt, wordCount } from "./service";

function reflection(text: string): Reflection {
  return {
    id: "r1",
    fields: { title: "", model: "free", sections: [{ stage: "body", text }], activityId: null, privacy: "private", tags: [], goalId: null, communityId: null },
    activityTitle: null,
    createdAt: "2026-03-03T10:00:00Z",
    updatedAt: "2026-03-03T10:00:00Z",
    deletedAt: null,
  };
}

describe("reflection excerpts", () => {
  it("drops Markdown marks but keeps hyphenated words", () => {
    const text = "# What happened\n\n- a **check-in** first\n- then _listen_";
    expect(excerpt(reflection(text))).toBe("What happened a check-in first then listen");
  });

  it("shortens long text at the limit with an ellipsis", () => {
    expect(excerpt(reflection("word ".repeat(100)), 20)).toBe("word word word word…");
  });
});

describe("word count", () => {
  it("counts words separated by any white space", () => {
    expect(wordCount("  one two\n\nthree\tfour ")).toBe(4);
    expect(wordCount("   ")).toBe(0);
  });
});
