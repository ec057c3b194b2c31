/**
 * The FAQ's items: the default content for the locale and jurisdiction, practice items from
 * light-DOM `<details>` children (an id equal to a default id replaces that item), config
 * text overrides, then `include` / `exclude` / `categories`.
 */
import { pick, plain, resolveRich, fill, type Fills } from '../../content/resolve.js';
import type { Block, FaqContent } from '../../content/types.js';
import { firstChild, getAttribute, htmlName, localName, nextSibling, ownerDocument } from '../../core/dom.js';
import { LANG_FIELD, describe, type Jurisdiction, type Locale } from '../../core/settings.js';
import { copyChildren, TooLargeError } from './copy.js';
import { foldText, queryWords } from './search.js';

export interface FaqEntry {
  readonly id: string;
  /** A category id, or `undefined` for practice items without one. */
  readonly category: string | undefined;
  readonly question: string;
  /** The one-sentence answer (default content only). */
  readonly short: string | undefined;
  /** Default or overridden content, as blocks. */
  readonly blocks: readonly Block[];
  /** A practice item's own answer: our copies of its light-DOM nodes. */
  readonly nodes: (() => readonly Node[]) | undefined;
  /** Question and answer, folded for search (worked out once, when idle or on the first search). */
  readonly searchText: string;
}

/** A practice's own item, read from a light-DOM `<details>`. */
export interface PracticeItem {
  readonly id: string;
  readonly category: string | undefined;
  readonly question: string;
  /** Our copies of the answer's nodes (see `copy.ts`), made when the item is read. */
  readonly nodes: () => readonly Node[];
  /** The answer's text, for search. */
  readonly text: () => string;
  /** The one language it is written in (its `lang`: shown only in an FAQ in that language), or `undefined` for every language. */
  readonly lang: Locale | undefined;
  /**
   * Whether `id` is the practice's own: only then may it replace the default item with that
   * id. An id made from the question never replaces one (a question "Crisis?" is added, and
   * the crisis answer stays).
   */
  readonly own: boolean;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Turns any text into an id: "Do you offer evening sessions?" → "do-you-offer-evening-sessions". */
function slug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Ids the widget makes from an item's id (`faq-<id>-button`, `faq-<id>-panel`), so no item may end so. */
const RESERVED = /-(button|panel)$/;

/** Longest own id an item keeps; longer ones give way to the question's slug. */
const MAX_ID = 100;

/** Warnings already given, per FAQ, since items are read again on every light-DOM change. */
const said = new WeakMap<Element, Set<string>>();

function warnOnce(host: Element): (message: string) => void {
  return (message) => {
    const seen = said.get(host) ?? new Set<string>();
    said.set(host, seen);
    if (seen.has(message)) return;
    seen.add(message);
    console.warn(message);
  };
}

/**
 * The item's id: its own when usable (`own`: then it may replace the default item with that
 * id), else the question's slug, else its place. The editor names links with it too.
 */
export function itemId(own: string | null, question: string, place: number): { id: string; own: boolean } {
  const lower = (own ?? '').trim().toLowerCase();
  const id = lower.startsWith('faq-') ? lower.slice(4) : lower;
  if (id.length <= MAX_ID && ID.test(id) && !RESERVED.test(id)) return { id, own: true };
  const fallback = slug(question) || `item-${place}`;
  return { id: RESERVED.test(fallback) ? `${fallback}-item` : fallback, own: false };
}

/** Whether two items can show in the same FAQ: one is in every language, or both in one. */
function sameLanguage(a: PracticeItem, b: PracticeItem): boolean {
  return a.lang === undefined || b.lang === undefined || a.lang === b.lang;
}

/** One `<details>` as an item, or `undefined` without a question. Throws when too large. */
function readItem(
  details: Node,
  doc: Document,
  place: number,
  warn: (message: string) => void,
  tag: string,
): PracticeItem | undefined {
  let summary: Node | null = null;
  for (let node = firstChild(details); node && !summary; node = nextSibling(node)) {
    if (htmlName(node) === 'summary') summary = node;
  }
  const question = summary ? copyChildren(summary, null).text.replace(/\s+/g, ' ').trim() : '';
  if (!question) {
    warn(
      `${tag}: light-DOM item ${place} has no question: it needs a <summary> with words in it, first inside its <details>. It is not shown.`,
    );
    return undefined;
  }
  const own = getAttribute(details, 'id');
  const { id, own: isOwn } = itemId(own, question, place);
  const named = describe(question);
  if (own !== null && own.trim() !== '' && id !== own.trim().toLowerCase().replace(/^faq-/, '')) {
    warn(
      `${tag}: the item ${named} has id ${describe(own)}; it accepts lowercase letters, digits and hyphens (not ending in -button or -panel). Using "${id}" instead.`,
    );
  }
  const answer = copyChildren(details, summary, doc);
  for (const href of answer.refusedLinks) {
    warn(
      `${tag}: a link in the item ${named} has href ${describe(href)}; it accepts an https:, http: or relative URL on the same site. Showing its text without the link.`,
    );
  }
  const item: PracticeItem = {
    id,
    category: getAttribute(details, 'data-category')?.trim().toLowerCase() || undefined,
    question,
    nodes: () => answer.nodes,
    text: () => answer.text,
    lang: itemLang(getAttribute(details, 'lang'), named, tag, warn),
    own: isOwn,
  };
  return item;
}

/** An item's language: one the FAQ speaks, or `undefined` (every language) with a warning for any other. */
function itemLang(
  own: string | null,
  named: string,
  tag: string,
  warn: (message: string) => void,
): Locale | undefined {
  if (own === null || own.trim() === '') return undefined;
  const lang = LANG_FIELD.parse(own);
  if (lang === undefined) {
    warn(
      `${tag}: the item ${named} has lang ${describe(own)}; it accepts ${LANG_FIELD.accepted}, or no lang for an item in every language. Showing it in every language.`,
    );
  }
  return lang;
}

/**
 * Reads the host's light-DOM `<details><summary>` children as practice items, each answer
 * built afresh (see `copy.ts`). An item that cannot be copied is left out with a warning.
 */
export function readPracticeItems(host: Element, warn = warnOnce(host)): PracticeItem[] {
  const doc = ownerDocument(host) ?? document;
  const tag = `<${localName(host)}>`;
  const items: PracticeItem[] = [];
  /** The items read so far under their own ids, to find a repeated one at once in a long FAQ. */
  const byOwnId = new Map<string, PracticeItem[]>();
  let place = 0;
  for (let node = firstChild(host); node; node = nextSibling(node)) {
    const name = htmlName(node);
    if (name !== 'details') {
      if (name !== undefined && !NOT_SHOWN.has(name)) {
        warn(
          `${tag}: a <${name}> inside it is not shown; each question goes in its own <details>, directly inside ${tag}.`,
        );
      }
      continue;
    }
    place++;
    try {
      const item = readItem(node, doc, place, warn, tag);
      if (item) {
        if (item.own) warnRepeatedId(item, byOwnId, tag, warn);
        items.push(item);
      }
    } catch (error) {
      const why = error instanceof TooLargeError ? error.message : 'it could not be read';
      warn(`${tag}: light-DOM item ${place} was left out: ${why}. The other items are shown.`);
    }
  }
  return items;
}

/** Light-DOM elements that are never meant to show, so they get no warning. */
const NOT_SHOWN = new Set(['script', 'template', 'style']);

/**
 * Warns about an item whose own id an earlier item in the same language already has: both
 * are shown, this one under a numbered id (see `entryIds`), and the id's link opens the first.
 */
function warnRepeatedId(
  item: PracticeItem,
  byOwnId: Map<string, PracticeItem[]>,
  tag: string,
  warn: (message: string) => void,
): void {
  const earlier = byOwnId.get(item.id) ?? [];
  byOwnId.set(item.id, [...earlier, item]);
  if (!earlier.some((other) => sameLanguage(other, item))) return;
  warn(
    `${tag}: two items have the id "${item.id}"; each needs its own. Showing both: #faq-${item.id} opens the first.`,
  );
}

/**
 * The ids the practice's items take in one FAQ, in order: each item's own, numbered (`-2`,
 * `-3`…) when an earlier item took it, or when it was made from the question and a default
 * item has it (only a practice's own id replaces a default item). The editor names links
 * with it too.
 */
export function entryIds(
  items: readonly { readonly id: string; readonly own: boolean }[],
  defaults: ReadonlySet<string>,
): string[] {
  const taken = new Set<string>();
  return items.map((item) => {
    let id = item.id;
    for (let n = 2; taken.has(id) || (!item.own && defaults.has(id)); n++) id = `${item.id}-${n}`;
    taken.add(id);
    return id;
  });
}

export interface BuildOptions {
  /** The FAQ's language: practice items written in another one are left out. */
  readonly locale: Locale;
  readonly content: FaqContent;
  readonly jurisdiction: Jurisdiction;
  readonly fills: Fills;
  readonly practice: readonly PracticeItem[];
  /** Config text overrides: `faq.<id>.question`, `faq.<id>.answer`. */
  readonly override: (id: string) => string | undefined;
}

/** Splits an override into paragraphs at blank lines. */
function paragraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function entry(
  id: string,
  category: string | undefined,
  question: string,
  short: string | undefined,
  blocks: readonly Block[],
  nodes?: () => readonly Node[],
  nodeText: () => string = () => '',
): FaqEntry {
  let folded: string | undefined;
  return {
    id,
    category,
    question,
    short,
    blocks,
    nodes,
    get searchText() {
      return (folded ??= foldText([question, short ?? '', plain(blocks), nodeText()].join('\n')));
    },
  };
}

/** Item lists waiting to be folded, held weakly: an FAQ removed before the page is idle lets go of its own. */
const toFold = new Set<WeakRef<readonly FaqEntry[]>>();

/**
 * Folds every item's search text once the page is idle, so the reader's first key costs no
 * more than the others (a thousand items take a few milliseconds). One idle callback serves
 * every FAQ on the page.
 */
export function foldWhenIdle(entries: readonly FaqEntry[]): void {
  toFold.add(new WeakRef(entries));
  if (toFold.size > 1) return;
  const idle = globalThis.requestIdleCallback ?? ((work: () => void) => setTimeout(work, 1));
  idle(() => {
    for (const ref of toFold) for (const entry of ref.deref() ?? []) void entry.searchText;
    toFold.clear();
    // The query's word pattern is compiled on its first use: here, not on the first key.
    queryWords('a b');
  });
}

/**
 * Every item the FAQ can show, in order: defaults (replaced in place), then new practice
 * items; a practice item with a `lang` only in an FAQ in that language.
 */
export function buildEntries(o: BuildOptions): FaqEntry[] {
  const inLanguage = o.practice.filter((item) => item.lang === undefined || item.lang === o.locale);
  const ids = entryIds(inLanguage, new Set(o.content.items.map((item) => item.id)));
  const practice = new Map(
    inLanguage.map((item, i) => {
      const id = ids[i] ?? item.id;
      return [id, id === item.id ? item : { ...item, id }];
    }),
  );
  const entries = o.content.items.map((item) => {
    const own = practice.get(item.id);
    if (own) {
      practice.delete(item.id);
      return entry(item.id, own.category ?? item.category, own.question, undefined, [], own.nodes, own.text);
    }
    const question = fill(o.override(`faq.${item.id}.question`) ?? item.question, o.fills);
    const answer = o.override(`faq.${item.id}.answer`);
    if (answer !== undefined) {
      return entry(item.id, item.category, question, undefined, paragraphs(fill(answer, o.fills)));
    }
    const short = fill(pick(item.short, o.jurisdiction), o.fills);
    return entry(item.id, item.category, question, short, resolveRich(item.detail, o.jurisdiction, o.fills));
  });
  for (const item of practice.values()) {
    entries.push(entry(item.id, item.category, item.question, undefined, [], item.nodes, item.text));
  }
  return entries;
}
