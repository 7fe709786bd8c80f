// What every detail screen does about unsaved work and about a record that has gone.
import { onDestroy } from "svelte";
import { AppError, messageOf } from "../ipc/client";
import type { Autosaver } from "./autosave";
import { navigation, type View } from "./navigation.svelte";
import { saveBeforeClosing } from "./saving";
import { toasts } from "./toast.svelte";

/**
 * Keeps a screen's autosaved work safe: saved before the screen is left (or the user is told
 * why it cannot be, with `problem`), saved before the window closes, and saved on the way out.
 * Call while the component initialises.
 */
export function protectUnsaved<T>(saver: Autosaver<T>, problem: () => string): void {
  const unguard = navigation.guard(async () => ((await saver.flush()) ? null : problem()));
  const unregister = saveBeforeClosing(() => saver.flush());
  onDestroy(() => {
    unguard();
    unregister();
    void saver.flush();
  });
}

/**
 * For a record that failed to load: if it no longer exists, goes back to `list` and says so;
 * otherwise returns the message to show in place of the screen.
 */
export function loadFailed(error: unknown, list: View, what: string): string {
  if (error instanceof AppError && error.code === "not_found") {
    void navigation.go(list, true).then(() => toasts.show({ message: `That ${what} no longer exists.` }));
  }
  return messageOf(error);
}
