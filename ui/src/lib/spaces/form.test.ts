import { describe, expect, it } from "vitest";
import type { Space, SpaceSettings } from "../ipc/bindings";
import { AppError } from "../ipc/client";
import { emptySpaceDraft, placeError, shownFields, signedInAs, spaceKinds, toSettings, toSpaceDraft, toSpaceInput, type SpaceDraft } from "./form";

function draft(change: Partial<SpaceDraft>, text: Partial<SpaceDraft["text"]> = {}): SpaceDraft {
  const start = emptySpaceDraft();
  return { ...start, ...change, text: { ...start.text, ...text } };
}

function space(settings: SpaceSettings, name = "Peers"): Space {
  return { id: "s1", name, settings, label: "Matrix room", hasFeed: true, createdAt: "2026-12-01T10:00:00Z" };
}

describe("the settings of each kind", () => {
  it("start a new space as a Matrix room with the usual mail port and protection", () => {
    const start = emptySpaceDraft();
    expect(start.kind).toBe("matrix");
    expect(start.text.port).toBe("587");
    expect(start.security).toBe("start_tls");
    expect(toSettings(start)).toEqual({ kind: "matrix", homeserver: "", room: "", userId: "" });
  });

  it("are built for every kind the select offers", () => {
    for (const { value } of spaceKinds) {
      expect(toSettings(draft({ kind: value }, { category: "5", port: "587" })).kind, value).toBe(value);
    }
  });

  it("carry numbers for a forum's category and topic, and none for a new topic each time", () => {
    const forum = draft({ kind: "discourse" }, { baseUrl: "https://forum.example.org", apiUsername: "jo", category: " 5 " });
    expect(toSettings(forum)).toEqual({ kind: "discourse", baseUrl: "https://forum.example.org", apiUsername: "jo", category: 5, topicId: null });
    expect(toSettings({ ...forum, text: { ...forum.text, topicId: "42" } })).toMatchObject({ topicId: 42 });
  });

  it("refuse a category or port that is not a number, beside its box", () => {
    expect(() => toSettings(draft({ kind: "discourse" }, { category: "five" }))).toThrow(AppError);
    expect(() => toSettings(draft({ kind: "discourse" }, { category: "five" }))).toThrow(expect.objectContaining({ field: "category" }));
    expect(() => toSettings(draft({ kind: "email" }, { port: "" }))).toThrow(expect.objectContaining({ field: "port" }));
  });

  it("keep the chat service and the mail protection chosen", () => {
    expect(toSettings(draft({ kind: "webhook", service: "teams" }))).toEqual({ kind: "webhook", service: "teams" });
    const mail = toSettings(draft({ kind: "email", security: "tls" }, { host: "smtp.example.org", port: "465", from: "a@b.org", to: "c@d.org" }));
    expect(mail).toEqual({ kind: "email", host: "smtp.example.org", port: 465, security: "tls", user: "", from: "a@b.org", to: "c@d.org" });
  });
});

describe("a saved space in the form", () => {
  const matrix = space({ kind: "matrix", homeserver: "https://matrix.example.org", room: "#cpd:example.org", userId: "@jo:example.org" });

  it("fills the boxes from its settings and keeps who signed in", () => {
    const form = toSpaceDraft(matrix);
    expect(form.name).toBe("Peers");
    expect(form.text.room).toBe("#cpd:example.org");
    expect(toSettings(form)).toEqual(matrix.settings);
  });

  it("sends an empty credential box as none, so the keychain keeps the saved one", () => {
    expect(toSpaceInput("s1", toSpaceDraft(matrix)).secret).toBeNull();
    expect(toSpaceInput(null, { ...toSpaceDraft(matrix), kind: "webhook", secret: "key" }).secret).toBe("key");
    expect(toSpaceInput(null, { ...toSpaceDraft(matrix), secret: "tok" }).secret, "Matrix signs in instead").toBeNull();
  });

  it("reads a forum's numbers back as text, and no topic as an empty box", () => {
    const form = toSpaceDraft(space({ kind: "discourse", baseUrl: "https://f.org", apiUsername: "jo", category: 5, topicId: null }));
    expect(form.text.category).toBe("5");
    expect(form.text.topicId).toBe("");
  });
});

describe("errors from saving", () => {
  it("stay beside a box the form shows, and become general for one it does not", () => {
    const matrix = draft({ kind: "matrix" });
    const room = new AppError({ code: "invalid", field: "room", message: "Give the room." });
    const settings = new AppError({ code: "invalid", field: "settings", message: "Could not be kept." });
    expect(placeError(room, matrix, true)).toBe(room);
    expect(placeError(settings, matrix, true)).toMatchObject({ field: null, message: "Could not be kept." });
    expect(shownFields(draft({ kind: "folder" }), false)).toEqual(["name", "path", "signAs"]);
  });
});

describe("who is signed in", () => {
  it("is shown for Matrix only, saying so when nobody is", () => {
    expect(signedInAs(space({ kind: "matrix", homeserver: "h", room: "r", userId: "@jo:x" }))).toEqual({ signedIn: true, line: "@jo:x" });
    expect(signedInAs(space({ kind: "matrix", homeserver: "h", room: "r" }))).toEqual({ signedIn: false, line: "Not signed in" });
    expect(signedInAs(space({ kind: "folder", path: "/x" }))).toBeNull();
  });
});
