import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosaver, type SaveState } from "./autosave";

describe("autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function harness() {
    const saved: string[] = [];
    const states: SaveState[] = [];
    const control = { fail: false, gate: null as Promise<void> | null };
    const saver = createAutosaver<string>(
      async (value) => {
        if (control.gate) await control.gate;
        if (control.fail) throw new Error("disk full");
        saved.push(value);
      },
      (state) => states.push(state),
      500,
    );
    return { saved, states, saver, control };
  }

  it("saves once, with the latest text, half a second after the last keystroke", async () => {
    const { saved, saver } = harness();
    saver.change("W");
    await vi.advanceTimersByTimeAsync(300);
    saver.change("Wh");
    await vi.advanceTimersByTimeAsync(300);
    saver.change("What");
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(["What"]);
  });

  it("flush saves a pending value at once and reports everything stored", async () => {
    const { saved, states, saver } = harness();
    saver.change("Before closing");
    await expect(saver.flush()).resolves.toBe(true);
    expect(saved).toEqual(["Before closing"]);
    await expect(saver.flush()).resolves.toBe(true);
    expect(saved).toEqual(["Before closing"]);
    expect(states.at(-1)).toBe("saved");
  });

  it("keeps a value whose save failed, says so, and stores it on the next try", async () => {
    const { saved, states, saver, control } = harness();
    control.fail = true;
    saver.change("Precious words");
    await vi.advanceTimersByTimeAsync(500);
    expect(states.at(-1)).toBe("failed");
    await expect(saver.flush()).resolves.toBe(false);
    control.fail = false;
    await expect(saver.flush()).resolves.toBe(true);
    expect(saved).toEqual(["Precious words"]);
  });

  it("a change made while a save is running is saved after it, not lost", async () => {
    const { saved, saver, control } = harness();
    let open: () => void = () => {};
    control.gate = new Promise((resolve) => (open = resolve));
    saver.change("first");
    await vi.advanceTimersByTimeAsync(500);
    saver.change("first and second");
    control.gate = null;
    open();
    await expect(saver.flush()).resolves.toBe(true);
    expect(saved).toEqual(["first", "first and second"]);
  });
});
