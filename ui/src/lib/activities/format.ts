// Pure helpers for showing and entering time and dates.

/** More minutes than anyone could spend: larger entries are held here so Rust can explain. */
const MINUTES_LIMIT = 1_000_000;

/** Total minutes from an hours and a minutes box; empty boxes count as nothing. */
export function toMinutes(hours: number | null, minutes: number | null): number {
  const total = Math.round((hours ?? 0) * 60 + (minutes ?? 0));
  return Math.max(-MINUTES_LIMIT, Math.min(MINUTES_LIMIT, total));
}

/** Splits minutes into whole hours and the remaining minutes. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** "45 min", "2 h", "1 h 30 min". */
export function formatDuration(total: number): string {
  const { hours, minutes } = splitMinutes(total);
  if (hours === 0) return `${minutes} min`;
  if (minutes === 0) return `${hours} h`;
  return `${hours} h ${minutes} min`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Today in the user's own time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Parses YYYY-MM-DD as a local calendar date. */
function localDate(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "3 Mar 2026" (the same in every webview, unlike toLocaleDateString). */
function dayMonthYear(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** "Tue 3 Mar 2026". */
function weekdayDate(date: Date): string {
  return `${WEEKDAYS[date.getDay()]} ${dayMonthYear(date)}`;
}

/** "Tue 3 Mar 2026" for a calendar date, YYYY-MM-DD. */
export function formatDate(iso: string): string {
  return weekdayDate(localDate(iso));
}

/** "09:14": the time of day on a 24-hour clock. */
function clock(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "09:14" for an instant in RFC 3339, in local time. */
export function formatTime(instant: string): string {
  return clock(new Date(instant));
}

/** "Tue 1 Dec 2026, 09:14" for an instant in RFC 3339, in local time; unreadable text as it is. */
export function formatDateTime(instant: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  return `${weekdayDate(at)}, ${clock(at)}`;
}

/** "3 Mar – Thu 5 Mar 2026" for a span, or the single date. */
export function formatSpan(start: string, end: string | null): string {
  if (!end || end === start) return formatDate(start);
  const first = localDate(start);
  return `${first.getDate()} ${MONTHS[first.getMonth()]} – ${formatDate(end)}`;
}

/** The day number and short month, for a list's date column. */
export function dateBadge(iso: string): { day: string; month: string } {
  const date = localDate(iso);
  return { day: String(date.getDate()), month: MONTHS[date.getMonth()] ?? "" };
}

/** "just now", "5 minutes ago", or a date, for an instant in RFC 3339. */
export function formatWhen(instant: string, now: Date = new Date()): string {
  const then = new Date(instant);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  return dayMonthYear(then);
}
