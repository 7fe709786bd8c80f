import { describe, expect, it } from "vitest";
import { Editing } from "./editing.svelte";
import { toasts } from "./toast.svelte";

describe("which inline form of a list is open", () => {
  it("closes the form after a save, says so and reads the list again", () => {
    let reads = 0;
    const editing = new Editing(async () => void reads++);
    editing.open = "new";
    editing.unsaved = true;
    expect(editing.idle).toBe(false);
    editing.saved("Goal added.");
    expect(editing.idle).toBe(true);
    expect(editing.unsaved).toBe(false);
    expect(toasts.current?.message).toBe("Goal added.");
    expect(reads).toBe(1);
  });

  it("keeps another entry's form open when one is deleted, but closes the deleted one's", async () => {
    const editing = new Editing(async () => {});
    editing.open = "a";
    await editing.removed("b", { message: "Deleted “B”." });
    expect(editing.open).toBe("a");
    await editing.removed("a", { message: "Deleted “A”." });
    expect(editing.open).toBe(null);
    expect(toasts.current?.message).toBe("Deleted “A”.");
  });
});
