import { describe, expect, it } from "vitest";
import { AppError } from "../ipc/client";
import { formErrors } from "./errors";

describe("form errors", () => {
  it("puts a validation message beside the field Rust named", () => {
    const error = new AppError({ code: "invalid", message: "Give the activity a title.", field: "title" });
    expect(formErrors(error)).toEqual({
      fields: { title: "Give the activity a title." },
      general: null,
    });
  });

  it("keeps any other failure as a general message", () => {
    const error = new AppError({ code: "internal", message: "Disk full", field: null });
    expect(formErrors(error)).toEqual({ fields: {}, general: "Disk full" });
    expect(formErrors("plain string")).toEqual({ fields: {}, general: "plain string" });
  });
});
