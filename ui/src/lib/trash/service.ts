// Trash service: the only way components reach trashed entries.
import { call, commands } from "../ipc/client";
import type { Activity, Page, Reflection, Vocabulary } from "../ipc/bindings";
import { formatDuration, formatSpan, formatWhen } from "../activities/format";
import { excerpt } from "../reflections/service";

export function trashedActivities(offset: number, limit: number): Promise<Page<Activity>> {
  return call(commands.trashedActivities({ offset, limit }));
}

export function trashedReflections(offset: number, limit: number): Promise<Page<Reflection>> {
  return call(commands.trashedReflections({ offset, limit }));
}

/** One trashed entry as the trash lists it, whichever kind it is. */
export interface TrashEntry {
  kind: "activity" | "reflection";
  id: string;
  title: string;
  /** For an activity its date, kind and time; for a reflection what it was on. */
  detail: string;
  /** For a reflection its first words. */
  excerpt: string;
  /** "Trashed 5 minutes ago". */
  trashed: string;
}

function trashedWhen(deletedAt: string | null, now: Date): string {
  if (!deletedAt) return "In the trash";
  const when = formatWhen(deletedAt, now);
  // formatWhen gives "5 minutes ago" for recent moments and a bare date for older ones.
  return /^\d+ [A-Z]/.test(when) ? `Trashed on ${when}` : `Trashed ${when}`;
}

export function activityEntry(activity: Activity, vocabulary: Vocabulary, now = new Date()): TrashEntry {
  const { fields } = activity;
  const kind = vocabulary.activityKinds.find((choice) => choice.value === fields.kind)?.label;
  const detail = [formatSpan(fields.startedOn, fields.endedOn), kind, formatDuration(fields.minutes)];
  return {
    kind: "activity",
    id: activity.id,
    title: fields.title,
    detail: detail.filter(Boolean).join(" · "),
    excerpt: "",
    trashed: trashedWhen(activity.deletedAt, now),
  };
}

export function reflectionEntry(reflection: Reflection, now = new Date()): TrashEntry {
  return {
    kind: "reflection",
    id: reflection.id,
    title: reflection.fields.title || "Untitled reflection",
    detail: reflection.activityTitle ? `On: ${reflection.activityTitle}` : "",
    excerpt: excerpt(reflection, 140) || "Nothing written.",
    trashed: trashedWhen(reflection.deletedAt, now),
  };
}

/** The question asked before deleting an entry for good. */
export function purgeQuestion(entry: Pick<TrashEntry, "kind" | "title">): string {
  const question = `Delete “${entry.title}” for good? This cannot be undone.`;
  return entry.kind === "activity" ? `${question} Its reflections stay.` : question;
}

export async function restoreEntry(entry: TrashEntry): Promise<void> {
  if (entry.kind === "activity") await call(commands.restoreActivity(entry.id));
  else await call(commands.restoreReflection(entry.id));
}

export async function purgeEntry(entry: TrashEntry): Promise<void> {
  if (entry.kind === "activity") await call(commands.purgeActivity(entry.id));
  else await call(commands.purgeReflection(entry.id));
}
