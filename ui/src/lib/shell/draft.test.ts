import { describe, expect, it } from "vitest";
import { AppError } from "../ipc/client";
import { Draft } from "./draft.svelte";

describe("an inline form's draft", () => {
  it("keeps every word when Rust refuses it, with the message beside the field", async () => {
    const saved: string[] = [];
    const draft = new Draft(
      { title: "", notes: "" },
      async () => {
        throw new AppError({ code: "invalid", message: "Give the goal a title.", field: "title" });
      },
      (title: string) => saved.push(title),
    );
    draft.fields.notes = "Precious words";
    await draft.save();
    expect(draft.errors.fields).toEqual({ title: "Give the goal a title." });
    expect(draft.fields).toEqual({ title: "", notes: "Precious words" });
    expect(draft.unsaved).toBe(true);
    expect(draft.busy).toBe(false);
    expect(saved).toEqual([]);
  });

  it("shows a failure that names no field as a general message", async () => {
    const draft = new Draft({ title: "x" }, () => Promise.reject(new Error("Disk full")), () => {});
    await draft.save();
    expect(draft.errors).toEqual({ fields: {}, general: "Disk full" });
  });

  it("clears errors and counts as saved once stored", async () => {
    const sent: object[] = [];
    let attempt = 0;
    const draft = new Draft(
      { title: "" },
      async (fields) => {
        if (attempt++ === 0) throw new AppError({ code: "invalid", message: "No title", field: "title" });
        sent.push(fields);
        return "saved";
      },
      () => {},
    );
    expect(draft.unsaved).toBe(false);
    await draft.save();
    draft.fields.title = "Group work online";
    expect(draft.unsaved).toBe(true);
    await draft.save();
    expect(sent).toEqual([{ title: "Group work online" }]);
    expect(draft.errors).toEqual({ fields: {}, general: null });
    expect(draft.unsaved).toBe(false);
  });
});
