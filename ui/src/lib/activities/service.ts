// Activity service: the only way components reach activity commands.
import { call, commands } from "../ipc/client";
import type { Activity, ActivityFields, ActivityKind, Page } from "../ipc/bindings";
import { todayIso } from "./format";

export function listActivities(offset: number, limit: number): Promise<Page<Activity>> {
  return call(commands.listActivities({ offset, limit }));
}

export function getActivity(id: string): Promise<Activity> {
  return call(commands.getActivity(id));
}

export function createActivity(fields: ActivityFields): Promise<Activity> {
  return call(commands.createActivity(fields));
}

export function updateActivity(id: string, fields: ActivityFields): Promise<Activity> {
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

/** The full record for a quick-add draft: one day, formal unless the kind says otherwise. */
export function draftToFields(draft: QuickDraft): ActivityFields {
  return {
    title: draft.title,
    description: "",
    kind: draft.kind,
    mode: modeFor(draft.kind),
    participatoryMinutes: 0,
    startedOn: draft.date,
    endedOn: null,
    minutes: draft.minutes,
    provider: "",
    location: "",
    outcomes: "",
    impact: "",
  };
}

/** The mode most activities of a kind have; the user can change it in the detail view. */
export function modeFor(kind: ActivityKind): ActivityFields["mode"] {
  switch (kind) {
    case "reading":
    case "research":
    case "e_learning":
    case "online_network":
      return "self_directed";
    case "informal_conversation":
    case "peer_discussion":
    case "community_of_practice":
      return "informal";
    default:
      return "formal";
  }
}
