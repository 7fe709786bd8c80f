// App-level service: is the journal open, and the vocabularies for choices.
import { commands } from "../ipc/client";
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
