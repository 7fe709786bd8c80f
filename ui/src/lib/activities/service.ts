// Activity service: the only way components reach activity commands.
import { AppError, call, commands } from "../ipc/client";
import type { Activity, ActivityFields, ActivityKind, ActivityMode, Community, Goal, Page } from "../ipc/bindings";
import { todayIso } from "./format";

export function listActivities(offset: number, limit: number): Promise<Page<Activity>> {
  return call(commands.listActivities({ offset, limit }));
}

export function getActivity(id: string): Promise<Activity> {
  return call(commands.getActivity(id));
}

/** A cleared date box cannot even be sent as a date: say so beside it, as Rust would. */
function requireStartDate(fields: ActivityFields): void {
  if (!fields.startedOn) {
    throw new AppError({ code: "invalid", field: "startedOn", message: "Choose the date it started." });
  }
}

export async function createActivity(fields: ActivityFields): Promise<Activity> {
  requireStartDate(fields);
  return call(commands.createActivity(fields));
}

export async function updateActivity(id: string, fields: ActivityFields): Promise<Activity> {
  requireStartDate(fields);
  return call(commands.updateActivity(id, fields));
}

export function trashActivity(id: string): Promise<Activity> {
  return call(commands.trashActivity(id));
}

export function restoreActivity(id: string): Promise<Activity> {
  return call(commands.restoreActivity(id));
}

/** What the quick-add form holds. */
export interface QuickDraft {
  title: string;
  date: string;
  minutes: number;
  kind: ActivityKind;
}

export function emptyDraft(kind: ActivityKind = "course"): QuickDraft {
  return { title: "", date: todayIso(), minutes: 60, kind };
}

/** The full record for a quick-add draft: one day, in the mode usual for its kind. */
export function draftToFields(draft: QuickDraft, usualMode: ActivityMode): ActivityFields {
  return {
    title: draft.title,
    description: "",
    kind: draft.kind,
    mode: usualMode,
    participatoryMinutes: 0,
    startedOn: draft.date,
    endedOn: null,
    minutes: draft.minutes,
    provider: "",
    location: "",
    outcomes: "",
    impact: "",
    tags: [],
    goalId: null,
    communityId: null,
  };
}

/**
 * The fields for logging a recurring activity again today: everything kept but the dates,
 * which move to `today` (a multi-day span keeps its length).
 */
export function againFields(fields: ActivityFields, today: string): ActivityFields {
  const days = fields.endedOn ? (Date.parse(fields.endedOn) - Date.parse(fields.startedOn)) / 86_400_000 : 0;
  const end = new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
  return { ...fields, startedOn: today, endedOn: days > 0 ? end : null };
}

/** The goals and communities an activity can be linked to. */
export async function linkChoices(): Promise<{ goals: Goal[]; communities: Community[] }> {
  const [goals, communities] = await Promise.all([call(commands.listGoals()), call(commands.listCommunities())]);
  return { goals, communities };
}
