// Where an entry found by search (or listed on the dashboard) opens, and how it is named.
import type { Entity } from "../ipc/bindings";
import type { View } from "../shell/navigation.svelte";

/** The entries search and the dashboard can show. */
export type EntryEntity = Extract<Entity, "activity" | "reflection" | "goal" | "community" | "feedback">;

/** Each entry's name and icon, for a result row or a recent entry. */
export const ENTRY_META: Record<EntryEntity, { label: string; icon: EntryEntity }> = {
  activity: { label: "Activity", icon: "activity" },
  reflection: { label: "Reflection", icon: "reflection" },
  goal: { label: "Goal", icon: "goal" },
  community: { label: "Community", icon: "community" },
  feedback: { label: "Feedback", icon: "feedback" },
};

/** Whether the entity is one search and the dashboard know how to show and open. */
export function isEntry(entity: Entity): entity is EntryEntity {
  return Object.hasOwn(ENTRY_META, entity);
}

/** The screen that shows an entry, or null for a record that has no screen of its own. */
export function viewFor(entity: Entity, id: string): View | null {
  switch (entity) {
    case "activity":
      return { name: "activity", id };
    case "reflection":
      return { name: "reflection", id };
    case "goal":
      return { name: "goals" };
    case "community":
      return { name: "communities" };
    case "feedback":
    case "review":
      return { name: "practice" };
    default:
      return null;
  }
}

/** The title to show, even for an entry written without one. */
export function titleOf(entity: Entity, title: string): string {
  if (title.trim()) return title;
  return entity === "reflection" ? "Untitled reflection" : "Untitled";
}
