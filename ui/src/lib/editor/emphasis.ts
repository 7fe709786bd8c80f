// Ctrl+B / Ctrl+I: wrap the selection in ** or *, or unwrap it when it is already wrapped.
import { EditorSelection, type StateCommand } from "@codemirror/state";

export type Emphasis = "strong" | "emphasis";

/** One replacement in the original text. */
export interface Change {
  from: number;
  to: number;
  insert: string;
}

/** The replacements to make, and the selection afterwards (in the text after them). */
export interface Toggled {
  changes: Change[];
  anchor: number;
  head: number;
}

/** How many asterisks there are going forward from `at` (or backward when `step` is -1). */
function stars(text: string, at: number, step: 1 | -1): number {
  let count = 0;
  for (let i = step === 1 ? at : at - 1; text[i] === "*"; i += step) count += 1;
  return count;
}

/** Whether runs of `count` delimiters on both sides already make this kind. */
function wrapped(kind: Emphasis, count: number): boolean {
  return kind === "strong" ? count === 2 || count === 3 : count === 1 || count === 3;
}

/** Toggles strong or emphasis on the text between `from` and `to`. */
export function toggleEmphasis(text: string, from: number, to: number, kind: Emphasis): Toggled {
  const size = kind === "strong" ? 2 : 1;
  // A double-clicked word often brings its trailing space, which would break the Markdown.
  while (from < to && /\s/.test(text[from] ?? "")) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? "")) to -= 1;

  const outside = Math.min(stars(text, from, -1), stars(text, to, 1));
  if (wrapped(kind, outside)) {
    return {
      changes: [
        { from: from - size, to: from, insert: "" },
        { from: to, to: to + size, insert: "" },
      ],
      anchor: from - size,
      head: to - size,
    };
  }
  // Selected delimiters count only when they pair up: "**a** and **b**" is two spans, not one.
  const inside = Math.min(stars(text, from, 1), stars(text, to, -1));
  const core = text.slice(from, to).replace(/^\*+|\*+$/g, "");
  if (to - from > 2 * size && wrapped(kind, inside) && !core.includes("*")) {
    return {
      changes: [
        { from, to: from + size, insert: "" },
        { from: to - size, to, insert: "" },
      ],
      anchor: from,
      head: to - 2 * size,
    };
  }

  const marker = "*".repeat(size);
  return {
    changes: [
      { from, to: from, insert: marker },
      { from: to, to, insert: marker },
    ],
    anchor: from + size,
    head: to + size,
  };
}

/** An editor command toggling `kind` on every selected range. */
export function emphasisCommand(kind: Emphasis): StateCommand {
  return ({ state, dispatch }) => {
    const text = state.doc.toString();
    const transaction = state.changeByRange((range) => {
      const toggled = toggleEmphasis(text, range.from, range.to, kind);
      return {
        changes: toggled.changes,
        range: EditorSelection.range(toggled.anchor, toggled.head),
      };
    });
    dispatch(state.update(transaction, { scrollIntoView: true, userEvent: "input" }));
    return true;
  };
}
