import { describe, expect, it } from "vitest";
import { attemptLine, redactionSentence, statusLabels, ticked, withMark } from "./share";

const none = { names: 0, emails: 0, phones: 0, marked: 0 };

describe("what redaction took out", () => {
  it("reads as one sentence, each kind counted", () => {
    expect(redactionSentence({ names: 1, emails: 1, phones: 1, marked: 0 })).toBe(
      "Took out 1 name, 1 e-mail address and 1 phone number.",
    );
    expect(redactionSentence({ ...none, names: 3, marked: 2 })).toBe("Took out 3 names and 2 marked passages.");
    expect(redactionSentence({ ...none, emails: 2 })).toBe("Took out 2 e-mail addresses.");
  });

  it("says so when nothing needed taking out", () => {
    expect(redactionSentence(none)).toBe("Nothing needed taking out.");
  });
});

describe("marked passages", () => {
  it("are added tidied, once each, and never blank", () => {
    expect(withMark([], "  Ward\n 7 ")).toEqual(["Ward 7"]);
    expect(withMark(["Ward 7"], "Ward 7")).toEqual(["Ward 7"]);
    expect(withMark(["Ward 7"], "  ")).toEqual(["Ward 7"]);
  });
});

describe("ticked reflections", () => {
  it("are added and removed without repeats", () => {
    expect(ticked(["a"], "b", true)).toEqual(["a", "b"]);
    expect(ticked(["a", "b"], "a", false)).toEqual(["b"]);
    expect(ticked(["a"], "a", true)).toEqual(["a"]);
  });
});

describe("the share log", () => {
  it("names every status in the user's words", () => {
    expect(statusLabels).toEqual({ queued: "Waiting to send", shared: "Shared", needs_sign_in: "Sign in again", failed: "Not sent" });
  });

  it("says which attempt a waiting share is on and when it is tried next", () => {
    const at = new Date(2026, 11, 1, 14, 5).toISOString();
    expect(attemptLine({ attempts: 2, nextAttemptAt: at })).toBe("Attempt 2, next try at 14:05");
    expect(attemptLine({ attempts: 1, nextAttemptAt: null })).toBe("Attempt 1");
    expect(attemptLine({ attempts: 0, nextAttemptAt: at })).toBe("Sending at 14:05");
    expect(attemptLine({ attempts: 0, nextAttemptAt: null })).toBe("Sending shortly");
  });
});
