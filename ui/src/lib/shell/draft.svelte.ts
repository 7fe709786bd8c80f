// An inline form's typing: the copy of the fields the user edits, the errors of the last save,
// and saving. The same approach as the practice screen's forms; goals, communities and
// frameworks use it through InlineForm.
import { formErrors, noErrors } from "./errors";

export class Draft<F extends object, R> {
  fields = $state() as F;
  errors = $state(noErrors());
  busy = $state(false);
  #start = $state("");
  #save: (fields: F) => Promise<R>;
  #onsaved: (saved: R) => void;

  /** `initial` is only where the typing starts: re-reading the list never disturbs it. */
  constructor(initial: F, save: (fields: F) => Promise<R>, onsaved: (saved: R) => void) {
    this.#start = JSON.stringify(initial);
    this.fields = initial;
    this.#save = save;
    this.#onsaved = onsaved;
  }

  /** Whether anything has been typed since the form opened or was last saved. */
  get unsaved(): boolean {
    return JSON.stringify(this.fields) !== this.#start;
  }

  /** Saves; on failure keeps every word and places the error beside the field at fault. */
  async save(): Promise<void> {
    this.busy = true;
    try {
      const fields = $state.snapshot(this.fields) as F;
      const saved = await this.#save(fields);
      this.errors = noErrors();
      this.#start = JSON.stringify(fields);
      this.#onsaved(saved);
    } catch (error) {
      this.errors = formErrors(error);
    } finally {
      this.busy = false;
    }
  }
}

/** What every inline form given to an editable list is given. */
export interface InlineFormProps<F, R> {
  /** The entry being changed, or null for a new one. */
  id: string | null;
  initial: F;
  /** Set while the form holds typing not yet saved. */
  unsaved?: boolean;
  onsaved: (saved: R) => void;
  oncancel: () => void;
}
