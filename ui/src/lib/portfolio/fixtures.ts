// Records for the portfolio tests.
import type {
  Activity,
  ActivityFields,
  Preview,
  PreviewRow,
  Privacy,
  Profile,
  ProfileBody,
  ProfileProgress,
  Reflection,
  Settings,
} from "../ipc/bindings";

export function profile(id: string, body: ProfileBody, label = ""): Profile {
  return {
    id,
    fields: {
      body,
      label,
      cycleStart: "2024-04-01",
      cycleYears: 3,
      weeklyHours: null,
      hoursTarget: null,
      periodMonths: null,
      participatoryShare: null,
      signoffOn: null,
    },
    createdAt: "",
    updatedAt: "",
  };
}

export function cycle(profileId: string, body: ProfileBody, label: string, cycleStart: string, cycleEnd: string): ProfileProgress {
  return { profileId, body, label, cycleStart, cycleEnd, requirements: [], warnings: [] };
}

export function settings(change: Partial<Settings> = {}): Settings {
  return {
    preferredModel: "gibbs",
    snapshotsKept: 14,
    weeklyReminder: true,
    reminderDay: 5,
    nudgeUnreflected: false,
    ownerName: "",
    registrationNumber: "",
    ...change,
  };
}

export function fields(change: Partial<ActivityFields> = {}): ActivityFields {
  return {
    title: "Safeguarding refresher",
    description: "",
    kind: "course",
    mode: "formal",
    participatoryMinutes: 0,
    startedOn: "2025-03-14",
    endedOn: null,
    minutes: 90,
    provider: "",
    location: "",
    outcomes: "",
    impact: "",
    tags: [],
    goalId: null,
    communityId: null,
    ...change,
  };
}

export function okRow(line: number, change: Partial<PreviewRow> = {}, activity: Partial<ActivityFields> = {}): PreviewRow {
  return { line, result: { Ok: fields(activity) }, ambiguousDate: false, duplicate: false, notes: [], ...change };
}

export function badRow(line: number, column: string, message: string): PreviewRow {
  return { line, result: { Err: [{ column, message }] }, ambiguousDate: false, duplicate: false, notes: [] };
}

export function preview(rows: PreviewRow[], change: Partial<Preview> = {}): Preview {
  const ok = rows.filter((row) => row.result.Ok);
  return {
    rows,
    good: ok.filter((row) => !row.duplicate).length,
    bad: rows.length - ok.length,
    ambiguous: rows.filter((row) => row.ambiguousDate).length,
    duplicates: ok.filter((row) => row.duplicate).length,
    missing: [],
    suggestedOrder: null,
    ...change,
  };
}

export function activity(id: string, change: Partial<ActivityFields> = {}): Activity {
  return { id, fields: fields(change), reflectionCount: 0, createdAt: "2025-03-14T10:00:00Z", updatedAt: "2025-03-14T10:00:00Z", deletedAt: null };
}

export function reflection(id: string, title: string, createdAt: string, privacy: Privacy = "shareable"): Reflection {
  return {
    id,
    fields: { title, model: "free", sections: [], activityId: null, privacy, tags: [], goalId: null, communityId: null },
    activityTitle: null,
    createdAt,
    updatedAt: createdAt,
    deletedAt: null,
  };
}
