import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import type { Coverage, Framework } from "../ipc/bindings";
import CoverageList from "./CoverageList.svelte";
import FrameworkHeader from "./FrameworkHeader.svelte";
import PickerPopover from "./PickerPopover.svelte";

function framework(preset: string | null): Framework {
  return {
    id: "f",
    preset,
    name: "CLD competences and values",
    body: "CLD Standards Council Scotland",
    description: "The competent practitioner framework.",
    items: [
      { id: "c", parentId: null, code: "C", title: "Competences", description: "" },
      { id: "c1", parentId: "c", code: "C1", title: "Know and understand the community", description: "" },
      { id: "c2", parentId: "c", code: "C2", title: "Build and maintain relationships", description: "" },
    ],
    createdAt: "",
    updatedAt: "",
  };
}

const coverage: Coverage = {
  framework: framework("cld"),
  items: [
    { itemId: "c", code: "C", title: "Competences", parentId: null, activities: 0, reflections: 0, goals: 0, minutes: 0 },
    { itemId: "c1", code: "C1", title: "Know and understand the community", parentId: "c", activities: 2, reflections: 1, goals: 1, minutes: 150 },
    { itemId: "c2", code: "C2", title: "Build and maintain relationships", parentId: "c", activities: 0, reflections: 0, goals: 0, minutes: 0 },
  ],
};

const text = (html: string) => html.replace(/<!--[^]*?-->/g, "").replace(/\s+/g, " ");

describe("the coverage list", () => {
  const html = text(render(CoverageList, { props: { coverage, period: "This year" } }).body);

  it("sums up and groups the items under their heading", () => {
    expect(html).toMatch(/data-testid="coverage-summary"[^>]*>1 of 2 standards has evidence</);
    expect(html).toContain("Competences");
    expect(html).toContain("1 of 2 with evidence");
  });

  it("shows each item's code, what supports it and its time, and flags an item with nothing", () => {
    const rows = html.split('data-testid="coverage-item"').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("C1");
    expect(rows[0]).toContain("2 activities · 1 reflection · 1 goal");
    expect(rows[0]).toContain("2 h 30 min");
    expect(rows[1]).toContain("C2");
    expect(rows[1]).toContain("No evidence yet");
  });
});

describe("the framework's header", () => {
  it("says a shipped framework came with Cairn and offers no edit", () => {
    const html = render(FrameworkHeader, { props: { framework: framework("cld"), onedit() {}, oncopy() {}, ondeleted() {} } }).body;
    expect(html).toContain("Shipped with Cairn");
    expect(html).not.toContain('data-testid="framework-edit"');
    expect(html).not.toContain('data-testid="framework-delete"');
  });

  it("offers edit and delete for the user's own", () => {
    const html = render(FrameworkHeader, { props: { framework: framework(null), onedit() {}, oncopy() {}, ondeleted() {} } }).body;
    expect(html).not.toContain("Shipped with Cairn");
    expect(html).toContain('data-testid="framework-edit"');
    expect(html).toContain('data-testid="framework-delete"');
  });
});

describe("the picker's list", () => {
  it("offers every item with its code, ticking those linked", () => {
    const html = text(render(PickerPopover, { props: { frameworks: [framework("cld")], chosen: ["c2"], onchoose() {}, onclose() {} } }).body);
    const options = html.split('data-testid="standard-option"').slice(1);
    expect(options).toHaveLength(3);
    expect(options[1]).toContain("C1");
    expect(options[1]).not.toMatch(/checked/);
    expect(options[2]).toContain("C2");
    expect(options[2]).toMatch(/checked/);
    expect(html).toContain("1 linked");
  });
});
