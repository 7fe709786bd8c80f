import { describe, expect, it } from "vitest";
import type { Choice, ProfileBody, ProfileFields, ProfileProgress, Requirement } from "../ipc/bindings";
import { AppError } from "../ipc/client";
import {
  BODY_GUIDES,
  cycleText,
  deleteQuestion,
  emptyDraft,
  fromDraft,
  placeErrors,
  profileSummary,
  requirementText,
  saveProfile,
  shownInputs,
  toDraft,
  withPreset,
  type ProfileDraft,
} from "./profiles";

const bodies: Choice<ProfileBody>[] = [
  { value: "cld", label: "CLD Standards Council Scotland" },
  { value: "nmc", label: "NMC revalidation" },
  { value: "hcpc", label: "HCPC" },
  { value: "gtcs", label: "GTCS Professional Update" },
  { value: "custom", label: "Custom" },
];

/** A body's preset as Rust's `ProfileFields::preset` makes it. */
function preset(body: ProfileBody, cycleStart = "2025-04-01"): ProfileFields {
  const blank: ProfileFields = {
    body,
    label: bodies.find((b) => b.value === body)!.label,
    cycleStart,
    cycleYears: 1,
    weeklyHours: null,
    hoursTarget: null,
    periodMonths: null,
    participatoryShare: null,
    signoffOn: null,
  };
  switch (body) {
    case "cld":
      return { ...blank, cycleYears: 3, weeklyHours: 35 };
    case "nmc":
      return { ...blank, cycleYears: 3 };
    case "hcpc":
      return { ...blank, cycleYears: 2 };
    case "gtcs":
      return { ...blank, cycleYears: 5, hoursTarget: 35 };
    case "custom":
      return { ...blank, hoursTarget: 35, periodMonths: 12 };
  }
}

function draft(overrides: Partial<ProfileDraft> = {}): ProfileDraft {
  return { ...toDraft(preset("custom"), bodies), ...overrides };
}

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("the profile form's boxes", () => {
  it("show only what each body uses", () => {
    expect(shownInputs("")).toEqual(["body", "cycleStart"]);
    expect(shownInputs("cld")).toEqual(["body", "cycleStart", "label", "weeklyHours"]);
    expect(shownInputs("nmc")).toEqual(["body", "cycleStart", "label"]);
    expect(shownInputs("hcpc")).toEqual(["body", "cycleStart", "label"]);
    expect(shownInputs("gtcs")).toEqual(["body", "cycleStart", "label", "signoffOn"]);
    expect(shownInputs("custom")).toEqual([
      "body", "cycleStart", "label", "hoursTarget", "periodMonths", "cycleYears", "participatoryShare",
    ]);
  });

  it("name the start date as each body does", () => {
    expect(BODY_GUIDES.nmc.startLabel).toBe("Registration renewal date");
    expect(BODY_GUIDES.cld.startLabel).toBe("Registration renewal date");
    expect(BODY_GUIDES.gtcs.startLabel).toBe("Cycle start");
    expect(BODY_GUIDES.nmc.about).toContain("35 hours of CPD including 20 participatory");
    expect(BODY_GUIDES.hcpc.about).toContain("Gaps of 3 months");
  });

  it("start blank, with no body chosen", () => {
    expect(emptyDraft()).toMatchObject({ body: "", cycleStart: "", label: "" });
  });
});

describe("a profile as the form holds it", () => {
  it("shows a label that is just the body's name as blank, and a share as a percentage", () => {
    const shown = toDraft({ ...preset("custom"), participatoryShare: 0.4 }, bodies);
    expect(shown).toMatchObject({ label: "", hoursTarget: "35", periodMonths: "12", participatoryShare: "40", signoffOn: "" });
    expect(toDraft({ ...preset("nmc"), label: "NMC — adult nursing" }, bodies).label).toBe("NMC — adult nursing");
  });

  it("takes a body's preset but keeps the label and date already typed", () => {
    const typed = { ...emptyDraft(), body: "cld" as const, label: "Youth work", cycleStart: "2024-08-15" };
    expect(withPreset(typed, preset("cld", "2026-01-01"), bodies)).toMatchObject({
      body: "cld",
      label: "Youth work",
      cycleStart: "2024-08-15",
      cycleYears: "3",
      weeklyHours: "35",
      hoursTarget: "",
    });
  });

  it("comes back as the same fields, with the label Rust fills in left blank", () => {
    const gtcs = { ...preset("gtcs"), signoffOn: "2030-03-31" };
    expect(fromDraft(toDraft(gtcs, bodies))).toEqual({ ...gtcs, label: "" });
    const cld = { ...preset("cld"), weeklyHours: 17.5, label: "Youth work" };
    expect(fromDraft(toDraft(cld, bodies))).toEqual(cld);
  });

  it("turns a percentage into the fraction Rust keeps, and blanks into none", () => {
    expect(fromDraft(draft({ participatoryShare: "57.5" })).participatoryShare).toBe(0.575);
    expect(fromDraft(draft({ participatoryShare: " 40 % " })).participatoryShare).toBe(0.4);
    expect(fromDraft(draft({ participatoryShare: "" })).participatoryShare).toBeNull();
    expect(fromDraft(draft({ weeklyHours: "17,5" })).weeklyHours, "a comma for the decimal point").toBe(17.5);
  });
});

describe("what cannot be sent", () => {
  it("is refused beside its box, before Rust is asked", () => {
    const cases: [Partial<ProfileDraft>, string][] = [
      [{ body: "" }, "body"],
      [{ cycleStart: "" }, "cycleStart"],
      [{ cycleStart: "2025-02-30" }, "cycleStart"],
      [{ hoursTarget: "lots" }, "hoursTarget"],
      [{ weeklyHours: "full" }, "weeklyHours"],
      [{ periodMonths: "1.5" }, "periodMonths"],
      [{ cycleYears: "two" }, "cycleYears"],
      [{ participatoryShare: "120" }, "participatoryShare"],
      [{ participatoryShare: "-5" }, "participatoryShare"],
      [{ signoffOn: "soon" }, "signoffOn"],
    ];
    for (const [change, field] of cases) {
      const error = refusal(() => fromDraft(draft(change)));
      expect(error, JSON.stringify(change)).toMatchObject({ code: "invalid", field });
    }
  });

  it("rejects the save with the same error", async () => {
    await expect(saveProfile(null, draft({ cycleStart: "" }))).rejects.toMatchObject({ field: "cycleStart" });
  });
});

describe("errors from Rust", () => {
  it("stay beside a box the body shows, and go above Save for one it does not", () => {
    const shown = placeErrors({ fields: { weeklyHours: "Too many." }, general: null }, "cld");
    expect(shown).toEqual({ fields: { weeklyHours: "Too many." }, general: null });
    const hidden = placeErrors({ fields: { cycleYears: "A cycle lasts from 1 to 10 years." }, general: null }, "nmc");
    expect(hidden).toEqual({ fields: {}, general: "A cycle lasts from 1 to 10 years." });
  });
});

/** A requirement as Rust's `hours`, `count` and `dated` make it. */
function requirement(key: string, label: string, unit: Requirement["unit"], target: number, dueOn: string | null = null): Requirement {
  return { key, label, unit, target, achieved: 0, met: false, note: "", dueOn };
}

function progress(body: ProfileBody, requirements: Requirement[]): ProfileProgress {
  return {
    profileId: "p1",
    body,
    label: "",
    cycleStart: "2025-04-01",
    cycleEnd: "2028-03-31",
    requirements,
    warnings: [],
  };
}

describe("a profile's cycle", () => {
  it("reads as Rust reports it", () => {
    expect(cycleText(progress("nmc", []))).toBe("Cycle 1 Apr 2025 – 31 Mar 2028");
  });
});

describe("a profile's summary", () => {
  it("says each requirement Rust returns, in brief", () => {
    const nmc = progress("nmc", [
      requirement("hours", "CPD hours", "hours", 35),
      requirement("participatoryHours", "Participatory CPD hours", "hours", 20),
      requirement("reflectiveAccounts", "Written reflective accounts", "count", 5),
      requirement("feedback", "Practice-related feedback", "count", 5),
      requirement("reflectiveDiscussion", "Reflective discussion", "count", 1),
    ]);
    expect(profileSummary(nmc)).toBe(
      "35 h CPD · 20 h participatory CPD · 5 written reflective accounts · 5 practice-related feedback · 1 reflective discussion",
    );
    const cld = progress("cld", [
      requirement("hours", "Professional learning", "hours", 45),
      requirement("verifierReview", "Critical review with a verifier", "count", 1),
    ]);
    expect(profileSummary(cld)).toBe("45 h professional learning · 1 critical review with a verifier");
    const gtcs = progress("gtcs", [
      requirement("hours", "Professional learning this year", "hours", 35),
      requirement("signoff", "Professional Update sign-off", "date", 0, "2030-03-31"),
    ]);
    expect(profileSummary(gtcs)).toBe("35 h professional learning this year · Professional Update sign-off due 31 Mar 2030");
  });

  it("rounds Rust's targets and says nothing when there are none", () => {
    expect(requirementText(requirement("participatoryHours", "Participatory hours this period", "hours", 14.000001))).toBe(
      "14 h participatory this period",
    );
    expect(requirementText(requirement("activityTypes", "Types of CPD activity", "count", 2))).toBe("2 types of CPD activity");
    expect(profileSummary(progress("hcpc", []))).toBe("");
  });

  it("asks before deleting, saying the entries stay", () => {
    expect(deleteQuestion("HCPC")).toBe("Delete “HCPC”? Its progress leaves the dashboard. Your entries stay.");
  });
});
