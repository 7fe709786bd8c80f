import { describe, expect, it } from "vitest";
import type { Choice, ProfileBody } from "../ipc/bindings";
import { ExportFormState } from "./exportForm.svelte";
import { activity, cycle, profile, reflection, settings } from "./fixtures";
import type { ExportSetup } from "./service";

const bodies: Choice<ProfileBody>[] = [
  { value: "cld", label: "CLD Standards Council Scotland" },
  { value: "nmc", label: "NMC revalidation" },
];

const setup: ExportSetup = {
  profiles: [profile("n", "nmc"), profile("c", "cld")],
  cycles: [cycle("n", "nmc", "", "2024-04-01", "2027-03-31"), cycle("c", "cld", "", "2023-09-01", "2026-08-31")],
  settings: settings({ ownerName: "Ann Smith", registrationNumber: "12A3456E" }),
  bodyNames: { nmc: "Nursing and Midwifery Council (NMC)" },
};

describe("the export card's choices", () => {
  it("start from the first profile's cycle, layout and body, and the cover kept in Settings", () => {
    const model = new ExportFormState(bodies, "2026-03-03");
    model.load(setup);
    expect(model.form).toMatchObject({
      period: "cycle:n",
      layout: "nmc",
      body: "Nursing and Midwifery Council (NMC)",
      name: "Ann Smith",
      registrationNumber: "12A3456E",
      includePrivate: false,
    });
    expect(model.request()).toMatchObject({ from: "2024-04-01", to: "2027-03-31", entries: null, includePrivate: false });
  });

  it("ask for the ticked entries once the user unticks one, and for all of them again once re-ticked", () => {
    const model = new ExportFormState(bodies, "2026-03-03");
    model.load(setup);
    expect(model.request()?.entries).toBeNull();
    model.journalEntries = {
      activities: [activity("a1", { startedOn: "2025-01-10" }), activity("a2", { startedOn: "2025-02-10" })],
      reflections: [reflection("r1", "Looking back", "2025-02-11T08:00:00Z")],
    };
    expect(model.entryLines.map((line) => line.id)).toEqual(["a1", "a2", "r1"]);
    expect(model.request()?.entries).toBeNull();
    model.tickEntry("a2", false);
    expect(model.request()?.entries).toEqual(["a1", "r1"]);
    model.tickEntry("a2", true);
    expect(model.request()?.entries).toBeNull();
  });

  it("start from this year and a general portfolio without a profile", () => {
    const model = new ExportFormState(bodies, "2026-03-03");
    model.load({ ...setup, profiles: [], cycles: [] });
    expect(model.form).toMatchObject({ period: "year", layout: "general", body: "" });
    expect(model.range).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("follow another profile's cycle until the user chooses a layout or writes a body", () => {
    const model = new ExportFormState(bodies, "2026-03-03");
    model.load(setup);
    model.choosePeriod("cycle:c");
    expect(model.form).toMatchObject({ layout: "cld", body: "CLD Standards Council Scotland" });
    model.chooseLayout("general");
    model.form.body = "My own words";
    model.bodyWritten();
    model.choosePeriod("cycle:n");
    expect(model.form).toMatchObject({ layout: "general", body: "My own words" });
  });

  it("start chosen dates from the period before, and refuse dates that run backwards", () => {
    const model = new ExportFormState(bodies, "2026-03-03");
    model.load(setup);
    model.choosePeriod("custom");
    expect(model.form).toMatchObject({ from: "2024-04-01", to: "2027-03-31" });
    model.form.to = "2024-01-01";
    expect(model.problem).toBe("The period ends before it starts.");
    expect(model.request()).toBeNull();
  });
});
