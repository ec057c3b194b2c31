/**
 * What the editor holds: the practice's choices, as plain data. It is what "Save settings to
 * a file" writes, what a pasted snippet is read into, and what the snippet is made from. Pure.
 */
import type { Locale } from '../../src/core/settings.js';
import type { Tokens } from '../tokens.js';
import type { WidgetTag } from '../tokens.js';
import { specOf } from './fields.js';

/** The widgets whose items can be shown or hidden and whose words can be changed. */
export const CONTENT_TAGS = ['therapy-faq', 'therapy-guide', 'therapy-confidentiality'] as const;
export type ContentTag = (typeof CONTENT_TAGS)[number];

/** One of the practice's own FAQ questions (a light-DOM `<details>` in the snippet). */
export interface OwnQuestion {
  /** The link name (`#faq-<id>`); empty: the FAQ makes one from the question. */
  readonly id: string;
  /** A category id of the FAQ, or empty. */
  readonly category: string;
  readonly question: string;
  /** Plain text; a blank line starts a new paragraph. */
  readonly answer: string;
  /** The one language it is written in (`lang` on its `<details>`), or empty for every language. */
  readonly lang: '' | Locale;
}

/** Options of one widget, by attribute: `single`, `categories`, `start`, `crisis`. */
export type WidgetOptions = Readonly<Record<string, string>>;

export interface EditorState {
  /** The widgets, in page order. */
  readonly elements: readonly WidgetTag[];
  /** Settings and facts by attribute name; absent or empty means "not set". */
  readonly settings: Readonly<Record<string, string>>;
  /** Item ids hidden from each widget (written as `exclude`). */
  readonly hidden: { readonly [T in ContentTag]: readonly string[] };
  /** Changed wording, per language, by content id (the settings block's `text`). */
  readonly text: { readonly [L in Locale]: Readonly<Record<string, string>> };
  readonly own: readonly OwnQuestion[];
  readonly options: { readonly [T in WidgetTag]: WidgetOptions };
  readonly tokens: Tokens;
  /** Where the practice put therapy-widgets.js. */
  readonly scriptUrl: string;
  /** Settings on every tag instead of one settings block (Wix needs this). */
  readonly onEachTag: boolean;
}

export const DEFAULT_SCRIPT_URL = '/therapy-widgets.js';

/** The options each widget reads, and the values they take. */
export const WIDGET_OPTIONS: { readonly [T in WidgetTag]: readonly string[] } = {
  'therapy-faq': ['single', 'categories'],
  'therapy-guide': ['start', 'crisis'],
  'therapy-confidentiality': ['crisis'],
  'therapy-crisis': [],
};

export function emptyState(): EditorState {
  return {
    elements: [...PAGE_ORDER],
    settings: {},
    hidden: { 'therapy-faq': [], 'therapy-guide': [], 'therapy-confidentiality': [] },
    text: { en: {}, es: {} },
    own: [],
    options: { 'therapy-faq': {}, 'therapy-guide': {}, 'therapy-confidentiality': {}, 'therapy-crisis': {} },
    tokens: {},
    scriptUrl: DEFAULT_SCRIPT_URL,
    onEachTag: false,
  };
}

/** The order widgets take on a page, as the configurator offers them. */
export const PAGE_ORDER: readonly WidgetTag[] = [
  'therapy-guide',
  'therapy-confidentiality',
  'therapy-faq',
  'therapy-crisis',
];

/** Values that hold something, without empty strings: what "the same settings" compares. */
export function canonical(state: EditorState): EditorState {
  const clean = (record: Readonly<Record<string, string>>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(record)
        .filter(([, v]) => v.trim() !== '')
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  const settings = Object.fromEntries(
    Object.entries(clean(state.settings)).filter(([name, value]) => specOf(name)?.fallback !== value),
  );
  return {
    ...state,
    elements: PAGE_ORDER.filter((t) => state.elements.includes(t)),
    settings,
    hidden: {
      'therapy-faq': [...new Set(state.hidden['therapy-faq'])].sort(),
      'therapy-guide': [...new Set(state.hidden['therapy-guide'])].sort(),
      'therapy-confidentiality': [...new Set(state.hidden['therapy-confidentiality'])].sort(),
    },
    text: { en: clean(state.text.en), es: clean(state.text.es) },
    options: {
      'therapy-faq': clean(state.options['therapy-faq']),
      'therapy-guide': clean(state.options['therapy-guide']),
      'therapy-confidentiality': clean(state.options['therapy-confidentiality']),
      'therapy-crisis': {},
    },
    tokens: Object.fromEntries(Object.entries(state.tokens).filter(([, v]) => v !== undefined && v !== '')),
    scriptUrl: state.scriptUrl.trim() || DEFAULT_SCRIPT_URL,
    onEachTag: state.onEachTag && Object.keys(settings).length > 0,
  };
}
