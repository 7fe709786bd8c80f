// Puts the cursor in a control as it appears (an inline editor opened by a button).

/** Svelte action: focuses the element when it mounts, selecting any text in it. */
export function focusOnMount(node: HTMLInputElement | HTMLSelectElement): void {
  node.focus();
  if (node instanceof HTMLInputElement) node.select();
}
