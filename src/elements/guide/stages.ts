/**
 * The guide's stages as the reader sees them: which are shown (from `include` and
 * `exclude`), and each one's words for the jurisdiction, with the practice's values and any
 * config-block text overrides filled in. Pure: no DOM, no Lit.
 */
import { fill, formatLines, resolveRich } from '../../content/resolve.js';
import type { Texts } from '../../core/texts.js';
import type { Block, GuideContent, GuideStage, StageId } from '../../content/types.js';

/** The blocks of a stage, in reading order (the questions come last, as a list). */
export const BLOCK_KEYS = ['happens', 'therapist', 'you', 'feelings'] as const;
export type BlockKey = (typeof BLOCK_KEYS)[number];

export interface StageView {
  readonly id: StageId;
  readonly title: string;
  readonly summary: string;
  readonly blocks: readonly { readonly key: BlockKey; readonly heading: string; readonly body: Block[] }[];
  readonly questionsHeading: string;
  readonly questions: readonly string[];
}

/**
 * The stages to show, in content order: those `include` names (all when it names none),
 * less those `exclude` names. When that leaves none, every stage shows and `empty` is true.
 */
export function shownStages(
  all: readonly StageId[],
  include: readonly string[] | undefined,
  exclude: readonly string[] | undefined,
): { readonly ids: StageId[]; readonly empty: boolean } {
  const ids = all.filter((id) => (!include || include.includes(id)) && !exclude?.includes(id));
  return ids.length > 0 ? { ids, empty: false } : { ids: [...all], empty: true };
}

/**
 * One stage's words. Overrides: `guide.<stage>.title` and `guide.<stage>.summary`.
 */
export function stageView(stage: GuideStage, content: GuideContent, texts: Texts): StageView {
  return {
    id: stage.id,
    title: texts.text(`guide.${stage.id}.title`, stage.title),
    summary: texts.text(`guide.${stage.id}.summary`, stage.summary),
    blocks: BLOCK_KEYS.map((key) => ({
      key,
      heading: content.blockHeadings[key],
      body: resolveRich(stage[key], texts.jurisdiction, texts.fills),
    })),
    questionsHeading: content.blockHeadings.questions,
    questions: formatLines(stage.questions, 'both').map((question) => fill(question, texts.fills)),
  };
}
