// Everything with unsaved work registers here, so closing the window can save it first.

const flushers = new Set<() => Promise<boolean>>();

/** Registers a flush to run before the window closes; returns a function that removes it. */
export function saveBeforeClosing(flush: () => Promise<boolean>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves everything registered. */
export async function flushAll(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}
