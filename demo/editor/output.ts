/**
 * The editor's state → the snippet a practice pastes, as data (applied to the live preview
 * with DOM APIs) and as text. Pure: no DOM. Only what differs from the defaults is written.
 * Every value a person typed is escaped for where it lands (attribute, element text, the JSON
 * settings block), as in `snippet.ts`.
 */
import { LOCALES, type Locale } from '../../src/core/settings.js';
import { entryIds, itemId } from '../../src/elements/faq/items.js';
import { CONFIG_ID, escapeAttribute, jsonForScript, openTag, type Attributes } from '../snippet.js';
import { tokensCss, type WidgetTag } from '../tokens.js';
import { SPECS, blockValue, cleanValue } from './fields.js';
import {
  CONTENT_TAGS,
  DEFAULT_SCRIPT_URL,
  WIDGET_OPTIONS,
  type EditorState,
  type OwnQuestion,
} from './state.js';

export interface EditorPlan {
  readonly script: Attributes;
  readonly css: string | undefined;
  readonly config: Readonly<Record<string, unknown>> | undefined;
  readonly tags: readonly {
    readonly tag: WidgetTag;
    readonly attributes: Attributes;
    readonly own: readonly OwnQuestion[];
  }[];
}

/** The settings that are set and differ from the widgets' defaults, in field order. */
export function chosen(state: EditorState): [string, string][] {
  const out: [string, string][] = [];
  for (const spec of SPECS) {
    const value = cleanValue(spec, state.settings[spec.name] ?? '');
    if (value !== '' && value !== spec.fallback) out.push([spec.name, value]);
  }
  return out;
}

/** The changed wording as the settings block's `text`: one object per language. */
function textBlock(state: EditorState): Record<string, Record<string, string>> | undefined {
  const text: Record<string, Record<string, string>> = {};
  for (const locale of LOCALES) {
    const entries = Object.entries(state.text[locale]).filter(([, v]) => v.trim() !== '');
    if (entries.length > 0) text[locale] = Object.fromEntries(entries);
  }
  return Object.keys(text).length > 0 ? text : undefined;
}

/** A widget's own attributes: what it hides and its options. */
function widgetAttributes(state: EditorState, tag: WidgetTag): [string, string][] {
  const out: [string, string][] = [];
  const hidden = (CONTENT_TAGS as readonly string[]).includes(tag)
    ? state.hidden[tag as (typeof CONTENT_TAGS)[number]]
    : [];
  if (hidden.length > 0) out.push(['exclude', hidden.join(' ')]);
  for (const name of WIDGET_OPTIONS[tag]) {
    const value = state.options[tag][name]?.trim() ?? '';
    if (value !== '') out.push([name, value]);
  }
  return out;
}

export function editorPlan(state: EditorState, integrity: string | undefined): EditorPlan {
  const settings = chosen(state);
  const text = textBlock(state);
  const block: Record<string, unknown> = {};
  if (!state.onEachTag) {
    for (const [name, value] of settings) {
      const spec = SPECS.find((s) => s.name === name);
      block[name] = spec ? blockValue(spec, value) : value;
    }
  }
  if (text) block['text'] = text;
  const config = Object.keys(block).length > 0 ? block : undefined;
  const shared: [string, string][] = [
    ...(config ? ([['config', CONFIG_ID]] as [string, string][]) : []),
    ...(state.onEachTag ? settings : []),
  ];
  const script: [string, string][] = [
    ['type', 'module'],
    ['src', state.scriptUrl.trim() || DEFAULT_SCRIPT_URL],
  ];
  if (integrity) script.push(['integrity', integrity]);
  script.push(['crossorigin', 'anonymous'], ['referrerpolicy', 'no-referrer'], ['blocking', 'render']);
  return {
    script,
    css: tokensCss(state.tokens, '  '),
    config,
    tags: state.elements.map((tag) => ({
      tag,
      attributes: [...shared, ...widgetAttributes(state, tag)],
      own: tag === 'therapy-faq' ? state.own.filter((q) => q.question.trim() !== '') : [],
    })),
  };
}

/** Text as element content: `&`, `<` and `>` escaped. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An answer's paragraphs: a blank line starts a new one. */
export function answerParagraphs(answer: string): string[] {
  return answer
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * The link name (`#faq-<id>`) the FAQ in `locale` gives each own question of the snippet, by
 * the FAQ's own rules (`itemId` and `entryIds`): the owner's own when usable, else one made
 * from the question (else from its place), numbered when taken; only the owner's own name
 * replaces one of `ours` (the ids of our questions). `undefined` for a question the snippet
 * leaves out or that is written for another language.
 */
export function ownIds(
  own: readonly OwnQuestion[],
  locale: Locale,
  ours: ReadonlySet<string>,
): (string | undefined)[] {
  let place = 0;
  const read = own.map((q) => {
    const question = q.question.replace(/\s+/g, ' ').trim();
    if (question === '') return undefined;
    place++;
    return q.lang === '' || q.lang === locale ? itemId(q.id, question, place) : undefined;
  });
  const shown = read.filter((item) => item !== undefined);
  const ids = entryIds(shown, ours);
  return read.map((item) => (item ? ids[shown.indexOf(item)] : undefined));
}

/** The attributes of an own question's `<details>`. */
export function ownAttributes(q: OwnQuestion): [string, string][] {
  const out: [string, string][] = [];
  if (q.id.trim()) out.push(['id', q.id.trim()]);
  if (q.lang) out.push(['lang', q.lang]);
  if (q.category.trim()) out.push(['data-category', q.category.trim()]);
  return out;
}

function ownHtml(q: OwnQuestion): string {
  const attrs = ownAttributes(q)
    .map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`)
    .join('');
  const lines = [
    `  <details${attrs}>`,
    `    <summary>${escapeText(q.question.trim())}</summary>`,
    ...answerParagraphs(q.answer).map((p) => `    <p>${escapeText(p)}</p>`),
    '  </details>',
  ];
  return lines.join('\n');
}

/** The snippet's script line. */
export function scriptLine(plan: EditorPlan): string {
  return `${openTag('script', plan.script)}</script>`;
}

/** The snippet's parts after the script line: style, settings block, tags. */
export function bodyHtml(plan: EditorPlan): string {
  const lines: string[] = [];
  if (plan.css) lines.push(`<style>\n${plan.css}\n</style>`);
  if (plan.config) {
    lines.push(
      `${openTag('script', [
        ['type', 'application/json'],
        ['id', CONFIG_ID],
      ])}\n${jsonForScript(plan.config)}\n</script>`,
    );
  }
  for (const { tag, attributes, own } of plan.tags) {
    const inner = own.length > 0 ? `\n${own.map(ownHtml).join('\n')}\n` : '';
    lines.push(`${openTag(tag, attributes)}${inner}</${tag}>`);
  }
  return `${lines.join('\n')}\n`;
}

/** The whole snippet as text. */
export function editorSnippet(plan: EditorPlan): string {
  return `${scriptLine(plan)}\n${bodyHtml(plan)}`;
}
