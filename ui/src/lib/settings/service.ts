// Settings service: the only way components reach preferences, tags and snapshots.
import { AppError, call, commands } from "../ipc/client";
import type { ModelGuide, Settings, Snapshot, TagUsage } from "../ipc/bindings";
import { tidyTagName } from "../tags/tags";

export function getSettings(): Promise<Settings> {
  return call(commands.getSettings());
}

/** Stores the preferences; a snapshot count that cannot even be sent is refused beside its box. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  requireWholeCount(settings.snapshotsKept);
  return call(commands.setSettings(settings));
}

let modelsPromise: Promise<ModelGuide[]> | null = null;

/** Every reflective model with its summary (asked once; they never change at run time). */
export function reflectiveModels(): Promise<ModelGuide[]> {
  modelsPromise ??= commands.reflectiveModels().catch((error: unknown) => {
    modelsPromise = null;
    throw error;
  });
  return modelsPromise;
}

export function listSnapshots(): Promise<Snapshot[]> {
  return call(commands.listSnapshots());
}

export function restoreSnapshot(name: string): Promise<null> {
  return call(commands.restoreSnapshot(name));
}

export function listTags(): Promise<TagUsage[]> {
  return call(commands.listTags());
}

export function renameTag(id: string, name: string): Promise<null> {
  return call(commands.renameTag(id, name));
}

export function mergeTags(from: string, into: string): Promise<null> {
  return call(commands.mergeTags(from, into));
}

export function deleteTag(id: string): Promise<null> {
  return call(commands.deleteTag(id));
}

/** Rust's own words for a count out of range, used for counts too odd to send at all. */
const KEPT_RULE = "Keep between 1 and 90 snapshots.";

/** A blank, fractional or negative count cannot cross IPC as a whole number: say so as Rust would. */
function requireWholeCount(kept: number): void {
  if (!Number.isSafeInteger(kept) || kept < 0 || kept > 0xffff_ffff) {
    throw new AppError({ code: "invalid", field: "snapshotsKept", message: KEPT_RULE });
  }
}

/** The number typed in a number box; NaN when it is blank or not a number. */
export function parseCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? Number.NaN : Number(trimmed);
}

/** "340 KB", "1.4 MB", "12 MB": a file's size as people read it. */
export function formatSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1000) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  return mb < 10 ? `${mb.toFixed(1)} MB` : `${Math.round(mb)} MB`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 activities and 1 reflection", "2 reflections", "no entries". */
export function usageText(tag: Pick<TagUsage, "activities" | "reflections">): string {
  const parts = [];
  if (tag.activities > 0) parts.push(count(tag.activities, "activity", "activities"));
  if (tag.reflections > 0) parts.push(count(tag.reflections, "reflection", "reflections"));
  return parts.length > 0 ? parts.join(" and ") : "no entries";
}

/** What deleting a tag will do, in a sentence. */
export function deleteQuestion(tag: TagUsage): string {
  const used = tag.activities + tag.reflections;
  const effect =
    used === 0
      ? "No entries carry it."
      : `It comes off ${usageText(tag)}; the entries themselves stay.`;
  return `Delete the tag “${tag.name}”? ${effect}`;
}

/** A name as Rust compares it: tidied, case ignored. */
function comparable(name: string): string {
  return tidyTagName(name).toLowerCase();
}

/** The other tag already called `name`, if any: the one to merge into instead of renaming. */
export function tagNamed(tags: TagUsage[], name: string, except: string): TagUsage | undefined {
  const wanted = comparable(name);
  return tags.find((tag) => tag.id !== except && comparable(tag.name) === wanted);
}

/** The tags `tag` can be merged into: all the others, by name. */
export function mergeTargets(tags: TagUsage[], tag: TagUsage): TagUsage[] {
  return tags.filter((other) => other.id !== tag.id);
}
