// Framework items form a tree (an item may sit under another). These helpers walk it in the
// order the framework lists its items, whatever order parents and children were stored in.

/** One node in reading order, with how deep it sits and whether anything sits under it. */
export interface Placed<T> {
  node: T;
  /** 0 at the top level. */
  depth: number;
  hasChildren: boolean;
}

/**
 * The items in reading order: each top-level item followed by everything under it. An item
 * whose parent is not in the list is treated as top-level, so nothing is ever dropped.
 */
export function treeOrder<T>(items: T[], idOf: (item: T) => string, parentOf: (item: T) => string | null): Placed<T>[] {
  const ids = new Set(items.map(idOf));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const item of items) {
    const parent = parentOf(item);
    if (parent !== null && parent !== idOf(item) && ids.has(parent)) {
      const siblings = children.get(parent) ?? [];
      siblings.push(item);
      children.set(parent, siblings);
    } else {
      roots.push(item);
    }
  }
  const placed: Placed<T>[] = [];
  const seen = new Set<string>();
  const visit = (item: T, depth: number) => {
    const id = idOf(item);
    if (seen.has(id)) return;
    seen.add(id);
    const under = children.get(id) ?? [];
    placed.push({ node: item, depth, hasChildren: under.length > 0 });
    for (const child of under) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  // Items caught in a loop (Rust refuses these, but a draft may hold one) come last, flat.
  for (const item of items) if (!seen.has(idOf(item))) visit(item, 0);
  return placed;
}

/** The ids of `id` and everything under it. */
export function withDescendants<T>(
  items: T[],
  idOf: (item: T) => string,
  parentOf: (item: T) => string | null,
  id: string,
): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      const parent = parentOf(item);
      if (parent !== null && found.has(parent) && !found.has(idOf(item))) {
        found.add(idOf(item));
        grew = true;
      }
    }
  }
  return found;
}
