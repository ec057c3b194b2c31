/**
 * A pasted snippet → the editor's state, strictly and safely. The text is parsed with
 * DOMParser into an inert document (nothing in it runs, loads or joins the page), and only
 * known tags, attributes and settings keys are read; everything else is listed in `notes`,
 * so nothing is lost silently. Unsafe addresses are left out and listed.
 */
import { jsonErrorOffset } from '../../src/core/config.js';
import { safeUrl } from '../../src/core/safe-url.js';
import { LANG_FIELD, LOCALES, type Locale } from '../../src/core/settings.js';
import { CONFIG_ID } from '../snippet.js';
import { TOKENS, WIDGET_TAGS, cleanToken, type TokenName, type WidgetTag } from '../tokens.js';
import { hideableIds, kinds, textIds } from './content.js';
import { joinList, specOf } from './fields.js';
import {
  CONTENT_TAGS,
  WIDGET_OPTIONS,
  emptyState,
  type ContentTag,
  type EditorState,
  type OwnQuestion,
} from './state.js';

/** Why part of a snippet was not read. The editor words each kind in its own language. */
export type NoteKind =
  | 'element'
  | 'attribute'
  | 'key'
  | 'text-id'
  | 'json'
  | 'unsafe-url'
  | 'code'
  | 'loose-text'
  | 'answer-markup'
  | 'value'
  | 'other-block'
  | 'conflict';

export interface Note {
  readonly kind: NoteKind;
  /** The part it is about, as text (never markup to insert). */
  readonly what: string;
}

export interface ReadResult {
  readonly state: EditorState;
  readonly notes: readonly Note[];
  /** Whether anything the editor knows was found. */
  readonly found: boolean;
  /** Whether curly quotes (“ ” ‘ ’) around values were made straight to read it. */
  readonly straightened?: boolean;
}

const URL_FIELDS = new Set(['booking-url', 'contact-url', 'policy-url']);
const SCRIPT_ATTRIBUTES = new Set([
  'type',
  'src',
  'integrity',
  'crossorigin',
  'referrerpolicy',
  'blocking',
  'async',
  'defer',
  'id',
]);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

class Reader {
  readonly notes: Note[] = [];
  readonly settings: Record<string, string> = {};
  readonly text: Record<Locale, Record<string, string>> = { en: {}, es: {} };
  readonly hidden: Record<ContentTag, string[]> = {
    'therapy-faq': [],
    'therapy-guide': [],
    'therapy-confidentiality': [],
  };
  readonly options: Record<WidgetTag, Record<string, string>> = {
    'therapy-faq': {},
    'therapy-guide': {},
    'therapy-confidentiality': {},
    'therapy-crisis': {},
  };
  readonly own: OwnQuestion[] = [];
  readonly elements: WidgetTag[] = [];
  tokens: Partial<Record<TokenName, string>> = {};
  scriptUrl = '';
  onEachTag = false;
  found = false;
  straightened = false;
  private readonly ids = textIds();

  note(kind: NoteKind, what: string): void {
    if (!this.notes.some((n) => n.kind === kind && n.what === what)) this.notes.push({ kind, what });
  }

  /** One setting, from an attribute or the settings block. */
  setting(name: string, raw: string, where: string): void {
    let value = raw.trim();
    if (URL_FIELDS.has(name) && value !== '' && safeUrl(value) === undefined) {
      this.note('unsafe-url', `${where} ${name}="${value}"`);
      return;
    }
    const old = this.settings[name];
    if (old !== undefined && old !== value) {
      this.note('conflict', `${name}: "${old}" / "${value}"`);
      return;
    }
    if (name === 'lang') value = value.toLowerCase();
    this.settings[name] = value;
  }

  script(el: Element): void {
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    if (type === 'application/json') return this.block(el);
    const src = el.getAttribute('src');
    if (type === 'module' && src !== null && (el.textContent ?? '').trim() === '') {
      if (safeUrl(src) === undefined) return this.note('unsafe-url', `<script src="${src}">`);
      this.scriptUrl = src.trim();
      this.found = true;
      for (const name of el.getAttributeNames()) {
        if (!SCRIPT_ATTRIBUTES.has(name)) this.note('attribute', `<script ${name}>`);
      }
      return;
    }
    this.note('code', `<script${type ? ` type="${type}"` : ''}${src ? ` src="${src}"` : ''}>`);
  }

  block(el: Element): void {
    const id = el.getAttribute('id') ?? '';
    if (id !== CONFIG_ID) this.note('other-block', `id="${id}"`);
    const source = el.textContent ?? '';
    let values = parseJson(source);
    if (values === undefined && straightJson(source) !== source) {
      values = parseJson(straightJson(source));
      if (values !== undefined) this.straightened = true;
    }
    if (values === undefined) {
      const offset = jsonErrorOffset(source);
      const before = source.slice(0, Math.max(0, offset));
      this.note('json', `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`);
      return;
    }
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      this.note('json', JSON.stringify(values).slice(0, 60));
      return;
    }
    this.found = true;
    for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
      if (key === 'text') this.textBlock(value);
      else this.blockValue(key, value);
    }
  }

  private blockValue(key: string, value: unknown): void {
    const spec = specOf(key);
    if (!spec) return this.note('key', key);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return this.setting(key, String(value), 'config');
    }
    if (spec.list && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      return this.setting(key, joinList(spec, value as string[]), 'config');
    }
    this.note('value', `${key}: ${JSON.stringify(value).slice(0, 60)}`);
  }

  private textBlock(value: unknown): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.note('value', `text: ${JSON.stringify(value).slice(0, 60)}`);
    }
    const flat: [string, string][] = [];
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (
        (LOCALES as readonly string[]).includes(key) &&
        typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v)
      ) {
        for (const [id, words] of Object.entries(v as Record<string, unknown>)) {
          this.override(key as Locale, id, words);
        }
      } else if (typeof v === 'string') {
        flat.push([key, v]);
      } else {
        this.note('key', `text.${key}`);
      }
    }
    // Words for every language: each language keeps its own words where it has them.
    for (const [id, words] of flat) {
      for (const locale of LOCALES) if (!(id in this.text[locale])) this.override(locale, id, words);
    }
  }

  private override(locale: Locale, id: string, words: unknown): void {
    if (!this.ids.has(id)) return this.note('text-id', `${locale}: ${id}`);
    if (typeof words !== 'string') return this.note('value', `${locale}: ${id}`);
    this.text[locale][id] = words;
  }

  style(el: Element): void {
    const css = el.textContent ?? '';
    const rule = /^\s*([^{}]+)\{([^{}]*)\}\s*$/.exec(css);
    const selectors = rule?.[1]?.split(',').map((s) => s.trim()) ?? [];
    if (!rule || !selectors.every((s) => (WIDGET_TAGS as readonly string[]).includes(s))) {
      return this.note('code', '<style>');
    }
    for (const declaration of (rule[2] ?? '').split(';')) {
      if (declaration.trim() === '') continue;
      const [name = '', ...rest] = declaration.split(':');
      const token = TOKENS.find((t) => t.name === name.trim());
      const value = token ? cleanToken(token.name, rest.join(':')) : undefined;
      if (token && value !== undefined) this.tokens[token.name] = value;
      else this.note('value', declaration.trim().slice(0, 80));
    }
    this.found = true;
  }

  widget(el: Element): void {
    const tag = el.localName as WidgetTag;
    this.found = true;
    if (!this.elements.includes(tag)) this.elements.push(tag);
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      if (name === 'config') continue;
      if (specOf(name)) {
        this.onEachTag = true;
        this.setting(name, value, `<${tag}>`);
      } else if (name === 'exclude' || name === 'include') {
        this.filter(tag, name, value);
      } else if (WIDGET_OPTIONS[tag].includes(name)) {
        this.options[tag][name] = value.trim() || name;
      } else {
        this.note('attribute', `<${tag} ${name}="${value.slice(0, 60)}">`);
      }
    }
    if (tag === 'therapy-faq') this.ownQuestions(el);
    else if (el.children.length > 0 || (el.textContent ?? '').trim() !== '')
      this.note('loose-text', `<${tag}>`);
  }

  private filter(tag: WidgetTag, name: 'include' | 'exclude', value: string): void {
    if (!(CONTENT_TAGS as readonly string[]).includes(tag)) return this.note('attribute', `<${tag} ${name}>`);
    const known = hideableIds(tag as ContentTag);
    const ids = value
      .trim()
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((id) => id !== '');
    for (const id of ids) if (!known.includes(id)) this.note('value', `<${tag} ${name}> ${id}`);
    const named = ids.filter((id) => known.includes(id));
    // `include` filters each kind of item only when it names one of that kind (the explainer's
    // sections and situations), as the widgets read it.
    const hidden =
      name === 'exclude'
        ? named
        : kinds(tag as ContentTag).flatMap((kind) =>
            kind.some((id) => named.includes(id)) ? kind.filter((id) => !named.includes(id)) : [],
          );
    const list = this.hidden[tag as ContentTag];
    for (const id of hidden) if (!list.includes(id)) list.push(id);
  }

  private ownQuestions(faq: Element): void {
    for (const node of faq.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        if ((node.textContent ?? '').trim() !== '') this.note('loose-text', '<therapy-faq>');
        continue;
      }
      if (!(node instanceof Element)) continue;
      if (node.localName !== 'details') {
        this.note('element', `<therapy-faq> <${node.localName}>`);
        continue;
      }
      const summary = node.querySelector(':scope > summary');
      const question = summary?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const paragraphs: string[] = [];
      for (const child of node.childNodes) {
        if (child === summary) continue;
        if (child instanceof Element && child.localName !== 'p') {
          this.note('answer-markup', `${question}: <${child.localName}>`);
        }
        if (child instanceof Element) {
          for (const inner of child.querySelectorAll('*')) {
            this.note('answer-markup', `${question}: <${inner.localName}>`);
          }
        }
        const words = (child.textContent ?? '').trim();
        if (words !== '') paragraphs.push(words);
      }
      for (const name of node.getAttributeNames()) {
        if (name !== 'id' && name !== 'data-category' && name !== 'lang') {
          this.note('attribute', `<details ${name}>`);
        }
      }
      const lang = node.getAttribute('lang')?.trim() ?? '';
      const locale = lang === '' ? '' : LANG_FIELD.parse(lang);
      if (locale === undefined) this.note('value', `<details lang="${lang}">`);
      if (question === '') {
        this.note('element', '<details> without <summary>');
        continue;
      }
      this.own.push({
        id: node.getAttribute('id')?.trim() ?? '',
        category: node.getAttribute('data-category')?.trim() ?? '',
        question,
        answer: paragraphs.join('\n\n'),
        lang: locale ?? '',
      });
    }
  }

  state(): EditorState {
    const base: Mutable<EditorState> = emptyState();
    if (this.elements.length > 0) base.elements = this.elements;
    return {
      ...base,
      settings: this.settings,
      hidden: this.hidden,
      text: this.text,
      own: this.own,
      options: this.options,
      tokens: this.tokens,
      scriptUrl: this.scriptUrl || base.scriptUrl,
      onEachTag: this.onEachTag,
    };
  }
}

/** The value of JSON text, or `undefined` when it does not parse. */
function parseJson(source: string): unknown {
  try {
    return JSON.parse(source) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * JSON whose quotes a word processor made curly, with curly double quotes straightened where
 * they open or close a string (after `{ [ , :`, before `: , } ]`, or escaped). Curly quotes
 * inside the words stay as they are.
 */
function straightJson(source: string): string {
  return source
    .replace(/([{[,:]\s*)[“”]/g, '$1"')
    .replace(/[“”](\s*[:,}\]])/g, '"$1')
    .replace(/\\[“”]/g, '\\"');
}

/** An attribute value: straight-quoted (kept), or between curly quotes that end before a space or `>`. */
const ATTRIBUTE_VALUE =
  /=(\s*)(?:"[^"]*"|'[^']*'|[“”]([\s\S]*?)[“”](?=[\s/>])|[‘’]([\s\S]*?)[‘’](?=[\s/>]))/g;

/** Each tag's attribute values between curly quotes (`type=“module”`), put between straight ones. */
function straightAttributes(text: string): string {
  return text.replace(/<[a-z][^<>]*>/gi, (tag) =>
    tag.replace(ATTRIBUTE_VALUE, (value, space: string, double?: string, single?: string) => {
      if (double !== undefined) return `=${space}"${double.replace(/"/g, '&quot;')}"`;
      if (single !== undefined) return `=${space}'${single.replace(/'/g, '&#39;')}'`;
      return value;
    }),
  );
}

/** Walks the parsed snippet: known parts are read, the rest is listed. */
function walk(reader: Reader, parent: Element): void {
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') {
      reader.note('loose-text', (node.textContent ?? '').trim().slice(0, 60));
    }
    if (!(node instanceof Element)) continue;
    const tag = node.localName;
    if (tag === 'script') reader.script(node);
    else if (tag === 'style') reader.style(node);
    else if ((WIDGET_TAGS as readonly string[]).includes(tag)) reader.widget(node);
    else if (tag === 'link' && /therapy-widgets\.css/.test(node.getAttribute('href') ?? '')) continue;
    else if (['meta', 'title'].includes(tag)) continue;
    else {
      reader.note('element', `<${tag}>`);
      // Builders wrap pasted code in their own boxes: look inside for the widgets.
      walk(reader, node);
    }
  }
}

/** Reads a pasted snippet. Never throws, never runs or inserts anything from it. */
export function readSnippet(text: string): ReadResult {
  const straight = straightAttributes(text);
  const doc = new DOMParser().parseFromString(straight, 'text/html');
  const reader = new Reader();
  walk(reader, doc.head);
  walk(reader, doc.body);
  const straightened = reader.straightened || straight !== text;
  return { state: reader.state(), notes: reader.notes, found: reader.found, straightened };
}
