import { describe, expect, it } from "vitest";
import type { ProfileProgress } from "../ipc/bindings";
import { cycleName, toCycle } from "./cycles";

const progress = (label: string): ProfileProgress => ({
  profileId: "p1",
  body: "nmc",
  label,
  cycleStart: "2024-02-29",
  cycleEnd: "2025-02-27",
  requirements: [],
  warnings: [],
});
const bodies = [{ value: "nmc" as const, label: "NMC revalidation" }];

describe("a profile's cycle", () => {
  it("takes its dates from Rust as they are", () => {
    expect(toCycle(progress(""))).toEqual({ profileId: "p1", body: "nmc", label: "", from: "2024-02-29", to: "2025-02-27" });
  });

  it("is named by the profile's label, else its body", () => {
    expect(cycleName(toCycle(progress(" Adult nursing ")), bodies)).toBe("Adult nursing");
    expect(cycleName(toCycle(progress("")), bodies)).toBe("NMC revalidation");
    expect(cycleName(toCycle(progress("")), [])).toBe("NMC");
  });
});
