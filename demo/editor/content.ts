/**
 * Each widget's items as the editor lists them: the id that shows or hides it (`exclude`),
 * and the words that can be changed, each with its content id (the settings block's `text`
 * keys, as the elements read them) and the default wording. Pure: no DOM.
 *
 * The default wording comes from the composed content (src/content/compose.ts), so a stated
 * fact already shows in it. `{practice}` and `{format}` stay as written: the widgets fill them.
 */
import {
  composeConfidentiality,
  composeFaq,
  composeGuide,
  faqIds,
  type ComposeInput,
} from '../../src/content/compose.js';
import { CONFIDENTIALITY_CONTENT, FAQ_PRACTICE, GUIDE_CONTENT } from '../../src/content/index.js';
import { formatRich, pick } from '../../src/content/resolve.js';
import type { Block, Rich, Varies } from '../../src/content/types.js';
import { resolveFacts } from '../../src/core/facts.js';
import { FIELDS, type Format, type Locale } from '../../src/core/settings.js';
import { knownIds } from '../../src/elements/confidentiality/shown.js';
import { emptyState, type ContentTag, type EditorState } from './state.js';

/** What a piece of wording is, for its label. */
export type PartRole =
  | 'title'
  | 'intro'
  | 'question'
  | 'answer'
  | 'summary'
  | 'body'
  | 'prompt'
  | 'explanation'
  | 'disclaimer'
  | 'ask'
  | 'scenariosTitle'
  | 'scenariosIntro'
  | 'prepTitle'
  | 'prepIntro';

export interface TextPart {
  /** The content id: the key in the settings block's `text`. */
  readonly id: string;
  readonly role: PartRole;
  /** The default wording, paragraphs separated by a blank line. */
  readonly fallback: string;
  /** Whether a blank line makes a new paragraph here (answers, bodies, explanations). */
  readonly rich: boolean;
}

export interface ContentItem {
  /** The id `exclude` names, or `undefined` for the widget's own title and intro. */
  readonly id: string | undefined;
  readonly label: string;
  readonly parts: readonly TextPart[];
  /** A question about the practice itself (from the practice facts). */
  readonly practice: boolean;
}

/** Rich text as the editor shows it: a paragraph per block, a list line per paragraph. */
export function richText(
  value: Varies<Rich>,
  jurisdiction: ComposeInput['settings']['jurisdiction'],
  format: Format = 'both',
): string {
  return formatRich(pick(value, jurisdiction), format)
    .flatMap((block: Block) => (typeof block === 'string' ? [block] : block.list))
    .join('\n\n');
}

/** The settings by property name (`cancellation-hours` → `cancellationHours`), as `resolveFacts` takes them. */
export function factAttributes(state: EditorState): Record<string, string> {
  return Object.fromEntries(
    Object.entries(state.settings).map(([name, value]) => [
      name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  );
}

/** What the composed content depends on, from the editor's state. */
export function composeInput(state: EditorState, locale: Locale): ComposeInput {
  const jurisdiction = FIELDS.jurisdiction.parse(state.settings['jurisdiction'] ?? '') ?? 'generic';
  const format = FIELDS.format.parse(state.settings['format'] ?? '') ?? 'both';
  const sessionMinutes = FIELDS.sessionMinutes.parse(state.settings['session-minutes'] ?? '');
  const facts = resolveFacts(factAttributes(state), {}, jurisdiction, () => undefined);
  return {
    locale,
    settings:
      sessionMinutes === undefined ? { jurisdiction, format } : { jurisdiction, format, sessionMinutes },
    facts,
  };
}

const part = (id: string, role: PartRole, fallback: string, rich = false): TextPart => ({
  id,
  role,
  fallback,
  rich,
});

function faqItems(input: ComposeInput): ContentItem[] {
  const j = input.settings.jurisdiction;
  const practice = new Set(FAQ_PRACTICE[input.locale].map((q) => q.id));
  return composeFaq(input).items.map((item) => ({
    id: item.id,
    label: item.question,
    practice: practice.has(item.id),
    parts: [
      part(`faq.${item.id}.question`, 'question', item.question),
      part(
        `faq.${item.id}.answer`,
        'answer',
        [pick(item.short, j), richText(item.detail, j, input.settings.format)]
          .filter((t) => t !== '')
          .join('\n\n'),
        true,
      ),
    ],
  }));
}

function guideItems(input: ComposeInput): ContentItem[] {
  const j = input.settings.jurisdiction;
  const guide = composeGuide(input);
  return [
    {
      id: undefined,
      label: guide.title,
      practice: false,
      parts: [
        part('guide.title', 'title', guide.title),
        part('guide.intro', 'intro', guide.intro),
        part('guide.prep.title', 'prepTitle', guide.prep.title),
        part('guide.prep.intro', 'prepIntro', guide.prep.intro),
      ],
    },
    ...guide.stages.map((stage) => ({
      id: stage.id,
      label: stage.title,
      practice: false,
      parts: [
        part(`guide.${stage.id}.title`, 'title', stage.title),
        part(`guide.${stage.id}.summary`, 'summary', pick(stage.summary, j)),
      ],
    })),
  ];
}

function confidentialityItems(input: ComposeInput): ContentItem[] {
  const j = input.settings.jurisdiction;
  const c = composeConfidentiality(input);
  const p = 'confidentiality';
  return [
    {
      id: undefined,
      label: c.title,
      practice: false,
      parts: [
        part(`${p}.title`, 'title', c.title),
        part(`${p}.intro`, 'intro', c.intro),
        part(`${p}.scenarios.title`, 'scenariosTitle', c.scenariosTitle),
        part(`${p}.scenarios.intro`, 'scenariosIntro', c.scenariosIntro),
        part(`${p}.disclaimer`, 'disclaimer', c.disclaimer),
        part(`${p}.ask`, 'ask', c.askInvite),
      ],
    },
    ...c.sections.map((s) => ({
      id: s.id,
      label: s.title,
      practice: false,
      parts: [
        part(`${p}.${s.id}.title`, 'title', s.title),
        part(`${p}.${s.id}.body`, 'body', richText(s.body, j, input.settings.format), true),
      ],
    })),
    ...c.scenarios.map((s) => ({
      id: s.id,
      label: s.prompt,
      practice: false,
      parts: [
        part(`${p}.${s.id}.prompt`, 'prompt', s.prompt),
        part(
          `${p}.${s.id}.explanation`,
          'explanation',
          richText(s.explanation, j, input.settings.format),
          true,
        ),
      ],
    })),
  ];
}

/** The items of one widget, in the order it shows them, for the practice's settings. */
export function contentItems(tag: ContentTag, state: EditorState, locale: Locale): ContentItem[] {
  const input = composeInput(state, locale);
  if (tag === 'therapy-faq') return faqItems(input);
  if (tag === 'therapy-guide') return guideItems(input);
  return confidentialityItems(input);
}

/** Every id each widget's `exclude` accepts (whatever the format), for reading a snippet back. */
export function hideableIds(tag: ContentTag): string[] {
  if (tag === 'therapy-faq') return [...faqIds('en')];
  if (tag === 'therapy-guide') return GUIDE_CONTENT.en.stages.map((s) => s.id);
  return knownIds(CONFIDENTIALITY_CONTENT.en);
}

/** The kinds of item `include` filters one by one: the explainer's sections, then its situations. */
export function kinds(tag: ContentTag): string[][] {
  if (tag !== 'therapy-confidentiality') return [hideableIds(tag)];
  const c = CONFIDENTIALITY_CONTENT.en;
  return [c.sections.map((s) => s.id), c.scenarios.map((s) => s.id)];
}

/** Every content id the settings block's `text` may hold. */
export function textIds(): Set<string> {
  const ids = new Set<string>();
  const state = emptyState();
  for (const tag of ['therapy-faq', 'therapy-guide', 'therapy-confidentiality'] as const) {
    for (const item of contentItems(tag, state, 'en')) for (const p of item.parts) ids.add(p.id);
  }
  return ids;
}
