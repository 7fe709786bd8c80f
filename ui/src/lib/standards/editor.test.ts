import { describe, expect, it } from "vitest";
import type { Framework } from "../ipc/bindings";
import { emptyDraft, faultyRow, fromDraft, moveRow, newId, parentChoices, removeRow, toDraft, type ItemDraft } from "./editor";

function row(id: string, code: string, parent = "", title = `Title ${code}`): ItemDraft {
  return { id, code, title, description: "", parent };
}

const nmc: Framework = {
  id: "f",
  preset: "nmc",
  name: "The Code",
  body: "NMC",
  description: "Standards of practice",
  items: [
    { id: "i2", parentId: "i1", code: "1.1", title: "Treat people as individuals", description: "" },
    { id: "i1", parentId: null, code: "1", title: "Prioritise people", description: "" },
  ],
  createdAt: "",
  updatedAt: "",
};

describe("the editor's copy of a framework", () => {
  it("keeps ids and parents, parents listed first", () => {
    const draft = toDraft(nmc);
    expect(draft.items.map((item) => [item.id, item.code, item.parent])).toEqual([
      ["i1", "1", ""],
      ["i2", "1.1", "i1"],
    ]);
  });

  it("as a copy gets new ids throughout, its parents following", () => {
    const draft = toDraft(nmc, true);
    expect(draft.name).toBe("The Code (my copy)");
    const [parent, child] = draft.items;
    expect(parent?.id).not.toBe("i1");
    expect(child?.parent).toBe(parent?.id);
  });

  it("starts a new framework with one empty row", () => {
    const draft = emptyDraft();
    expect(draft.items).toHaveLength(1);
    expect(fromDraft(draft).items).toEqual([]);
  });

  it("makes UUIDs for new rows", () => {
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("rows", () => {
  const rows = [row("a", "A"), row("b", "A1", "a"), row("c", "A1a", "b"), row("d", "B")];

  it("move up and down, and stay put at either end", () => {
    expect(moveRow(rows, 1, -1).map((r) => r.id)).toEqual(["b", "a", "c", "d"]);
    expect(moveRow(rows, 3, 1)).toBe(rows);
    expect(moveRow(rows, 0, -1)).toBe(rows);
  });

  it("once removed, leave what sat under them at the top level", () => {
    expect(removeRow(rows, 1).map((r) => [r.id, r.parent])).toEqual([
      ["a", ""],
      ["c", ""],
      ["d", ""],
    ]);
  });

  it("can sit under any row but themselves and what sits under them", () => {
    expect(parentChoices(rows, 1).map((choice) => choice.label)).toEqual(["A Title A", "B Title B"]);
    expect(parentChoices([...rows, row("e", "", "", "")], 0).map((choice) => choice.value)).toEqual(["d"]);
  });

  it("drop a parent that is not saved", () => {
    const fields = fromDraft({ name: "x", body: "", description: "", items: [row("a", "", "", ""), row("b", "B", "a")] });
    expect(fields.items).toEqual([{ id: "b", code: "B", title: "Title B", description: "", parent: null }]);
  });
});

describe("Rust's word on an item", () => {
  it("points at the row it means, counting only rows that were sent", () => {
    const rows = [row("a", "A"), row("blank", "", "", ""), row("b", "B")];
    expect(faultyRow(rows, "Item 2: the code B is used twice.")).toBe(2);
    expect(faultyRow(rows, "Give the framework a name.")).toBeNull();
    expect(faultyRow(rows, undefined)).toBeNull();
  });
});
