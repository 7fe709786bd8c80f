// The UI's view of the journal's change stream: views re-read when `revision` moves.
import { onJournalChanged } from "../ipc/client";

class JournalFeed {
  revision = $state(0);
  #stop: (() => void) | null = null;

  async start(): Promise<void> {
    this.#stop ??= await onJournalChanged(() => {
      this.revision += 1;
    });
  }
}

export const journalFeed = new JournalFeed();
