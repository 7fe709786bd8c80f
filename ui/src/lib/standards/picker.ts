// What the standards picker shows: the chips for an entry's linked items, and the frameworks'
// items as options, narrowed by what the user types.
import type { Framework, FrameworkItem } from "../ipc/bindings";
import { treeOrder } from "./tree";

/** A linked item, for its chip. */
export interface LinkedItem {
  id: string;
  code: string;
  title: string;
  framework: string;
}

/** One checkbox of the picker. */
export interface StandardOption {
  item: FrameworkItem;
  depth: number;
  /** Whether items sit under it (shown as a heading, still choosable). */
  heading: boolean;
}

export interface OptionGroup {
  framework: Framework;
  options: StandardOption[];
}

/** The linked items that still exist, in framework order then item order. */
export function linkedItems(frameworks: Framework[], ids: string[]): LinkedItem[] {
  const wanted = new Set(ids);
  return frameworks.flatMap((framework) =>
    framework.items
      .filter((item) => wanted.has(item.id))
      .map((item) => ({ id: item.id, code: item.code, title: item.title, framework: framework.name })),
  );
}

/** A title cut to `max` characters at a word, with an ellipsis. */
export function shortTitle(title: string, max = 28): string {
  const text = title.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** The ids with `id` added, or taken away if it was there. */
export function toggled(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
}

/**
 * Every framework's items in reading order; with a query, only items whose code, title or
 * framework name hold every word typed (in any order, ignoring case).
 */
export function optionGroups(frameworks: Framework[], query: string): OptionGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return frameworks
    .map((framework) => {
      const options = treeOrder(framework.items, (item) => item.id, (item) => item.parentId)
        .filter(({ node }) => {
          const text = `${node.code} ${node.title} ${framework.name} ${framework.body}`.toLowerCase();
          return words.every((word) => text.includes(word));
        })
        .map(({ node, depth, hasChildren }) => ({ item: node, depth: words.length ? 0 : depth, heading: hasChildren }));
      return { framework, options };
    })
    .filter((group) => group.options.length > 0);
}
