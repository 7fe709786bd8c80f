import { describe, expect, it } from "vitest";
import type { Feedback, Review } from "../ipc/bindings";
import { AppError } from "../ipc/client";
import {
  discussedTitles,
  emptyFeedback,
  emptyReview,
  feedbackProgress,
  feedbackSummary,
  feedbackWithin,
  isDate,
  reflectionTitle,
  reviewSummary,
  saveFeedback,
  saveReview,
  toggled,
} from "./service";

function feedback(receivedOn: string, source = "Line manager"): Feedback {
  return {
    id: `f-${receivedOn}`,
    fields: { receivedOn, source, content: "", useMade: "" },
    createdAt: "2026-03-03T10:00:00Z",
    updatedAt: "2026-03-03T10:00:00Z",
  };
}

function review(reviewerRole: string): Review {
  return {
    id: "r1",
    fields: { ...emptyReview("2026-03-03"), reviewerName: "Jo Bloggs", reviewerRole },
    createdAt: "2026-03-03T10:00:00Z",
    updatedAt: "2026-03-03T10:00:00Z",
  };
}

describe("empty drafts", () => {
  it("start today with nothing typed", () => {
    expect(emptyFeedback("2026-03-02")).toEqual({ receivedOn: "2026-03-02", source: "", content: "", useMade: "" });
    expect(emptyReview("2026-03-02")).toMatchObject({ heldOn: "2026-03-02", reviewerName: "", reflectionIds: [] });
  });

  it("default to today's local date", () => {
    expect(emptyFeedback().receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isDate(emptyReview().heldOn)).toBe(true);
  });
});

describe("date boxes", () => {
  it("accept real calendar dates", () => {
    expect(isDate("2026-03-02")).toBe(true);
    expect(isDate("2024-02-29")).toBe(true);
  });

  it("refuse cleared, partial and impossible dates", () => {
    expect(isDate("")).toBe(false);
    expect(isDate("2026-3-2")).toBe(false);
    expect(isDate("2026-02-30")).toBe(false);
    expect(isDate("2025-02-29")).toBe(false);
  });

  it("a cleared date is refused beside the date field before anything is sent", async () => {
    const error = await saveFeedback(null, { ...emptyFeedback(), receivedOn: "", source: "A colleague" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "invalid", field: "receivedOn" });

    const reviewError = await saveReview("r1", { ...emptyReview(), heldOn: "" }).catch((e: unknown) => e);
    expect(reviewError).toMatchObject({ code: "invalid", field: "heldOn" });
  });
});

describe("feedback towards revalidation", () => {
  it("counts feedback from the last three years up to today, not before and not after", () => {
    const items = [
      feedback("2026-03-02"), // today
      feedback("2023-03-02"), // exactly three years ago
      feedback("2023-03-01"), // a day too early
      feedback("2026-03-03"), // tomorrow
      feedback("2025-07-15"),
    ];
    expect(feedbackWithin(items, "2026-03-02")).toBe(3);
    expect(feedbackWithin([], "2026-03-02")).toBe(0);
  });

  it("counts from 29 February as well as any other day", () => {
    expect(feedbackWithin([feedback("2021-03-01"), feedback("2021-02-28")], "2024-02-29")).toBe(1);
  });

  it("says how many of the five NMC asks for, and when there are enough", () => {
    expect(feedbackProgress(2)).toBe("2 of 5 pieces of feedback for NMC revalidation, from the last 3 years.");
    expect(feedbackProgress(0)).toMatch(/^0 of 5 /);
    expect(feedbackProgress(6)).toBe("6 pieces of feedback in the last 3 years — enough for NMC revalidation.");
  });
});

describe("summary lines", () => {
  it("name feedback by its source and date", () => {
    expect(feedbackSummary(feedback("2026-03-03", "A service user"))).toBe("A service user, Tue 3 Mar 2026");
  });

  it("name a review by the reviewer, their role when given, and the date", () => {
    expect(reviewSummary(review("NMC registrant"))).toBe("Jo Bloggs (NMC registrant), Tue 3 Mar 2026");
    expect(reviewSummary(review(""))).toBe("Jo Bloggs, Tue 3 Mar 2026");
  });
});

describe("reflections discussed", () => {
  const choices = [
    { id: "a", title: "Handover" },
    { id: "b", title: reflectionTitle("  ") },
  ];

  it("show untitled reflections as such", () => {
    expect(reflectionTitle("")).toBe("Untitled reflection");
    expect(reflectionTitle("Handover")).toBe("Handover");
  });

  it("are listed by title, naming those no longer offered", () => {
    expect(discussedTitles(["b", "gone", "a"], choices)).toEqual([
      "Untitled reflection",
      "A reflection in the trash",
      "Handover",
    ]);
  });

  it("are ticked and unticked without duplicates or disturbing the others", () => {
    expect(toggled(["a"], "b", true)).toEqual(["a", "b"]);
    expect(toggled(["a", "b"], "b", true)).toEqual(["a", "b"]);
    expect(toggled(["a", "gone"], "a", false)).toEqual(["gone"]);
  });
});
