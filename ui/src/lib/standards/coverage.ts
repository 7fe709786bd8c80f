// Turning a framework's coverage into what the screen shows: items grouped under their
// headings, what supports each one, and how many have any evidence at all.
import type { ItemCoverage } from "../ipc/bindings";
import { formatDuration } from "../activities/format";
import { counted } from "../goals/service";
import { treeOrder } from "./tree";

/** One item's row. */
export interface CoverageRow {
  item: ItemCoverage;
  /** 0 directly under the group's heading (or at the top level when there is none). */
  depth: number;
  /** Whether items sit under it: only items with none count towards the summary. */
  leaf: boolean;
  evidence: boolean;
  /** Its time as a share (0 to 1) of the most time any item of the framework has. */
  share: number;
}

/** A top-level item with the items under it, or a run of top-level items with none. */
export interface CoverageGroup {
  heading: ItemCoverage | null;
  rows: CoverageRow[];
  /** Leaf rows with evidence, and all leaf rows. */
  covered: number;
  total: number;
}

/** Whether anything at all is linked to the item in the period. */
export function hasEvidence(item: ItemCoverage): boolean {
  return item.activities + item.reflections + item.goals > 0;
}

/** "2 activities · 1 reflection · 1 goal", leaving out what there is none of; "" for nothing. */
export function countsLine(item: ItemCoverage): string {
  const parts: string[] = [];
  if (item.activities) parts.push(counted(item.activities, "activity", "activities"));
  if (item.reflections) parts.push(counted(item.reflections, "reflection", "reflections"));
  if (item.goals) parts.push(counted(item.goals, "goal", "goals"));
  return parts.join(" · ");
}

/** "3 h 30 min" of time, or "" when there is none. */
export function hoursText(minutes: number): string {
  return minutes > 0 ? formatDuration(minutes) : "";
}

/** The items in reading order, grouped under the top-level items that have items under them. */
export function groupCoverage(items: ItemCoverage[]): CoverageGroup[] {
  const most = Math.max(0, ...items.map((item) => item.minutes));
  const placed = treeOrder(items, (item) => item.itemId, (item) => item.parentId);
  const groups: CoverageGroup[] = [];
  for (const { node, depth, hasChildren } of placed) {
    if (depth === 0 && hasChildren) {
      groups.push({ heading: node, rows: [], covered: 0, total: 0 });
      continue;
    }
    let group = groups.at(-1);
    if (depth === 0 && (group === undefined || group.heading !== null)) {
      group = { heading: null, rows: [], covered: 0, total: 0 };
      groups.push(group);
    }
    if (!group) continue;
    const evidence = hasEvidence(node);
    group.rows.push({
      item: node,
      depth: group.heading ? depth - 1 : depth,
      leaf: !hasChildren,
      evidence,
      share: most > 0 ? node.minutes / most : 0,
    });
    if (!hasChildren) {
      group.total += 1;
      if (evidence) group.covered += 1;
    }
  }
  return groups;
}

/** "5 of 7 standards have evidence": over every item with nothing under it. */
export function summaryLine(groups: CoverageGroup[]): string {
  const covered = groups.reduce((sum, group) => sum + group.covered, 0);
  const total = groups.reduce((sum, group) => sum + group.total, 0);
  if (total === 0) return "This framework has no standards to link to yet";
  return `${covered} of ${counted(total, "standard", "standards")} ${covered === 1 ? "has" : "have"} evidence`;
}
