// Which inline form of a list is open (one at a time, for a new entry or in place of the entry
// it changes), and what happens after a save or a delete. Create one while a component
// initialises: given a message, it asks before leaving the screen with typing not yet saved.
import { onMount } from "svelte";
import { navigation } from "./navigation.svelte";
import { toasts, type Toast } from "./toast.svelte";

export class Editing {
  /** The open form: "new", the id of the entry being changed, or null for none. */
  open = $state<string | null>(null);
  /** Set while the open form holds typing not yet saved. */
  unsaved = $state(false);
  #refresh: () => Promise<void>;

  /** `refresh` reads the list again; `unsavedMessage` is what leaving with typing says. */
  constructor(refresh: () => Promise<void>, unsavedMessage?: string) {
    this.#refresh = refresh;
    // Leaving with a form half filled in asks first; the toast offers "Leave anyway".
    if (unsavedMessage) onMount(() => navigation.guard(async () => (this.unsaved ? unsavedMessage : null)));
  }

  /** Whether no form is open, so an entry may be edited or a new one added. */
  get idle(): boolean {
    return this.open === null;
  }

  close(): void {
    this.open = null;
    this.unsaved = false;
  }

  /** After a save: closes the form, says so and reads the list again. */
  saved(message: string): void {
    this.close();
    toasts.show({ message });
    void this.#refresh();
  }

  /** After an entry is deleted: its own form closes; any other open form stays as it is. */
  async removed(id: string, toast: Toast): Promise<void> {
    if (this.open === id) this.close();
    toasts.show(toast);
    await this.#refresh();
  }
}
