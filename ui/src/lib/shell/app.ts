// App-level service: is the journal open, and the vocabularies for choices.
import { getCurrentWindow } from "@tauri-apps/api/window";
import { commands } from "../ipc/client";
import { flushAll } from "./saving";
import type { JournalStatus, Vocabulary } from "../ipc/bindings";

export function journalStatus(): Promise<JournalStatus> {
  return commands.journalStatus();
}

let vocabularyPromise: Promise<Vocabulary> | null = null;

/** Activity kinds and modes with their labels (asked once; they never change at run time). */
export function vocabulary(): Promise<Vocabulary> {
  vocabularyPromise ??= commands.vocabulary();
  return vocabularyPromise;
}

/** Saves all unsaved work when the user closes the window, then lets it close. */
export function saveOnClose(): Promise<() => void> {
  return getCurrentWindow().onCloseRequested(() => flushAll());
}
