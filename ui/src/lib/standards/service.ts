// Standards service: the only way components reach the framework, coverage and standards
// commands, and the small helpers that name frameworks.
import { open } from "@tauri-apps/plugin-dialog";
import type { Coverage, Framework, Profile, StandardOwner } from "../ipc/bindings";
import { call, commands } from "../ipc/client";
import { toCycle, type ProfileCycle } from "../profiles/cycles";
import { fromDraft, type FrameworkDraft } from "./editor";
import type { Range } from "./period";

/** Every framework: the shipped ones first. */
export function listFrameworks(): Promise<Framework[]> {
  return call(commands.listFrameworks());
}

let cached: { revision: number; list: Promise<Framework[]> } | null = null;

/**
 * The frameworks as of the journal's `revision`: every picker on a screen shares one read,
 * and a change to the journal makes the next call read again.
 */
export function frameworksAt(revision: number): Promise<Framework[]> {
  if (cached?.revision !== revision) {
    const list = listFrameworks();
    cached = { revision, list };
    list.catch(() => {
      if (cached?.list === list) cached = null;
    });
  }
  return cached.list;
}

/** Adds a framework of the user's own (`id` null) or saves changes to one. */
export function saveFramework(id: string | null, draft: FrameworkDraft): Promise<Framework> {
  const fields = fromDraft(draft);
  return call(id === null ? commands.createFramework(fields) : commands.updateFramework(id, fields));
}

/** Deletes a framework of the user's own, with its links; the entries stay. */
export async function deleteFramework(id: string): Promise<void> {
  await call(commands.deleteFramework(id));
}

/** Reads a framework from a CSV or JSON file; a refusal names the line and column at fault. */
export function importFramework(path: string): Promise<Framework> {
  return call(commands.importFramework(path));
}

/** Asks for a CSV or JSON file with the system's dialog; null when the user cancels. */
export async function chooseFrameworkFile(): Promise<string | null> {
  const chosen = await open({
    multiple: false,
    directory: false,
    title: "Import a framework",
    filters: [{ name: "Framework (CSV or JSON)", extensions: ["csv", "json"] }],
  });
  return chosen ?? null;
}

/** How well each item of a framework is supported in a range. */
export function coverageOf(frameworkId: string, range: Range): Promise<Coverage> {
  return call(commands.coverage(frameworkId, range.from, range.to));
}

/** The ids of the framework items an entry is linked to. */
export function standardsOf(owner: StandardOwner): Promise<string[]> {
  return call(commands.standardsOf(owner));
}

/** Makes `items` the entry's standards; returns them as stored. */
export function setStandards(owner: StandardOwner, items: string[]): Promise<string[]> {
  return call(commands.setStandards(owner, items));
}

/** Each requirement profile's current cycle on `today`, as Rust works it out. */
export async function profileCycles(today: string): Promise<ProfileCycle[]> {
  const profiles = await listProfiles();
  return Promise.all(profiles.map(async (profile) => toCycle(await call(commands.profileProgress(profile.id, today)))));
}

/** The requirement profiles the user keeps to. */
export function listProfiles(): Promise<Profile[]> {
  return call(commands.listProfiles());
}

/** "The Code — NMC": the name, with the body's short name when the body gives one in brackets. */
export function frameworkLabel(framework: Pick<Framework, "name" | "body">): string {
  const short = framework.body.match(/\(([^()]+)\)\s*$/)?.[1]?.trim();
  return short && !framework.name.includes(short) ? `${framework.name} — ${short}` : framework.name;
}

/** The framework to show: the one chosen before if it still exists, else the shipped framework
 * of the user's first requirement profile, else the first. */
export function pickFramework(frameworks: Framework[], profiles: Profile[], chosen: string | null): string | null {
  if (chosen && frameworks.some((framework) => framework.id === chosen)) return chosen;
  for (const profile of profiles) {
    const match = frameworks.find((framework) => framework.preset === profile.fields.body);
    if (match) return match.id;
  }
  return frameworks[0]?.id ?? null;
}

/** The last part of a path, for saying which file a problem is in. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
