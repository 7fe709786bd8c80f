// Backup service: the only way the backup card reaches the backup and restore commands and
// the save and open dialogs.
import { open, save } from "@tauri-apps/plugin-dialog";
import { todayIso } from "../activities/format";
import type { BackupSummary, RestoreOutcome } from "../ipc/bindings";
import { call, commands } from "../ipc/client";

/** Asks where to save the backup, offering "Cairn backup <today>.zip"; null when the user cancels. */
export async function chooseBackupPath(today: string = todayIso()): Promise<string | null> {
  const defaultPath = await commands.suggestBackupName(today);
  const chosen = await save({
    title: "Back up everything",
    defaultPath,
    filters: [{ name: "Cairn backup (ZIP)", extensions: ["zip"] }],
  });
  return chosen ?? null;
}

/** Writes the backup; the file appears only when complete. */
export function backupJournal(path: string): Promise<BackupSummary> {
  return call(commands.backupJournal(path));
}

/** Asks for a backup file with the system's dialog; null when the user cancels. */
export async function chooseBackupFile(): Promise<string | null> {
  const chosen = await open({
    multiple: false,
    directory: false,
    title: "Restore from a backup",
    filters: [{ name: "Cairn backup (ZIP)", extensions: ["zip"] }],
  });
  return chosen ?? null;
}

/**
 * Restores a backup, merged by id with what the journal holds. Rust checks the whole file
 * first, snapshots the journal, and treats a journal with no entries as a plain restore.
 */
export function restoreBackup(path: string): Promise<RestoreOutcome> {
  return call(commands.restoreBackup(path, true));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a finished backup says. */
export function backedUpMessage(summary: BackupSummary): string {
  return `Backed up ${plural(summary.records, "record", "records")} and ${plural(summary.files, "file", "files")}.`;
}

/** What a finished restore says. */
export function restoredMessage(outcome: RestoreOutcome): string {
  const added = `Restored: ${plural(outcome.inserted, "record", "records")} added`;
  return outcome.skipped > 0 ? `${added}, ${outcome.skipped} already here.` : `${added}.`;
}
