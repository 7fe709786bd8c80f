import { describe, expect, it } from "vitest";
import { AppError } from "../ipc/client";
import { createActivity, draftToFields, emptyDraft } from "./service";

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
