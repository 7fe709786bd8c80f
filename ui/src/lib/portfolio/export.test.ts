import { describe, expect, it } from "vitest";
import type { Choice, ProfileBody } from "../ipc/bindings";
import {
  bodyNames,
  buildRequest,
  chosenEntries,
  entriesIn,
  zipNameOf,
  coverBody,
  FORMAT_CHOICES,
  FORMATS,
  fileNameOf,
  leap2aText,
  LAYOUTS,
  layoutFor,
  percent,
  periodChoices,
  periodProblem,
  rangeOf,
  savedText,
  type ExportForm,
} from "./export";
import { activity, reflection } from "./fixtures";
import { cycle, profile } from "./fixtures";

const bodies: Choice<ProfileBody>[] = [
  { value: "cld", label: "CLD Standards Council Scotland" },
  { value: "nmc", label: "NMC revalidation" },
  { value: "hcpc", label: "HCPC" },
  { value: "gtcs", label: "GTCS Professional Update" },
  { value: "custom", label: "Custom" },
];

describe("the menus", () => {
  it("offer every layout and format by the values Rust knows", () => {
    expect(LAYOUTS.map((l) => l.value)).toEqual(["general", "cld", "nmc", "hcpc"]);
    expect(LAYOUTS.map((l) => l.label)).toEqual(["General portfolio", "CLD renewal", "NMC revalidation", "HCPC audit"]);
    expect(FORMAT_CHOICES.map((f) => f.value)).toEqual(["pdf", "docx", "html", "markdown", "csv", "leap2a"]);
    expect(FORMATS.leap2a).toEqual({ label: "Leap2A (Mahara, PebblePad)", extension: "zip", filter: "Leap2A package (ZIP)" });
    expect(FORMATS.markdown.extension, "Rust names Markdown files .md").toBe("md");
    expect(FORMATS.csv.label).toBe("CSV hours log");
  });

  it("preselect the layout of the profile's body, a general one otherwise", () => {
    expect(layoutFor("nmc")).toBe("nmc");
    expect(layoutFor("cld")).toBe("cld");
    expect(layoutFor("hcpc")).toBe("hcpc");
    expect(layoutFor("gtcs")).toBe("general");
    expect(layoutFor(undefined)).toBe("general");
  });
});

describe("the cover's body", () => {
  it("is the body's full name from its shipped framework", () => {
    const names = bodyNames([
      { preset: "nmc", body: "Nursing and Midwifery Council (NMC)" },
      { preset: null, body: "My team" },
      { preset: "hcpc", body: " " },
    ]);
    expect(names).toEqual({ nmc: "Nursing and Midwifery Council (NMC)" });
    expect(coverBody(profile("p", "nmc"), bodies, names)).toBe("Nursing and Midwifery Council (NMC)");
    expect(coverBody(profile("p", "hcpc"), bodies, names), "the label when no framework names it").toBe("HCPC");
  });

  it("is otherwise the body's label, or a custom profile's own label", () => {
    expect(coverBody(profile("p", "cld"), bodies)).toBe("CLD Standards Council Scotland");
    expect(coverBody(profile("p", "custom", " My council "), bodies)).toBe("My council");
    expect(coverBody(profile("p", "custom"), bodies), "never “Custom” on a cover").toBe("");
    expect(coverBody(undefined, bodies)).toBe("");
  });
});

describe("the period", () => {
  const cycles = [cycle("n", "nmc", "NMC — adult nursing", "2024-04-01", "2027-03-31"), cycle("c", "cld", "", "2023-09-01", "2026-08-31")];
  const choices = periodChoices(cycles, bodies, "2026-03-03");

  it("offers each profile's current cycle as Rust gives it, then this year, the last 12 months and dates", () => {
    expect(choices.map((c) => c.value)).toEqual(["cycle:n", "cycle:c", "year", "last-12", "custom"]);
    expect(choices[0]).toMatchObject({
      label: "NMC — adult nursing: current cycle",
      range: { from: "2024-04-01", to: "2027-03-31" },
      profileId: "n",
    });
    expect(choices[1]?.label, "a profile without a label goes by its body").toContain("CLD Standards Council Scotland");
    expect(rangeOf(choices, "year", { from: "", to: "" })).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(rangeOf(choices, "last-12", { from: "", to: "" })).toEqual({ from: "2025-03-04", to: "2026-03-03" });
  });

  it("takes chosen dates only once both are there, and says what is wrong with them", () => {
    expect(rangeOf(choices, "custom", { from: "2026-01-01", to: "" })).toBeNull();
    expect(periodProblem(null)).toBe("Choose the first and the last day of the period.");
    const backwards = rangeOf(choices, "custom", { from: "2026-02-01", to: "2026-01-01" });
    expect(periodProblem(backwards)).toBe("The period ends before it starts.");
    expect(periodProblem({ from: "2026-01-01", to: "2026-01-01" })).toBeNull();
  });

  it("falls back to this year when a profile's cycle is no longer offered", () => {
    expect(rangeOf(choices, "cycle:deleted", { from: "", to: "" })).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });
});

describe("the request", () => {
  const form: ExportForm = {
    layout: "nmc",
    format: "pdf",
    period: "custom",
    from: "2026-01-01",
    to: "2026-03-31",
    name: "  Ann Smith ",
    registrationNumber: " 12A3456E ",
    body: "NMC",
    includePrivate: false,
    withEvidence: false,
    template: null,
  };

  it("asks for every entry of the period, private reflections out unless chosen", () => {
    expect(buildRequest(form, { from: "2026-01-01", to: "2026-03-31" })).toEqual({
      layout: "nmc",
      owner: { name: "Ann Smith", registrationNumber: "12A3456E", body: "NMC" },
      from: "2026-01-01",
      to: "2026-03-31",
      includePrivate: false,
      entries: null,
      withEvidence: false,
      template: null,
    });
    const period = { from: "2026-01-01", to: "2026-03-31" };
    expect(buildRequest({ ...form, template: "/home/ann/mine.typ" }, period).template).toBe("/home/ann/mine.typ");
    expect(buildRequest({ ...form, format: "html", template: "/home/ann/mine.typ" }, period).template).toBeNull();
    expect(buildRequest({ ...form, withEvidence: true }, { from: "2026-01-01", to: "2026-03-31" }).withEvidence).toBe(true);
    expect(buildRequest({ ...form, format: "leap2a", withEvidence: true }, { from: "2026-01-01", to: "2026-03-31" }).withEvidence).toBe(false);
    expect(buildRequest({ ...form, includePrivate: true }, { from: "2026-01-01", to: "2026-03-31" }).includePrivate).toBe(true);
  });
});

describe("choosing entries", () => {
  const entries = {
    activities: [
      activity("a1", { title: "Course", startedOn: "2026-02-01" }),
      activity("a2", { title: "Before", startedOn: "2025-12-01", endedOn: "2026-01-02" }),
      activity("a3", { title: "Too early", startedOn: "2025-11-01" }),
    ],
    reflections: [
      reflection("r1", "After the course", "2026-02-03T09:00:00Z"),
      reflection("r2", "Private", "2026-02-04T09:00:00Z", "private"),
      reflection("r3", "Too late", "2026-04-04T09:00:00Z"),
    ],
  };
  const period = { from: "2026-01-01", to: "2026-03-31" };

  it("lists the period's activities and reflections, private ones only when asked", () => {
    expect(entriesIn(entries, period, false).map((line) => line.id)).toEqual(["a2", "a1", "r1"]);
    expect(entriesIn(entries, period, true).map((line) => line.id)).toEqual(["a2", "a1", "r1", "r2"]);
    expect(entriesIn(entries, null, true)).toEqual([]);
  });

  it("asks for every entry while all are ticked, else the ticked ones", () => {
    const lines = entriesIn(entries, period, false);
    expect(chosenEntries(lines, [])).toBeNull();
    expect(chosenEntries(lines, ["r3"])).toBeNull();
    expect(chosenEntries(lines, ["a2"])).toEqual(["a1", "r1"]);
  });
});

describe("a ZIP with the attached files", () => {
  it("is named like the document", () => {
    expect(zipNameOf("Cairn portfolio 2026-01-01 to 2026-12-31.pdf")).toBe("Cairn portfolio 2026-01-01 to 2026-12-31.zip");
    expect(zipNameOf("portfolio")).toBe("portfolio.zip");
    expect(zipNameOf("a.b/portfolio")).toBe("a.b/portfolio.zip");
  });
});

describe("after saving", () => {
  it("names the file and what went in", () => {
    const summary = { path: "/home/ann/Documents/Cairn portfolio.pdf", size: 1000, activities: 12, reflections: 1 };
    expect(savedText(summary)).toBe("Saved “Cairn portfolio.pdf” (12 activities, 1 reflection)");
    expect(savedText({ ...summary, activities: 1, reflections: 0 })).toBe("Saved “Cairn portfolio.pdf” (1 activity, 0 reflections)");
  });

  it("finds a file's name on any system", () => {
    expect(fileNameOf("C:\\Users\\Ann\\My portfolio.docx")).toBe("My portfolio.docx");
    expect(fileNameOf("/tmp/log.csv")).toBe("log.csv");
    expect(fileNameOf("log.csv")).toBe("log.csv");
  });

  it("shows progress as a whole percentage within bounds", () => {
    expect(percent(0.456)).toBe(46);
    expect(percent(-1)).toBe(0);
    expect(percent(2)).toBe(100);
  });
});

describe("a Leap2A import", () => {
  const none = { activities: 0, reflections: 0, goals: 0, skippedDuplicates: 0, skippedWithoutTime: 0, skippedUnsupported: 0 };

  it("says what was added", () => {
    expect(leap2aText({ ...none, activities: 1, reflections: 3, goals: 2 })).toBe("Imported 1 activity, 3 reflections and 2 goals");
  });

  it("says what was skipped and why", () => {
    expect(leap2aText({ ...none, reflections: 1, skippedDuplicates: 4, skippedWithoutTime: 1, skippedUnsupported: 2 })).toBe(
      "Imported 0 activities, 1 reflection and 0 goals; skipped 4 already in Cairn, 1 activity without time spent, 2 not for Cairn (files, pages)",
    );
  });
});
