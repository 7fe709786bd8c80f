// The reflective models, as Rust describes them, and how a reflection's sections sit in one.
import type { ModelGuide, ReflectionModel, Section, StageGuide } from "../ipc/bindings";
import { commands } from "../ipc/client";

let guides: Promise<ModelGuide[]> | null = null;

/** Every model with its stages and prompts; asked of Rust once. */
export function modelGuides(): Promise<ModelGuide[]> {
  guides ??= commands.reflectiveModels();
  return guides;
}

export function guideFor(all: ModelGuide[], model: ReflectionModel): ModelGuide | undefined {
  return all.find((guide) => guide.model === model);
}

export interface Stage {
  guide: StageGuide | null;
  key: string;
  text: string;
}

/**
 * The stages to show: one per stage of the model, in order, then any writing kept from a
 * model used before, under its own key so that switching back restores it.
 */
export function layout(guide: ModelGuide | undefined, sections: Section[]): Stage[] {
  const stages: Stage[] = (guide?.stages ?? []).map((stage) => ({
    guide: stage,
    key: stage.key,
    text: sections.find((section) => section.stage === stage.key)?.text ?? "",
  }));
  for (const section of sections) {
    if (!stages.some((stage) => stage.key === section.stage)) {
      stages.push({ guide: null, key: section.stage, text: section.text });
    }
  }
  return stages;
}

/** The sections to save after `key`'s text became `text`. */
export function withStage(sections: Section[], key: string, text: string): Section[] {
  return sections.some((section) => section.stage === key)
    ? sections.map((section) => (section.stage === key ? { stage: key, text } : section))
    : [...sections, { stage: key, text }];
}

/** A readable name for a stage kept from another model: "action_plan" → "Action plan". */
export function keptTitle(key: string): string {
  const words = key.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
