import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import type { ProfileProgress as Progress } from "../ipc/bindings";
import ProfileProgress from "./ProfileProgress.svelte";

function nmc(): Progress {
  return {
    profileId: "p1",
    body: "nmc",
    label: "NMC — adult nursing",
    cycleStart: "2025-04-01",
    cycleEnd: "2028-03-31",
    requirements: [
      { key: "hours", label: "CPD hours", unit: "hours", target: 35, achieved: 23, met: false, note: "Counted from 1 April 2025 to 31 March 2028.", dueOn: null },
      { key: "participatoryHours", label: "Participatory CPD hours", unit: "hours", target: 20, achieved: 21.5, met: true, note: "", dueOn: null },
      { key: "feedback", label: "Practice-related feedback", unit: "count", target: 5, achieved: 3, met: false, note: "Feedback from people you work with.", dueOn: null },
    ],
    warnings: [],
  };
}

function gtcs(): Progress {
  return {
    profileId: "p2",
    body: "gtcs",
    label: "GTCS Professional Update",
    cycleStart: "2024-08-15",
    cycleEnd: "2029-08-14",
    requirements: [
      { key: "signoff", label: "Professional Update sign-off", unit: "date", target: 0, achieved: 480, met: true, note: "480 days remain until sign-off on 31 March 2028.", dueOn: "2028-03-31" },
    ],
    warnings: ["No activity since 1 May 2026 (today is 16 November 2026): explain gaps of 3 months or more."],
  };
}

function show(profiles: Progress[], loaded?: boolean): string {
  return render(ProfileProgress, { props: { profiles, loaded } }).body;
}

/** The text of the first element with `testid` and everything in it, tags removed. */
function textOf(html: string, testid: string): string[] {
  const parts = html.split(`data-testid="${testid}"`).slice(1);
  return parts.map((part) => part.replace(/<[^>]*>/g, " ").replace(/\s+/g, " "));
}

describe("progress towards professional bodies", () => {
  it("shows a card per profile with its label, cycle and days left", () => {
    const html = show([nmc(), gtcs()]);
    expect(html).toContain('data-testid="profile-progress"');
    expect(html.split('data-testid="profile-card"')).toHaveLength(3);
    expect(html).toContain("NMC — adult nursing");
    expect(html).toContain("Cycle 1 Apr 2025 – 31 Mar 2028");
    expect(html).toMatch(/data-testid="profile-days-left"[^>]*>(\d[\d,]* days? left|Starts in|Last day)/);
    expect(html).not.toContain('data-testid="profile-invite"');
  });

  it("shows each requirement with its label, figures and note", () => {
    const [hours, participatory, feedback] = textOf(show([nmc()]), "requirement");
    expect(hours).toContain("CPD hours");
    expect(hours).toContain("23 of 35 h");
    expect(hours).toContain("Counted from 1 April 2025");
    expect(participatory).toContain("21.5 of 20 h");
    expect(feedback).toContain("3 of 5");
    const html = show([nmc()]);
    expect(html).toContain('data-met="true"');
    expect(html).toContain('data-met="false"');
    expect(html).toContain("1 of 3 met");
  });

  it("shows a date requirement as its due date and the days to it", () => {
    const [signoff] = textOf(show([gtcs()]), "requirement");
    expect(signoff).toContain("Professional Update sign-off");
    expect(signoff).toContain("Sign-off due 31 Mar 2028 · 480 days");
  });

  it("shows warnings as callouts", () => {
    const [warning] = textOf(show([gtcs()]), "profile-warning");
    expect(warning).toContain("No activity since 1 May 2026");
    expect(show([nmc()])).not.toContain('data-testid="profile-warning"');
  });

  it("invites the user to choose a body when there is none, once the dashboard is read", () => {
    const html = show([]);
    expect(html).toContain('data-testid="profile-invite"');
    expect(html).toContain("Choose your professional body in Settings to see your progress here");
    expect(show([], false)).not.toContain('data-testid="profile-invite"');
  });
});
