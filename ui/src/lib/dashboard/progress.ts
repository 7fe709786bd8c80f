// Pure helpers that shape requirement-profile progress for the dashboard's cards: the figures
// beside each ring, how full the ring is, and the days left in a cycle. Dates are calendar
// dates (YYYY-MM-DD) counted in whole days, never through the time zone.
import type { ProfileBody, ProfileProgress, Requirement } from "../ipc/bindings";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_MS = 86_400_000;

/** The parts of YYYY-MM-DD as numbers (month 1 to 12). */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

/** Days since 1 January 1970 of a calendar date: whole days, whatever the time zone. */
function dayNumber(iso: string): number {
  const { year, month, day } = dateParts(iso);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** "1 Apr 2025": a calendar date as people read it (the same in every webview). */
export function formatDay(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** "1 Apr 2025 – 31 Mar 2028". */
export function formatRange(first: string, last: string): string {
  return `${formatDay(first)} – ${formatDay(last)}`;
}

/** "1,096": a whole number with its thousands marked. */
export function groupDigits(n: number): string {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "1 day", "480 days". */
export function days(n: number): string {
  return n === 1 ? "1 day" : `${groupDigits(n)} days`;
}

/** The short name of a body, for its badge. */
export const BODY_SHORT: Record<ProfileBody, string> = {
  cld: "CLD",
  nmc: "NMC",
  hcpc: "HCPC",
  gtcs: "GTCS",
  custom: "Own",
};

/** Hours to show without a trail of decimals: "45", "52.5", "42.86". */
export function hoursText(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** Hours done, to a tenth and never rounded up (34.96 h is not yet 35). */
function doneHours(hours: number): string {
  return String(Math.floor(hours * 10 + 1e-9) / 10);
}

/** Hours asked, to a tenth and never rounded down. */
function askedHours(hours: number): string {
  return String(Math.ceil(hours * 10 - 1e-9) / 10);
}

/** How a requirement should feel: done, under way, or a date near, far or gone. */
export type Tone = "met" | "progress" | "due" | "soon" | "late";

/** Within this many days a due date is flagged as near. */
export const SOON_DAYS = 60;
/** The most segments a count ring is split into (one per piece of evidence). */
const MAX_SEGMENTS = 12;

/** One requirement as its tile shows it. */
export interface RequirementView {
  key: string;
  label: string;
  unit: Requirement["unit"];
  met: boolean;
  note: string;
  /** "23 of 35 h", "3 of 5", "Sign-off due 31 Mar 2028 · 480 days left". */
  figures: string;
  /** How full the ring is, 0 to 1. */
  fraction: number;
  /** For a small count, one segment per piece (0 for a continuous ring). */
  segments: number;
  /** Segments filled. */
  filled: number;
  /** What the ring holds: "66%", "3", or "" for an icon. */
  centre: string;
  tone: Tone;
}

/** The words for a date requirement: when it is due and how far away that is. */
function dueText(requirement: Requirement, remaining: number): string {
  const signoff = requirement.key === "signoff";
  const on = requirement.dueOn ? ` ${formatDay(requirement.dueOn)}` : "";
  if (remaining > 0) return `${signoff ? "Sign-off due" : "Due"}${on} · ${days(remaining)} left`;
  if (remaining === 0) return `${signoff ? "Sign-off due" : "Due"} today${on ? ` ·${on}` : ""}`;
  return `${signoff ? "Sign-off was due" : "Was due"}${on} · ${days(-remaining)} ago`;
}

/** How a requirement's tile reads and how full its ring is. */
export function requirementView(requirement: Requirement): RequirementView {
  const target = requirement.target ?? 0;
  const achieved = requirement.achieved ?? 0;
  const base = {
    key: requirement.key,
    label: requirement.label,
    unit: requirement.unit,
    met: requirement.met,
    note: requirement.note,
  };
  if (requirement.unit === "date") {
    const remaining = Math.round(achieved);
    const tone: Tone = remaining < 0 ? "late" : remaining <= SOON_DAYS ? "soon" : "due";
    return { ...base, figures: dueText(requirement, remaining), fraction: 0, segments: 0, filled: 0, centre: "", tone };
  }
  const fraction = target > 0 ? Math.min(1, Math.max(0, achieved / target)) : requirement.met ? 1 : 0;
  const tone: Tone = requirement.met ? "met" : "progress";
  if (requirement.unit === "hours") {
    return {
      ...base,
      figures: `${doneHours(achieved)} of ${askedHours(target)} h`,
      fraction,
      segments: 0,
      filled: 0,
      centre: requirement.met ? "" : `${Math.floor(fraction * 100)}%`,
      tone,
    };
  }
  const whole = Number.isInteger(target) && target >= 1 && target <= MAX_SEGMENTS;
  return {
    ...base,
    figures: `${groupDigits(achieved)} of ${groupDigits(target)}`,
    fraction,
    segments: whole ? target : 0,
    filled: whole ? Math.min(target, Math.max(0, Math.floor(achieved))) : 0,
    centre: requirement.met ? "" : groupDigits(achieved),
    tone,
  };
}

/** "480 days left", "Last day of this cycle", "Starts in 12 days": where today is in a cycle. */
export function cycleLeftText(progress: Pick<ProfileProgress, "cycleStart" | "cycleEnd">, today: string): string {
  const untilStart = daysBetween(today, progress.cycleStart);
  if (untilStart > 0) return `Starts in ${days(untilStart)}`;
  const left = daysBetween(today, progress.cycleEnd);
  if (left <= 0) return "Last day of this cycle";
  return `${days(left)} left`;
}

/** How far through its cycle today is, 0 to 1 (today counted as passed). */
export function cycleElapsed(progress: Pick<ProfileProgress, "cycleStart" | "cycleEnd">, today: string): number {
  const length = daysBetween(progress.cycleStart, progress.cycleEnd) + 1;
  if (length <= 0) return 0;
  const done = daysBetween(progress.cycleStart, today) + 1;
  return Math.min(1, Math.max(0, done / length));
}

/** "3 of 5 met", "All 2 met", "Nothing to track". */
export function metText(requirements: Requirement[]): string {
  const total = requirements.length;
  if (total === 0) return "Nothing to track";
  const met = requirements.filter((requirement) => requirement.met).length;
  if (met === total) return total === 1 ? "Met" : `All ${total} met`;
  return `${met} of ${total} met`;
}
