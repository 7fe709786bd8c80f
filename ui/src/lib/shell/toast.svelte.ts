// One short message at a time, with an optional action such as "Undo".
import { messageOf } from "../ipc/client";

export interface Toast {
  message: string;
  action?: { label: string; run: () => void };
}

class Toasts {
  current = $state<Toast | null>(null);
  #timer: ReturnType<typeof setTimeout> | null = null;

  show(toast: Toast, ms = 8000): void {
    this.current = toast;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.current = null), ms);
  }

  dismiss(): void {
    this.current = null;
  }
}

export const toasts = new Toasts();

/** Runs a user's action; if it fails, says why instead of failing silently. */
export async function attempt(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    toasts.show({ message: `That did not work: ${messageOf(error)}` });
  }
}
