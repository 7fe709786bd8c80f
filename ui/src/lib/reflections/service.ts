// Reflection service: the only way components reach reflection commands.
import { call, commands } from "../ipc/client";
import type {
  Activity,
  Page,
  Privacy,
  Reflection,
  ReflectionFields,
  ReflectionModel,
  Revision,
  Vocabulary,
} from "../ipc/bindings";

export function listReflections(offset: number, limit: number): Promise<Page<Reflection>> {
  return call(commands.listReflections({ offset, limit }));
}

export function reflectionsOn(activityId: string): Promise<Reflection[]> {
  return call(commands.reflectionsOnActivity(activityId));
}

export function getReflection(id: string): Promise<Reflection> {
  return call(commands.getReflection(id));
}

export function saveReflection(id: string, fields: ReflectionFields): Promise<Reflection> {
  return call(commands.updateReflection(id, fields));
}

export function trashReflection(id: string): Promise<Reflection> {
  return call(commands.trashReflection(id));
}

export function restoreReflection(id: string): Promise<Reflection> {
  return call(commands.restoreReflection(id));
}

/** Starts a private reflection, linked to `activity` when given, in the preferred model. */
export function startReflection(activity?: Activity): Promise<Reflection> {
  return call(commands.startReflection(activity?.id ?? null, null));
}

/** All the text of a reflection, stage after stage. */
export function bodyText(reflection: Reflection): string {
  return reflection.fields.sections.map((section) => section.text).join("\n\n");
}

/** The first words of a reflection, for a list. */
export function excerpt(reflection: Reflection, chars = 180): string {
  const text = bodyText(reflection)
    .replace(/^\s*(?:[-+*]|\d+\.)\s+/gm, "")
    .replace(/[#*_>`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > chars ? `${text.slice(0, chars).trimEnd()}…` : text;
}

/** Words in a text, as a writer counts them. */
export function wordCount(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

/** How a privacy setting reads, in Rust's words. */
export function privacyLabel(vocabulary: Vocabulary, privacy: Privacy): string {
  return vocabulary.privacy.find((choice) => choice.value === privacy)?.label ?? privacy;
}

/** Lays a reflection out for another model; nothing written is lost. */
export function changeModel(id: string, model: ReflectionModel): Promise<Reflection> {
  return call(commands.changeModel(id, model));
}

export function listRevisions(id: string): Promise<Revision[]> {
  return call(commands.listRevisions(id));
}

export function restoreRevision(id: string, revisionId: number): Promise<Reflection> {
  return call(commands.restoreRevision(id, revisionId));
}

/** Markdown as HTML that Rust has sanitised: safe to show with {@html}. */
export function renderMarkdown(markdown: string): Promise<string> {
  return commands.renderMarkdown(markdown);
}
