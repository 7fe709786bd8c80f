import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import type { Community, Vocabulary } from "../ipc/bindings";
import CommunityItem from "./CommunityItem.svelte";

const vocabulary = {
  activityKinds: [],
  activityModes: [],
  privacy: [],
  goalStatuses: [],
  profileBodies: [],
  participationLevels: [
    { value: "core", label: "Core" },
    { value: "peripheral", label: "Peripheral" },
  ],
} satisfies Vocabulary;

const community: Community = {
  id: "c1",
  fields: {
    name: "Youth work network",
    online: true,
    link: "https://example.org/network",
    joinedOn: "2025-09-01",
    level: "core",
    notes: "Meets monthly.",
  },
  history: [
    { level: "peripheral", since: "2025-09-01" },
    { level: "core", since: "2026-12-01" },
  ],
  activities: 2,
  minutes: 180,
  reflections: 1,
  createdAt: "2025-09-01T10:00:00Z",
  updatedAt: "2026-12-01T10:00:00Z",
};

function show(item: Community): string {
  return render(CommunityItem, { props: { community: item, vocabulary, editable: true, onedit() {}, ondeleted() {} } })
    .body;
}

describe("a community's card", () => {
  it("shows where it is, the current level, its history and what was done in it", () => {
    const html = show(community);
    expect(html).toContain('data-testid="community-item"');
    expect(html).toContain("Online");
    expect(html).toMatch(/<strong[^>]*>Peripheral<\/strong> since 1 Sep 2025/);
    expect(html).toMatch(/<strong[^>]*>Core<\/strong> since 1 Dec 2026/);
    expect(html).toContain("2 activities · 3 h · 1 reflection");
    expect(html).toContain('data-testid="health-check"');
  });

  it("shows the link as text the webview cannot follow", () => {
    const html = show(community);
    expect(html).toContain("https://example.org/network");
    expect(html).not.toMatch(/<a[\s>]/);
    expect(html).toContain("Copy link");
  });

  it("says Local for a community that meets in person, and offers no link it does not have", () => {
    const html = show({ ...community, fields: { ...community.fields, online: false, link: "" } });
    expect(html).toContain("Local");
    expect(html).not.toContain("Copy link");
  });
});
