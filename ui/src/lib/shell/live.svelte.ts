// A value read from the journal and read again whenever the journal changes.
// Create one while a component initialises: it starts an effect tied to that component.
import { messageOf } from "../ipc/client";
import { journalFeed } from "./journal.svelte";

export class LiveValue<T> {
  /** What was read last; undefined until the first read succeeds. */
  value = $state<T>();
  failure = $state<string | null>(null);
  #read: () => Promise<T>;
  /** Which read is the latest, so an older answer arriving late is ignored. */
  #reads = 0;

  constructor(read: () => Promise<T>) {
    this.#read = read;
    $effect(() => {
      void journalFeed.revision;
      void this.refresh();
    });
  }

  get loaded(): boolean {
    return this.value !== undefined;
  }

  /** Reads it now (after a save, so the screen never waits for the change event). */
  async refresh(): Promise<void> {
    const read = ++this.#reads;
    try {
      const value = await this.#read();
      if (read !== this.#reads) return;
      this.value = value;
      this.failure = null;
    } catch (error) {
      if (read === this.#reads) this.failure = messageOf(error);
    }
  }
}

/** A whole list read from the journal: no items until it is first read. */
export class LiveList<T> extends LiveValue<T[]> {
  get items(): T[] {
    return this.value ?? [];
  }

  get empty(): boolean {
    return this.value?.length === 0;
  }
}
