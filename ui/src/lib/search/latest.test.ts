import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Latest } from "./latest";

/** A request whose answer comes when the test says. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("searching as the user types", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits for a pause and sends only the last of quick key presses", async () => {
    const run = vi.fn(async (q: string) => q.toUpperCase());
    const delivered: string[] = [];
    const latest = new Latest(run, (r: string) => delivered.push(r), () => {}, 120);
    latest.request("s");
    latest.request("sa");
    latest.request("saf");
    expect(run, "nothing is sent before the pause").not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(120);
    expect(run).toHaveBeenCalledTimes(1);
    expect(delivered).toEqual(["SAF"]);
  });

  it("drops an older answer that arrives after a newer one", async () => {
    const answers = new Map([["old", deferred<string>()], ["new", deferred<string>()]]);
    const delivered: string[] = [];
    const latest = new Latest((q: string) => answers.get(q)!.promise, (r: string) => delivered.push(r), () => {}, 120);
    latest.request("old", true);
    latest.request("new", true);
    answers.get("new")!.resolve("new hits");
    answers.get("old")!.resolve("old hits");
    await vi.runAllTimersAsync();
    expect(delivered, "the stale answer is ignored").toEqual(["new hits"]);
  });

  it("reports a failure only for the newest request, and nothing after a cancel", async () => {
    const failures: unknown[] = [];
    const delivered: string[] = [];
    const latest = new Latest(
      async (q: string) => {
        if (q === "bad") throw new Error("no");
        return q;
      },
      (r: string) => delivered.push(r),
      (e) => failures.push(e),
      120,
    );
    latest.request("bad", true);
    await vi.runAllTimersAsync();
    expect(failures).toHaveLength(1);
    latest.request("good");
    latest.cancel();
    await vi.advanceTimersByTimeAsync(500);
    expect(delivered, "a cancelled request never answers").toEqual([]);
  });
});
