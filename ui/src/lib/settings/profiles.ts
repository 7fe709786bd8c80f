// Requirement profile service: the only way components reach the profile commands, and the
// pure helpers behind the "Professional bodies" form — what each body asks, which boxes it
// needs, and turning what was typed into the fields Rust checks.
import { todayIso } from "../activities/format";
import { formatRange, hoursText, dateParts, formatDay } from "../dashboard/progress";
import type { Choice, Profile, ProfileBody, ProfileFields } from "../ipc/bindings";
import { AppError, call, commands } from "../ipc/client";
import { isDate } from "../practice/service";
import type { FormErrors } from "../shell/errors";

/** Weekly hours of full-time practice, CLD's pro-rata basis (as Rust has it). */
export const FULL_TIME_WEEKLY_HOURS = 35;

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

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `iso` moved on `months` months, held at the end of a shorter month (as Rust's chrono does). */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = dateParts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function dayBefore(iso: string): string {
  const { year, month, day } = dateParts(iso);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day - 1);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The cycle containing `today`, first and last day (the last included): cycles repeat every
 * `years` years, each counted from the start itself; before the first starts, the first.
 */
export function currentCycle(start: string, years: number, today: string = todayIso()): { first: string; last: string } {
  const length = Math.max(1, Math.trunc(years)) * 12;
  let index = 0;
  if (start <= today) {
    const { year, month } = dateParts(start);
    const now = dateParts(today);
    index = Math.max(0, Math.floor(((now.year - year) * 12 + now.month - month) / length));
    while (index > 0 && addMonths(start, index * length) > today) index -= 1;
    while (addMonths(start, (index + 1) * length) <= today) index += 1;
  }
  return { first: addMonths(start, index * length), last: dayBefore(addMonths(start, (index + 1) * length)) };
}

/** "Cycle 1 Apr 2025 – 31 Mar 2028": the profile's current cycle. */
export function cycleText(fields: Pick<ProfileFields, "cycleStart" | "cycleYears">, today: string = todayIso()): string {
  const { first, last } = currentCycle(fields.cycleStart, fields.cycleYears, today);
  return `Cycle ${formatRange(first, last)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${hoursText(n)} ${n === 1 ? one : many}`;
}

/** CLD's hours for a cycle: 35 a year at full time, pro rata to fewer weekly hours. */
export function cldHours(weeklyHours: number | null, cycleYears: number): number {
  const weekly = Math.min(weeklyHours ?? FULL_TIME_WEEKLY_HOURS, FULL_TIME_WEEKLY_HOURS);
  return (35 * cycleYears * weekly) / FULL_TIME_WEEKLY_HOURS;
}

/** A line on what a profile asks, for its row in Settings. */
export function profileSummary(fields: ProfileFields): string {
  const years = plural(fields.cycleYears, "year", "years");
  switch (fields.body) {
    case "cld": {
      const weekly = fields.weeklyHours ?? FULL_TIME_WEEKLY_HOURS;
      const hours = fields.hoursTarget ?? cldHours(weekly, fields.cycleYears);
      const basis = weekly >= FULL_TIME_WEEKLY_HOURS ? "full time" : `${hoursText(weekly)} h a week`;
      return `${hoursText(hours)} h over ${years} (${basis}) · a review with a verifier`;
    }
    case "nmc":
      return `${hoursText(fields.hoursTarget ?? 35)} h of CPD, 20 participatory · 5 reflective accounts · 5 pieces of feedback · a reflective discussion · every ${years}`;
    case "hcpc": {
      const hours = fields.hoursTarget === null ? "" : `${hoursText(fields.hoursTarget)} h · `;
      return `${hours}At least 2 types of activity · gaps of 3 months flagged · every ${years}`;
    }
    case "gtcs": {
      const signoff = fields.signoffOn ? `sign-off due ${formatDay(fields.signoffOn)}` : `sign-off every ${years}`;
      return `${hoursText(fields.hoursTarget ?? 35)} h a year · ${signoff}`;
    }
    case "custom": {
      const share = fields.participatoryShare ? ` · ${hoursText(fields.participatoryShare * 100)}% with others` : "";
      const period = plural(fields.periodMonths ?? 12, "month", "months");
      return `${hoursText(fields.hoursTarget ?? 35)} h every ${period}${share} · ${fields.cycleYears}-year cycle`;
    }
  }
}

/** What the delete question says. */
export function deleteQuestion(label: string): string {
  return `Delete “${label}”? Its progress leaves the dashboard. Your entries stay.`;
}
