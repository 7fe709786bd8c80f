// The span of time the coverage counts: this year, the last three years, all time, the
// current cycle of a requirement profile, or dates the user chooses.
import type { Choice, ProfileBody } from "../ipc/bindings";
import { cycleName, type ProfileCycle } from "../profiles/cycles";

/** Inclusive; either end may be open. Dates are YYYY-MM-DD. */
export interface Range {
  from: string | null;
  to: string | null;
}

/** One entry of the period menu. `value` is "year", "three-years", "all", "cycle:<profile id>" or "custom". */
export interface PeriodChoice {
  value: string;
  label: string;
  /** Null for "custom": the range comes from the date boxes. */
  range: Range | null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

function parts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split("-").map(Number);
  return [year ?? 1970, month ?? 1, day ?? 1];
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `iso` moved by whole years; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const [year, month, day] = parts(iso);
  const target = year + years;
  return `${target}-${pad(month)}-${pad(Math.min(day, daysIn(target, month)))}`;
}

/** `iso` moved by days. */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = parts(iso);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** "3 Mar 2026". */
export function shortDate(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/** The menu of periods, the profiles' current cycles (as Rust gives them) among them. */
export function periodChoices(profileCycles: ProfileCycle[], bodies: Choice<ProfileBody>[], today: string): PeriodChoice[] {
  const year = today.slice(0, 4);
  const cycles = profileCycles.map((cycle) => ({
    value: `cycle:${cycle.profileId}`,
    label: `Current cycle · ${cycleName(cycle, bodies)}`,
    range: { from: cycle.from, to: cycle.to },
  }));
  return [
    { value: "year", label: `This year (${year})`, range: { from: `${year}-01-01`, to: `${year}-12-31` } },
    { value: "three-years", label: "Last 3 years", range: { from: addDays(addYears(today, -3), 1), to: today } },
    ...cycles,
    { value: "all", label: "All time", range: { from: null, to: null } },
    { value: "custom", label: "Choose dates…", range: null },
  ];
}

/** The range a chosen period stands for; an unknown choice (a profile deleted) counts this year. */
export function rangeOf(choices: PeriodChoice[], value: string, custom: { from: string; to: string }): Range {
  if (value === "custom") return { from: custom.from || null, to: custom.to || null };
  const choice = choices.find((c) => c.value === value) ?? choices[0];
  return choice?.range ?? { from: null, to: null };
}

/** "1 Jan 2026 – 31 Dec 2026", "Since 3 Mar 2023", "Up to 31 Dec 2026", or "All time". */
export function rangeText(range: Range): string {
  if (range.from && range.to) return `${shortDate(range.from)} – ${shortDate(range.to)}`;
  if (range.from) return `Since ${shortDate(range.from)}`;
  if (range.to) return `Up to ${shortDate(range.to)}`;
  return "All time";
}
