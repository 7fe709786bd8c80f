// Dashboard service: reads the dashboard and shapes it for the figures, charts and lists.
import { dateBadge, formatDuration } from "../activities/format";
import type { Choice, Dashboard, MonthTotal, Share } from "../ipc/bindings";
import { call, commands } from "../ipc/client";

export function loadDashboard(): Promise<Dashboard> {
  return call(commands.dashboard());
}

/** The figures across the top of the dashboard. */
export interface Headline {
  minutes: number;
  /** "12 h 30 min". */
  time: string;
  activities: number;
  reflections: number;
  awaiting: number;
}

export function headline(dashboard: Dashboard): Headline {
  const minutes = dashboard.months.reduce((sum, month) => sum + month.minutes, 0);
  return {
    minutes,
    time: formatDuration(minutes),
    activities: dashboard.activities,
    reflections: dashboard.reflections,
    awaiting: dashboard.awaitingReflection,
  };
}

/** Whether nothing has been logged or written yet. */
export function isEmpty(dashboard: Dashboard): boolean {
  return dashboard.activities === 0 && dashboard.reflections === 0;
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** One month of the chart, with the words its table and tooltip show. */
export interface MonthRow {
  /** The axis label: the month, with the year under the first month and every January. */
  axis: string[];
  /** "Apr 2025". */
  name: string;
  minutes: number;
  participatory: number;
  /** Hours for the two stacked bars: learning with others, and the rest. */
  participatoryHours: number;
  otherHours: number;
}

export function monthRows(months: MonthTotal[]): MonthRow[] {
  return months.map((month, index) => {
    const short = dateBadge(month.month).month;
    const year = month.month.slice(0, 4);
    const participatory = Math.min(month.participatoryMinutes, month.minutes);
    return {
      axis: index === 0 || short === "Jan" ? [short, year] : [short],
      name: `${short} ${year}`,
      minutes: month.minutes,
      participatory,
      participatoryHours: hours(participatory),
      otherHours: hours(month.minutes - participatory),
    };
  });
}

/** A sentence for the month chart's accessible name. */
export function monthSummary(rows: MonthRow[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return "Hours per month: nothing logged.";
  const total = rows.reduce((sum, row) => sum + row.minutes, 0);
  const span = `Hours per month from ${first.name} to ${last.name}`;
  if (total === 0) return `${span}: nothing logged.`;
  const busiest = rows.reduce((best, row) => (row.minutes > best.minutes ? row : best), first);
  const together = rows.reduce((sum, row) => sum + row.participatory, 0);
  return `${span}: ${formatDuration(total)} in all, ${formatDuration(together)} of it participatory; most in ${busiest.name} (${formatDuration(busiest.minutes)}).`;
}

/** One bar of a share chart: a kind or mode, by its vocabulary label. */
export interface ShareRow {
  label: string;
  minutes: number;
  hours: number;
  time: string;
}

/** The shares that have time, labelled from the vocabulary, most first as Rust gives them. */
export function shareRows<T extends string>(shares: Share<T>[], choices: Choice<T>[]): ShareRow[] {
  const labels = new Map(choices.map((choice) => [choice.value, choice.label]));
  return shares
    .filter((share) => share.minutes > 0)
    .map((share) => ({
      label: labels.get(share.value) ?? share.value,
      minutes: share.minutes,
      hours: hours(share.minutes),
      time: formatDuration(share.minutes),
    }));
}

/** A sentence for a share chart's accessible name. */
export function shareSummary(title: string, rows: ShareRow[]): string {
  if (rows.length === 0) return `${title}: nothing logged.`;
  return `${title}: ${rows.map((row) => `${row.label} ${row.time}`).join(", ")}.`;
}
