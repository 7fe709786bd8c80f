import { describe, expect, it } from "vitest";
import type { Framework } from "../ipc/bindings";
import { linkedItems, optionGroups, shortTitle, toggled } from "./picker";

function framework(id: string, name: string, items: [string, string, string | null][]): Framework {
  return {
    id,
    preset: null,
    name,
    body: "",
    description: "",
    items: items.map(([code, title, parent]) => ({ id: `${id}/${code}`, code, title, description: "", parentId: parent && `${id}/${parent}` })),
    createdAt: "",
    updatedAt: "",
  };
}

const cld = framework("cld", "CLD competences and values", [
  ["C", "Competences", null],
  ["C1", "Know and understand the community in which we work", "C"],
  ["C4", "Facilitate and promote community empowerment", "C"],
]);
const nmc = framework("nmc", "The Code", [
  ["1", "Prioritise people", null],
  ["3", "Preserve safety", null],
]);

describe("chips", () => {
  it("show linked items in framework order, dropping ids that no longer exist", () => {
    expect(linkedItems([cld, nmc], ["nmc/3", "gone", "cld/C4"]).map((item) => [item.code, item.framework])).toEqual([
      ["C4", "CLD competences and values"],
      ["3", "The Code"],
    ]);
  });

  it("cut long titles at a word", () => {
    expect(shortTitle("Know and understand the community in which we work")).toBe("Know and understand the…");
    expect(shortTitle("Preserve safety")).toBe("Preserve safety");
  });
});

describe("choosing", () => {
  it("adds an item not chosen and takes away one that was", () => {
    expect(toggled(["a"], "b")).toEqual(["a", "b"]);
    expect(toggled(["a", "b"], "a")).toEqual(["b"]);
  });
});

describe("the options", () => {
  it("list every framework's items, indented under their headings", () => {
    const groups = optionGroups([cld, nmc], "");
    expect(groups.map((group) => group.options.map((o) => [o.item.code, o.depth, o.heading]))).toEqual([
      [["C", 0, true], ["C1", 1, false], ["C4", 1, false]],
      [["1", 0, false], ["3", 0, false]],
    ]);
  });

  it("narrow to items holding every word typed, by code, title or framework", () => {
    expect(optionGroups([cld, nmc], "c4").flatMap((g) => g.options.map((o) => o.item.code))).toEqual(["C4"]);
    expect(optionGroups([cld, nmc], "safety code").flatMap((g) => g.options.map((o) => o.item.code))).toEqual(["3"]);
    expect(optionGroups([cld, nmc], "community empower").flatMap((g) => g.options.map((o) => o.item.code))).toEqual(["C4"]);
    expect(optionGroups([cld, nmc], "nothing like this")).toEqual([]);
  });
});
