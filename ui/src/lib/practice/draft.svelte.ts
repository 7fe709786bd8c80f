// An inline form's typing: the copy of the fields the user edits, their errors, and saving.
// Create one while a component initialises: it reports unsaved typing while the form is open.
import { untrack } from "svelte";
import { formErrors, noErrors } from "../shell/errors";
import { markUnsaved } from "./unsaved";

/** What every inline form on the practice screen is given. */
export interface FormProps<F, R> {
  /** The entry being changed, or null for a new one. */
  id: string | null;
  initial: F;
  onsaved: (saved: R) => void;
  oncancel: () => void;
}

/** The names of the fields of `F` that hold text, so a text box can bind to them. */
export type TextField<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

export class DraftForm<F extends object, R = unknown> {
  fields = $state() as F;
  errors = $state(noErrors());
  busy = $state(false);
  #key = Symbol("practice form");
  #save: (fields: F) => Promise<R>;
  #onsaved: (saved: R) => void;

  constructor(initial: () => F, save: (fields: F) => Promise<R>, onsaved: (saved: R) => void) {
    // A copy the user edits: `initial` is only where it starts (the list may re-read meanwhile).
    const start = untrack(() => $state.snapshot(initial())) as F;
    this.fields = structuredClone(start);
    this.#save = save;
    this.#onsaved = onsaved;
    const unchanged = JSON.stringify(start);
    $effect(() => {
      markUnsaved(this.#key, JSON.stringify(this.fields) !== unchanged);
      return () => markUnsaved(this.#key, false);
    });
  }

  async save(): Promise<void> {
    this.busy = true;
    try {
      const saved = await this.#save($state.snapshot(this.fields) as F);
      this.errors = noErrors();
      markUnsaved(this.#key, false);
      this.#onsaved(saved);
    } catch (error) {
      this.errors = formErrors(error);
    } finally {
      this.busy = false;
    }
  }
}
