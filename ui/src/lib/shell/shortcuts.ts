// The app's keyboard shortcuts, as data, so the dialog and the handler agree and can be tested.

export type Shortcut = "new-activity" | "new-reflection" | "search" | "focus" | "help" | "back";

/** Whether the key went to a place where the user types text. */
function typing(target: EventTarget | null): boolean {
  const element = target as { matches?: (selector: string) => boolean } | null;
  return element?.matches?.("input, textarea, select, [contenteditable='true']") ?? false;
}

/** The shortcut a key press asks for, or null. */
export function shortcutFor(event: KeyboardEvent): Shortcut | null {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (command && event.shiftKey && !event.altKey && key === "f") return "focus";
  if (command && !event.shiftKey && !event.altKey) {
    if (key === "n") return "new-activity";
    if (key === "r") return "new-reflection";
    if (key === "k") return "search";
    return null;
  }
  if (event.key === "Escape") return "back";
  if (event.key === "?" && !typing(event.target)) return "help";
  return null;
}
