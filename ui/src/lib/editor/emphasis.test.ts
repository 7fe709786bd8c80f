import { EditorSelection, EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { emphasisCommand, toggleEmphasis, type Emphasis } from "./emphasis";

/** Applies the toggle to text with the selection marked by [ and ] (or a lone | for a cursor). */
function toggle(marked: string, kind: Emphasis): string {
  const cursor = marked.indexOf("|");
  const from = cursor >= 0 ? cursor : marked.indexOf("[");
  const to = cursor >= 0 ? cursor : marked.indexOf("]") - 1;
  const text = marked.replace(/[[\]|]/g, "");
  const { changes, anchor, head } = toggleEmphasis(text, from, to, kind);
  let result = text;
  for (const change of [...changes].reverse()) {
    result = result.slice(0, change.from) + change.insert + result.slice(change.to);
  }
  if (anchor === head) return `${result.slice(0, anchor)}|${result.slice(anchor)}`;
  return `${result.slice(0, anchor)}[${result.slice(anchor, head)}]${result.slice(head)}`;
}

describe("toggleEmphasis", () => {
  it("wraps the selection and keeps the words selected", () => {
    expect(toggle("I felt [anxious] today", "strong")).toBe("I felt **[anxious]** today");
    expect(toggle("I felt [anxious] today", "emphasis")).toBe("I felt *[anxious]* today");
  });

  it("leaves surrounding spaces outside the markers", () => {
    expect(toggle("I felt[ anxious ]today", "strong")).toBe("I felt **[anxious]** today");
  });

  it("puts the cursor between new markers when nothing is selected", () => {
    expect(toggle("Then |", "strong")).toBe("Then **|**");
    expect(toggle("Then |", "emphasis")).toBe("Then *|*");
  });

  it("unwraps when the markers sit just outside the selection", () => {
    expect(toggle("I felt **[anxious]** today", "strong")).toBe("I felt [anxious] today");
    expect(toggle("I felt *[anxious]* today", "emphasis")).toBe("I felt [anxious] today");
    expect(toggle("Then **|**", "strong")).toBe("Then |");
  });

  it("unwraps when the markers are selected too", () => {
    expect(toggle("I felt [**anxious**] today", "strong")).toBe("I felt [anxious] today");
    expect(toggle("I felt [*anxious*] today", "emphasis")).toBe("I felt [anxious] today");
  });

  it("tells italic from bold", () => {
    expect(toggle("a **[word]** b", "emphasis")).toBe("a ***[word]*** b");
    expect(toggle("a ***[word]*** b", "emphasis")).toBe("a **[word]** b");
    expect(toggle("a ***[word]*** b", "strong")).toBe("a *[word]* b");
    expect(toggle("a *[word]* b", "strong")).toBe("a ***[word]*** b");
  });

  it("does not join two separate spans into one", () => {
    expect(toggle("[**a** and **b**]", "strong")).toBe("**[**a** and **b**]**");
  });
});

describe("emphasisCommand", () => {
  it("toggles every selected range and reports that it handled the key", () => {
    let state = EditorState.create({
      doc: "one two three",
      selection: EditorSelection.create([EditorSelection.range(0, 3), EditorSelection.range(8, 13)]),
      extensions: EditorState.allowMultipleSelections.of(true),
    });
    const handled = emphasisCommand("emphasis")({
      state,
      dispatch: (transaction) => (state = transaction.state),
    });
    expect(handled).toBe(true);
    expect(state.doc.toString()).toBe("*one* two *three*");
    expect(state.selection.ranges.map((range) => state.sliceDoc(range.from, range.to))).toEqual([
      "one",
      "three",
    ]);
  });
});
