import { describe, expect, it } from "vitest";
import { shortcutFor } from "./shortcuts";

function press(key: string, init: Partial<KeyboardEvent> = {}): KeyboardEvent {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, target: null, ...init } as KeyboardEvent;
}

describe("keyboard shortcuts", () => {
  it("maps Ctrl or Cmd with N and R to new entries", () => {
    expect(shortcutFor(press("n", { ctrlKey: true }))).toBe("new-activity");
    expect(shortcutFor(press("N", { metaKey: true }))).toBe("new-activity");
    expect(shortcutFor(press("r", { ctrlKey: true }))).toBe("new-reflection");
  });

  it("opens search from anywhere with Ctrl or Cmd K, even while typing", () => {
    const field = { matches: () => true } as unknown as EventTarget;
    expect(shortcutFor(press("k", { ctrlKey: true }))).toBe("search");
    expect(shortcutFor(press("K", { metaKey: true, target: field }))).toBe("search");
    expect(shortcutFor(press("k", { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutFor(press("k"))).toBeNull();
  });

  it("toggles distraction-free writing with Ctrl Shift F", () => {
    expect(shortcutFor(press("F", { ctrlKey: true, shiftKey: true }))).toBe("focus");
    expect(shortcutFor(press("f", { ctrlKey: true }))).toBeNull();
  });

  it("leaves other modified keys alone", () => {
    expect(shortcutFor(press("n", { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutFor(press("c", { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press("n"))).toBeNull();
  });

  it("goes back on Escape and shows help on ?", () => {
    expect(shortcutFor(press("Escape"))).toBe("back");
    expect(shortcutFor(press("?"))).toBe("help");
  });

  it("lets ? be typed into a text field", () => {
    const field = { matches: (selector: string) => selector.includes("textarea") };
    expect(shortcutFor(press("?", { target: field as unknown as EventTarget }))).toBeNull();
  });
});
