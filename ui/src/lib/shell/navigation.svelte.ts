// Which screen is showing. One place, so the sidebar, shortcuts and views agree.
import { toasts } from "./toast.svelte";

export type View =
  | { name: "activities" }
  | { name: "activity"; id: string }
  | { name: "reflections" }
  | { name: "reflection"; id: string };

class Navigation {
  view = $state<View>({ name: "activities" });
  /** Bumped to ask the quick-add form to take focus. */
  quickAddRequests = $state(0);

  /** Shows `view`; a message about the screen being left goes with it. */
  go(view: View): void {
    toasts.dismiss();
    this.view = view;
  }

  /** Shows the activity list and puts the cursor in the quick-add title. */
  newActivity(): void {
    this.go({ name: "activities" });
    this.quickAddRequests += 1;
  }

  /** From a detail screen, back to its list; returns whether it moved. */
  back(): boolean {
    if (this.view.name === "activity") this.go({ name: "activities" });
    else if (this.view.name === "reflection") this.go({ name: "reflections" });
    else return false;
    return true;
  }
}

export const navigation = new Navigation();
