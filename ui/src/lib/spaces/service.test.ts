import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FeedItem } from "../ipc/bindings";

const ok = <T>(data: T) => Promise.resolve({ status: "ok" as const, data });
const refused = (field: string, message: string) =>
  Promise.resolve({ status: "error" as const, error: { code: "invalid" as const, field, message } });

const commands = vi.hoisted(() => ({
  saveSpace: vi.fn(),
  signInMatrix: vi.fn(),
  confirmShare: vi.fn(),
  reflectOnPost: vi.fn(),
  setRedactionNames: vi.fn(),
}));

vi.mock("../ipc/client", async (original) => ({ ...(await original<typeof import("../ipc/client")>()), commands }));

const service = await import("./service");
const { toSpaceInput, emptySpaceDraft } = await import("./form");

beforeEach(() => vi.clearAllMocks());

describe("the spaces service", () => {
  it("saves a new space with its credential, to go to the keychain", async () => {
    commands.saveSpace.mockReturnValue(ok({ id: "s1" }));
    const input = toSpaceInput(null, { ...emptySpaceDraft(), kind: "webhook", name: "Peers", secret: "key" });
    await service.saveSpace(input);
    expect(commands.saveSpace).toHaveBeenCalledWith({ id: null, name: "Peers", settings: input.settings, secret: "key" });
  });

  it("signs in to Matrix with a password or a pasted token", async () => {
    commands.signInMatrix.mockReturnValue(ok({ id: "s1" }));
    await service.signInMatrix("s1", { method: "password", user: "jo", password: "pw" });
    await service.signInMatrix("s1", { method: "token", token: "syt_x" });
    expect(commands.signInMatrix.mock.calls).toEqual([
      ["s1", { method: "password", user: "jo", password: "pw" }],
      ["s1", { method: "token", token: "syt_x" }],
    ]);
  });

  it("passes on Rust's refusal of a stale preview as an error naming the preview", async () => {
    commands.confirmShare.mockReturnValue(refused("preview", "What you chose changed since the preview."));
    const request = { spaceId: "s1", reflectionIds: ["r1"], includeActivity: false, marks: [] };
    const draft = { shareId: "d", preparedAt: "2026-12-01T10:00:00Z", digest: "x" };
    await expect(service.confirmShare(request, draft, false)).rejects.toMatchObject({ field: "preview" });
    expect(commands.confirmShare).toHaveBeenCalledWith(request, draft, false);
  });

  it("starts a reflection on a post in the space it came from", async () => {
    commands.reflectOnPost.mockReturnValue(ok({ id: "r9" }));
    const post: FeedItem = { remoteId: "$e", author: "Sam", title: "Group work", html: "<p>x</p>", markdown: "x", postedAt: null, link: null, fromCairn: false, mine: false };
    expect(await service.reflectOnPost("s1", post)).toEqual({ id: "r9" });
    expect(commands.reflectOnPost).toHaveBeenCalledWith("s1", post);
  });

  it("returns the names to redact as Rust kept them", async () => {
    commands.setRedactionNames.mockReturnValue(ok(["Jane", "Jane Smith"]));
    expect(await service.setRedactionNames(["Jane Smith", "Jane"])).toEqual(["Jane", "Jane Smith"]);
  });
});
