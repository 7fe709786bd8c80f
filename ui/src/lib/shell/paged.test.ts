import { describe, expect, it } from "vitest";
import type { Page } from "../ipc/bindings";
import { PAGE_SIZE, readFirst } from "./paged.svelte";

/** A journal of `total` numbered rows that, like Rust's, never returns more than `cap` at once. */
function journal(total: number, cap = 200) {
  const calls: Array<[number, number]> = [];
  const read = async (offset: number, limit: number): Promise<Page<number>> => {
    calls.push([offset, limit]);
    const end = Math.min(total, offset + Math.min(limit, cap));
    return { items: Array.from({ length: Math.max(0, end - offset) }, (_, i) => offset + i), total };
  };
  return { read, calls };
}

describe("reading a long list", () => {
  it("reads page by page until it has as many as asked", async () => {
    const { read, calls } = journal(500);
    const page = await readFirst(read, 260);
    expect(page.items).toHaveLength(260);
    expect(page.items.at(-1)).toBe(259);
    expect(page.total).toBe(500);
    expect(calls.every(([, limit]) => limit <= PAGE_SIZE)).toBe(true);
  });

  it("stops at the end of a short list", async () => {
    const { read } = journal(7);
    const page = await readFirst(read, 50);
    expect(page).toEqual({ items: [0, 1, 2, 3, 4, 5, 6], total: 7 });
  });

  it("handles an empty journal with one read", async () => {
    const { read, calls } = journal(0);
    expect(await readFirst(read, 50)).toEqual({ items: [], total: 0 });
    expect(calls).toHaveLength(1);
  });
});
