import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import type { Choice, Profile, ProfileBody, ProfileProgress } from "../ipc/bindings";
import ProfileItem from "./ProfileItem.svelte";

const bodies: Choice<ProfileBody>[] = [
  { value: "cld", label: "CLD Standards Council Scotland" },
  { value: "nmc", label: "NMC revalidation" },
];

function profile(label: string): Profile {
  return {
    id: "p1",
    fields: {
      body: "cld",
      label,
      cycleStart: "2019-04-01",
      cycleYears: 3,
      weeklyHours: 15,
      hoursTarget: null,
      periodMonths: null,
      participatoryShare: null,
      signoffOn: null,
    },
    createdAt: "2026-03-03T10:00:00Z",
    updatedAt: "2026-03-03T10:00:00Z",
  };
}

/** What Rust's `profileProgress` reports for it. */
const progress: ProfileProgress = {
  profileId: "p1",
  body: "cld",
  label: "Youth work",
  cycleStart: "2025-04-01",
  cycleEnd: "2028-03-31",
  requirements: [
    { key: "hours", label: "Professional learning", unit: "hours", target: 45, achieved: 12, met: false, note: "", dueOn: null },
    { key: "verifierReview", label: "Critical review with a verifier", unit: "count", target: 1, achieved: 0, met: false, note: "", dueOn: null },
  ],
  warnings: [],
};

function show(item: Profile, confirming = false, known: ProfileProgress | null = progress): string {
  const props = { profile: item, progress: known, bodies, editable: true, confirming, onedit() {}, onconfirm() {} };
  return render(ProfileItem, { props }).body;
}

describe("a professional body in Settings", () => {
  it("shows its label, its body when the label differs, its cycle and what it asks", () => {
    const html = show(profile("Youth work"));
    expect(html).toContain('data-testid="profile-item"');
    expect(html).toContain("Youth work");
    expect(html).toContain("CLD Standards Council Scotland");
    expect(html).toContain("Cycle 1 Apr 2025 – 31 Mar 2028");
    expect(html).toContain("45 h professional learning · 1 critical review with a verifier");
  });

  it("leaves out the cycle and summary while Rust's progress is unknown", () => {
    const html = show(profile("Youth work"), false, null);
    expect(html).toContain("Youth work");
    expect(html).not.toContain('data-testid="profile-cycle"');
    expect(html).not.toContain("professional learning");
  });

  it("does not repeat the body's name when that is the label", () => {
    const meta = /class="meta[^"]*">([\s\S]*?)<span[^>]*data-testid="profile-cycle"/.exec(
      show(profile("CLD Standards Council Scotland")),
    );
    expect(meta?.[1]).toBeDefined();
    expect(meta?.[1]).not.toContain("CLD Standards Council Scotland");
    const named = /class="meta[^"]*">([\s\S]*?)<span[^>]*data-testid="profile-cycle"/.exec(show(profile("Youth work")));
    expect(named?.[1]).toContain("CLD Standards Council Scotland");
  });

  it("asks inline before deleting, saying the entries stay", () => {
    expect(show(profile("Youth work"))).not.toContain('data-testid="profile-confirm"');
    const html = show(profile("Youth work"), true);
    expect(html).toContain('data-testid="profile-confirm"');
    expect(html).toContain("Your entries stay.");
  });
});
