import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Framework, Profile } from "../ipc/bindings";

const ok = <T>(data: T) => Promise.resolve({ status: "ok" as const, data });

const commands = vi.hoisted(() => ({
  listFrameworks: vi.fn(),
  createFramework: vi.fn(),
  updateFramework: vi.fn(),
  importFramework: vi.fn(),
  coverage: vi.fn(),
  setStandards: vi.fn(),
  standardsOf: vi.fn(),
  listProfiles: vi.fn(),
  profileProgress: vi.fn(),
}));
const dialog = vi.hoisted(() => ({ open: vi.fn() }));

vi.mock("../ipc/client", async (original) => ({ ...(await original<typeof import("../ipc/client")>()), commands }));
vi.mock("@tauri-apps/plugin-dialog", () => dialog);

const service = await import("./service");

function framework(id: string, preset: string | null, name = "A framework", body = ""): Framework {
  return { id, preset, name, body, description: "", items: [], createdAt: "", updatedAt: "" };
}

function profile(body: Profile["fields"]["body"]): Profile {
  return {
    id: `p-${body}`,
    fields: {
      body,
      label: "",
      cycleStart: "2024-04-01",
      cycleYears: 3,
      weeklyHours: null,
      hoursTarget: null,
      periodMonths: null,
      participatoryShare: null,
      signoffOn: null,
    },
    createdAt: "",
    updatedAt: "",
  };
}

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset();
  dialog.open.mockReset();
});

describe("framework names", () => {
  it("add the body's short name when the body gives one in brackets", () => {
    expect(service.frameworkLabel({ name: "The Code", body: "Nursing and Midwifery Council (NMC)" })).toBe("The Code — NMC");
    expect(service.frameworkLabel({ name: "Standard for Full Registration", body: "General Teaching Council for Scotland (GTCS)" }))
      .toBe("Standard for Full Registration — GTCS");
  });

  it("stay as they are when the body has no short name or the name already says it", () => {
    expect(service.frameworkLabel({ name: "CLD competences and values", body: "CLD Standards Council Scotland" }))
      .toBe("CLD competences and values");
    expect(service.frameworkLabel({ name: "My NMC notes", body: "Nursing and Midwifery Council (NMC)" })).toBe("My NMC notes");
    expect(service.frameworkLabel({ name: "Team standards", body: "" })).toBe("Team standards");
  });
});

describe("the framework shown first", () => {
  const list = [framework("cld", "cld"), framework("nmc", "nmc"), framework("mine", null)];

  it("is the one chosen before, while it exists", () => {
    expect(service.pickFramework(list, [profile("nmc")], "mine")).toBe("mine");
  });

  it("is otherwise the shipped framework of the user's requirement profile", () => {
    expect(service.pickFramework(list, [profile("custom"), profile("nmc")], "deleted")).toBe("nmc");
  });

  it("is otherwise the first, or none when there are none", () => {
    expect(service.pickFramework(list, [], null)).toBe("cld");
    expect(service.pickFramework([], [profile("nmc")], null)).toBeNull();
  });
});

describe("the profiles' current cycles", () => {
  it("asks Rust for each profile's cycle on the given day", async () => {
    commands.listProfiles.mockReturnValue(ok([profile("nmc"), profile("hcpc")]));
    commands.profileProgress.mockImplementation((id: string) =>
      ok({ profileId: id, body: "nmc", label: "", cycleStart: "2024-04-01", cycleEnd: "2027-03-31", requirements: [], warnings: [] }),
    );
    expect(await service.profileCycles("2026-03-03")).toEqual([
      { profileId: "p-nmc", body: "nmc", label: "", from: "2024-04-01", to: "2027-03-31" },
      { profileId: "p-hcpc", body: "nmc", label: "", from: "2024-04-01", to: "2027-03-31" },
    ]);
    expect(commands.profileProgress.mock.calls).toEqual([["p-nmc", "2026-03-03"], ["p-hcpc", "2026-03-03"]]);
  });
});

describe("saving a framework", () => {
  const draft = {
    name: "Team standards",
    body: "",
    description: "",
    items: [
      { id: "a", code: "T", title: "Teamwork", description: "", parent: "" },
      { id: "b", code: "", title: "", description: "", parent: "" },
      { id: "c", code: "T1", title: "Listening", description: "", parent: "a" },
    ],
  };

  it("creates a new one without the rows left empty, parents given by id", async () => {
    commands.createFramework.mockReturnValue(ok(framework("new", null)));
    await service.saveFramework(null, draft);
    expect(commands.createFramework).toHaveBeenCalledWith({
      name: "Team standards",
      body: "",
      description: "",
      items: [
        { id: "a", code: "T", title: "Teamwork", description: "", parent: null },
        { id: "c", code: "T1", title: "Listening", description: "", parent: "a" },
      ],
    });
    expect(commands.updateFramework).not.toHaveBeenCalled();
  });

  it("updates the user's own by id", async () => {
    commands.updateFramework.mockReturnValue(ok(framework("f1", null)));
    await service.saveFramework("f1", draft);
    expect(commands.updateFramework).toHaveBeenCalledWith("f1", expect.objectContaining({ name: "Team standards" }));
  });
});

describe("importing", () => {
  it("asks for one CSV or JSON file", async () => {
    dialog.open.mockResolvedValue("/home/me/standards.csv");
    expect(await service.chooseFrameworkFile()).toBe("/home/me/standards.csv");
    expect(dialog.open).toHaveBeenCalledWith(
      expect.objectContaining({ multiple: false, directory: false, filters: [expect.objectContaining({ extensions: ["csv", "json"] })] }),
    );
  });

  it("does nothing when the dialog is cancelled", async () => {
    dialog.open.mockResolvedValue(null);
    expect(await service.chooseFrameworkFile()).toBeNull();
  });

  it("passes on Rust's refusal, naming the line and column, as an error with its message", async () => {
    const error = { code: "invalid", message: "Line 3, column 2: a title is required.", field: "file" };
    commands.importFramework.mockResolvedValue({ status: "error", error });
    await expect(service.importFramework("/x.csv")).rejects.toMatchObject({ code: "invalid", message: "Line 3, column 2: a title is required." });
  });

  it("names the file by the last part of its path", () => {
    expect(service.fileName("/home/me/standards.csv")).toBe("standards.csv");
    expect(service.fileName("C:\\Users\\me\\nos.json")).toBe("nos.json");
  });
});

describe("standards and coverage", () => {
  it("send the entry and the items chosen, and the range's dates", async () => {
    commands.setStandards.mockReturnValue(ok(["i1"]));
    commands.coverage.mockReturnValue(ok({ framework: framework("f", null), items: [] }));
    expect(await service.setStandards({ entity: "goal", id: "g1" }, ["i1"])).toEqual(["i1"]);
    expect(commands.setStandards).toHaveBeenCalledWith({ entity: "goal", id: "g1" }, ["i1"]);
    await service.coverageOf("f", { from: "2026-01-01", to: null });
    expect(commands.coverage).toHaveBeenCalledWith("f", "2026-01-01", null);
  });

  it("share one read of the frameworks until the journal changes", async () => {
    commands.listFrameworks.mockImplementation(() => ok([framework("cld", "cld")]));
    await Promise.all([service.frameworksAt(7), service.frameworksAt(7)]);
    expect(commands.listFrameworks).toHaveBeenCalledTimes(1);
    await service.frameworksAt(8);
    expect(commands.listFrameworks).toHaveBeenCalledTimes(2);
  });

  it("read the frameworks again after a failed read", async () => {
    commands.listFrameworks.mockReturnValueOnce(Promise.reject(new Error("busy")));
    await expect(service.frameworksAt(20)).rejects.toThrow("busy");
    commands.listFrameworks.mockReturnValueOnce(ok([]));
    expect(await service.frameworksAt(20)).toEqual([]);
  });
});
