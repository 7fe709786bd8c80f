import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ExportRequest } from "../ipc/bindings";
import { AppError } from "../ipc/client";
import { toasts } from "../shell/toast.svelte";

const service = vi.hoisted(() => ({
  chooseExportPath: vi.fn(),
  exportPortfolio: vi.fn(),
  cancelExport: vi.fn(),
  onExportProgress: vi.fn(),
}));
vi.mock("./service", () => service);

const { ExportJob } = await import("./exportJob.svelte");

const request: ExportRequest = {
  layout: "nmc",
  owner: { name: "Ann", registrationNumber: "", body: "" },
  from: "2026-01-01",
  to: "2026-12-31",
  includePrivate: false,
  entries: null,
};

let progress: (fraction: number) => void = () => {};
const unlisten = vi.fn();

beforeEach(() => {
  for (const fn of Object.values(service)) fn.mockReset();
  unlisten.mockReset();
  toasts.dismiss();
  service.onExportProgress.mockImplementation(async (handler: typeof progress) => {
    progress = handler;
    return unlisten;
  });
});

describe("an export", () => {
  it("does nothing when the save dialog is cancelled", async () => {
    service.chooseExportPath.mockResolvedValue(null);
    const job = new ExportJob();
    await job.run(request, "pdf");
    expect(service.exportPortfolio).not.toHaveBeenCalled();
    expect(job.running).toBe(false);
    expect(job.outcome).toBeNull();
  });

  it("shows progress while it runs, then says what was saved", async () => {
    service.chooseExportPath.mockResolvedValue("/home/ann/p.pdf");
    let finish: (value: unknown) => void = () => {};
    service.exportPortfolio.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const job = new ExportJob();
    const running = job.run(request, "pdf");
    await vi.waitFor(() => expect(service.exportPortfolio).toHaveBeenCalledWith(request, "pdf", "/home/ann/p.pdf"));
    expect(job.running).toBe(true);
    progress(0.4);
    progress(0.3);
    expect(job.progress, "never goes backwards").toBe(0.4);
    finish({ path: "/home/ann/p.pdf", size: 10, activities: 3, reflections: 2 });
    await running;
    expect(job.running).toBe(false);
    expect(job.lastPath).toBe("/home/ann/p.pdf");
    expect(toasts.current?.message).toBe("Saved “p.pdf” (3 activities, 2 reflections)");
    expect(unlisten, "stops listening for progress").toHaveBeenCalled();
  });

  it("says only “cancelled” when the user stopped it", async () => {
    service.chooseExportPath.mockResolvedValue("/tmp/p.pdf");
    service.exportPortfolio.mockRejectedValue(new AppError({ code: "cancelled", message: "The export was cancelled; no file was written.", field: null }));
    const job = new ExportJob();
    await job.run(request, "pdf");
    expect(job.outcome).toEqual({ kind: "cancelled" });
    expect(toasts.current).toBeNull();
    expect(job.lastPath).toBeNull();
  });

  it("shows why it failed", async () => {
    service.chooseExportPath.mockResolvedValue("/tmp/p.pdf");
    service.exportPortfolio.mockRejectedValue(new AppError({ code: "internal", message: "Writing the portfolio failed: disk full", field: null }));
    const job = new ExportJob();
    await job.run(request, "pdf");
    expect(job.outcome).toEqual({ kind: "failed", message: "Writing the portfolio failed: disk full", field: null });
    expect(job.templateProblem).toBeNull();
  });

  it("keeps a broken template's message for the template chooser", async () => {
    service.chooseExportPath.mockResolvedValue("/tmp/p.pdf");
    service.exportPortfolio.mockRejectedValue(new AppError({ code: "invalid", message: "Line 2: unknown variable", field: "template" }));
    const job = new ExportJob();
    await job.run(request, "pdf");
    expect(job.templateProblem).toBe("Line 2: unknown variable");
    job.clearTemplateProblem();
    expect(job.outcome).toBeNull();
  });

  it("asks Rust to stop once, while running", async () => {
    service.chooseExportPath.mockResolvedValue("/tmp/p.pdf");
    service.exportPortfolio.mockReturnValue(new Promise(() => {}));
    service.cancelExport.mockResolvedValue(undefined);
    const job = new ExportJob();
    await job.cancel();
    expect(service.cancelExport, "nothing to stop yet").not.toHaveBeenCalled();
    void job.run(request, "pdf");
    await vi.waitFor(() => expect(job.running).toBe(true));
    await job.cancel();
    await job.cancel();
    expect(service.cancelExport).toHaveBeenCalledTimes(1);
    expect(job.cancelling).toBe(true);
  });
});
