import { describe, expect, it } from "vitest";
import type { TagUsage } from "../ipc/bindings";
import { AppError } from "../ipc/client";
import {
  deleteQuestion,
  formatSize,
  mergeTargets,
  parseCount,
  saveSettings,
  tagNamed,
  usageText,
} from "./service";

function tag(id: string, name: string, activities = 0, reflections = 0): TagUsage {
  return { id, name, activities, reflections };
}

describe("snapshot details", () => {
  it("give sizes in KB below a megabyte and MB above", () => {
    expect(formatSize(200)).toBe("1 KB");
    expect(formatSize(340 * 1024)).toBe("340 KB");
    expect(formatSize(1.4 * 1024 * 1024)).toBe("1.4 MB");
    expect(formatSize(12.3 * 1024 * 1024)).toBe("12 MB");
  });
});

describe("the snapshot count", () => {
  it("reads a blank box as no number", () => {
    expect(parseCount(" 14 ")).toBe(14);
    expect(parseCount("")).toBeNaN();
  });

  it("is refused beside its box before sending when it is not a whole number", async () => {
    for (const kept of [Number.NaN, 2.5, -1]) {
      const settings = { preferredModel: "free", snapshotsKept: kept, weeklyReminder: false, reminderDay: 5, nudgeUnreflected: false, ownerName: "", registrationNumber: "" } as const;
      const error = await saveSettings(settings).catch(
        (e: unknown) => e,
      );
      expect(error, `kept = ${kept}`).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "invalid", field: "snapshotsKept" });
    }
  });
});

describe("tags", () => {
  it("say how many entries carry them", () => {
    expect(usageText(tag("a", "x", 3, 1))).toBe("3 activities and 1 reflection");
    expect(usageText(tag("a", "x", 1, 0))).toBe("1 activity");
    expect(usageText(tag("a", "x", 0, 2))).toBe("2 reflections");
    expect(usageText(tag("a", "x"))).toBe("no entries");
  });

  it("ask before deleting, saying what the deletion touches", () => {
    expect(deleteQuestion(tag("a", "safeguarding", 2, 1))).toBe(
      "Delete the tag “safeguarding”? It comes off 2 activities and 1 reflection; the entries themselves stay.",
    );
    expect(deleteQuestion(tag("a", "old"))).toBe("Delete the tag “old”? No entries carry it.");
  });

  it("find the other tag a new name would clash with, as Rust compares names", () => {
    const tags = [tag("a", "Safeguarding"), tag("b", "group work")];
    expect(tagNamed(tags, "  GROUP   Work ", "a")?.id).toBe("b");
    expect(tagNamed(tags, "safeguarding", "a")).toBeUndefined();
    expect(tagNamed(tags, "reading", "a")).toBeUndefined();
  });

  it("merge only into another tag", () => {
    const tags = [tag("a", "one"), tag("b", "two"), tag("c", "three")];
    expect(mergeTargets(tags, tags[0]!).map((t) => t.id)).toEqual(["b", "c"]);
  });
});
