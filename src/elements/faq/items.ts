/**
 * The FAQ's items: the default content for the locale and jurisdiction, practice items from
 * light-DOM `<details>` children (an id equal to a default id replaces that item), config
 * text overrides, then `include` / `exclude` / `categories`.
 */
import { pick, plain, resolveRich, fill, type Fills } from '../../content/resolve.js';
import type { Block, FaqContent } from '../../content/types.js';
import type { Jurisdiction } from '../../core/settings.js';
import { safeUrl } from '../../core/safe-url.js';
import { foldText } from './search.js';

export interface FaqEntry {
  readonly id: string;
  /** A category id, or `undefined` for practice items without one. */
  readonly category: string | undefined;
  readonly question: string;
  /** The one-sentence answer (default content only). */
  readonly short: string | undefined;
  /** Default or overridden content, as blocks. */
  readonly blocks: readonly Block[];
  /** A practice item's own answer: cleaned copies of its light-DOM nodes, made on first use. */
  readonly nodes: (() => readonly Node[]) | undefined;
  /** Question and answer, folded for search (worked out on the first search). */
  readonly searchText: string;
}

/** A practice's own item, read from a light-DOM `<details>`. */
export interface PracticeItem {
  readonly id: string;
  readonly category: string | undefined;
  readonly question: string;
  /** Cleaned copies of the answer's nodes, made once, when first shown. */
  readonly nodes: () => readonly Node[];
  /** The answer's text, read when first searched. */
  readonly text: () => string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Turns any text into an id: "Do you offer evening sessions?" → "do-you-offer-evening-sessions". */
function slug(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * A copy of practice-authored nodes that is safe to show inside the widget: no scripts, no
 * event-handler or style attributes (strict CSP), links only to http(s) or relative URLs.
 */
function cleanCopy(node: Node): Node | undefined {
  if (node.nodeType === Node.TEXT_NODE) return node.cloneNode();
  if (!(node instanceof Element)) return undefined;
  const tag = node.localName;
  if (
    ['script', 'style', 'iframe', 'object', 'embed', 'template', 'link', 'meta', 'base', 'form'].includes(tag)
  ) {
    return undefined;
  }
  const copy = node.cloneNode(false) as Element;
  for (const attribute of [...copy.attributes]) {
    const name = attribute.name.toLowerCase();
    const isUrl = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset'].includes(name);
    if (name.startsWith('on') || name === 'style' || (isUrl && safeUrl(attribute.value) === undefined)) {
      copy.removeAttribute(attribute.name);
    }
  }
  if (tag === 'a') copy.setAttribute('part', 'link');
  for (const child of node.childNodes) {
    const clean = cleanCopy(child);
    if (clean) copy.append(clean);
  }
  return copy;
}

/** Reads the host's light-DOM `<details><summary>` children as practice items. */
export function readPracticeItems(host: Element): PracticeItem[] {
  const items: PracticeItem[] = [];
  for (const details of host.querySelectorAll(':scope > details')) {
    const summary = details.querySelector(':scope > summary');
    const question = summary?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!question) continue;
    const rawId = (details.id || slug(question)).toLowerCase();
    const id = rawId.startsWith('faq-') ? rawId.slice(4) : rawId;
    const answer = [...details.childNodes].filter((node) => node !== summary);
    let copies: readonly Node[] | undefined;
    items.push({
      id: ID.test(id) ? id : slug(question),
      category: details.getAttribute('data-category')?.trim().toLowerCase() || undefined,
      question,
      nodes: () => (copies ??= answer.map(cleanCopy).filter((node): node is Node => node !== undefined)),
      text: () => answer.map((n) => n.textContent ?? '').join(' '),
    });
  }
  return items;
}

export interface BuildOptions {
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

/** Every item the FAQ can show, in order: defaults (replaced in place), then new practice items. */
export function buildEntries(o: BuildOptions): FaqEntry[] {
  const practice = new Map(o.practice.map((item) => [item.id, item]));
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
