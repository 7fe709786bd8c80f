import { redo, undo } from "@codemirror/commands";
import { syntaxTree } from "@codemirror/language";
import { EditorState, type Transaction } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { describe, expect, it } from "vitest";
import { described, writing } from "./setup";

function stateFor(doc: string) {
  return EditorState.create({
    doc,
    extensions: [
      described({ label: "Feelings", name: "stage-feelings", placeholder: "How did you feel?" }),
      writing({ change: () => {}, blur: () => {} }),
    ],
  });
}

describe("editor setup", () => {
  it("names the editor for screen readers and end-to-end tests, and checks spelling", () => {
    const attributes = Object.assign({}, ...stateFor("").facet(EditorView.contentAttributes));
    expect(attributes).toMatchObject({
      "aria-label": "Feelings",
      "data-name": "stage-feelings",
      spellcheck: "true",
    });
  });

  it("leaves out the test name when there is none", () => {
    const state = EditorState.create({ extensions: described({ label: "Reflection" }) });
    const attributes = Object.assign({}, ...state.facet(EditorView.contentAttributes));
    expect(attributes).not.toHaveProperty("data-name");
  });

  it("reads the text as Markdown, including GitHub's strikethrough", () => {
    const state = stateFor("# Shift\n\nIt went **well**, ~~mostly~~.");
    const names: string[] = [];
    syntaxTree(state).iterate({ enter: (node) => void names.push(node.name) });
    expect(names).toEqual(
      expect.arrayContaining(["ATXHeading1", "HeaderMark", "StrongEmphasis", "Strikethrough"]),
    );
  });

  it("undoes and redoes typing", () => {
    let state = stateFor("Hello");
    state = state.update({ changes: { from: 5, insert: " there" }, userEvent: "input.type" }).state;
    const dispatch = (transaction: Transaction) => (state = transaction.state);
    expect(undo({ state, dispatch })).toBe(true);
    expect(state.doc.toString()).toBe("Hello");
    expect(redo({ state, dispatch })).toBe(true);
    expect(state.doc.toString()).toBe("Hello there");
  });
});
