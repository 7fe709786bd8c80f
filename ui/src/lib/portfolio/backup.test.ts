import { beforeEach, describe, expect, it, vi } from "vitest";
import { render } from "svelte/server";
import BackupCard from "./BackupCard.svelte";

const ok = <T>(data: T) => Promise.resolve({ status: "ok" as const, data });

const commands = vi.hoisted(() => ({
  suggestBackupName: vi.fn(),
  backupJournal: vi.fn(),
  restoreBackup: vi.fn(),
}));
const dialog = vi.hoisted(() => ({ open: vi.fn(), save: vi.fn() }));

vi.mock("../ipc/client", async (original) => ({ ...(await original<typeof import("../ipc/client")>()), commands }));
vi.mock("@tauri-apps/plugin-dialog", () => dialog);

const service = await import("./backup");

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset();
  dialog.open.mockReset();
  dialog.save.mockReset();
});

describe("backing up", () => {
  it("offers the name Rust suggests for today and saves where the user chose", async () => {
    commands.suggestBackupName.mockResolvedValue("Cairn backup 2026-12-01.zip");
    dialog.save.mockResolvedValue("/home/ann/Cairn backup 2026-12-01.zip");
    const path = await service.chooseBackupPath("2026-12-01");
    expect(commands.suggestBackupName).toHaveBeenCalledWith("2026-12-01");
    expect(dialog.save).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: "Cairn backup 2026-12-01.zip" }));
    expect(path).toBe("/home/ann/Cairn backup 2026-12-01.zip");

    commands.backupJournal.mockReturnValue(ok({ path: path ?? "", size: 10, records: 12, files: 1 }));
    const summary = await service.backupJournal(path ?? "");
    expect(service.backedUpMessage(summary)).toBe("Backed up 12 records and 1 file.");
  });

  it("does nothing when the save dialog is cancelled", async () => {
    commands.suggestBackupName.mockResolvedValue("Cairn backup 2026-12-01.zip");
    dialog.save.mockResolvedValue(null);
    expect(await service.chooseBackupPath("2026-12-01")).toBeNull();
  });
});

describe("restoring", () => {
  it("merges by id, so entries already in the journal are kept", async () => {
    commands.restoreBackup.mockReturnValue(ok({ inserted: 3, skipped: 2 }));
    const outcome = await service.restoreBackup("/home/ann/backup.zip");
    expect(commands.restoreBackup).toHaveBeenCalledWith("/home/ann/backup.zip", true);
    expect(service.restoredMessage(outcome)).toBe("Restored: 3 records added, 2 already here.");
    expect(service.restoredMessage({ inserted: 1, skipped: 0 })).toBe("Restored: 1 record added.");
  });

  it("reports a damaged backup's reason", async () => {
    commands.restoreBackup.mockReturnValue(
      Promise.resolve({
        status: "error" as const,
        error: { code: "invalid", message: "This file is not a Cairn backup, or it is damaged: not a ZIP file.", field: "file" },
      }),
    );
    await expect(service.restoreBackup("/x.zip")).rejects.toThrow("not a Cairn backup");
  });
});

describe("the backup card", () => {
  it("offers a backup and a restore", () => {
    const html = render(BackupCard).body;
    expect(html).toContain('data-testid="backup-card"');
    expect(html).toContain('data-testid="backup-start"');
    expect(html).toContain('data-testid="restore-start"');
    expect(html).toContain("Back up everything…");
  });
});
