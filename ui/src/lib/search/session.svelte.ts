// What the palette holds while it is open: what is typed, the filters, and the newest hits.
import type { SearchHit, SearchQuery } from "../ipc/bindings";
import { messageOf } from "../ipc/client";
import { Latest } from "./latest";
import { isEntry } from "./route";
import { buildQuery, moveSelection, noFilters, search, tagNames, type Filters } from "./service";

/** The pause after a key press before searching, in milliseconds. */
const DEBOUNCE_MS = 120;

export class SearchSession {
  text = $state("");
  filters = $state<Filters>(noFilters());
  hits = $state<SearchHit[]>([]);
  /** The words the shown hits answer; null while nothing has been searched. */
  answered = $state<string | null>(null);
  selected = $state(-1);
  failure = $state<string | null>(null);
  tags = $state<string[]>([]);

  #latest = new Latest<SearchQuery, SearchHit[]>(
    search,
    (hits, query) => {
      this.hits = hits.filter((hit) => isEntry(hit.entity));
      this.answered = query.text;
      this.selected = this.hits.length > 0 ? 0 : -1;
      this.failure = null;
    },
    (error) => (this.failure = messageOf(error)),
    DEBOUNCE_MS,
  );

  /** The hit Enter opens. */
  get current(): SearchHit | undefined {
    return this.hits[this.selected];
  }

  /** Whether the newest search found nothing. */
  get nothing(): boolean {
    return this.answered !== null && this.hits.length === 0 && this.failure === null;
  }

  /** Searches for what is typed and chosen now, after a pause; nothing typed clears the hits. */
  update(): void {
    const query = buildQuery(this.text, this.filters);
    if (query.text) {
      this.#latest.request(query);
      return;
    }
    this.#latest.cancel();
    this.hits = [];
    this.answered = null;
    this.selected = -1;
    this.failure = null;
  }

  move(by: number): void {
    this.selected = moveSelection(this.selected, by, this.hits.length);
  }

  /** Reads the tags for the tag filter; a tag chosen that is gone is let go. */
  async loadTags(): Promise<void> {
    try {
      this.tags = await tagNames();
      if (this.filters.tag && !this.tags.includes(this.filters.tag)) this.filters.tag = "";
    } catch {
      this.tags = [];
    }
  }
}
