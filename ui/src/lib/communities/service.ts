// Community service: the only way components reach the community commands, and the pure
// helpers that describe a community's history and what happened in it.
import { call, commands } from "../ipc/client";
import type { Choice, Community, CommunityFields, LevelChange, ParticipationLevel, Reflection } from "../ipc/bindings";
import { dateBadge, formatDuration } from "../activities/format";
import { counted, labelOf } from "../goals/service";

/** What the community form edits: `CommunityFields` with the date as the date box holds it. */
export interface CommunityDraft {
  name: string;
  online: boolean;
  link: string;
  /** YYYY-MM-DD, or "" when not known. */
  joinedOn: string;
  level: ParticipationLevel;
  notes: string;
}

/** One step of a community's level history, ready to show. */
export interface LevelStep {
  level: ParticipationLevel;
  label: string;
  /** "1 Sep 2025". */
  since: string;
}

/** Every community, by name. */
export function listCommunities(): Promise<Community[]> {
  return call(commands.listCommunities());
}

/** Adds a community (`id` null) or saves changes to one; Rust keeps a change of level. */
export function saveCommunity(id: string | null, draft: CommunityDraft): Promise<Community> {
  const fields = fromDraft(draft);
  return call(id === null ? commands.createCommunity(fields) : commands.updateCommunity(id, fields));
}

/** Deletes a community; its activities and reflections stay. */
export async function deleteCommunity(id: string): Promise<void> {
  await call(commands.deleteCommunity(id));
}

/** Starts a community health-check reflection on the community and returns it. */
export function startHealthCheck(id: string): Promise<Reflection> {
  return call(commands.startHealthCheck(id));
}

/** Puts a community's link on the clipboard (the webview never opens it). */
export function copyLink(link: string): Promise<void> {
  return navigator.clipboard.writeText(link);
}

/** A new community: one the user takes an active part in, nothing typed yet. */
export function emptyCommunity(): CommunityFields {
  return { name: "", online: false, link: "", joinedOn: null, level: "active", notes: "" };
}

export function toDraft(fields: CommunityFields): CommunityDraft {
  return { ...fields, joinedOn: fields.joinedOn ?? "" };
}

/** The fields to send: a cleared date box means the joining date is not known. */
export function fromDraft(draft: CommunityDraft): CommunityFields {
  return { ...draft, joinedOn: draft.joinedOn || null };
}

/** The label Rust gives a level (the value itself if unknown). */
export function levelLabel(choices: Choice<ParticipationLevel>[], level: ParticipationLevel): string {
  return labelOf(choices, level);
}

/** "1 Sep 2025" for a calendar date, YYYY-MM-DD. */
export function shortDate(iso: string): string {
  const { day, month } = dateBadge(iso);
  return `${day} ${month} ${iso.slice(0, 4)}`;
}

/** The history of levels, oldest first, with labels and dates to show. */
export function levelSteps(history: LevelChange[], choices: Choice<ParticipationLevel>[]): LevelStep[] {
  return history.map(({ level, since }) => ({ level, label: levelLabel(choices, level), since: shortDate(since) }));
}

/** "Peripheral since 1 Sep 2025 → Core since 1 Dec 2026". */
export function levelTimeline(history: LevelChange[], choices: Choice<ParticipationLevel>[]): string {
  return levelSteps(history, choices)
    .map((step) => `${step.label} since ${step.since}`)
    .join(" → ");
}

/** "2 activities · 3 h · 1 reflection": what the user has done in the community. */
export function countsLine(community: Pick<Community, "activities" | "reflections" | "minutes">): string {
  if (community.activities === 0 && community.reflections === 0) return "No activities or reflections yet";
  const parts = [counted(community.activities, "activity", "activities")];
  if (community.minutes > 0) parts.push(formatDuration(community.minutes));
  parts.push(counted(community.reflections, "reflection", "reflections"));
  return parts.join(" · ");
}
