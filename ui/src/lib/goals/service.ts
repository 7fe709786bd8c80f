// Goal service: the only way components reach the goal commands, and the pure helpers that
// say how a goal is getting on.
import { call, commands } from "../ipc/client";
import type { Choice, Goal, GoalFields, GoalStatus } from "../ipc/bindings";
import { formatDate, formatDuration, todayIso } from "../activities/format";

/** What the goal form edits: `GoalFields` with the target date as the date box holds it. */
export interface GoalDraft {
  title: string;
  description: string;
  successCriteria: string;
  /** YYYY-MM-DD, or "" for no target date. */
  targetOn: string;
  status: GoalStatus;
}

/** Goals not in the trash, those in progress first. */
export function listGoals(): Promise<Goal[]> {
  return call(commands.listGoals());
}

/** Adds a goal (`id` null) or saves changes to one. */
export function saveGoal(id: string | null, draft: GoalDraft): Promise<Goal> {
  const fields = fromDraft(draft);
  return call(id === null ? commands.createGoal(fields) : commands.updateGoal(id, fields));
}

export async function trashGoal(id: string): Promise<void> {
  await call(commands.trashGoal(id));
}

export async function restoreGoal(id: string): Promise<void> {
  await call(commands.restoreGoal(id));
}

/** A new goal: in progress, nothing typed yet. */
export function emptyGoal(): GoalFields {
  return { title: "", description: "", successCriteria: "", targetOn: null, status: "active" };
}

export function toDraft(fields: GoalFields): GoalDraft {
  return { ...fields, targetOn: fields.targetOn ?? "" };
}

/** The fields to send: a cleared date box means no target date. */
export function fromDraft(draft: GoalDraft): GoalFields {
  return { ...draft, targetOn: draft.targetOn || null };
}

/** The label Rust gives a value of one of its vocabularies (the value itself if unknown). */
export function labelOf<T extends string>(choices: Choice<T>[], value: T): string {
  return choices.find((choice) => choice.value === value)?.label ?? value;
}

/** "1 activity", "3 reflections". */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 activities · 2 reflections · 7 h 30 min": what counts towards the goal so far. */
export function progressLine(goal: Pick<Goal, "activities" | "reflections" | "minutes">): string {
  if (goal.activities === 0 && goal.reflections === 0) return "Nothing linked to it yet";
  const parts = [
    counted(goal.activities, "activity", "activities"),
    counted(goal.reflections, "reflection", "reflections"),
  ];
  if (goal.minutes > 0) parts.push(formatDuration(goal.minutes));
  return parts.join(" · ");
}

/** Whether a goal still in progress has passed its target date (the day itself is not late). */
export function isOverdue(fields: Pick<GoalFields, "targetOn" | "status">, today: string = todayIso()): boolean {
  return fields.status === "active" && fields.targetOn !== null && fields.targetOn < today;
}

/** "by Sat 31 Mar 2027", or null when the goal has no target date. */
export function targetText(targetOn: string | null): string | null {
  return targetOn ? `by ${formatDate(targetOn)}` : null;
}
