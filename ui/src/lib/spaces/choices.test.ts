import { describe, expect, it, vi } from "vitest";

const previewShare = vi.hoisted(() => vi.fn());
vi.mock("./service", () => ({ previewShare }));

const { ShareChoices } = await import("./choices.svelte");

const preview = { title: "Group work", payload: "{}" };

describe("the share screen's choices", () => {
  it("start with the reflection the screen was opened from, and ask for nothing without a space", () => {
    const choices = new ShareChoices("r1");
    expect(choices.reflectionIds).toEqual(["r1"]);
    expect(choices.request).toBeNull();
    choices.refresh(true);
    expect(previewShare).not.toHaveBeenCalled();
  });

  it("ask for a preview of exactly what is chosen, marks included", async () => {
    previewShare.mockResolvedValue(preview);
    const choices = new ShareChoices(null);
    choices.spaceId = "s1";
    choices.tick("r2", true);
    choices.mark(" Ward 7 ");
    choices.includeActivity = true;
    choices.refresh(true);
    expect(choices.previewing).toBe(true);
    await vi.waitFor(() => expect(choices.preview).toEqual(preview));
    expect(previewShare).toHaveBeenLastCalledWith({ spaceId: "s1", reflectionIds: ["r2"], includeActivity: true, marks: ["Ward 7"] });
    expect(choices.previewing).toBe(false);
  });

  it("say why a preview could not be made, and clear when nothing is chosen", async () => {
    previewShare.mockRejectedValue(new Error("The space is gone."));
    const choices = new ShareChoices("r1");
    choices.spaceId = "s1";
    choices.refresh(true);
    await vi.waitFor(() => expect(choices.failure).toBe("The space is gone."));
    choices.tick("r1", false);
    choices.refresh(true);
    expect(choices.failure).toBeNull();
    expect(choices.preview).toBeNull();
  });
});
