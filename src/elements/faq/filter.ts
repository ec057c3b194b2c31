/**
 * Which FAQ items show, and under which topic heading: the practice's `include`, `exclude`
 * and `categories`, then the reader's topic and search. Pure: no DOM, no Lit. `createFilter`
 * remembers its last inputs, so the element filters again only when the items, the lists,
 * the topic or the query change, not on every update.
 */
import { memoizeLast } from '../../core/memo.js';
import type { FaqEntry } from './items.js';
import { matchesAll, queryWords } from './search.js';

export interface FilterInput {
  /** Every item, in order. */
  readonly entries: readonly FaqEntry[];
  /** Ids of the only items to show (`include`), or `undefined` for all. */
  readonly include: readonly string[] | undefined;
  /** Ids of items to leave out (`exclude`). */
  readonly exclude: readonly string[] | undefined;
  /** Topic ids the practice shows (`categories`), or `undefined` for all. */
  readonly categories: readonly string[] | undefined;
  /** The topic the reader chose, or `undefined` for all topics. */
  readonly topic: string | undefined;
  /** What the reader typed in the search field. */
  readonly query: string;
}

export interface FilterResult {
  /** The items the practice shows, before the reader's topic and search. */
  readonly available: readonly FaqEntry[];
  /** The items the reader sees. */
  readonly shown: readonly FaqEntry[];
  /** The search terms: the query's words, folded, longest first (empty when not searching). */
  readonly terms: readonly string[];
}

/** The items the practice shows: `include`, less `exclude`, in the `categories` it keeps. */
export function availableEntries(
  entries: readonly FaqEntry[],
  include: readonly string[] | undefined,
  exclude: readonly string[] | undefined,
  categories: readonly string[] | undefined,
): FaqEntry[] {
  return entries.filter(
    (entry) =>
      (!include || include.includes(entry.id)) &&
      !exclude?.includes(entry.id) &&
      // Practice items without a topic stay whatever `categories` says.
      (!categories || entry.category === undefined || categories.includes(entry.category)),
  );
}

/** The items in the reader's topic that contain every search term. */
export function matchingEntries(
  entries: readonly FaqEntry[],
  topic: string | undefined,
  terms: readonly string[],
): FaqEntry[] {
  return entries.filter(
    (entry) =>
      (!topic || entry.category === topic) && (terms.length === 0 || matchesAll(entry.searchText, terms)),
  );
}

export function filterEntries(input: FilterInput): FilterResult {
  const available = availableEntries(input.entries, input.include, input.exclude, input.categories);
  const terms = queryWords(input.query);
  return { available, shown: matchingEntries(available, input.topic, terms), terms };
}

/** `next`, or `last` when it holds the same items in the same order (so work keyed on it is skipped). */
function same(last: readonly FaqEntry[] | undefined, next: readonly FaqEntry[]): readonly FaqEntry[] {
  return last?.length === next.length && last.every((entry, i) => entry === next[i]) ? last : next;
}

/**
 * A filter that works again only when one of its inputs changes (lists compare by content).
 * A result that shows the same items as the last one keeps the last one's lists, so a key
 * that changes nothing on screen renders nothing.
 */
export function createFilter(): (input: FilterInput) => FilterResult {
  let last: FilterResult | undefined;
  const remembered = memoizeLast(
    (
      entries: FilterInput['entries'],
      include: FilterInput['include'],
      exclude: FilterInput['exclude'],
      categories: FilterInput['categories'],
      topic: FilterInput['topic'],
      query: FilterInput['query'],
    ): FilterResult => {
      const next = filterEntries({ entries, include, exclude, categories, topic, query });
      last = {
        available: same(last?.available, next.available),
        shown: same(last?.shown, next.shown),
        terms: next.terms,
      };
      return last;
    },
  );
  return (input) =>
    remembered(input.entries, input.include, input.exclude, input.categories, input.topic, input.query);
}

/** A topic heading and its items. `id` is `undefined` for "Other questions". */
export interface TopicGroup {
  readonly id: string | undefined;
  readonly label: string;
  readonly entries: readonly FaqEntry[];
}

/**
 * The items under their topic headings, in the content's topic order; items of no known
 * topic go last, under `otherLabel`. Topics with no items are left out.
 */
export function groupByTopic(
  entries: readonly FaqEntry[],
  topics: readonly { readonly id: string; readonly label: string }[],
  otherLabel: string,
): TopicGroup[] {
  const known = new Set(topics.map((topic) => topic.id));
  // One pass over the items (a long FAQ has a thousand), then the topics in order.
  const byTopic = new Map<string | undefined, FaqEntry[]>();
  for (const entry of entries) {
    const id = entry.category !== undefined && known.has(entry.category) ? entry.category : undefined;
    const list = byTopic.get(id);
    if (list) list.push(entry);
    else byTopic.set(id, [entry]);
  }
  return [...topics, { id: undefined, label: otherLabel }].flatMap((topic) => {
    const list = byTopic.get(topic.id);
    return list ? [{ id: topic.id, label: topic.label, entries: list }] : [];
  });
}
