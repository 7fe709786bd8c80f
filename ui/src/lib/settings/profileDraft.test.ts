import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Choice, ProfileBody, ProfileFields } from "../ipc/bindings";
import { AppError } from "../ipc/client";
import { ProfileForm } from "./profileDraft.svelte";
import { emptyDraft, profilePreset, saveProfile, toDraft } from "./profiles";

vi.mock("./profiles", async (original) => ({
  ...(await original<typeof import("./profiles")>()),
  profilePreset: vi.fn(),
  saveProfile: vi.fn(),
}));

const bodies: Choice<ProfileBody>[] = [
  { value: "cld", label: "CLD Standards Council Scotland" },
  { value: "nmc", label: "NMC revalidation" },
  { value: "hcpc", label: "HCPC" },
];

function fields(body: ProfileBody, overrides: Partial<ProfileFields> = {}): ProfileFields {
  return {
    body,
    label: bodies.find((b) => b.value === body)!.label,
    cycleStart: "2026-05-01",
    cycleYears: body === "hcpc" ? 2 : 3,
    weeklyHours: body === "cld" ? 35 : null,
    hoursTarget: null,
    periodMonths: null,
    participatoryShare: null,
    signoffOn: null,
    ...overrides,
  };
}

const preset = vi.mocked(profilePreset);
const save = vi.mocked(saveProfile);

beforeEach(() => {
  preset.mockReset();
  save.mockReset();
  preset.mockImplementation(async (body, cycleStart) => fields(body, { cycleStart }));
});

describe("the profile form", () => {
  it("fills a body's usual settings in once it is chosen, keeping the date and label typed", async () => {
    const form = new ProfileForm(null, emptyDraft(), bodies);
    form.fields.cycleStart = "2024-08-15";
    form.fields.label = "Youth work";
    await form.choose("cld");
    expect(form.fields).toMatchObject({ body: "cld", cycleStart: "2024-08-15", label: "Youth work", weeklyHours: "35", cycleYears: "3" });
    expect(form.filling).toBe(false);
    expect(form.unsaved).toBe(true);
  });

  it("drops a stored label when the body changes, and brings the stored settings back with the body", async () => {
    const stored = toDraft(fields("cld", { label: "Youth work", weeklyHours: 15 }), bodies);
    const form = new ProfileForm("p1", stored, bodies);
    await form.choose("nmc");
    expect(form.fields).toMatchObject({ body: "nmc", label: "", weeklyHours: "" });
    await form.choose("cld");
    expect(form.fields).toMatchObject({ body: "cld", label: "Youth work", weeklyHours: "15" });
    expect(form.unsaved).toBe(false);
  });

  it("ignores a preset that arrives after a later choice", async () => {
    let release: (value: ProfileFields) => void = () => {};
    preset.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    const form = new ProfileForm(null, emptyDraft(), bodies);
    const first = form.choose("cld");
    await form.choose("hcpc");
    release(fields("cld"));
    await first;
    expect(form.fields).toMatchObject({ body: "hcpc", cycleYears: "2", weeklyHours: "" });
  });

  it("keeps every box when Rust refuses, with the message beside the box the body shows", async () => {
    const form = new ProfileForm(null, emptyDraft(), bodies);
    await form.choose("cld");
    form.fields.weeklyHours = "200";
    save.mockRejectedValueOnce(new AppError({ code: "invalid", field: "weeklyHours", message: "At most 168." }));
    expect(await form.save()).toBeNull();
    expect(form.errors).toEqual({ fields: { weeklyHours: "At most 168." }, general: null });
    expect(form.fields.weeklyHours).toBe("200");
    expect(form.busy).toBe(false);
  });

  it("shows an error for a box the body does not show above Save", async () => {
    const form = new ProfileForm(null, emptyDraft(), bodies);
    await form.choose("nmc");
    save.mockRejectedValueOnce(new AppError({ code: "invalid", field: "cycleYears", message: "A cycle lasts from 1 to 10 years." }));
    await form.save();
    expect(form.errors).toEqual({ fields: {}, general: "A cycle lasts from 1 to 10 years." });
  });

  it("hands back the saved profile and counts as saved", async () => {
    const form = new ProfileForm(null, emptyDraft(), bodies);
    await form.choose("nmc");
    const profile = { id: "p9", fields: fields("nmc"), createdAt: "", updatedAt: "" };
    save.mockResolvedValueOnce(profile);
    expect(await form.save()).toBe(profile);
    expect(save).toHaveBeenCalledWith(null, expect.objectContaining({ body: "nmc" }));
    expect(form.unsaved).toBe(false);
  });
});
