import { describe, expect, it } from "vitest";
import { AppError, call } from "./client";

describe("command results", () => {
  it("returns the data of a successful command", async () => {
    await expect(call(Promise.resolve({ status: "ok" as const, data: 42 }))).resolves.toBe(42);
  });

  it("throws Cairn's error with its code and field", async () => {
    const error = { code: "invalid" as const, message: "Give the activity a title.", field: "title" };
    const thrown = await call(Promise.resolve({ status: "error" as const, error })).catch((e) => e);
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: "invalid", field: "title", message: error.message });
  });

  it("turns Tauri's own string rejections into an internal error with that text", async () => {
    const rejection = "invalid args `fields` for command `create_activity`";
    const outcome = Promise.resolve({ status: "error" as const, error: rejection as never });
    const thrown = await call(outcome).catch((e) => e);
    expect(thrown).toMatchObject({ code: "internal", message: rejection, field: null });
  });
});
