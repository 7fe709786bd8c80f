// The export in progress, if any: asking where to save, the progress Rust announces, cancelling,
// and what came of it. One for the whole app, so leaving the screen and coming back still
// shows a running export.
import type { ExportRequest } from "../ipc/bindings";
import { AppError, messageOf } from "../ipc/client";
import { toasts } from "../shell/toast.svelte";
import { savedText, type ExportChoice } from "./export";
import { cancelExport, chooseExportPath, exportPortfolio, onExportProgress } from "./service";

/** A failure names the field at fault when Rust gives one ("template": the user's own template). */
export type ExportOutcome = { kind: "cancelled" } | { kind: "failed"; message: string; field: string | null } | null;

export class ExportJob {
  running = $state(false);
  cancelling = $state(false);
  /** From 0 to 1. */
  progress = $state(0);
  /** Where the last file was saved. */
  lastPath = $state<string | null>(null);
  /** How the last attempt ended when it did not save a file. */
  outcome = $state<ExportOutcome>(null);

  /** Asks where to save, then exports; a cancelled dialog does nothing. */
  async run(request: ExportRequest, format: ExportChoice): Promise<void> {
    if (this.running) return;
    this.outcome = null;
    let stop: (() => void) | null = null;
    try {
      const path = await chooseExportPath(request, format);
      if (!path) return;
      this.running = true;
      this.cancelling = false;
      this.progress = 0;
      // Without progress events the export still runs; the bar just waits at the start.
      stop = await onExportProgress((fraction) => {
        if (this.running) this.progress = Math.max(this.progress, Math.min(1, fraction));
      }).catch(() => null);
      const summary = await exportPortfolio(request, format, path);
      this.progress = 1;
      this.lastPath = summary.path;
      toasts.show({ message: savedText(summary) });
    } catch (error) {
      this.outcome =
        error instanceof AppError && error.code === "cancelled"
          ? { kind: "cancelled" }
          : { kind: "failed", message: messageOf(error), field: error instanceof AppError ? error.field : null };
    } finally {
      stop?.();
      this.running = false;
      this.cancelling = false;
    }
  }

  /** The last failure's message when it was the user's own template that failed, else null. */
  get templateProblem(): string | null {
    return this.outcome?.kind === "failed" && this.outcome.field === "template" ? this.outcome.message : null;
  }

  /** Forgets a template failure once the user chooses another template or Cairn's layout. */
  clearTemplateProblem(): void {
    if (this.templateProblem) this.outcome = null;
  }

  /** Asks Rust to stop; the run then ends as cancelled, leaving no file. */
  async cancel(): Promise<void> {
    if (!this.running || this.cancelling) return;
    this.cancelling = true;
    try {
      await cancelExport();
    } catch (error) {
      this.cancelling = false;
      toasts.show({ message: `The export could not be stopped: ${messageOf(error)}` });
    }
  }
}

export const exportJob = new ExportJob();
