// A spreadsheet being imported: the file, the mapping and date order the user settles on, and
// the preview Rust reads under them. Every change asks for a fresh preview after a pause;
// a late answer to an older mapping is dropped. Nothing is written before `commit`.
import type { DateOrder, DurationUnit, ImportDraft, ImportOutcome, MappedField, Mapping, Preview } from "../ipc/bindings";
import { messageOf } from "../ipc/client";
import { Latest } from "../search/latest";
import { canImport, withColumn } from "./preview";
import { commitCsvImport, openCsvImport, previewCsvImport } from "./service";

/** How long to wait after a change before asking for a preview. */
export const PREVIEW_DELAY = 200;

interface Query {
  path: string;
  mapping: Mapping;
  order: DateOrder;
}

export class CsvImport {
  path = $state<string | null>(null);
  draft = $state<ImportDraft | null>(null);
  mapping = $state<Mapping | null>(null);
  order = $state<DateOrder>("day_first");
  preview = $state<Preview | null>(null);
  allowBadRows = $state(false);
  /** A preview is on its way for the latest change. */
  refreshing = $state(false);
  opening = $state(false);
  committing = $state(false);
  /** The rows were imported: the mapping step cannot import them again. */
  done = $state(false);
  /** Why the file could not be opened. */
  openProblem = $state<{ file: string; message: string } | null>(null);
  /** Why the last preview or import failed. */
  failure = $state<string | null>(null);

  #latest = new Latest<Query, Preview>(
    (query) => previewCsvImport(query.path, query.mapping, query.order),
    (preview) => {
      this.preview = preview;
      this.refreshing = false;
      this.failure = null;
    },
    (error) => {
      this.refreshing = false;
      this.failure = messageOf(error);
    },
    PREVIEW_DELAY,
  );

  /** Reads the file and shows the mapping step; a file Rust cannot read is reported, not shown. */
  async open(path: string, file: string): Promise<void> {
    this.opening = true;
    this.openProblem = null;
    try {
      const draft = await openCsvImport(path);
      this.close();
      this.path = path;
      this.draft = draft;
      this.mapping = draft.mapping;
      this.order = draft.order;
      this.preview = draft.preview;
    } catch (error) {
      this.openProblem = { file, message: messageOf(error) };
    } finally {
      this.opening = false;
    }
  }

  /** Back to the cards; the file is forgotten and nothing was written. */
  close(): void {
    this.#latest.cancel();
    this.path = null;
    this.draft = null;
    this.mapping = null;
    this.preview = null;
    this.allowBadRows = false;
    this.done = false;
    this.refreshing = false;
    this.failure = null;
  }

  setColumn(field: MappedField, column: number | null): void {
    if (this.mapping) this.#change(withColumn(this.mapping, field, column));
  }

  setUnit(durationUnit: DurationUnit): void {
    if (this.mapping) this.#change({ ...this.mapping, durationUnit });
  }

  setKeepUnmapped(keepUnmapped: boolean): void {
    if (this.mapping) this.#change({ ...this.mapping, keepUnmapped });
  }

  setOrder(order: DateOrder): void {
    this.order = order;
    if (this.mapping) this.#change(this.mapping);
  }

  /** Whether the confirm button may import now (the preview shown is the latest). */
  get ready(): boolean {
    return (
      !this.refreshing && !this.committing && !this.done && this.preview !== null && canImport(this.preview, this.allowBadRows)
    );
  }

  /**
   * Imports the good rows as the preview shows them; null when it was refused (the reason is
   * in `failure`). The mapping step stays until the caller leaves it (or calls `close`).
   */
  async commit(): Promise<ImportOutcome | null> {
    if (!this.ready || !this.path || !this.mapping) return null;
    this.committing = true;
    try {
      const outcome = await commitCsvImport(this.path, $state.snapshot(this.mapping), this.order, this.allowBadRows);
      this.done = true;
      return outcome;
    } catch (error) {
      this.failure = messageOf(error);
      return null;
    } finally {
      this.committing = false;
    }
  }

  #change(mapping: Mapping): void {
    if (!this.path) return;
    this.mapping = mapping;
    this.refreshing = true;
    this.#latest.request({ path: this.path, mapping: $state.snapshot(mapping), order: this.order });
  }
}
