// Which forms on the practice screen hold typing not yet saved, so leaving can warn first.

const dirty = new Set<symbol>();

/** Records whether the form known by `key` has unsaved typing. */
export function markUnsaved(key: symbol, unsaved: boolean): void {
  if (unsaved) dirty.add(key);
  else dirty.delete(key);
}

/** Whether any open form has unsaved typing. */
export function anyUnsaved(): boolean {
  return dirty.size > 0;
}
