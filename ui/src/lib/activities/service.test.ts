import { describe, expect, it } from "vitest";
import { AppError } from "../ipc/client";
import { againFields, createActivity, draftToFields, emptyDraft } from "./service";

describe("quick-add drafts", () => {
  it("start as an hour-long course today", () => {
    const draft = emptyDraft();
    expect(draft).toMatchObject({ title: "", minutes: 60, kind: "course" });
    expect(draft.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("become a one-day activity in the mode Rust says is usual for the kind", () => {
    const fields = draftToFields(
      { title: "Reading group", date: "2026-03-02", minutes: 45, kind: "reading" },
      "self_directed",
    );
    expect(fields).toMatchObject({
      title: "Reading group",
      kind: "reading",
      mode: "self_directed",
      startedOn: "2026-03-02",
      endedOn: null,
      minutes: 45,
      participatoryMinutes: 0,
    });
  });

  it("a cleared date is refused beside the date field before anything is sent", async () => {
    const fields = draftToFields({ title: "Course", date: "", minutes: 60, kind: "course" }, "formal");
    const error = await createActivity(fields).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "invalid", field: "startedOn" });
  });
});

describe("logging again", () => {
  const base = draftToFields({ ...emptyDraft(), title: "Team supervision" }, "formal");
  it("moves a one-day activity to today and keeps everything else", () => {
    const again = againFields({ ...base, startedOn: "2026-03-02", provider: "NHS", tags: ["supervision"] }, "2026-12-01");
    expect(again).toEqual({ ...base, startedOn: "2026-12-01", endedOn: null, provider: "NHS", tags: ["supervision"] });
  });
  it("keeps the length of a multi-day span", () => {
    const again = againFields({ ...base, startedOn: "2026-03-02", endedOn: "2026-03-04" }, "2026-12-30");
    expect([again.startedOn, again.endedOn]).toEqual(["2026-12-30", "2027-01-01"]);
  });
});
