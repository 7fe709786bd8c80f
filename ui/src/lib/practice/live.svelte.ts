// A whole list read from the journal and read again whenever the journal changes.
// Create it while a component initialises: it starts an effect tied to that component.
import { messageOf } from "../ipc/client";
import { journalFeed } from "../shell/journal.svelte";

export class LiveList<T> {
  items = $state<T[]>([]);
  loaded = $state(false);
  failure = $state<string | null>(null);
  #read: () => Promise<T[]>;
  /** Which read is the latest, so an older answer arriving late is ignored. */
  #reads = 0;

  constructor(read: () => Promise<T[]>) {
    this.#read = read;
    $effect(() => {
      void journalFeed.revision;
      void this.refresh();
    });
  }

  get empty(): boolean {
    return this.loaded && this.items.length === 0;
  }

  /** Reads the list now (after a save, so the screen never waits for the change event). */
  async refresh(): Promise<void> {
    const read = ++this.#reads;
    try {
      const items = await this.#read();
      if (read !== this.#reads) return;
      this.items = items;
      this.loaded = true;
      this.failure = null;
    } catch (error) {
      if (read === this.#reads) this.failure = messageOf(error);
    }
  }
}
