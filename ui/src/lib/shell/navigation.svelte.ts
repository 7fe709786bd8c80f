// Which screen is showing. One place, so the sidebar, shortcuts and views agree.
import { toasts } from "./toast.svelte";

export type View =
  | { name: "activities" }
  | { name: "activity"; id: string }
  | { name: "reflections" }
  | { name: "reflection"; id: string }
  | { name: "dashboard" }
  | { name: "goals" }
  | { name: "communities" }
  | { name: "spaces" }
  | { name: "share"; reflectionId: string | null }
  | { name: "practice" }
  | { name: "trash" }
  | { name: "settings" }
  | { name: "standards" }
  | { name: "portfolio" };

/** Asked before the screen changes: settles pending work, or says why leaving would lose it. */
export type LeaveGuard = () => Promise<string | null>;

class Navigation {
  view = $state<View>({ name: "activities" });
  /** Set to ask the quick-add form to take focus once. */
  focusQuickAdd = $state(false);
  #guard: LeaveGuard | null = null;

  /** Shows `view`, unless the current screen's guard reports unsaved work. */
  async go(view: View, force = false): Promise<void> {
    const problem = force ? null : await this.#guard?.();
    if (problem) {
      toasts.show({ message: problem, action: { label: "Leave anyway", run: () => void this.go(view, true) } });
      return;
    }
    toasts.dismiss();
    this.#guard = null;
    this.view = view;
  }

  /** Lets the current screen check before it is left; returns a function that removes it. */
  guard(guard: LeaveGuard): () => void {
    this.#guard = guard;
    return () => {
      if (this.#guard === guard) this.#guard = null;
    };
  }

  /** Shows the activity list and puts the cursor in the quick-add title. */
  async newActivity(): Promise<void> {
    await this.go({ name: "activities" });
    if (this.view.name === "activities") this.focusQuickAdd = true;
  }

  /** From a detail screen, back to its list; returns whether there was one to go back to. */
  back(): boolean {
    if (this.view.name === "activity") void this.go({ name: "activities" });
    else if (this.view.name === "reflection") void this.go({ name: "reflections" });
    else if (this.view.name === "share") {
      const id = this.view.reflectionId;
      void this.go(id ? { name: "reflection", id } : { name: "spaces" });
    }
    else return false;
    return true;
  }
}

export const navigation = new Navigation();
