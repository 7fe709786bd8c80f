// Saves the latest value a short while after the last change, one save at a time, so that
// typing never waits for the disk and nothing typed before the last save can be lost.

export type SaveState = "saved" | "pending" | "saving" | "failed";

export interface Autosaver<T> {
  /** Records a new value; it is saved `delayMs` after the last call. */
  change(value: T): void;
  /** Saves any pending value now; resolves to whether everything is stored. */
  flush(): Promise<boolean>;
}

export function createAutosaver<T>(
  save: (value: T) => Promise<void>,
  onState: (state: SaveState, error?: unknown) => void,
  delayMs = 500,
): Autosaver<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  const run = (): Promise<boolean> => {
    if (timer) clearTimeout(timer);
    timer = null;
    running = running.then(async () => {
      if (!pending) return;
      const { value } = pending;
      pending = null;
      onState("saving");
      try {
        await save(value);
        onState(pending ? "pending" : "saved");
      } catch (error) {
        // Keep the value unless a newer one arrived meanwhile; the next change or flush retries.
        pending ??= { value };
        onState("failed", error);
      }
    });
    return running.then(() => pending === null);
  };

  return {
    change(value) {
      pending = { value };
      onState("pending");
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    },
    flush: run,
  };
}
