// Portfolio service: the only way components reach the export and CSV import commands, the
// save and open dialogs, and the export's progress events.
import { open, save } from "@tauri-apps/plugin-dialog";
import { todayIso } from "../activities/format";
import {
  events,
  type DateOrder,
  type ExportRequest,
  type ExportSummary,
  type Framework,
  type ImportDraft,
  type ImportOutcome,
  type Leap2aOutcome,
  type Mapping,
  type Page,
  type PageRequest,
  type Preview,
  type Profile,
  type ProfileBody,
  type ProfileProgress,
  type Settings,
} from "../ipc/bindings";
import { call, commands } from "../ipc/client";
import { bodyNames, EVIDENCE_ZIP_FILTER, FORMATS, zipNameOf, type ExportChoice, type JournalEntries } from "./export";

/**
 * What the export card starts from: each profile's current cycle (Rust works them out), the
 * cover details kept in Settings, and the bodies' full names for the cover.
 */
export interface ExportSetup {
  profiles: Profile[];
  cycles: ProfileProgress[];
  settings: Settings;
  bodyNames: Partial<Record<ProfileBody, string>>;
}

export async function loadExportSetup(today: string = todayIso()): Promise<ExportSetup> {
  const [profiles, settings, frameworks] = await Promise.all([
    call(commands.listProfiles()),
    call(commands.getSettings()),
    // Only for a fuller name on the cover: the card works without it.
    call(commands.listFrameworks()).catch((): Framework[] => []),
  ]);
  const cycles = await Promise.all(profiles.map((profile) => call(commands.profileProgress(profile.id, today))));
  return { profiles, cycles, settings, bodyNames: bodyNames(frameworks) };
}

/** Every activity and reflection in the journal, page by page, for choosing which go in an export. */
export async function loadJournalEntries(): Promise<JournalEntries> {
  const [activities, reflections] = await Promise.all([
    allPages((page) => call(commands.listActivities(page))),
    allPages((page) => call(commands.listReflections(page))),
  ]);
  return { activities, reflections };
}

/** The largest page Rust returns. */
const PAGE = 200;

async function allPages<T>(list: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (;;) {
    const page = await list({ offset: items.length, limit: PAGE });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

/** Keeps the cover's name and registration number in Settings, leaving every other preference as it is now. */
export async function saveOwner(ownerName: string, registrationNumber: string): Promise<Settings> {
  const settings = await call(commands.getSettings());
  if (settings.ownerName === ownerName && settings.registrationNumber === registrationNumber) return settings;
  return call(commands.setSettings({ ...settings, ownerName, registrationNumber }));
}

/** Asks where to save, offering the name Rust suggests; null when the user cancels. */
export async function chooseExportPath(request: ExportRequest, format: ExportChoice): Promise<string | null> {
  const defaultPath =
    format === "leap2a" ? await commands.suggestLeap2aName(request) : await commands.suggestExportName(request, format);
  const zipped = format !== "leap2a" && request.withEvidence === true;
  const { filter, extension } = zipped ? { filter: EVIDENCE_ZIP_FILTER, extension: "zip" } : FORMATS[format];
  const chosen = await save({
    title: "Export the portfolio",
    defaultPath: zipped ? zipNameOf(defaultPath) : defaultPath,
    filters: [{ name: filter, extensions: [extension] }],
  });
  return chosen ?? null;
}

/** Writes the file; "leap2a" writes a Leap2A package through its own command (same progress events and cancel). */
export function exportPortfolio(request: ExportRequest, format: ExportChoice, path: string): Promise<ExportSummary> {
  if (format === "leap2a") return call(commands.exportLeap2a(request, path));
  return call(commands.exportPortfolio(request, format, path));
}

/** Asks the running export to stop; it then fails with the code "cancelled" and leaves no file. */
export function cancelExport(): Promise<void> {
  return commands.cancelExport();
}

/** Calls `handler` with the running export's progress (0 to 1); returns a function that stops listening. */
export function onExportProgress(handler: (fraction: number) => void): Promise<() => void> {
  return events.exportProgress.listen((event) => {
    if (typeof event.payload === "number" && Number.isFinite(event.payload)) handler(event.payload);
  });
}

/** Asks for one file of the given kind with the system's open dialog; null when the user cancels. */
async function chooseFile(title: string, name: string, extensions: string[]): Promise<string | null> {
  const chosen = await open({ multiple: false, directory: false, title, filters: [{ name, extensions }] });
  return chosen ?? null;
}

/** Asks for the user's own typst template for a PDF; null when the user cancels. */
export function chooseTemplateFile(): Promise<string | null> {
  return chooseFile("Use my own typst template", "Typst template", ["typ"]);
}

/** Asks for a CSV file with the system's dialog; null when the user cancels. */
export function chooseCsvFile(): Promise<string | null> {
  return chooseFile("Import a CSV file", "Spreadsheet (CSV)", ["csv"]);
}

/** Reads a CSV file: its columns, the mapping Cairn guesses and the preview. Writes nothing. */
export function openCsvImport(path: string, today: string = todayIso()): Promise<ImportDraft> {
  return call(commands.openCsvImport(path, today));
}

/** The preview under another mapping or date order. Writes nothing. */
export function previewCsvImport(path: string, mapping: Mapping, order: DateOrder, today: string = todayIso()): Promise<Preview> {
  return call(commands.previewCsvImport(path, mapping, order, today));
}

/** Imports the good rows in one transaction; refused when rows have problems and `allowBadRows` is not set. */
export function commitCsvImport(
  path: string,
  mapping: Mapping,
  order: DateOrder,
  allowBadRows: boolean,
  today: string = todayIso(),
): Promise<ImportOutcome> {
  return call(commands.commitCsvImport(path, mapping, order, allowBadRows, today));
}

/** Asks for a Leap2A export (a Mahara ZIP, or its leap2a.xml); null when the user cancels. */
export function chooseLeap2aFile(): Promise<string | null> {
  return chooseFile("Import from Mahara (Leap2A)", "Leap2A export", ["zip", "xml"]);
}

/** Imports activities, journal entries (as reflections) and plans (as goals); what the journal holds already is skipped. */
export function importLeap2a(path: string): Promise<Leap2aOutcome> {
  return call(commands.importLeap2a(path));
}
