// What the share screen holds while the user chooses: the reflections, the activity, the
// space and the passages marked in the preview; and the preview of exactly what would be sent,
// asked again whenever a choice changes.
import type { SharePreview, ShareRequest } from "../ipc/bindings";
import { messageOf } from "../ipc/client";
import { Latest } from "../search/latest";
import { previewShare } from "./service";
import { ticked, withMark } from "./share";

export class ShareChoices {
  reflectionIds = $state<string[]>([]);
  includeActivity = $state(false);
  spaceId = $state("");
  marks = $state<string[]>([]);
  /** Ticked when the user has read the warning about private reflections. */
  sharePrivate = $state(false);
  preview = $state<SharePreview | null>(null);
  failure = $state<string | null>(null);
  previewing = $state(false);

  /** What would be shared; null until a space and at least one reflection are chosen. */
  readonly request: ShareRequest | null = $derived(
    this.spaceId && this.reflectionIds.length > 0
      ? { spaceId: this.spaceId, reflectionIds: this.reflectionIds, includeActivity: this.includeActivity, marks: this.marks }
      : null,
  );

  #latest = new Latest<ShareRequest, SharePreview>(
    (request) => previewShare(request),
    (preview) => {
      this.preview = preview;
      this.failure = null;
      this.previewing = false;
    },
    (error) => {
      this.preview = null;
      this.failure = messageOf(error);
      this.previewing = false;
    },
    200,
  );

  constructor(reflectionId: string | null) {
    if (reflectionId) this.reflectionIds = [reflectionId];
  }

  tick(id: string, on: boolean): void {
    this.reflectionIds = ticked(this.reflectionIds, id, on);
  }

  mark(selected: string): void {
    this.marks = withMark(this.marks, selected);
  }

  unmark(mark: string): void {
    this.marks = this.marks.filter((other) => other !== mark);
  }

  /** Asks for a preview of the current choices (at once with `now`), or clears it. */
  refresh(now = false): void {
    const request = this.request;
    if (!request) {
      this.#latest.cancel();
      this.preview = null;
      this.failure = null;
      this.previewing = false;
      return;
    }
    this.previewing = true;
    this.#latest.request($state.snapshot(request) as ShareRequest, now);
  }
}
