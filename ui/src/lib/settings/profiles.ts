// Requirement profile service: the only way components reach the profile commands, and the
// pure helpers behind the "Professional bodies" form — what each body asks, which boxes it
// needs, and turning what was typed into the fields Rust checks.
import { todayIso } from "../activities/format";
import { formatDay, formatRange, hoursText } from "../dashboard/progress";
import type { Choice, Profile, ProfileBody, ProfileFields, ProfileProgress, Requirement } from "../ipc/bindings";
import { AppError, call, commands } from "../ipc/client";
import { isDate } from "../practice/service";
import { toCycle } from "../profiles/cycles";
import type { FormErrors } from "../shell/errors";

export function listProfiles(): Promise<Profile[]> {
  return call(commands.listProfiles());
}

/** A body's usual settings, for the form to start from (any date will do for the preset). */
export function profilePreset(body: ProfileBody, cycleStart: string): Promise<ProfileFields> {
  return commands.profilePreset(body, isDate(cycleStart) ? cycleStart : todayIso());
}

/** Adds a profile (`id` null) or saves changes to one; what cannot be sent is refused beside its box. */
export function saveProfile(id: string | null, draft: ProfileDraft): Promise<Profile> {
  let fields: ProfileFields;
  try {
    fields = fromDraft(draft);
  } catch (error) {
    return Promise.reject(error);
  }
  return call(id === null ? commands.createProfile(fields) : commands.updateProfile(id, fields));
}

export async function deleteProfile(id: string): Promise<void> {
  await call(commands.deleteProfile(id));
}

/** The boxes a body may need beyond the body, cycle start and label. */
export type ProfileInput = "weeklyHours" | "hoursTarget" | "periodMonths" | "cycleYears" | "participatoryShare" | "signoffOn";

/** What the form says about a body, and which boxes it shows for it. */
export interface BodyGuide {
  /** The cycle start box's label. */
  startLabel: string;
  startHint: string;
  /** What the body asks, in a sentence or two. */
  about: string;
  inputs: ProfileInput[];
}

export const BODY_GUIDES: Record<ProfileBody, BodyGuide> = {
  cld: {
    startLabel: "Registration renewal date",
    startHint: "When your current three years began: your last renewal, or when you first registered.",
    about:
      "Renewal every 3 years: 35 hours of professional learning a year at full time (105 over the three years), pro rata to the hours you work in CLD, and a critical review of your learning with a verifier — a line manager or mentor.",
    inputs: ["weeklyHours"],
  },
  nmc: {
    startLabel: "Registration renewal date",
    startHint: "When you last revalidated, or first joined the register: each three-year cycle runs from it.",
    about:
      "Every 3 years: 35 hours of CPD including 20 participatory, 5 written reflective accounts, 5 pieces of practice-related feedback and 1 reflective discussion with another NMC registrant. (The 450 practice hours are not recorded in Cairn.)",
    inputs: [],
  },
  hcpc: {
    startLabel: "Registration renewal date",
    startHint: "When your current two-year registration cycle began.",
    about:
      "A two-year cycle with a continuous, dated record of your CPD, including at least two types of activity (work-based, professional, formal / educational, self-directed, other). Gaps of 3 months or more are flagged so you can explain them.",
    inputs: [],
  },
  gtcs: {
    startLabel: "Cycle start",
    startHint: "When your current five-year Professional Update cycle began.",
    about:
      "Professional Update: 35 hours of professional learning each year, counted from the anniversary of your cycle start, with sign-off every 5 years.",
    inputs: ["signoffOn"],
  },
  custom: {
    startLabel: "Cycle start",
    startHint: "The first day of your first period; periods and cycles repeat from it.",
    about: "Your own target: the hours to do in each period, and how much of that time to spend learning with others.",
    inputs: ["hoursTarget", "periodMonths", "cycleYears", "participatoryShare"],
  },
};

/** Every box the form has, by the name Rust gives its field. */
const ALWAYS = ["body", "cycleStart", "label"];

/** What the form edits: the fields as the boxes hold them (numbers as typed, "" for none). */
export interface ProfileDraft {
  /** "" until a body is chosen. */
  body: ProfileBody | "";
  label: string;
  cycleStart: string;
  cycleYears: string;
  weeklyHours: string;
  hoursTarget: string;
  periodMonths: string;
  /** A percentage, 0 to 100. */
  participatoryShare: string;
  signoffOn: string;
}

/** A new profile: nothing chosen yet. */
export function emptyDraft(): ProfileDraft {
  return {
    body: "",
    label: "",
    cycleStart: "",
    cycleYears: "",
    weeklyHours: "",
    hoursTarget: "",
    periodMonths: "",
    participatoryShare: "",
    signoffOn: "",
  };
}

const text = (value: number | null): string => (value === null ? "" : String(value));

/** The label Rust gives a body (the value itself if unknown). */
export function bodyLabel(bodies: Choice<ProfileBody>[], body: ProfileBody | ""): string {
  return bodies.find((choice) => choice.value === body)?.label ?? body;
}

/** Stored fields as the form shows them; a label that is just the body's name shows blank. */
export function toDraft(fields: ProfileFields, bodies: Choice<ProfileBody>[]): ProfileDraft {
  return {
    body: fields.body,
    label: fields.label === bodyLabel(bodies, fields.body) ? "" : fields.label,
    cycleStart: fields.cycleStart,
    cycleYears: text(fields.cycleYears),
    weeklyHours: text(fields.weeklyHours),
    hoursTarget: text(fields.hoursTarget),
    periodMonths: text(fields.periodMonths),
    participatoryShare:
      fields.participatoryShare === null ? "" : String(Math.round(fields.participatoryShare * 10_000) / 100),
    signoffOn: fields.signoffOn ?? "",
  };
}

/** The draft with a body's usual settings, keeping the label and cycle start already typed. */
export function withPreset(draft: ProfileDraft, preset: ProfileFields, bodies: Choice<ProfileBody>[]): ProfileDraft {
  return { ...toDraft(preset, bodies), label: draft.label, cycleStart: draft.cycleStart };
}

function refuse(field: string, message: string): never {
  throw new AppError({ code: "invalid", field, message });
}

/** A number typed in a box: null when blank; a comma may stand for the decimal point. */
function number(value: string, field: string, message: string): number | null {
  const typed = value.trim().replace(/%$/, "").trim().replace(",", ".");
  if (typed === "") return null;
  const parsed = Number(typed);
  if (!Number.isFinite(parsed)) refuse(field, message);
  return parsed;
}

function whole(value: string, field: string, message: string): number | null {
  const parsed = number(value, field, message);
  if (parsed !== null && !Number.isSafeInteger(parsed)) refuse(field, message);
  return parsed;
}

/**
 * The fields to send. What cannot even cross to Rust (no body, no date, words in a number box,
 * a percentage out of range) is refused here, beside its box, in Rust's manner.
 */
export function fromDraft(draft: ProfileDraft): ProfileFields {
  if (draft.body === "") refuse("body", "Choose a professional body.");
  if (!isDate(draft.cycleStart)) refuse("cycleStart", "Choose the date your current cycle began.");
  const cycleYears = whole(draft.cycleYears, "cycleYears", "Enter the cycle's length as a whole number of years.");
  const weeklyHours = number(draft.weeklyHours, "weeklyHours", "Enter the hours as a number, such as 17.5.");
  const hoursTarget = number(draft.hoursTarget, "hoursTarget", "Enter the hours as a number, such as 35.");
  const periodMonths = whole(draft.periodMonths, "periodMonths", "Enter the period as a whole number of months.");
  const percent = number(draft.participatoryShare, "participatoryShare", "Enter a percentage, such as 40.");
  if (percent !== null && !(percent >= 0 && percent <= 100)) {
    refuse("participatoryShare", "Give a percentage from 0 (none) to 100 (all of the hours).");
  }
  const signoff = draft.signoffOn.trim();
  if (signoff !== "" && !isDate(signoff)) {
    refuse("signoffOn", "Choose a date, or leave it blank for the end of the cycle.");
  }
  return {
    body: draft.body,
    label: draft.label.trim(),
    cycleStart: draft.cycleStart,
    cycleYears: cycleYears ?? 1,
    weeklyHours,
    hoursTarget,
    periodMonths,
    participatoryShare: percent === null ? null : Math.round(percent * 100) / 10_000,
    signoffOn: signoff === "" ? null : signoff,
  };
}

/** The boxes the form shows for a body (none but the body until one is chosen). */
export function shownInputs(body: ProfileBody | ""): string[] {
  return body === "" ? ["body", "cycleStart"] : [...ALWAYS, ...BODY_GUIDES[body].inputs];
}

/** An error for a box the body does not show (a setting kept from its preset) goes above Save. */
export function placeErrors(errors: FormErrors, body: ProfileBody | ""): FormErrors {
  const shown = shownInputs(body);
  const fields: Record<string, string> = {};
  const hidden: string[] = [];
  for (const [field, message] of Object.entries(errors.fields)) {
    if (shown.includes(field)) fields[field] = message;
    else hidden.push(message);
  }
  const general = [errors.general, ...hidden].filter(Boolean).join(" ") || null;
  return { fields, general };
}

/** A profile and its current cycle as Rust works it out (null if that could not be read). */
export interface ProfileRow {
  profile: Profile;
  progress: ProfileProgress | null;
}

/** Every profile, each with what `profileProgress` reports for today. */
export async function listProfileRows(today: string = todayIso()): Promise<ProfileRow[]> {
  const profiles = await listProfiles();
  return Promise.all(
    profiles.map(async (profile) => ({
      profile,
      progress: await call(commands.profileProgress(profile.id, today)).catch(() => null),
    })),
  );
}

/** "Cycle 1 Apr 2025 – 31 Mar 2028": the profile's current cycle, as Rust reports it. */
export function cycleText(progress: ProfileProgress): string {
  const cycle = toCycle(progress);
  return `Cycle ${formatRange(cycle.from, cycle.to)}`;
}

/** "CPD hours" → "CPD", "Participatory hours this period" → "participatory this period". */
function phrase(label: string): string {
  const words = label.replace(/\s*\bhours\b/i, "").trim();
  return /^[A-Z][a-z]/.test(words) ? words[0]!.toLowerCase() + words.slice(1) : words;
}

/** One requirement as the row says it: "35 h CPD", "5 written reflective accounts". */
export function requirementText(requirement: Requirement): string {
  switch (requirement.unit) {
    case "hours":
      return `${hoursText(requirement.target ?? 0)} h ${phrase(requirement.label)}`;
    case "count":
      return `${hoursText(requirement.target ?? 0)} ${phrase(requirement.label)}`;
    case "date":
      return requirement.dueOn ? `${requirement.label} due ${formatDay(requirement.dueOn)}` : requirement.label;
  }
}

/** A line on what a profile asks, for its row in Settings: Rust's requirements, in brief. */
export function profileSummary(progress: ProfileProgress): string {
  return progress.requirements.map(requirementText).join(" · ");
}

/** What the delete question says. */
export function deleteQuestion(label: string): string {
  return `Delete “${label}”? Its progress leaves the dashboard. Your entries stay.`;
}
