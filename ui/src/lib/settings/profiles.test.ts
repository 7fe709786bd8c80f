import { describe, expect, it } from "vitest";
import type { Choice, ProfileBody, ProfileFields } from "../ipc/bindings";
import { AppError } from "../ipc/client";
import {
  addMonths,
  BODY_GUIDES,
  cldHours,
  currentCycle,
  cycleText,
  deleteQuestion,
  emptyDraft,
  fromDraft,
  placeErrors,
  profileSummary,
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

describe("cycles", () => {
  it("move on by months, held at the end of a shorter month as Rust's chrono does", () => {
    expect(addMonths("2025-04-01", 36)).toBe("2028-04-01");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
  });

  it("find the one containing today, the first before it starts", () => {
    expect(currentCycle("2025-04-01", 3, "2026-11-16")).toEqual({ first: "2025-04-01", last: "2028-03-31" });
    expect(currentCycle("2019-04-01", 3, "2026-11-16")).toEqual({ first: "2025-04-01", last: "2028-03-31" });
    expect(currentCycle("2019-04-01", 3, "2025-03-31")).toEqual({ first: "2022-04-01", last: "2025-03-31" });
    expect(currentCycle("2027-01-10", 2, "2026-11-16")).toEqual({ first: "2027-01-10", last: "2029-01-09" });
  });

  it("count each cycle from the start itself, so 29 February comes back in leap years", () => {
    expect(currentCycle("2020-02-29", 1, "2024-03-01")).toEqual({ first: "2024-02-29", last: "2025-02-27" });
  });

  it("read as a profile's row says them", () => {
    expect(cycleText({ cycleStart: "2025-04-01", cycleYears: 3 }, "2026-11-16")).toBe("Cycle 1 Apr 2025 – 31 Mar 2028");
  });
});

describe("a profile's summary", () => {
  it("says what each body asks", () => {
    expect(profileSummary(preset("cld"))).toBe("105 h over 3 years (full time) · a review with a verifier");
    expect(profileSummary({ ...preset("cld"), weeklyHours: 15 })).toBe(
      "45 h over 3 years (15 h a week) · a review with a verifier",
    );
    expect(profileSummary(preset("nmc"))).toContain("35 h of CPD, 20 participatory");
    expect(profileSummary(preset("hcpc"))).toBe(
      "At least 2 types of activity · gaps of 3 months flagged · every 2 years",
    );
    expect(profileSummary({ ...preset("gtcs"), signoffOn: "2030-03-31" })).toBe("35 h a year · sign-off due 31 Mar 2030");
    expect(profileSummary({ ...preset("custom"), participatoryShare: 0.4 })).toBe(
      "35 h every 12 months · 40% with others · 1-year cycle",
    );
  });

  it("works CLD's hours out pro rata, never above full time", () => {
    expect(cldHours(15, 3)).toBe(45);
    expect(cldHours(null, 3)).toBe(105);
    expect(cldHours(50, 3)).toBe(105);
  });

  it("asks before deleting, saying the entries stay", () => {
    expect(deleteQuestion("HCPC")).toBe("Delete “HCPC”? Its progress leaves the dashboard. Your entries stay.");
  });
});
