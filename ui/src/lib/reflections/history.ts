// Revision history as shown to the user: a readable Markdown page per revision, and labels.
import type { ModelGuide, Section } from "../ipc/bindings";
import { formatDateTime, formatTime } from "../activities/format";
import { keptTitle } from "./models";

/** One Markdown document for a revision's sections, each under its stage's title. */
export function asDocument(sections: Section[], guide: ModelGuide | undefined): string {
  const written = sections.filter((section) => section.text.trim());
  if (!written.length) return "*Nothing written yet.*";
  const [only] = written;
  if (only && written.length === 1 && (guide?.stages.length ?? 0) <= 1) return only.text;
  return written
    .map((section) => {
      const title = guide?.stages.find((stage) => stage.key === section.stage)?.title ?? keptTitle(section.stage);
      return `### ${title}\n\n${section.text}`;
    })
    .join("\n\n");
}

/** "Tue 1 Dec 2026, 09:14–09:40", in local time, for the span of a writing session. */
export function sessionLabel(startedAt: string, savedAt: string): string {
  const [start, end] = [formatTime(startedAt), formatTime(savedAt)];
  return start === end ? formatDateTime(startedAt) : `${formatDateTime(startedAt)}–${end}`;
}
