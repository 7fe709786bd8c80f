// Search service: the only way the palette reaches the search and tag commands.
import type { ActivityKind, Privacy, SearchHit, SearchQuery, TagUsage } from "../ipc/bindings";
import { call, commands } from "../ipc/client";

/** How many hits the palette asks for. */
export const RESULT_LIMIT = 30;

/** The palette's filters as its controls hold them: an empty string means "any". */
export interface Filters {
  from: string;
  to: string;
  kind: ActivityKind | "";
  tag: string;
  privacy: Privacy | "";
}

export function noFilters(): Filters {
  return { from: "", to: "", kind: "", tag: "", privacy: "" };
}

/** Whether any filter narrows the search. */
export function filtered(filters: Filters): boolean {
  return Object.values(filters).some((value) => value !== "");
}

/** The query Rust takes for what is typed and the filters chosen. */
export function buildQuery(text: string, filters: Filters): SearchQuery {
  return {
    text: text.trim(),
    from: filters.from || null,
    to: filters.to || null,
    kinds: filters.kind ? [filters.kind] : [],
    tag: filters.tag || null,
    standard: null,
    privacy: filters.privacy || null,
    limit: RESULT_LIMIT,
  };
}

/** The selection after moving `by` rows among `count`, wrapping round at either end. */
export function moveSelection(current: number, by: number, count: number): number {
  if (count <= 0) return -1;
  if (current < 0) return by > 0 ? 0 : count - 1;
  return (((current + by) % count) + count) % count;
}

export function search(query: SearchQuery): Promise<SearchHit[]> {
  return call(commands.search(query));
}

/** Tag names for the tag filter, in the order Rust gives them. */
export async function tagNames(): Promise<string[]> {
  const tags: TagUsage[] = await call(commands.listTags());
  return tags.map((tag) => tag.name);
}
