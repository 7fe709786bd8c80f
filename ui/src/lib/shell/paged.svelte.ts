// A list read a page at a time from the journal, re-read whenever the journal changes.
// Create it while a component initialises: it starts an effect tied to that component.
import type { Page } from "../ipc/bindings";
import { messageOf } from "../ipc/client";
import { journalFeed } from "./journal.svelte";

export const PAGE_SIZE = 50;

type Read<T> = (offset: number, limit: number) => Promise<Page<T>>;

/** The first `count` items, read page by page (the journal caps the size of one page). */
export async function readFirst<T>(read: Read<T>, count: number): Promise<Page<T>> {
  const items: T[] = [];
  let total = 0;
  do {
    const page = await read(items.length, Math.min(PAGE_SIZE, count - items.length));
    items.push(...page.items);
    total = page.total;
    if (page.items.length === 0) break;
  } while (items.length < Math.min(count, total));
  return { items, total };
}

export class PagedList<T> {
  items = $state<T[]>([]);
  total = $state(0);
  loaded = $state(false);
  failure = $state<string | null>(null);
  #shown = $state(PAGE_SIZE);

  constructor(read: Read<T>) {
    $effect(() => {
      void journalFeed.revision;
      readFirst(read, this.#shown).then(
        (page) => {
          this.items = page.items;
          this.total = page.total;
          this.loaded = true;
          this.failure = null;
        },
        (error) => (this.failure = messageOf(error)),
      );
    });
  }

  get empty(): boolean {
    return this.loaded && this.total === 0;
  }

  get hasMore(): boolean {
    return this.items.length < this.total;
  }

  /** Shows one more page. */
  more(): void {
    this.#shown += PAGE_SIZE;
  }
}
