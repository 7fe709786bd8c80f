import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ExportRequest } from "../ipc/bindings";
import { cycle, profile, settings } from "./fixtures";

const ok = <T>(data: T) => Promise.resolve({ status: "ok" as const, data });

const commands = vi.hoisted(() => ({
  listProfiles: vi.fn(),
  listActivities: vi.fn(),
  listReflections: vi.fn(),
  listFrameworks: vi.fn(),
  profileProgress: vi.fn(),
  getSettings: vi.fn(),
  setSettings: vi.fn(),
  suggestExportName: vi.fn(),
  exportPortfolio: vi.fn(),
  suggestLeap2aName: vi.fn(),
  exportLeap2a: vi.fn(),
  importLeap2a: vi.fn(),
  cancelExport: vi.fn(),
  openCsvImport: vi.fn(),
  previewCsvImport: vi.fn(),
  commitCsvImport: vi.fn(),
}));
const dialog = vi.hoisted(() => ({ open: vi.fn(), save: vi.fn() }));
const listeners = vi.hoisted(() => ({ listen: vi.fn() }));

vi.mock("../ipc/client", async (original) => ({ ...(await original<typeof import("../ipc/client")>()), commands }));
vi.mock("../ipc/bindings", async (original) => ({
  ...(await original<typeof import("../ipc/bindings")>()),
  events: { exportProgress: listeners },
}));
vi.mock("@tauri-apps/plugin-dialog", () => dialog);

const service = await import("./service");

const request: ExportRequest = {
  layout: "general",
  owner: { name: "", registrationNumber: "", body: "" },
  from: "2026-01-01",
  to: "2026-12-31",
  includePrivate: false,
  entries: null,
};

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset();
  dialog.open.mockReset();
  dialog.save.mockReset();
  listeners.listen.mockReset();
});

describe("the export card's start", () => {
  it("asks Rust for each profile's current cycle rather than working it out", async () => {
    commands.listProfiles.mockReturnValue(ok([profile("a", "nmc"), profile("b", "cld")]));
    commands.getSettings.mockReturnValue(ok(settings({ ownerName: "Ann" })));
    commands.profileProgress.mockImplementation((id: string) => ok(cycle(id, "nmc", "", "2024-04-01", "2027-03-31")));
    commands.listFrameworks.mockReturnValue(ok([{ preset: "nmc", body: "Nursing and Midwifery Council (NMC)" }]));
    const setup = await service.loadExportSetup("2026-03-03");
    expect(commands.profileProgress.mock.calls).toEqual([["a", "2026-03-03"], ["b", "2026-03-03"]]);
    expect(setup.cycles.map((c) => c.profileId)).toEqual(["a", "b"]);
    expect(setup.settings.ownerName).toBe("Ann");
    expect(setup.bodyNames).toEqual({ nmc: "Nursing and Midwifery Council (NMC)" });
  });

  it("works without the bodies' full names when the frameworks cannot be read", async () => {
    commands.listProfiles.mockReturnValue(ok([]));
    commands.getSettings.mockReturnValue(ok(settings()));
    commands.listFrameworks.mockReturnValue(Promise.resolve({ status: "error", error: { code: "internal", message: "x", field: null } }));
    expect((await service.loadExportSetup("2026-03-03")).bodyNames).toEqual({});
  });
});

describe("the cover details", () => {
  it("are kept in Settings with every other preference as it is", async () => {
    commands.getSettings.mockReturnValue(ok(settings({ weeklyReminder: true })));
    commands.setSettings.mockImplementation((s: unknown) => ok(s));
    await service.saveOwner("Ann Smith", "12A3456E");
    expect(commands.setSettings).toHaveBeenCalledWith(settings({ weeklyReminder: true, ownerName: "Ann Smith", registrationNumber: "12A3456E" }));
  });

  it("are not written again when nothing changed", async () => {
    commands.getSettings.mockReturnValue(ok(settings({ ownerName: "Ann", registrationNumber: "1" })));
    await service.saveOwner("Ann", "1");
    expect(commands.setSettings).not.toHaveBeenCalled();
  });
});

describe("the save dialog", () => {
  it("offers the name Rust suggests and only the format's own kind of file", async () => {
    commands.suggestExportName.mockResolvedValue("Cairn portfolio 2026-01-01 to 2026-12-31.md");
    dialog.save.mockResolvedValue("/home/ann/portfolio.md");
    expect(await service.chooseExportPath(request, "markdown")).toBe("/home/ann/portfolio.md");
    expect(commands.suggestExportName).toHaveBeenCalledWith(request, "markdown");
    expect(dialog.save).toHaveBeenCalledWith({
      title: "Export the portfolio",
      defaultPath: "Cairn portfolio 2026-01-01 to 2026-12-31.md",
      filters: [{ name: "Markdown text", extensions: ["md"] }],
    });
  });

  it("offers a ZIP for Leap2A, named by its own command, and exports through it", async () => {
    commands.suggestLeap2aName.mockResolvedValue("Cairn portfolio (Leap2A).zip");
    dialog.save.mockResolvedValue("/home/ann/mahara.zip");
    expect(await service.chooseExportPath(request, "leap2a")).toBe("/home/ann/mahara.zip");
    expect(commands.suggestExportName).not.toHaveBeenCalled();
    expect(dialog.save).toHaveBeenCalledWith({
      title: "Export the portfolio",
      defaultPath: "Cairn portfolio (Leap2A).zip",
      filters: [{ name: "Leap2A package (ZIP)", extensions: ["zip"] }],
    });
    const summary = { path: "/home/ann/mahara.zip", size: 10, activities: 1, reflections: 0 };
    commands.exportLeap2a.mockReturnValue(ok(summary));
    expect(await service.exportPortfolio(request, "leap2a", "/home/ann/mahara.zip")).toEqual(summary);
    expect(commands.exportLeap2a).toHaveBeenCalledWith(request, "/home/ann/mahara.zip");
    expect(commands.exportPortfolio).not.toHaveBeenCalled();
  });

  it("offers a ZIP when the attached files go along", async () => {
    commands.suggestExportName.mockResolvedValue("Cairn portfolio 2026-01-01 to 2026-12-31.pdf");
    dialog.save.mockResolvedValue("/home/ann/portfolio.zip");
    expect(await service.chooseExportPath({ ...request, withEvidence: true }, "pdf")).toBe("/home/ann/portfolio.zip");
    expect(dialog.save).toHaveBeenCalledWith({
      title: "Export the portfolio",
      defaultPath: "Cairn portfolio 2026-01-01 to 2026-12-31.zip",
      filters: [{ name: "ZIP with attached files", extensions: ["zip"] }],
    });
  });

  it("gives null when the user cancels", async () => {
    commands.suggestExportName.mockResolvedValue("x.pdf");
    dialog.save.mockResolvedValue(null);
    expect(await service.chooseExportPath(request, "pdf")).toBeNull();
  });
});

describe("the entries to choose from", () => {
  it("are every activity and reflection, read page by page", async () => {
    const pages = [[{ id: "a1" }, { id: "a2" }], [{ id: "a3" }]];
    commands.listActivities.mockImplementation((page: { offset: number }) =>
      ok({ items: pages[page.offset === 0 ? 0 : 1], total: 3 }),
    );
    commands.listReflections.mockReturnValue(ok({ items: [{ id: "r1" }], total: 1 }));
    const entries = await service.loadJournalEntries();
    expect(entries.activities.map((a) => a.id)).toEqual(["a1", "a2", "a3"]);
    expect(entries.reflections.map((r) => r.id)).toEqual(["r1"]);
    expect(commands.listActivities.mock.calls).toEqual([[{ offset: 0, limit: 200 }], [{ offset: 2, limit: 200 }]]);
  });
});

describe("a template of one's own", () => {
  it("is a .typ file from the open dialog", async () => {
    dialog.open.mockResolvedValue("/home/ann/mine.typ");
    expect(await service.chooseTemplateFile()).toBe("/home/ann/mine.typ");
    expect(dialog.open).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: "Typst template", extensions: ["typ"] }] }));
    dialog.open.mockResolvedValue(null);
    expect(await service.chooseTemplateFile()).toBeNull();
  });
});

describe("progress", () => {
  it("passes on fractions and ignores anything else", async () => {
    let emit: (event: { payload: unknown }) => void = () => {};
    listeners.listen.mockImplementation(async (cb: typeof emit) => {
      emit = cb;
      return () => {};
    });
    const seen: number[] = [];
    await service.onExportProgress((f) => seen.push(f));
    emit({ payload: 0.25 });
    emit({ payload: null });
    emit({ payload: 1 });
    expect(seen).toEqual([0.25, 1]);
  });
});

describe("the CSV file dialog", () => {
  it("asks for one CSV file", async () => {
    dialog.open.mockResolvedValue("/home/ann/log.csv");
    expect(await service.chooseCsvFile()).toBe("/home/ann/log.csv");
    expect(dialog.open).toHaveBeenCalledWith({
      multiple: false,
      directory: false,
      title: "Import a CSV file",
      filters: [{ name: "Spreadsheet (CSV)", extensions: ["csv"] }],
    });
  });
});

describe("the Leap2A import", () => {
  it("asks for a ZIP or the bare feed and imports it", async () => {
    dialog.open.mockResolvedValue("/home/ann/mahara.zip");
    expect(await service.chooseLeap2aFile()).toBe("/home/ann/mahara.zip");
    expect(dialog.open).toHaveBeenCalledWith({
      multiple: false,
      directory: false,
      title: "Import from Mahara (Leap2A)",
      filters: [{ name: "Leap2A export", extensions: ["zip", "xml"] }],
    });
    const outcome = { activities: 0, reflections: 2, goals: 1, skippedDuplicates: 0, skippedWithoutTime: 0, skippedUnsupported: 3 };
    commands.importLeap2a.mockReturnValue(ok(outcome));
    expect(await service.importLeap2a("/home/ann/mahara.zip")).toEqual(outcome);
  });
});

describe("errors", () => {
  it("come back as AppErrors with their code", async () => {
    commands.exportPortfolio.mockReturnValue(
      Promise.resolve({ status: "error", error: { code: "cancelled", message: "The export was cancelled; no file was written.", field: null } }),
    );
    await expect(service.exportPortfolio(request, "pdf", "/tmp/x.pdf")).rejects.toMatchObject({ code: "cancelled" });
  });
});
