// What the framework editor holds while the user types, and the fields it sends to Rust.
import type { Framework, FrameworkFields } from "../ipc/bindings";
import { treeOrder, withDescendants } from "./tree";

/** One item row of the editor. */
export interface ItemDraft {
  /** The stored item's id, or one made here for a new row (Rust keeps it as the new item's). */
  id: string;
  code: string;
  title: string;
  description: string;
  /** The id of the row it sits under, or "" at the top level. */
  parent: string;
}

export interface FrameworkDraft {
  name: string;
  body: string;
  description: string;
  items: ItemDraft[];
}

/** A fresh random id (a UUID, version 4). */
export function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newRow(): ItemDraft {
  return { id: newId(), code: "", title: "", description: "", parent: "" };
}

/** A new framework: nothing typed, one empty row to start on. */
export function emptyDraft(): FrameworkDraft {
  return { name: "", body: "", description: "", items: [newRow()] };
}

/**
 * A stored framework to edit, parents first. As a `copy` (of a shipped framework, say) every
 * item gets a new id, so the copy is a framework of its own.
 */
export function toDraft(framework: Framework, copy = false): FrameworkDraft {
  const ids = new Map(framework.items.map((item) => [item.id, copy ? newId() : item.id]));
  const ordered = treeOrder(framework.items, (item) => item.id, (item) => item.parentId);
  return {
    name: copy ? `${framework.name} (my copy)` : framework.name,
    body: framework.body,
    description: framework.description,
    items: ordered.map(({ node }) => ({
      id: ids.get(node.id) ?? newId(),
      code: node.code,
      title: node.title,
      description: node.description,
      parent: node.parentId ? (ids.get(node.parentId) ?? "") : "",
    })),
  };
}

/** Whether a row has nothing typed in it: such rows are left out when saving. */
export function isBlank(row: ItemDraft): boolean {
  return !row.code.trim() && !row.title.trim() && !row.description.trim();
}

/** The fields to send: blank rows left out, and a parent that was left out cleared. */
export function fromDraft(draft: FrameworkDraft): FrameworkFields {
  const kept = draft.items.filter((row) => !isBlank(row));
  const ids = new Set(kept.map((row) => row.id));
  return {
    name: draft.name,
    body: draft.body,
    description: draft.description,
    items: kept.map((row) => ({
      id: row.id,
      code: row.code,
      title: row.title,
      description: row.description,
      parent: row.parent && ids.has(row.parent) ? row.parent : null,
    })),
  };
}

/** The rows with the one at `index` moved up (-1) or down (+1); unchanged at either end. */
export function moveRow(items: ItemDraft[], index: number, delta: -1 | 1): ItemDraft[] {
  const target = index + delta;
  const row = items[index];
  const other = items[target];
  if (!row || !other) return items;
  const moved = [...items];
  moved[index] = other;
  moved[target] = row;
  return moved;
}

/** The rows without the one at `index`; rows that sat under it move to the top level. */
export function removeRow(items: ItemDraft[], index: number): ItemDraft[] {
  const gone = items[index]?.id;
  return items.filter((_, i) => i !== index).map((row) => (row.parent === gone ? { ...row, parent: "" } : row));
}

/** "C1 Know and understand…": how a row is named in the "Under" menu. */
export function rowName(row: ItemDraft): string {
  const title = row.title.trim().length > 40 ? `${row.title.trim().slice(0, 39)}…` : row.title.trim();
  return [row.code.trim(), title].filter(Boolean).join(" ") || "Untitled item";
}

/** The rows the row at `index` could sit under: not itself, nothing under it, nothing blank. */
export function parentChoices(items: ItemDraft[], index: number): { value: string; label: string }[] {
  const self = items[index];
  if (!self) return [];
  const excluded = withDescendants(items, (row) => row.id, (row) => row.parent || null, self.id);
  return items.filter((row) => !excluded.has(row.id) && !isBlank(row)).map((row) => ({ value: row.id, label: rowName(row) }));
}

/**
 * The row Rust's "Item 3: …" message is about, as an index into all rows (blank rows were not
 * sent, so Rust's count skips them); null when the message names no item.
 */
export function faultyRow(items: ItemDraft[], message: string | undefined): number | null {
  const match = message?.match(/^Item (\d+):/);
  if (!match) return null;
  let sent = Number(match[1]);
  for (const [index, row] of items.entries()) {
    if (isBlank(row)) continue;
    sent -= 1;
    if (sent === 0) return index;
  }
  return null;
}
