// Tags as typed: turning what is in the tag box into tag names, and suggesting known tags.
import type { TagUsage } from "../ipc/bindings";
import { call, commands } from "../ipc/client";

/** Every tag the journal knows, for suggestions. */
export function knownTags(): Promise<TagUsage[]> {
  return call(commands.listTags());
}

/** A tag name as Rust stores it: white space collapsed and trimmed. */
export function tidyTagName(name: string): string {
  return name.split(/\s+/).filter(Boolean).join(" ");
}

/** `tags` with `typed` added (white space tidied), unless blank or already there in any case. */
export function addTag(tags: string[], typed: string): string[] {
  const name = tidyTagName(typed);
  if (!name || tags.some((tag) => tag.toLowerCase() === name.toLowerCase())) return tags;
  return [...tags, name];
}

/** Known tag names that start with or contain `typed`, not already chosen, best first. */
export function suggestions(known: string[], chosen: string[], typed: string, limit = 6): string[] {
  const query = typed.trim().toLowerCase();
  if (!query) return [];
  const open = known.filter((name) => !chosen.some((tag) => tag.toLowerCase() === name.toLowerCase()));
  const starts = open.filter((name) => name.toLowerCase().startsWith(query));
  const contains = open.filter((name) => !starts.includes(name) && name.toLowerCase().includes(query));
  return [...starts, ...contains].slice(0, limit);
}
