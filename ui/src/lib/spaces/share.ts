// Pure helpers for sharing: what redaction took out, in a sentence; marks chosen in the
// preview; and how a share-log row reads.
import { formatTime } from "../activities/format";
import type { RedactionCounts, ShareLogEntry, ShareStatus } from "../ipc/bindings";
import { counted } from "../goals/service";

/** "a, b and c". */
function listed(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** "Took out 1 name, 1 e-mail address and 1 phone number", or that nothing needed taking out. */
export function redactionSentence(counts: RedactionCounts): string {
  const parts = [
    counts.names > 0 ? counted(counts.names, "name", "names") : "",
    counts.emails > 0 ? counted(counts.emails, "e-mail address", "e-mail addresses") : "",
    counts.phones > 0 ? counted(counts.phones, "phone number", "phone numbers") : "",
    counts.marked > 0 ? counted(counts.marked, "marked passage", "marked passages") : "",
  ].filter(Boolean);
  return parts.length === 0 ? "Nothing needed taking out." : `Took out ${listed(parts)}.`;
}

/** `marks` with the selected text added: white space tidied, blanks and repeats ignored. */
export function withMark(marks: string[], selected: string): string[] {
  const mark = selected.replace(/\s+/g, " ").trim();
  if (!mark || marks.includes(mark)) return marks;
  return [...marks, mark];
}

/** `ids` with `id` ticked or unticked, keeping their order. */
export function ticked(ids: string[], id: string, on: boolean): string[] {
  const rest = ids.filter((other) => other !== id);
  return on ? [...rest, id] : rest;
}

export const statusLabels: Record<ShareStatus, string> = {
  queued: "Waiting to send",
  shared: "Shared",
  needs_sign_in: "Sign in again",
  failed: "Not sent",
};

/** "Attempt 2, next try at 14:05" for a share still waiting; "Sending shortly" before any attempt. */
export function attemptLine(entry: Pick<ShareLogEntry, "attempts" | "nextAttemptAt">): string {
  const at = entry.nextAttemptAt ? formatTime(entry.nextAttemptAt) : null;
  if (entry.attempts === 0) return at ? `Sending at ${at}` : "Sending shortly";
  return at ? `Attempt ${entry.attempts}, next try at ${at}` : `Attempt ${entry.attempts}`;
}
