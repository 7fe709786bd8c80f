import { describe, expect, it } from "vitest";
import { render } from "svelte/server";
import type { FeedItem, ShareLogEntry, Space } from "../ipc/bindings";
import FeedPost from "./FeedPost.svelte";
import ShareLogItem from "./ShareLogItem.svelte";
import SpaceItem from "./SpaceItem.svelte";

const entry: ShareLogEntry = {
  id: "sh1",
  spaceId: "s1",
  spaceName: "Youth work peers",
  title: "Running a detached session",
  status: "shared",
  attempts: 1,
  nextAttemptAt: null,
  lastError: null,
  remoteId: "$event",
  link: "https://matrix.to/#/!room:example.org/$event",
  createdAt: "2026-12-01T10:00:00Z",
  sharedAt: "2026-12-01T10:01:00Z",
  reflectionIds: ["r1"],
  activityIds: [],
};

const logItem = (change: Partial<ShareLogEntry>) => render(ShareLogItem, { props: { entry: { ...entry, ...change } } }).body;

describe("a share-log row", () => {
  it("shows a shared post with its status, where it went and its link as text", () => {
    const html = logItem({});
    expect(html).toContain('data-status="shared"');
    expect(html).toContain("Shared");
    expect(html).toContain("To Youth work peers");
    expect(html).toContain("https://matrix.to/#/!room:example.org/$event");
    expect(html).not.toMatch(/<a[\s>]/);
  });

  it("offers Try again for a post not sent, with the reason", () => {
    const html = logItem({ status: "failed", lastError: "The room refused the post." });
    expect(html).toContain("Not sent");
    expect(html).toContain("The room refused the post.");
    expect(html).toContain('data-testid="share-retry"');
  });

  it("sends the user to sign in again when the space asks", () => {
    const html = logItem({ status: "needs_sign_in", lastError: "The access token has expired." });
    expect(html).toContain("Sign in again");
    expect(html).toContain('data-testid="share-sign-in"');
    expect(html).not.toContain('data-testid="share-retry"');
  });

  it("says which attempt a waiting post is on", () => {
    const html = logItem({ status: "queued", attempts: 2, lastError: "Connection refused." });
    expect(html).toContain("Waiting to send");
    expect(html).toContain("Attempt 2");
    expect(html).toContain("Last try: Connection refused.");
  });
});

function space(settings: Space["settings"], label: string): Space {
  return { id: "s1", name: "Peers", settings, label, hasFeed: true, createdAt: "2026-12-01T10:00:00Z" };
}

const spaceItem = (item: Space) => render(SpaceItem, { props: { space: item, editable: true, open: null, onopen() {} } }).body;

describe("a space in Settings", () => {
  it("shows who is signed in to a Matrix room, and offers to sign in", () => {
    const html = spaceItem(space({ kind: "matrix", homeserver: "https://m.org", room: "#cpd:m.org", userId: "@jo:m.org" }, "Matrix room"));
    expect(html).toContain("Matrix room");
    expect(html).toMatch(/data-testid="space-user"[^>]*>@jo:m.org</);
    expect(html).toContain('data-testid="space-sign-in"');
  });

  it("says a Matrix room is not signed in yet", () => {
    expect(spaceItem(space({ kind: "matrix", homeserver: "https://m.org", room: "#cpd:m.org" }, "Matrix room"))).toContain("Not signed in");
  });

  it("has no sign-in for other kinds", () => {
    const html = spaceItem(space({ kind: "folder", path: "/shared" }, "Shared folder"));
    expect(html).not.toContain('data-testid="space-sign-in"');
    expect(html).not.toContain('data-testid="space-user"');
    expect(html).toContain('data-testid="space-check"');
  });
});

describe("a post from a space", () => {
  const post: FeedItem = {
    remoteId: "$e",
    author: "Sam",
    title: "Reflecting on group work",
    html: "<p>What went well</p>",
    markdown: "What went well",
    postedAt: null,
    link: null,
    fromCairn: true,
    mine: true,
  };

  it("shows its author, sanitised text, markers and Reflect on this", () => {
    const html = render(FeedPost, { props: { post, spaceId: "s1" } }).body;
    expect(html).toContain("Sam");
    expect(html).toContain("<p>What went well</p>");
    expect(html).toContain("Your post");
    expect(html).toContain("Shared from Cairn");
    expect(html).toContain('data-testid="feed-reflect"');
  });
});
