import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosaver, type SaveState } from "./autosave";

describe("autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function harness(fail = false) {
    const saved: string[] = [];
    const states: SaveState[] = [];
    const saver = createAutosaver<string>(
      async (value) => {
        if (fail) throw new Error("disk full");
        saved.push(value);
      },
      (state) => states.push(state),
      500,
    );
    return { saved, states, saver };
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

  it("flush saves a pending value at once and does nothing when all is saved", async () => {
    const { saved, states, saver } = harness();
    saver.change("Before closing");
    await saver.flush();
    expect(saved).toEqual(["Before closing"]);
    await saver.flush();
    expect(saved).toEqual(["Before closing"]);
    expect(states.at(-1)).toBe("saved");
  });

  it("keeps a value whose save failed, and reports the failure", async () => {
    const { saved, states, saver } = harness(true);
    saver.change("Precious words");
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual([]);
    expect(states.at(-1)).toBe("failed");
  });
});
