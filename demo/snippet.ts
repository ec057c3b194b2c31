/**
 * Settings → the copy-paste snippet. Pure: no DOM. The configurator shows the snippet and
 * applies the same plan to its live preview, so what a practice sees is what it pastes; the
 * tests paste the snippet into a blank page and compare.
 *
 * Every value a person typed is escaped for where it lands: attribute values (& " < >), and
 * the JSON settings block (< > & as \u escapes, so `</script` can never end the block).
 */
import { WIDGET_TAGS, tokensCss, type Tokens, type WidgetTag } from './tokens.js';

export { WIDGET_TAGS, type WidgetTag };

/** The settings every element reads, by attribute name, in the order the snippet writes them. */
export const SETTING_ATTRIBUTES = [
  'practice-name',
  'jurisdiction',
  'lang',
  'session-minutes',
  'format',
  'booking-url',
  'contact-url',
  'policy-url',
  'phone',
  'email',
  'heading-level',
  'theme',
] as const;
export type SettingAttribute = (typeof SETTING_ATTRIBUTES)[number];

/** Values the elements use anyway: left out of the snippet to keep it short. */
const DEFAULTS: Readonly<Partial<Record<SettingAttribute, string>>> = {
  'session-minutes': '50',
  format: 'both',
  'heading-level': '2',
  theme: 'light',
};

/** Settings whose config-block value is a number. */
const NUMERIC: readonly SettingAttribute[] = ['session-minutes', 'heading-level'];

/** The id of the settings block the snippet writes. */
export const CONFIG_ID = 'therapy-config';

/** What the practice chose. Empty strings mean "not set". */
export interface EmbedChoices {
  /** The widgets to embed, in page order. */
  readonly elements: readonly WidgetTag[];
  /** Where the practice put therapy-widgets.js. */
  readonly scriptUrl: string;
  /** The module's `sha384-…` integrity string; `undefined` before the first build. */
  readonly integrity: string | undefined;
  readonly settings: Readonly<Partial<Record<SettingAttribute, string>>>;
  /** Put the settings in one `<script type="application/json">` block instead of on every tag. */
  readonly useConfigBlock: boolean;
  readonly tokens: Tokens;
}

export type Attributes = readonly (readonly [name: string, value: string])[];

/** The snippet as data: applied to the live preview, and serialised as text. */
export interface EmbedPlan {
  readonly script: Attributes;
  /** The CSS rule setting the tokens, or `undefined` when none is set. */
  readonly css: string | undefined;
  /** The settings block's values, or `undefined` without one. */
  readonly config: Readonly<Record<string, string | number>> | undefined;
  readonly tags: readonly { readonly tag: WidgetTag; readonly attributes: Attributes }[];
}

/** The settings that are set and differ from the defaults, in snippet order. */
export function chosenSettings(choices: EmbedChoices): [SettingAttribute, string][] {
  const chosen: [SettingAttribute, string][] = [];
  for (const name of SETTING_ATTRIBUTES) {
    const value = choices.settings[name]?.trim() ?? '';
    if (value !== '' && value !== DEFAULTS[name]) chosen.push([name, value]);
  }
  return chosen;
}

export function embedPlan(choices: EmbedChoices): EmbedPlan {
  const settings = chosenSettings(choices);
  const config = choices.useConfigBlock
    ? Object.fromEntries(
        settings.map(([name, value]) => [
          name,
          NUMERIC.includes(name) && /^\d+$/.test(value) ? Number(value) : value,
        ]),
      )
    : undefined;
  const shared: Attributes = config ? [['config', CONFIG_ID]] : settings;
  // Never a placeholder hash: one left in a page would block the file silently. Without the
  // real hash (before the first build) the line has no integrity check, and the page says so.
  const integrity = choices.integrity?.trim();
  return {
    script: [
      ['type', 'module'],
      ['src', choices.scriptUrl.trim() || '/therapy-widgets.js'],
      ...(integrity ? ([['integrity', integrity]] as const) : []),
      ['crossorigin', 'anonymous'],
      ['referrerpolicy', 'no-referrer'],
      ['blocking', 'render'],
    ],
    css: tokensCss(choices.tokens, '  '),
    config,
    tags: choices.elements.map((tag) => ({ tag, attributes: shared })),
  };
}

/** An attribute value, escaped for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * JSON that is safe as the text of a `<script type="application/json">`: `<`, `>` and `&`
 * become `\u003c`, `\u003e` and `\u0026`, which JSON.parse turns back into the same text, so
 * neither `</script>` nor `<!--` can appear in the block.
 */
export function jsonForScript(values: unknown): string {
  return JSON.stringify(values, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** An opening tag; with more than two attributes, one attribute a line. */
export function openTag(tag: string, attributes: Attributes): string {
  const parts = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  if (parts.length === 0) return `<${tag}>`;
  return parts.length <= 2 ? `<${tag} ${parts.join(' ')}>` : `<${tag}\n  ${parts.join('\n  ')}\n>`;
}

/** The snippet as the text a practice pastes. */
export function snippetHtml(plan: EmbedPlan): string {
  const lines = [`${openTag('script', plan.script)}</script>`];
  if (plan.css) lines.push(`<style>\n${plan.css}\n</style>`);
  if (plan.config) {
    const attributes: Attributes = [
      ['type', 'application/json'],
      ['id', CONFIG_ID],
    ];
    lines.push(`${openTag('script', attributes)}\n${jsonForScript(plan.config)}\n</script>`);
  }
  for (const { tag, attributes } of plan.tags) lines.push(`${openTag(tag, attributes)}</${tag}>`);
  return `${lines.join('\n')}\n`;
}

/** Settings → snippet text, in one step. */
export function snippetFor(choices: EmbedChoices): string {
  return snippetHtml(embedPlan(choices));
}
