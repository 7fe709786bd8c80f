// Revision history as shown to the user: a readable Markdown page per revision, and labels.
import type { ModelGuide, Section } from "../ipc/bindings";
import { formatDate, todayIso } from "../activities/format";
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

const pad = (n: number) => String(n).padStart(2, "0");

/** "Tue 1 Dec 2026, 09:14–09:40", in local time, for the span of a writing session. */
export function sessionLabel(startedAt: string, savedAt: string): string {
  const start = new Date(startedAt);
  const end = new Date(savedAt);
  const time = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const span = time(start) === time(end) ? time(start) : `${time(start)}–${time(end)}`;
  return `${formatDate(todayIso(start))}, ${span}`;
}
